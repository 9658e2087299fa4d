"""The shell: title, navigation, status bar, the demo banner, database refusals."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from oto_app import backup, demo
from oto_app.db import Database
from oto_app.services import staff
from oto_app.services.staff import PersonData, StaffQuery
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.file_dialogs import choose_files
from ui.app import open_with_dialogs
from ui.main_window import MainWindow


def test_title_navigation_and_status_bar(window: MainWindow, sqlite_db: Database) -> None:
    assert window.windowTitle() == "OTO — Opleiden, Trainen, Oefenen"
    items = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert items == [
        "Overzicht",
        "Medewerkers",
        "Onderdelen",
        "Activiteiten",
        "Jaarplan",
        "Evaluaties",
        "Rapporten",
    ]
    window.navigation.setCurrentRow(2)
    assert window.pages.currentWidget() is window.units_page
    label = window.statusBar().findChild(QLabel, "databaseLabel")
    assert label.text() == f"Database (bestand): {Path(sqlite_db.location).name}"
    assert label.toolTip() == sqlite_db.location
    assert not window.banner.isVisible()  # an empty database is no demo


def test_demo_data_says_so_in_the_window(
    app: QApplication, qtbot: QtBot, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    assert window.banner.isVisible()
    assert "Gemeente Wierdenmeer" in window.banner.text()
    assert window.staff_page.model.total == 0  # a page reads nothing until it is shown
    window.show_page("staff")
    assert window.staff_page.model.total > 100


def test_keyboard_shortcuts_switch_pages(qtbot: QtBot, window: MainWindow) -> None:
    actions = {
        a.shortcut().toString(): a for a in window.findChildren(type(window.menuBar().actions()[0]))
    }
    actions["Ctrl+3"].trigger()
    assert window.pages.currentWidget() is window.units_page
    actions["Ctrl+2"].trigger()
    assert window.pages.currentWidget() is window.staff_page


def test_a_bad_database_gets_a_dutch_dialog_not_a_traceback(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_text("geen database")
    seen: list[str] = []

    def give_up(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.buttons()[-1].click()  # Afsluiten

    errors = on_next_dialog(qtbot, give_up)
    assert open_with_dialogs(str(path)) is None
    raise_from(errors)
    assert seen and "geen OTO-database" in seen[0]


@pytest.mark.parametrize("retry_fixes_it", [True])
def test_retry_after_the_problem_is_solved(
    app: QApplication, qtbot: QtBot, tmp_path: Path, retry_fixes_it: bool
) -> None:
    path = tmp_path / "oto.sqlite"
    path.write_text("geen database")

    def fix_and_retry(box) -> None:  # type: ignore[no-untyped-def]
        path.unlink()  # the user moved the wrong file away
        box.buttons()[0].click()  # Opnieuw proberen

    errors = on_next_dialog(qtbot, fix_and_retry)
    database = open_with_dialogs(str(path))
    raise_from(errors)
    assert database is not None
    database.close()


def test_the_app_makes_its_daily_backup_on_start(app: QApplication, sqlite_db: Database) -> None:
    from oto_app import backup
    from ui.app import daily_backup

    daily_backup(sqlite_db)
    daily_backup(sqlite_db)  # a second start the same day adds nothing
    path = backup.sqlite_path(sqlite_db.url)  # the folder is shared by the tests' databases
    copies = list(backup.folder_for(path).glob(f"{path.stem}-*-start.sqlite"))
    assert len(copies) == 1
    assert backup.inspect(copies[0]).counts["people"] == 0


def test_restore_a_backup_from_the_file_menu(
    window: MainWindow, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries", "de"))
    saved = backup.backup(backup.sqlite_path(sqlite_db.url), tmp_path / "maandag.sqlite")
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("M2", "Bram", "Bakker"))
    asked: list[str] = []

    def confirm(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    choose_files(monkeypatch, saved.path)
    monkeypatch.setattr(QMessageBox, "question", confirm)
    [restore] = [
        a for a in window.menuBar().actions()[0].menu().actions() if "terugzetten" in a.text()
    ]
    restore.trigger()

    assert "Die bevat 1 medewerkers" in asked[0]
    assert saved.made.strftime("%d-%m-%Y") in asked[0]
    successor = window.successor
    assert successor is not None and successor.isVisible() and not window.isVisible()
    successor.show_page("staff")
    assert successor.staff_page.model.rowCount() == 1  # Bram came after the backup
    with successor.database.begin() as session:
        assert [p.name for p in staff.list_people(session, StaffQuery())] == ["Anna de Vries"]
    successor.close()


def test_the_window_shows_before_the_database_is_opened(
    app: QApplication, qtbot: QtBot, sqlite_db: Database
) -> None:
    """Start-up in two steps: the frame at once (navigation waits), then the pages."""
    frame = MainWindow()
    qtbot.addWidget(frame)
    frame.show()
    assert not frame.navigation.isEnabled()
    assert frame.pages.currentWidget() is frame.loading
    assert frame.loading.text() == "Gegevens laden…"
    frame.attach(sqlite_db)
    assert frame.navigation.isEnabled()
    assert frame.pages.currentWidget() is frame.overview_page
    frame.show_page("units")
    assert frame.pages.currentWidget() is frame.units_page


START = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui import app as gui
from ui.main_window import MainWindow

shown = MainWindow.show
def show(window):
    shown(window)
    print("window shown; SQLAlchemy loaded:", "sqlalchemy" in sys.modules, flush=True)
    def ready():
        if hasattr(window, "overview_page"):
            print("pages:", window.pages.count(), flush=True)
            window.close()
        else:
            QTimer.singleShot(20, ready)
    QTimer.singleShot(20, ready)
MainWindow.show = show
sys.exit(gui.run(sys.argv[1]))
"""


