"""The Geschiedenis window in the user's words (trial B): an activity's kind, level, form,
organiser and status as the forms name them, dates dd-mm-jjjj, and the field names in the
window's language; in the English window all of it English."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import ActivityKind, ActivityStatus, ExerciseForm, ExerciseLevel
from oto_app.services import activities, organisation
from oto_app.services.activities import ActivityData
from tests.helpers.hands import Hands
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _history_of_a_drill(qtbot: QtBot, window: MainWindow, db: Database) -> list[str]:
    """Plan a drill on 01-12-2026, mark it held; what its Geschiedenis says, row by row."""
    with db.begin() as session:
        unit = organisation.find_unit(session, "OV").id
        data = ActivityData(
            "Oefening OV test",
            ActivityKind.EXERCISE,
            dt.date(2026, 12, 1),
            ExerciseLevel.MONO,
            ExerciseForm.DRILL,
            hours=2.5,
            unit_ids=(unit,),
        )
        made = activities.create_activity(session, data).value
    with db.begin() as session:
        activities.set_status(session, made, ActivityStatus.HELD)
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")
    page = window.activities_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hands.click_row(page.table, 0)
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        model = dialog.model  # type: ignore[attr-defined]
        seen.extend(model.index(row, 3).data() for row in range(model.rowCount()))

    hands.opens(lambda: hands.click(page.history_button), read)
    return seen


DUTCH = (
    [
        "datum: 01-12-2026",
        "soort: oefening",
        "niveau: monodisciplinair",
        "vorm: vaardigheidsoefening",
        "organisator: gemeente",
        "uren: 2,5",
        "status: gepland",
    ],
    ["2026-12-01", "DRILL", "MONO", "2.5"],
    "status: gepland → uitgevoerd",
)
ENGLISH = (
    [
        "date: 01-12-2026",
        "kind: exercise",
        "level: single-discipline",
        "form: drill",
        "organiser: municipality",
        "hours: 2.5",
        "title: Oefening OV test",
    ],
    ["EXERCISE", "titel"],
    "status: planned → held",
)


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_history_uses_the_forms_words_in_the_windows_language(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    request: pytest.FixtureRequest,
    language: str,
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    shown, unseen, change = ENGLISH if language == "en" else DUTCH
    added, held = _history_of_a_drill(qtbot, window, sqlite_db)
    assert [said for said in shown if said not in added] == []
    assert [code for code in unseen if code in added] == []
    assert held == change
