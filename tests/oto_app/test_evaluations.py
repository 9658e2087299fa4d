"""Evaluations and improvement actions: the loop the policy asks to close."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app import norms
from oto_app.db import Database
from oto_app.errors import ConcurrentEditError, ValidationError
from oto_app.models import (
    ActionStatus,
    ActivityKind,
    ActivityStatus,
    Evaluation,
    EvaluationStatus,
    Rating,
)
from oto_app.models import ExerciseLevel as L
from oto_app.norms.results import EvaluationState
from oto_app.services import activities, evaluations, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.evaluations import ActionData, EvaluationData, Objective
from oto_app.services.staff import PersonData

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
        ).value


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
        ).value
        course = activities.create_activity(
            session,
            ActivityData("Cursus", ActivityKind.COURSE, D(2025, 1, 1), status=ActivityStatus.HELD),
        ).value
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
        evaluation = evaluations.save(
            session, exercise, EvaluationData(held_on=D(2025, 3, 10))
        ).value
        cras = organisation.find_unit(session, "CRAS").id
        with pytest.raises(ValidationError, match="vóór de evaluatie"):
            evaluations.add_action(
                session, evaluation, ActionData("Te vroeg", cras, due_date=D(2025, 3, 1))
            )
        action = evaluations.add_action(
            session, evaluation, ActionData("Telefoonlijst bijwerken", cras, due_date=D(2025, 6, 1))
        ).value
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


def test_objectives_are_rated_p_s_m_u_and_attachments_kept(db: Database, exercise: int) -> None:
    data = EvaluationData(
        held_on=D(2025, 3, 10),
        objectives=(
            Objective("Actiecentrum binnen 60 minuten operationeel", Rating.S, "72 minuten"),
            Objective("Verwanteninformatie via CRIB", "p"),
        ),
        attachments=("S:\\OTO\\2025\\verslag CRAS.pdf", "https://veiligheidsregio.nl/eval/12"),
    )
    with db.begin() as session:
        evaluations.save(session, exercise, data)
    with db.begin() as session:
        stored = evaluations.get(session, exercise)
        assert [(o.objective, o.rating, o.note) for o in stored.objectives] == [
            ("Actiecentrum binnen 60 minuten operationeel", Rating.S, "72 minuten"),
            ("Verwanteninformatie via CRIB", Rating.P, None),
        ]
        assert stored.attachments == data.attachments
    for objective, message in (
        (Objective("Alarmering", "X"), "doelstelling 1: beoordeling 'X' bestaat niet; kies P, S"),
        (Objective("  ", Rating.P), "doelstelling 1: beschrijf de doelstelling"),
    ):
        with pytest.raises(ValidationError, match=message), db.begin() as session:
            evaluations.save(session, exercise, EvaluationData(objectives=(objective,)))
    with db.begin() as session:  # the refusals wrote nothing
        assert len(evaluations.get(session, exercise).objectives) == 2


def test_changing_only_the_objectives_still_guards_against_a_second_editor(
    db: Database, exercise: int
) -> None:
    with db.begin() as session:
        evaluations.save(session, exercise, EvaluationData())
        [row] = evaluations.to_evaluate(session, 2025)
    first = EvaluationData(objectives=(Objective("Opschaling", Rating.M),))
    with db.begin() as session:
        evaluations.save(session, exercise, first, version=row.version)
    with pytest.raises(ConcurrentEditError), db.begin() as session:
        evaluations.save(session, exercise, EvaluationData(), version=row.version)
    with db.begin() as session:
        assert evaluations.get(session, exercise).objectives == first.objectives


def test_actions_have_owners_and_filter_by_unit_and_owner(db: Database, exercise: int) -> None:
    with db.begin() as session:
        anna = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
        piet = staff.create_person(session, PersonData("M2", "Piet", "Bakker")).value
        evaluation = evaluations.save(session, exercise, EvaluationData()).value
        cras = organisation.find_unit(session, "CRAS").id
        crib = organisation.find_unit(session, "CRIB").id
        for text, unit, owner in (
            ("Sleutelkast", cras, anna),
            ("Draaiboek", crib, anna),
            ("Telefoonboom", cras, piet),
        ):
            evaluations.add_action(session, evaluation, ActionData(text, unit, owner))
    with db.begin() as session:
        on = D(2025, 4, 1)
        mine = evaluations.list_actions(session, on, owner_id=anna)
        assert sorted((a.description, a.owner) for a in mine) == [
            ("Draaiboek", "Anna de Vries"),
            ("Sleutelkast", "Anna de Vries"),
        ]
        both = evaluations.list_actions(session, on, unit_id=cras, owner_id=anna)
        assert [a.description for a in both] == ["Sleutelkast"]
        assert sorted(evaluations.action_owners(session)) == sorted([anna, piet])
        row = evaluations.list_actions(session, on, owner_id=piet)[0]
        evaluations.update_action(
            session,
            row.id,
            ActionData("Telefoonboom testen", cras, anna, D(2025, 9, 1)),
            row.version,
        )
    with db.begin() as session:
        assert [a.description for a in evaluations.list_actions(session, on, owner_id=piet)] == []
        with pytest.raises(ConcurrentEditError):
            evaluations.update_action(session, row.id, ActionData("Oud"), row.version)


def test_deleting_an_activity_keeps_its_evaluation_and_actions(db: Database, exercise: int) -> None:
    with db.begin() as session:
        evaluation = evaluations.save(
            session, exercise, EvaluationData(went_well="Snelle opkomst")
        ).value
        evaluations.add_action(session, evaluation, ActionData("Sleutelkast"))
        impact = activities.deletion_impact(session, exercise)
        assert (impact.title, impact.evaluation_id) == ("Oefening CRAS", evaluation)
    with db.begin() as session:
        activities.delete_activity(session, exercise)
    with db.begin() as session:
        assert evaluations.to_evaluate(session, 2025) == []
        kept = session.get(Evaluation, evaluation)
        assert (kept.activity_id, kept.activity_title, kept.went_well) == (
            None,
            "Oefening CRAS",
            "Snelle opkomst",
        )
        assert kept.held_on == D(2025, 3, 1)
        assert [a.description for a in kept.actions] == ["Sleutelkast"]
