"""The date field's calendar, by hand: it opens as a popup under the field, the arrow keys
walk the days and Enter puts the day in the field (dd-mm-jjjj), back in the field."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget
from pytestqt.qtbot import QtBot

from tests.helpers.hands import Hands
from ui.date_edit import DateEdit

pytestmark = pytest.mark.gui


def test_the_calendar_opens_as_a_popup_and_enter_picks_the_day(
    app: QApplication, qtbot: QtBot
) -> None:
    hands = Hands(qtbot)
    field = DateEdit()
    qtbot.addWidget(field)
    field.show()
    field.setDate(QDate(2026, 3, 12))
    hands.click(field.button)
    popup = field.findChild(QCalendarWidget, "datePopup")
    assert popup is not None and popup.isVisible() and popup.isWindow()
    assert popup.windowType() == Qt.WindowType.Popup
    qtbot.waitUntil(lambda: hands.focused() is not field.line)
    hands.key(Qt.Key.Key_Right)
    hands.enter()
    qtbot.waitUntil(lambda: field.findChild(QCalendarWidget, "datePopup") is None)  # closed
    assert field.line.text() == "13-03-2026"
