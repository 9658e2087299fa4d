"""Tab is no trap: it leaves a table or list inside a form for the next field, so
*Bijlagen*, *Opslaan* and *Annuleren* are reached by Tab; the arrows move in the list.
A fresh user tabbed round and round the Evaluatie's objectives."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import Rating
from oto_app.services import evaluations
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands, _read_as
from tests.ui.test_attendance_by_hand import _open_attendance, exercise  # noqa: F401
from ui.main_window import MainWindow


def _open_evaluation(hands: Hands, window: MainWindow, inside) -> None:  # type: ignore[no-untyped-def]
    hands.shortcut("Ctrl+6")  # Evaluaties
    page = window.evaluations_page
    hands.qtbot.waitUntil(lambda: page.todo.rowCount() == 1)
    hands.click_row(page.todo_view, 0)
    hands.opens(lambda: hands.shortcut("Alt+E"), inside)


def test_tab_leaves_the_objectives_for_the_attachments_and_the_buttons(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        exercise = unit_exercise(session, "VC", dt.date.today() - dt.timedelta(days=3), held=True)
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def evaluate(dialog: QWidget) -> None:
        hands.shortcut("Alt+V")  # Doelstelling toevoegen: the objective's cell, editing
        qtbot.waitUntil(lambda: dialog.objectives.table.rowCount() == 1)  # an animated click
        hands.type("Alarmering binnen 15 minuten")
        hands.tab()
        hands.type("S")  # the rating by its letter
        hands.tab()
        hands.type("Twee minuten te laat")
        hands.tab()  # the last cell: out of the table
        seen["after last cell"] = _read_as(hands.focused())
        hands.key(Qt.Key.Key_Backtab)  # back into the table, on a cell
        seen["back"] = _read_as(hands.focused())
        hands.tab()  # Tab on a cell (not editing) leaves too
        seen["tab on a cell"] = _read_as(hands.focused())
        hands.key(Qt.Key.Key_Backtab)
        hands.key(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
        seen["ctrl+tab"] = _read_as(hands.focused())
        hands.key(Qt.Key.Key_Backtab)
        hands.key(Qt.Key.Key_Backtab)  # before the table: the button row under Status
        seen["shift+tab twice"] = _read_as(hands.focused())
        hands.tab_to("Doelstelling toevoegen")
        hands.tab()
        seen["on to"] = [_read_as(hands.focused())]
        hands.tab()
        seen["on to"].append(_read_as(hands.focused()))  # type: ignore[attr-defined]
        hands.shortcut("Alt+V")  # a second row; then Alt+L (not J) goes to Bijlagen
        qtbot.waitUntil(lambda: dialog.objectives.table.rowCount() == 2)
        hands.shortcut("Alt+L")
        seen["alt+l"] = _read_as(hands.focused())
        hands.tab_until(lambda w: isinstance(w, QAbstractButton) and _read_as(w) == "Opslaan")
        hands.key(Qt.Key.Key_Space)

    _open_evaluation(hands, window, evaluate)
    # out of the table to its own buttons, then on to Bijlagen (see the last test)
    assert seen["after last cell"] == "Doelstelling toevoegen"
    assert seen["back"] == "Doelstellingen"
    assert seen["tab on a cell"] == "Doelstelling toevoegen"
    assert seen["ctrl+tab"] == "Doelstelling toevoegen"
    assert seen["on to"] == ["Doelstelling verwijderen", "Bijlagen"]
    assert seen["shift+tab twice"] == "Status"
    assert seen["alt+l"] == "Bijlagen"  # an underlined i beside the j read as Alt+J
    with sqlite_db.begin() as session:
        written = evaluations.get(session, exercise)
    assert written is not None
    assert [(o.objective, o.rating, o.note) for o in written.objectives] == [
        ("Alarmering binnen 15 minuten", Rating.S, "Twee minuten te laat")
    ]


def test_tab_leaves_the_attendance_list_and_the_arrows_move_in_it(
    qtbot: QtBot,
    window: MainWindow,
    exercise: int,  # noqa: F811
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        hands.tab_until(lambda w: isinstance(w, QAbstractItemView), "the list")
        hands.key(Qt.Key.Key_Down)
        hands.key(Qt.Key.Key_Down)
        view = hands.focused()
        seen["row"] = view.currentIndex().row()  # type: ignore[attr-defined]
        hands.tab()
        seen["after"] = hands.focused()
        seen["left the list"] = not isinstance(hands.focused(), QAbstractItemView)

    _open_attendance(hands, window, look)
    assert seen["row"] >= 1  # the arrows moved down the rows
    assert seen["left the list"], f"Tab stayed in the list: {seen['after']!r}"
    assert QApplication.activeModalWidget() is None
