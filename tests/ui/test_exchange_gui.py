"""Import through the wizard (check first, then import) and the export buttons."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from oto_app import worklock
from oto_app.db import Database
from oto_app.services import staff
from tests.helpers.file_dialogs import choose_files
from tests.helpers.files import HR_HEADER as HEADER
from ui.dialogs.import_wizard import ImportWizard
from ui.main_window import MainWindow


def _wizard(qtbot: QtBot, window: MainWindow, path: Path) -> ImportWizard:
    wizard = ImportWizard(window.ops.import_file, window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.choose.path, str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with qtbot.waitSignal(wizard.check.checked, timeout=10_000):
        wizard.next()
    return wizard


def test_a_good_file_is_checked_then_imported(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    path.write_text(
        f"{HEADER}\n1;Anna;de Vries;CRAS;procesmedewerker;x\n2;Bram;Bakker;OV;procesmedewerker;\n",
        encoding="utf-8",
    )
    window.show_page("staff")
    wizard = _wizard(qtbot, window, path)
    check = wizard.check
    assert (
        "Gebruikt: personeelsnummer, voornaam, achternaam, onderdeel, rol" in check.columns.text()
    )
    assert check.unknown.isVisible()  # above the columns, in red, before anything is written
    assert check.unknown.text().startswith(
        "LET OP: hr.csv heeft 1 kolom die niet wordt gebruikt: 'Opmerking'."
    )
    assert check.rows.rowCount() == 2 and check.rows.item(0, 2).text() == "de Vries"
    assert "medewerkers: 2 toegevoegd" in check.verdict.text()
    assert window.staff_page.model.total == 0  # the check wrote nothing
    with qtbot.waitSignal(wizard.imported, timeout=10_000):
        wizard.next()
    assert "medewerkers: 2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd" in wizard.run.result.text()
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    # After the import there is no going back and nothing to cancel: only Klaar.
    assert not wizard.button(QWizard.WizardButton.BackButton).isVisible()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    assert window.staff_page.model.total == 2  # the list heard of it


def test_a_bad_file_shows_every_refused_row_and_cannot_go_on(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    path.write_text(
        f"{HEADER}\n1;Anna;;CRAS;procesmedewerker;\n2;Bram;Bakker;QQ;rol;\n", encoding="utf-8"
    )
    wizard = _wizard(qtbot, window, path)
    problems = [wizard.check.problems.item(i).text() for i in range(wizard.check.problems.count())]
    assert problems == [
        "hr.csv:2: kolom 'achternaam': is verplicht maar leeg",
        "hr.csv:3: kolom 'onderdeel': onbekend onderdeel 'QQ'",
        "hr.csv:3: kolom 'rol': onbekende rol 'rol'",
    ]
    assert wizard.check.verdict.text() == "2 regels geweigerd; er is niets ingelezen."  # rows
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    with sqlite_db.begin() as session:
        assert staff.count_people(session, staff.StaffQuery()) == 0


def test_an_unreadable_file_is_explained(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "hr.csv"
    path.write_text("", encoding="utf-8")
    wizard = ImportWizard(window.ops.import_file, window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(path))
    wizard.next()
    assert wizard.check.problems.item(0).text() == "hr.csv is leeg."
    assert not wizard.check.isComplete()
    assert not wizard.check.rows.isVisible()  # no empty frame of rows above the refusal


def test_a_long_refusal_is_shown_whole(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    """A refusal names file, line, column and why; a long one ran off the list's right
    edge (a 1366 screen). Now it wraps: every line of it inside the list."""
    folder = tmp_path / "Afdeling Veiligheid en Crisisbeheersing"
    folder.mkdir()
    path = folder / "medewerkers-export-weekelijks-uit-het-personeelssysteem-definitief.csv"
    path.write_text(f"{HEADER}\n1;Anna;;CRAS;procesmedewerker;\n", encoding="utf-8")
    wizard = _wizard(qtbot, window, path)
    view = wizard.check.problems
    item = view.item(0)
    assert item.text().startswith(path.name) and len(item.text()) > 100
    shown = view.visualItemRect(item)
    assert shown.right() <= view.viewport().width()
    assert shown.height() > 1.5 * view.fontMetrics().height()  # over more than one line


def test_a_file_that_cannot_be_read_after_another_shows_nothing_of_the_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Back, another file that cannot be read: its refusal stood under the first file's
    columns and rows, as if they were the second file's."""
    good = tmp_path / "hr.csv"
    good.write_text(f"{HEADER}\n1;Anna;de Vries;CRAS;procesmedewerker;\n", encoding="utf-8")
    wizard = _wizard(qtbot, window, good)
    assert wizard.check.rows.rowCount() == 1
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    empty = tmp_path / "leeg.csv"
    empty.write_text("", encoding="utf-8")
    wizard.choose.path.setFocus()
    qtbot.keyClick(wizard.choose.path, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(wizard.choose.path, str(empty))
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.NextButton), Qt.MouseButton.LeftButton)
    assert wizard.check.problems.item(0).text() == "leeg.csv is leeg."
    assert wizard.check.rows.rowCount() == 0
    assert wizard.check.rows.columnCount() == 0
    assert wizard.check.columns.text() == ""


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_export_buttons_write_files(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    suffix: str,
) -> None:
    with sqlite_db.begin() as session:
        staff.create_person(session, staff.PersonData("1", "Anna", "Bakker"))
    target = tmp_path / f"medewerkers{suffix}"
    choose_files(monkeypatch, target, chosen="Excel (*.xlsx)")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.show_page("staff")
    window.staff_page.export_button.click()
    qtbot.waitUntil(lambda: bool(said), timeout=10_000)
    assert said == [f"Opgeslagen als {target} (1 regel)."]
    assert target.stat().st_size > 0
    calendar = tmp_path / "agenda"
    choose_files(monkeypatch, calendar, chosen="Agenda (*.ics)")
    window.show_page("activities")
    window.activities_page.calendar_button.click()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=10_000)
    assert (tmp_path / "agenda.ics").read_text().startswith("BEGIN:VCALENDAR")


