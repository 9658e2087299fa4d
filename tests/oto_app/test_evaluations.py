"""Evaluations and improvement actions: the loop the policy asks to close."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app import norms
from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.models import ActionStatus, ActivityKind, ActivityStatus, EvaluationStatus
from oto_app.models import ExerciseLevel as L
from oto_app.norms.results import EvaluationState
from oto_app.services import activities, evaluations, organisation
from oto_app.services.activities import ActivityData
from oto_app.services.evaluations import ActionData, EvaluationData

D = dt.date


@pytest.fixture
def exercise(db: Database) -> int:
    with db.begin() as session:
        return activities.create_activity(
            session,
            ActivityData(
                "Oefening CRAS",
                ActivityKind.EXERCISE,
                D(2025, 3, 1),
                L.MONO,
                status=ActivityStatus.HELD,
            ),
        )


def test_a_final_evaluation_satisfies_n4(db: Database, exercise: int) -> None:
    with db.begin() as session:
        assert norms.compute(session, 2025).evaluations[0].status == EvaluationState.OVERDUE
        evaluations.save(
            session,
            exercise,
            EvaluationData(
                held_on=D(2025, 3, 10),
                author="Adviseur",
                went_well="Opkomst",
                status=EvaluationStatus.FINAL,
            ),
            today=D(2025, 3, 20),
        )
    with db.begin() as session:
        [row] = evaluations.to_evaluate(session, 2025)
        assert (row.status, row.open_actions) == (EvaluationStatus.FINAL, 0)
        assert norms.compute(session, 2025).evaluations[0].status == EvaluationState.DONE
        assert evaluations.get(session, exercise).went_well == "Opkomst"


def test_refusals(db: Database, exercise: int) -> None:
    with db.begin() as session:
        planned = activities.create_activity(
            session, ActivityData("Later", ActivityKind.EXERCISE, D(2030, 1, 1), L.MONO)
        )
        course = activities.create_activity(
            session,
            ActivityData("Cursus", ActivityKind.COURSE, D(2025, 1, 1), status=ActivityStatus.HELD),
        )
    for activity, message in (
        (planned, "is \\(nog\\) niet uitgevoerd"),
        (course, "een opleiding wordt niet geëvalueerd"),
    ):
        with pytest.raises(ValidationError, match=message), db.begin() as session:
            evaluations.save(session, activity, EvaluationData())
    with pytest.raises(ValidationError, match="vóór de activiteit"), db.begin() as session:
        evaluations.save(session, exercise, EvaluationData(held_on=D(2025, 2, 1)))


def test_actions_due_dates_closing_and_overdue(db: Database, exercise: int) -> None:
    with db.begin() as session:
        evaluation = evaluations.save(session, exercise, EvaluationData(held_on=D(2025, 3, 10)))
        cras = organisation.find_unit(session, "CRAS").id
        with pytest.raises(ValidationError, match="vóór de evaluatie"):
            evaluations.add_action(
                session, evaluation, ActionData("Te vroeg", cras, due_date=D(2025, 3, 1))
            )
        action = evaluations.add_action(
            session, evaluation, ActionData("Telefoonlijst bijwerken", cras, due_date=D(2025, 6, 1))
        )
    with db.begin() as session:
        [row] = evaluations.list_actions(session, on=D(2025, 7, 1))
        assert (row.description, row.unit, row.overdue) == ("Telefoonlijst bijwerken", "CRAS", True)
        with pytest.raises(ValidationError, match="hoe is gecontroleerd"):
            evaluations.set_action_status(session, action, ActionStatus.DONE, "  ")
    with db.begin() as session:
        evaluations.set_action_status(
            session,
            action,
            ActionStatus.DONE,
            "Getest in de training van juni",
            today=D(2025, 6, 20),
        )
    with db.begin() as session:
        assert evaluations.list_actions(session, on=D(2025, 7, 1)) == []
        assert norms.compute(session, 2025, D(2025, 7, 1)).actions_overdue == []
