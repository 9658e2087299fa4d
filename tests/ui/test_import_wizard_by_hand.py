"""The import wizard by keys (trial B): Escape after a file was typed asks the forms'
question (*Terug naar het formulier* the default) instead of dropping it; Escape on an
untouched wizard closes at once; the File field has its Alt letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget, QWizard
from pytestqt.qtbot import QtBot

from tests.helpers.files import HR_HEADER
from tests.helpers.hands import Hands
from ui.dialogs.import_wizard import ImportWizard
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _question(seen: list[str]):  # type: ignore[no-untyped-def]
    def read(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        seen.extend(b.text() for b in box.buttons())  # type: ignore[attr-defined]

    return read


def test_escape_after_typing_a_file_asks_first(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    path.write_text(f"{HR_HEADER}\n1;Anna;de Vries;CRAS;procesmedewerker;\n", encoding="utf-8")
    hands = Hands(qtbot)
    asked: list[str] = []
    after: list[bool] = []

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportWizard)
        hands.shortcut("Alt+T")  # Bes&tand:
        assert isinstance(hands.focused(), QLineEdit)
        hands.type(str(path))
        with qtbot.waitSignal(dialog.check.checked, timeout=10_000):
            hands.shortcut("Alt+V")  # &Volgende >
        assert dialog.currentPage() is dialog.check
        # the preview numbers its rows as the file's lines, which its refusals name
        shown = dialog.check.rows
        after.append(shown.verticalHeaderItem(0).text() == "2")
        # Escape, then a reflex Enter: back to the wizard, nothing lost.
        hands.opens(lambda: hands.escape(), lambda box: (_question(asked)(box), hands.enter()))
        after.append(dialog.isVisible() and dialog.currentPage() is dialog.check)
        # Escape again and Stoppen: closed.
        hands.opens(lambda: hands.escape(), lambda box: hands.click_button(box, "Stoppen"))
        after.append(dialog.isVisible())

    hands.opens(lambda: hands.shortcut("Ctrl+I"), wizard)
    assert asked[0] == "Het gekozen bestand is nog niet ingelezen. Stoppen?"
    assert sorted(asked[1:]) == ["&Stoppen", "&Terug naar het inlezen"]  # they answer it
    assert after == [True, True, False]
    assert window.staff_page.model.total == 0


def test_escape_on_an_untouched_wizard_closes_at_once(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    closed: list[bool] = []

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, QWizard)
        hands.escape()
        QApplication.processEvents()
        closed.append(not dialog.isVisible() and QApplication.activeModalWidget() is None)

    hands.opens(lambda: hands.shortcut("Ctrl+I"), wizard)
    assert closed == [True]


def test_the_check_page_says_inlezen_and_alt_i_imports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """The button after the check writes into the database, so it says *Inlezen*, not
    *Volgende >* (read as one more look, it imported at once in a trial)."""
    path = tmp_path / "hr.csv"
    path.write_text(f"{HR_HEADER}\n1;Anna;de Vries;CRAS;procesmedewerker;\n", encoding="utf-8")
    window.show_page("staff")
    hands = Hands(qtbot)
    seen: list[str] = []

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportWizard)
        hands.shortcut("Alt+T")  # Bes&tand:
        hands.type(str(path))
        seen.append(dialog.button(QWizard.WizardButton.NextButton).text())
        with qtbot.waitSignal(dialog.check.checked, timeout=10_000):
            hands.shortcut("Alt+V")  # &Volgende >: to the check, nothing written yet
        seen.append(dialog.button(QWizard.WizardButton.NextButton).text())
        assert window.staff_page.model.total == 0
        with qtbot.waitSignal(dialog.run.imported, timeout=10_000):
            hands.shortcut("Alt+I")  # &Inlezen
        seen.append(dialog.run.result.text().splitlines()[1])
        hands.enter()  # &Klaar

    hands.opens(lambda: hands.shortcut("Ctrl+I"), wizard)
    assert seen == [
        "&Volgende >",
        "&Inlezen",
        "medewerkers: 1 toegevoegd, 0 bijgewerkt, 0 ongewijzigd",
    ]
    qtbot.waitUntil(lambda: window.staff_page.model.total == 1, timeout=10_000)


def test_escape_after_a_refused_check_closes_without_asking(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """Every row refused: nothing of the file can be imported, so Escape closes at once
    (it asked 'Het gekozen bestand is nog niet ingelezen. Stoppen?' with *Terug naar het
    inlezen* the default, a trial)."""
    path = tmp_path / "hr.csv"
    path.write_text(f"{HR_HEADER}\n1;Anna;;CRAS;procesmedewerker;\n", encoding="utf-8")
    hands = Hands(qtbot)
    closed: list[bool] = []

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportWizard)
        hands.shortcut("Alt+T")
        hands.type(str(path))
        with qtbot.waitSignal(dialog.check.checked, timeout=10_000):
            hands.shortcut("Alt+V")
        assert dialog.check.problems.count() == 1
        asked: list[str] = []

        def question() -> None:  # if one is asked, it is noted and answered (no hang)
            box = QApplication.activeModalWidget()
            if box is not None and box is not dialog:
                asked.append(box.text())  # type: ignore[attr-defined]
                hands.click_button(box, "Stoppen")

        QTimer.singleShot(500, question)
        hands.escape()
        QTest.qWait(700)
        closed.append(not dialog.isVisible() and not asked)

    hands.opens(lambda: hands.shortcut("Ctrl+I"), wizard)
    assert closed == [True]


def test_a_path_that_is_not_a_file_says_why_volgende_stays_grey(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """A path typed that does not exist (or is a folder) left *Volgende* grey without a
    word (a trial). Now a line under the field says why, and goes once the file is there."""
    path = tmp_path / "hr.csv"
    hands = Hands(qtbot)
    seen: list[object] = []

    def wizard(dialog: QWidget) -> None:
        assert isinstance(dialog, ImportWizard)
        hands.shortcut("Alt+T")
        hands.type(str(path))
        page = dialog.choose
        seen.append((page.not_found.isVisible(), page.not_found.text()))
        seen.append(dialog.button(QWizard.WizardButton.NextButton).isEnabled())
        hands.select_all_and_type(str(tmp_path))
        seen.append(page.not_found.text())
        path.write_text(f"{HR_HEADER}\n1;Anna;de Vries;CRAS;procesmedewerker;\n", encoding="utf-8")
        hands.select_all_and_type(str(path))
        next_button = dialog.button(QWizard.WizardButton.NextButton)
        seen.append((page.not_found.isVisible(), next_button.isEnabled()))

    hands.opens(lambda: hands.shortcut("Ctrl+I"), wizard)
    assert seen == [
        (True, "Dit bestand bestaat niet (nog)."),
        False,
        "Dit is een map; kies een bestand erin.",
        (False, True),
    ]
