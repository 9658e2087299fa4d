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
