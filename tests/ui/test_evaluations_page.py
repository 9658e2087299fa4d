"""Evaluate an exercise, add an improvement action, close it: the overview follows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QDialog, QInputDialog
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import ActivityKind, ActivityStatus, EvaluationStatus, ExerciseLevel
from oto_app.norms.results import EvaluationState
from oto_app.services import activities
from oto_app.services.activities import ActivityData
from tests.ui.conftest import on_next_dialog, raise_from
from tests.ui.test_staff_page import _save
from ui.dialogs.evaluation_dialogs import ActionDialog, EvaluationDialog
from ui.main_window import MainWindow


def test_the_learning_loop(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = dt.date.today() - dt.timedelta(days=60)
    with sqlite_db.begin() as session:
        activities.create_activity(
            session,
            ActivityData(
                "Oefening stroomstoring",
                ActivityKind.EXERCISE,
                day,
                ExerciseLevel.MULTI,
                status=ActivityStatus.HELD,
            ),
        )
    page = window.evaluations_page
    window.show_page("evaluations")
    page.year.setValue(day.year)
    assert len(page.todo.rows()) == 1
    assert page.todo.index(0, 2).data() == "nog niet"
    page.todo_view.selectRow(0)
    assert not page.add_button.isEnabled()  # no evaluation yet to hang actions on

    def write(dialog: QDialog) -> None:
        assert isinstance(dialog, EvaluationDialog)
        qtbot.keyClicks(dialog.author, "Adviseur")
        dialog.went_well.setPlainText("Snelle opschaling")
        dialog.status.setCurrentIndex(dialog.status.findData(EvaluationStatus.FINAL))
        _save(dialog)

    errors = on_next_dialog(qtbot, write)
    page.evaluate_button.click()
    raise_from(errors)
    assert page.todo.index(0, 2).data() == "definitief"

    def action(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("Draaiboek stroomuitval bijwerken")
        dialog.unit.setCurrentIndex(1)
        dialog.due.set_date(dt.date.today() - dt.timedelta(days=1))
        _save(dialog)

    page.todo_view.selectRow(0)
    errors = on_next_dialog(qtbot, action)
    page.add_button.click()
    raise_from(errors)
    [open_action] = page.actions.rows()
    assert open_action.overdue and open_action.description == "Draaiboek stroomuitval bijwerken"

    overview = window.overview_page
    window.show_page("overview")
    qtbot.waitUntil(
        lambda: overview.result is not None and bool(overview.result.actions_overdue),
        timeout=10_000,
    )
    assert [e.status for e in overview.result.evaluations] == [EvaluationState.DONE]

    window.show_page("evaluations")
    page.action_view.selectRow(0)
    monkeypatch.setattr(
        QInputDialog, "getMultiLineText", lambda *a, **k: ("Getest in de oefening", True)
    )
    page.close_button.click()
    assert page.actions.rows() == []