def test_everything_exports_from_the_file_menu(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "alles.xlsx"
    choose_files(monkeypatch, target, chosen="Excel (*.xlsx)")
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    file_menu = window.menuBar().actions()[0].menu()
    assert file_menu is not None and window.export_all_action in file_menu.actions()
    assert window.export_all_action.text() == "Alles &exporteren naar Excel…"
    window.export_all_action.trigger()
    qtbot.waitUntil(lambda: bool(said), timeout=20_000)
    assert said[0].startswith(f"Opgeslagen als {target}")
    from openpyxl import load_workbook

    assert "Medewerkers" in load_workbook(target, read_only=True).sheetnames


HOLD = """
import sys, time
from pathlib import Path
from oto_app import worklock
with worklock.hold(Path(sys.argv[1]), sys.argv[2]):
    print("bezig", flush=True)
    time.sleep(120)
"""


def _held(database: Path, kind: str) -> subprocess.Popen[str]:
    """Another OTO process holding the file's work lock (oto_app.worklock), as an import or
    an anonymisation in another window does."""
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(database), kind], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline() == "bezig\n"
    return holder


def test_the_wizard_says_it_waits_for_another_job_on_the_file_then_goes_on(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, tmp_path: Path
) -> None:
    """It said "Bezig met inlezen…" for up to two minutes while another import held the file."""
    path = tmp_path / "hr.csv"
    path.write_text(f"{HEADER}\n1;Anna;de Vries;CRAS;procesmedewerker;\n", encoding="utf-8")
    database = Path(sqlite_db.url.database or "")
    window.show_page("staff")
    holder = _held(database, worklock.ANONYMISE)
    try:
        wizard = ImportWizard(window.ops.import_file, window)
        qtbot.addWidget(wizard)
        wizard.show()
        qtbot.keyClicks(wizard.choose.path, str(path))
        wizard.next()  # the check is the import rolled back: it waits too
        check = wizard.check
        qtbot.waitUntil(
            lambda: "Wacht tot de anonimisering" in check.verdict.text(), timeout=20_000
        )
        assert check.verdict.text().startswith(
            "Wacht tot de anonimisering die nu loopt klaar is… (nog hoogstens 1"
        )
        assert check.progress.maximum() == worklock.WAIT_SECONDS
        qtbot.waitUntil(lambda: check.progress.value() >= 1, timeout=5_000)  # it counts
    finally:
        holder.kill()
        holder.wait()
    qtbot.waitUntil(lambda: "Alle regels zijn goed" in check.verdict.text(), timeout=20_000)

    holder = _held(database, worklock.IMPORT)
    try:
        wizard.next()
        run = wizard.run
        qtbot.waitUntil(lambda: "Wacht op een andere import" in run.result.text(), timeout=20_000)
        assert "(nog hoogstens " in run.result.text()
        assert window.staff_page.model.total == 0
    finally:
        holder.kill()
        holder.wait()
    qtbot.waitUntil(lambda: run.done, timeout=20_000)
    assert "medewerkers: 1 toegevoegd" in run.result.text()
    qtbot.waitUntil(lambda: window.staff_page.model.total == 1)  # the list heard of it
