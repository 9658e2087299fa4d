"""Deleting an activity by keys (trial B): the question's buttons have Alt letters, one
each (Alt+A keeps the activity); and a refusal in a message box is a sentence with its
full stop ("… en annuleer dan.")."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import AttendanceStatus
from oto_app.services import attendance
from oto_app.services.attendance import Entry
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from tests.helpers.people import unit_members
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def exercise(sqlite_db: Database) -> int:
    with sqlite_db.begin() as session:
        unit_members(session, "CRAS", [("10069", "Carla", "de", "Boer")], dt.date(2020, 1, 1))
        return unit_exercise(session, "CRAS", dt.date(2026, 11, 20))


def _page(hands: Hands, window: MainWindow) -> None:
    hands.shortcut("Ctrl+4")
    page = window.activities_page
    hands.qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hands.click_row(page.table, 0)


def test_the_delete_question_has_alt_letters(
    qtbot: QtBot, window: MainWindow, exercise: int
) -> None:
    hands = Hands(qtbot)
    _page(hands, window)
    letters: list[str] = []

    def answer(box: QWidget) -> None:
        for button in box.buttons():  # type: ignore[attr-defined]
            text = button.text()
            assert "&" in text, f"{text!r} has no Alt letter"
            letters.append(text[text.index("&") + 1].lower())
        hands.shortcut("Alt+A")  # &Annuleren

    hands.opens(lambda: hands.click(window.activities_page.delete_button), answer)
    assert len(letters) == len(set(letters)) == 2
    assert window.activities_page.model.rowCount() == 1  # kept


def test_a_refused_cancel_ends_with_a_full_stop(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    _page(hands, window)
    with sqlite_db.begin() as session:  # someone else records her present meanwhile
        [row] = attendance.expected(session, exercise)
        attendance.record(session, exercise, [Entry(row.person_id, AttendanceStatus.PRESENT)], True)
    said: list[str] = []
    hands.opens(
        lambda: hands.click(window.activities_page.cancel_button),
        lambda box: said.append(box.text()),  # type: ignore[attr-defined]
    )
    assert said == [
        "Er staat 1 deelnemer als aanwezig; zet die presentie eerst terug en annuleer dan."
    ]
