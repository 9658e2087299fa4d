"""Enter in the attendance form (trial B): with a name in the field it marks that person
(the field empties); Enter in the empty field then saves, as Opslaan and every form's
Enter do."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import AttendanceStatus
from tests.helpers.hands import Hands
from tests.ui import test_attendance_by_hand as paper
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
exercise = paper.exercise  # its five people of CRAS and their exercise


def test_enter_marks_a_name_and_in_the_empty_field_saves(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    seen: list[object] = []

    def type_then_enter(dialog: QWidget) -> None:
        hands.type("Kuipers")
        hands.enter()  # marks Kees Kuipers present; the form stays open
        seen.append((dialog.isVisible(), dialog.quick.text()))  # type: ignore[attr-defined]
        hands.enter()  # the empty field: saves and closes
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)

    paper._open_attendance(hands, window, type_then_enter)
    assert seen == [(True, "")]
    statuses = paper._statuses(sqlite_db, exercise)
    assert statuses["Kees Kuipers"] == AttendanceStatus.PRESENT
    assert list(statuses.values()).count(None) == 4
