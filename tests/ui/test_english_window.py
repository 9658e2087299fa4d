"""The English window writes as English does: the paper list's status letters are the
English words' (P present, E excused, A absent, I invited), and numbers have a decimal
point ("2.00 hours", not "2,00 hours"). Dutch stays A/F/X/U and "2,00 uur"."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import AttendanceStatus
from tests.helpers.hands import Hands
from tests.ui import test_attendance_by_hand as paper
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
exercise = paper.exercise  # its five people of CRAS and their exercise


@pytest.mark.usefixtures("english")
def test_the_english_paper_list_takes_english_letters(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, str] = {}

    def letters(dialog: QWidget) -> None:
        seen["hint"] = dialog.feedback.text()
        hands.click_row(dialog.table, 0)  # Carla de Boer
        hands.type("e")
        hands.click_row(dialog.table, 1)  # Kees Kuipers
        hands.type("p")
        hands.click_row(dialog.table, 2)
        hands.type("f")  # Dutch for excused: nothing in English
        seen["totals"] = dialog.totals.text()
        hands.click_button(dialog, "Save")

    paper._open_attendance(hands, window, letters)
    assert seen["hint"].startswith("In the list: P present, E excused, A absent, I invited")
    assert seen["totals"] == "1 present of 5 expected, 1 excused"
    statuses = paper._statuses(sqlite_db, exercise)
    assert statuses["Carla de Boer"] == AttendanceStatus.EXCUSED
    assert statuses["Kees Kuipers"] == AttendanceStatus.PRESENT
    assert list(statuses.values()).count(None) == 3


def hours_shown(hands: Hands, window: MainWindow) -> str:
    """The hours field of a new activity, as the form shows it."""
    hands.shortcut("Ctrl+4")
    seen: list[str] = []
    hands.opens(
        lambda: hands.click(window.activities_page.new_button),
        lambda dialog: seen.append(dialog.hours.text()),
    )
    return seen[0]


@pytest.mark.usefixtures("english")
def test_english_hours_have_a_decimal_point(qtbot: QtBot, window: MainWindow) -> None:
    assert hours_shown(Hands(qtbot), window) == "2.00 hours"


def test_dutch_hours_keep_their_decimal_comma(qtbot: QtBot, window: MainWindow) -> None:
    assert hours_shown(Hands(qtbot), window) == "2,00 uur"
