"""The evaluation form as a fresh user met it: its first field, a list box, shows that it
has the focus; *Doelstelling toevoegen* does not look like the button Enter presses
(Opslaan does), and Enter saves the form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.services import evaluations
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from ui.main_window import MainWindow

FOCUS = QColor("#1f4e79")  #: resources/style.qss


def _edge(box: QWidget) -> QColor:
    """The colour of the box's left edge, halfway down, as it is on screen."""
    picture = box.grab().toImage()
    return picture.pixelColor(0, picture.height() // 2)


def test_the_first_list_box_shows_its_focus_and_only_opslaan_looks_default(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        exercise = unit_exercise(session, "VC", dt.date.today() - dt.timedelta(days=3), held=True)
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+6")  # Evaluaties
    page = window.evaluations_page
    qtbot.waitUntil(lambda: page.todo.rowCount() == 1)
    hands.click_row(page.todo_view, 0)
    seen: dict[str, object] = {}

    def evaluate(dialog: QWidget) -> None:
        first = hands.focused()
        seen["first"] = (type(first), first.accessibleName())
        seen["edge focused"] = _edge(first)
        default = [
            b.text().replace("&", "") for b in dialog.findChildren(QPushButton) if b.isDefault()
        ]
        seen["default"] = default
        hands.tab_to("Auteur")
        seen["edge after"] = _edge(first)
        hands.type("A. Adviseur")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+E"), evaluate)
    assert seen["first"] == (QComboBox, "Soort evaluatie")
    assert seen["edge focused"] == FOCUS
    assert seen["edge after"] != FOCUS  # the edge says where the focus is, not always blue
    assert seen["default"] == ["Opslaan"]
    with sqlite_db.begin() as session:
        written = evaluations.get(session, exercise)
    assert written is not None and written.author == "A. Adviseur"
    assert written.objectives == ()  # Enter saved; it added no objective


def test_after_the_evaluation_dialogs_the_list_has_the_keyboard_on_the_same_row(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """Saving reloads the page, which greys the button that opened the dialog for a moment:
    the keyboard used to go on to the Onderdeel filter, and the action's row was lost."""
    with sqlite_db.begin() as session:
        for code, days in (("VC", 3), ("OV", 5)):
            unit_exercise(session, code, dt.date.today() - dt.timedelta(days=days), held=True)
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+6")  # Evaluaties
    page = window.evaluations_page
    qtbot.waitUntil(lambda: page.todo.rowCount() == 2)
    hands.click_row(page.todo_view, 1)
    chosen = page.todo.row(1).title

    def where() -> tuple[str, str]:
        """Which list has the keyboard, and the exercise chosen in it."""
        focused = hands.focused()
        rows = page.todo_view.selectionModel().selectedRows()
        return (focused.objectName(), page.todo.row(rows[0].row()).title if rows else "")

    def author(_dialog: QWidget) -> None:
        hands.tab_to("Auteur")
        hands.type("A. Adviseur")
        hands.enter()

    hands.opens(lambda: hands.click(page.evaluate_button), author)  # by the mouse
    assert where() == ("evaluationTable", chosen)

    def action(_dialog: QWidget) -> None:
        hands.type("Draaiboek bijwerken")  # the first field, Verbeterpunt
        hands.shortcut("Ctrl+Return")

    hands.opens(lambda: hands.click(page.add_button), action)
    assert where() == ("evaluationTable", chosen)
    qtbot.waitUntil(lambda: page.action_rows.rowCount() == 1)
    hands.click_row(page.action_view, 0)

    def later(_dialog: QWidget) -> None:
        hands.tab_to("Gereed op")
        hands.shortcut("Ctrl+Return")

    hands.opens(lambda: hands.shortcut("Alt+W"), later)
    assert hands.focused().objectName() == "actionTable"
    assert page.action_view.selectionModel().selectedRows()[0].row() == 0
    with sqlite_db.begin() as session:
        assert [a.description for a in evaluations.list_actions(session, dt.date.today())] == [
            "Draaiboek bijwerken"
        ]
