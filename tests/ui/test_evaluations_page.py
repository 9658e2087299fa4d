"""Evaluate an exercise, add an improvement action, close it: the overview follows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import (
    ActionStatus,
    ActivityKind,
    ActivityStatus,
    EvaluationStatus,
    ExerciseLevel,
    Rating,
)
from oto_app.norms.results import EvaluationState
from oto_app.services import activities, evaluations, staff
from oto_app.services.activities import ActivityData
from oto_app.services.staff import PersonData
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.dialogs import save as _save
from ui.dialogs.evaluation_dialogs import ActionDialog, EvaluationDialog
from ui.main_window import MainWindow


def test_the_learning_loop(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    day = dt.date.today() - dt.timedelta(days=60)
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries", "de"))
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
        # Two objectives, typed and rated with the keyboard only: Tab moves from the
        # objective to its rating, a letter picks the rating, Tab commits it.
        table = dialog.objectives.table

        def editor(kind: type) -> QWidget:
            [open_editor] = [w for w in table.viewport().findChildren(kind) if w.isVisible()]
            return open_editor

        for text, rating in (("Opschaling binnen het uur", "S"), ("Logboek bijgehouden", "m")):
            dialog.objectives.add_button.click()
            qtbot.keyClicks(editor(QLineEdit), text)
            qtbot.keyClick(editor(QLineEdit), Qt.Key.Key_Tab)
            qtbot.keyClicks(editor(QComboBox), rating.upper())
            qtbot.keyClick(editor(QComboBox), Qt.Key.Key_Tab)
        dialog.attachments.list.addItem("S:\\OTO\\verslag stroomstoring.pdf")
        _save(dialog)

    errors = on_next_dialog(qtbot, write)
    page.evaluate_button.click()
    raise_from(errors)
    assert page.todo.index(0, 2).data() == "afgerond"
    with sqlite_db.begin() as session:
        stored = evaluations.get(session, page.todo.rows()[0].activity_id)
    assert [(o.objective, o.rating) for o in stored.objectives] == [
        ("Opschaling binnen het uur", Rating.S),
        ("Logboek bijgehouden", Rating.M),
    ]
    assert stored.attachments == ("S:\\OTO\\verslag stroomstoring.pdf",)

    def action(dialog: QDialog) -> None:
        assert isinstance(dialog, ActionDialog)
        dialog.description.setPlainText("Draaiboek stroomuitval bijwerken")
        dialog.unit.setCurrentIndex(1)
        dialog.owner.lineEdit().clear()
        qtbot.keyClicks(dialog.owner.lineEdit(), "Anna de Vries (M1)")
        dialog.due.set_date(dt.date.today() - dt.timedelta(days=1))
        _save(dialog)

    page.todo_view.selectRow(0)
    errors = on_next_dialog(qtbot, action)
    page.add_button.click()
    raise_from(errors)
    [open_action] = page.action_rows.rows()
    assert open_action.overdue and open_action.description == "Draaiboek stroomuitval bijwerken"
    assert open_action.owner == "Anna de Vries"
    # The owner filter offers the owners; picking another unit empties the list.
    assert page.owner_filter.findText("Anna de Vries") > 0
    page.unit_filter.setCurrentIndex(2)
    assert page.action_rows.rows() == []
    page.unit_filter.setCurrentIndex(0)
    page.owner_filter.setCurrentIndex(page.owner_filter.findText("Anna de Vries"))
    assert len(page.action_rows.rows()) == 1
    page.action_view.selectRow(0)
    page.progress_button.click()
    assert page.action_rows.rows()[0].status == ActionStatus.IN_PROGRESS

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
    assert page.action_rows.rows() == []