def test_start_up_shows_the_window_before_loading_the_data_layer(tmp_path: Path) -> None:
    """The real start (`oto-app` without a command): the window is on screen before
    SQLAlchemy is even imported, and the pages follow on the opened database."""
    database = tmp_path / "start.sqlite"
    result = subprocess.run(
        [sys.executable, "-c", START, str(database)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "window shown; SQLAlchemy loaded: False" in result.stdout
    assert "pages: 7" in result.stdout
    assert database.exists()


def test_the_server_gone_mid_session_offers_to_try_again(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page reading from a server that went away: a Dutch dialog, not a traceback;
    Opnieuw proberen reloads the pages once the server is back."""
    from oto_app.errors import DatabaseError
    from ui.app import _show_unexpected

    window.show_page("units")
    page = window.units_page
    original = page.reload
    calls: list[str] = []

    def reload() -> None:
        calls.append("reload")
        original()

    monkeypatch.setattr(page, "reload", reload)
    down = DatabaseError("db_server_down", where="server/oto")
    seen: list[str] = []

    def retry(box) -> None:  # type: ignore[no-untyped-def]
        seen.append(f"{box.windowTitle()}: {box.text()}")
        [again] = [b for b in box.buttons() if b.text() == "Opnieuw proberen"]
        again.click()

    errors = on_next_dialog(qtbot, retry)
    _show_unexpected(DatabaseError, down, None)
    raise_from(errors)
    assert seen == [
        "Database niet bereikbaar: De databaseserver server/oto is niet bereikbaar; controleer "
        "de netwerkverbinding of vraag de beheerder of de server draait, en probeer het opnieuw. "
        "Niet-opgeslagen invoer blijft staan."
    ]
    qtbot.waitUntil(lambda: bool(calls))  # the shown page read again


def test_help_opens_the_dutch_guide_with_its_pictures(qtbot: QtBot, window: MainWindow) -> None:
    from ui.dialogs.guide_dialog import GUIDE, GuideDialog

    [guide] = [
        a for a in window.menuBar().actions()[-1].menu().actions() if "Handleiding" in a.text()
    ]
    assert guide.shortcut().toString() == "F1"
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("OTO — handleiding")
    assert "Een oefening vastleggen" in text
    for picture in ("overzicht", "medewerkers", "activiteiten", "rapporten", "evaluatie"):
        assert (GUIDE.parent / "images" / f"{picture}.png").stat().st_size > 10_000


def test_an_english_window_opens_the_english_guide_with_english_pictures(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oto_app import messages
    from ui.dialogs.guide_dialog import GUIDE_EN, GuideDialog

    monkeypatch.setattr(messages, "language", lambda: "en")
    dialog = GuideDialog(window)
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert text.startswith("OTO — user guide")
    for picture in ("overzicht", "medewerkers", "activiteiten", "rapporten", "evaluatie"):
        assert (GUIDE_EN.parent / "images" / "en" / f"{picture}.png").stat().st_size > 10_000
        assert f"images/en/{picture}.png" in GUIDE_EN.read_text(encoding="utf-8")


def test_empty_pages_say_what_to_do(window: MainWindow) -> None:
    window.show_page("staff")
    assert window.staff_page.count.text().startswith(
        "Nog geen medewerkers — voeg er een toe met Nieuwe medewerker"
    )
    window.show_page("evaluations")
    page = window.evaluations_page
    assert page.empty.isVisible()
    assert page.empty.text().startswith("Nog geen uitgevoerde oefeningen of inzetten in")
    window.show_page("activities")
    assert window.activities_page.empty.text().startswith("Nog geen activiteiten in")


def test_the_dashboard_shows_the_unit_norms_before_the_people(
    app: QApplication, qtbot: QtBot, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """N1 and N5 look at every person (seconds in a large region); the other cards come
    from a few queries and are on screen first."""
    import threading

    from oto_app import norms

    release = threading.Event()
    full = norms.compute

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(30)
        return full(*args, **kwargs)

    monkeypatch.setattr(norms, "compute", slow)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()  # the overview computes as it is shown
    page = window.overview_page
    qtbot.waitUntil(lambda: "onderdelen" in page.cards["N2"].text(), timeout=10_000)
    assert page.cards["N1"].text().endswith("…\nbezig met berekenen")
    assert page.cards["N5"].text().endswith("…\nbezig met berekenen")
    assert page.result is None
    release.set()
    qtbot.waitUntil(lambda: "getraind" in page.cards["N1"].text(), timeout=10_000)
    assert "onderbezet" in page.cards["N5"].text()
    QThreadPool.globalInstance().waitForDone()


@pytest.mark.parametrize(
    ("screen", "size"),
    [((1920, 1040), (1280, 760)), ((1366, 728), (1280, 680)), ((1280, 984), (1264, 760))],
)
def test_the_first_window_fits_the_screen_with_its_title_bar(
    screen: tuple[int, int], size: tuple[int, int]
) -> None:
    """1280x760 on a 1366x768 screen (728 left beside a taskbar) put the status bar below
    the screen's edge once a window manager added its title bar."""
    from PySide6.QtCore import QSize

    from ui.main_window import first_size

    assert first_size(QSize(*screen)) == QSize(*size)
