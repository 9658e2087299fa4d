"""The norms at their edges, as shared/domain.md defines them (on SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pytest
from sqlalchemy.orm import Session

from oto_app import norms
from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.models import (
    ActivityKind,
    ActivityStatus,
    AssignmentKind,
    AttendanceStatus,
    Discipline,
    Evaluation,
    EvaluationStatus,
    ExerciseLevel,
    ImprovementAction,
    Unit,
)
from oto_app.norms.results import EvaluationState, NormSettings, PersonStatus
from oto_app.services import activities, assignments, attendance, organisation, settings, staff
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.staff import PersonData

D = dt.date
YEAR = 2025
END = D(2025, 12, 31)
LONG_AGO = D(2020, 1, 1)


@dataclass
class World:
    """A tiny municipality built through the services, as a user would."""

    session: Session
    people: dict[str, int] = field(default_factory=dict)

    def unit(self, code: str) -> int:
        return organisation.find_unit(self.session, code).id

    def role(self, name: str) -> int:
        return organisation.find_role(self.session, name).id

    def person(
        self,
        number: str,
        *roles: tuple[str, str],
        start: dt.date = LONG_AGO,
        end: dt.date | None = None,
        kind: AssignmentKind = AssignmentKind.PRIMARY,
    ) -> int:
        person = staff.create_person(self.session, PersonData(number, "P", f"Naam{number}")).value
        for code, role in roles:
            assignments.assign(
                self.session,
                AssignmentData(person, self.unit(code), self.role(role), kind, start, end),
            )
        self.people[number] = person
        return person

    def activity(
        self,
        key: str,
        kind: ActivityKind,
        day: dt.date,
        units: tuple[str, ...] = (),
        level: ExerciseLevel | None = None,
        present: tuple[str, ...] = (),
        status: ActivityStatus = ActivityStatus.HELD,
    ) -> int:
        if kind == ActivityKind.EXERCISE and level is None:
            level = ExerciseLevel.MONO
        activity = activities.create_activity(
            self.session,
            ActivityData(
                key,
                kind,
                day,
                level,
                status=status,
                unit_ids=tuple(self.unit(c) for c in units),
                exchange_key=key,
                hours=2,
            ),
        ).value
        attendance.record(
            self.session,
            activity,
            [Entry(self.people[n], AttendanceStatus.PRESENT) for n in present],
        )
        return activity

    def compute(self, on: dt.date | None = END):  # type: ignore[no-untyped-def]
        return norms.compute(self.session, YEAR, on)


@pytest.fixture
def world(db: Database):  # type: ignore[no-untyped-def]
    with db.sessions() as session:
        yield World(session)
        session.rollback()


PM = ("CRAS", "procesmedewerker")


def status(result, number: str) -> PersonStatus:  # type: ignore[no-untyped-def]
    return next(p.status for p in result.persons if p.staff_number == number)


# --- N1 -----------------------------------------------------------------------------------


def test_present_at_a_held_activity_makes_someone_compliant(world: World) -> None:
    world.person("1", PM)
    world.person("2", PM)
    world.activity("K1", ActivityKind.TRAINING, D(2025, 3, 1), ("CRAS",), present=("1",))
    result = world.compute()
    [one, two] = result.persons
    assert (one.status, one.activities) == (PersonStatus.COMPLIANT, ("K1",))
    assert (two.status, two.activities) == (PersonStatus.NON_COMPLIANT, ())
    assert two.reason == "0 van 1 activiteit in 2025"


def test_before_the_year_ends_the_untrained_are_pending(world: World) -> None:
    world.person("1", PM)
    result = world.compute(D(2025, 6, 30))
    assert status(result, "1") == PersonStatus.PENDING
    assert "kan nog tot en met 31-12-2025" in result.persons[0].reason


def test_an_assignment_ended_before_the_reference_date_is_out_of_scope(world: World) -> None:
    world.person("1", PM, end=D(2025, 6, 30))
    world.person("2", PM, end=D(2025, 12, 31))  # the end date itself still counts
    assert [p.staff_number for p in world.compute().persons] == ["2"]
    assert [p.staff_number for p in world.compute(D(2025, 6, 30)).persons] == ["1", "2"]


def test_someone_started_within_90_days_is_new_until_they_attend(world: World) -> None:
    world.person("1", PM, start=D(2025, 10, 15))  # 77 days before 31-12
    world.person("2", PM, start=D(2025, 10, 2))  # exactly 90 days: no longer new
    world.person("3", PM, start=D(2025, 11, 1))
    world.activity("K1", ActivityKind.COURSE, D(2025, 11, 20), present=("3",))
    result = world.compute()
    assert status(result, "1") == PersonStatus.NEW
    assert result.persons[0].reason == "nieuw sinds 15-10-2025; nog geen activiteit gevolgd"
    assert status(result, "2") == PersonStatus.NON_COMPLIANT
    assert status(result, "3") == PersonStatus.COMPLIANT


def test_several_roles_need_one_activity_in_total(world: World) -> None:
    world.person("1", PM, ("OV", "procesmedewerker"), ("AC", "medewerker actiecentrum"))
    world.activity("K1", ActivityKind.TRAINING, D(2025, 4, 1), ("AC",), present=("1",))
    [person] = world.compute().persons
    assert person.status == PersonStatus.COMPLIANT
    assert person.units == ("AC", "CRAS", "OV") or set(person.units) == {"AC", "CRAS", "OV"}


def test_a_role_asking_for_two_needs_two(world: World) -> None:
    world.person("1", ("CRAS", "procesverantwoordelijke"), PM)
    pv = organisation.find_role(world.session, "procesverantwoordelijke")
    organisation.update_role(
        world.session,
        pv.id,
        organisation.RoleData(pv.name, is_key=True, min_activities=2),
        today=D(2025, 1, 1),
    )
    world.activity("K1", ActivityKind.TRAINING, D(2025, 4, 1), present=("1",))
    [person] = world.compute().persons
    assert (person.status, person.required, person.attended) == (PersonStatus.NON_COMPLIANT, 2, 1)
    assert person.reason == "1 van 2 activiteiten in 2025"
    world.activity("K2", ActivityKind.EXERCISE, D(2025, 9, 1), present=("1",))
    assert world.compute().persons[0].status == PersonStatus.COMPLIANT


def test_the_years_own_minimum_applies_to_everyone(world: World) -> None:
    world.person("1", PM)
    world.activity("K1", ActivityKind.TRAINING, D(2025, 4, 1), present=("1",))
    settings.save_norms(world.session, YEAR, NormSettings(min_activities_per_person=2))
    assert world.compute().persons[0].status == PersonStatus.NON_COMPLIANT
    assert norms.compute(world.session, 2024, D(2024, 12, 31)).settings == NormSettings()


def test_activities_after_the_reference_date_or_outside_the_year_do_not_count(
    world: World,
) -> None:
    world.person("1", PM)
    world.activity("K0", ActivityKind.TRAINING, D(2024, 12, 31), ("CRAS",), present=("1",))
    world.activity("K1", ActivityKind.EXERCISE, D(2025, 8, 1), ("CRAS",), present=("1",))
    before = world.compute(D(2025, 7, 31))
    assert status(before, "1") == PersonStatus.PENDING
    assert not before.units[[u.code for u in before.units].index("CRAS")].exercised
    assert status(world.compute(D(2025, 8, 1)), "1") == PersonStatus.COMPLIANT


def test_excused_or_absent_does_not_count(world: World) -> None:
    world.person("1", PM)
    activity = world.activity("K1", ActivityKind.TRAINING, D(2025, 4, 1))
    attendance.record(world.session, activity, [Entry(world.people["1"], AttendanceStatus.EXCUSED)])
    assert status(world.compute(), "1") == PersonStatus.NON_COMPLIANT


# --- N2, N3 -------------------------------------------------------------------------------


def test_courses_count_for_people_but_only_exercises_exercise_a_unit(world: World) -> None:
    world.person("1", PM)
    world.activity("C1", ActivityKind.COURSE, D(2025, 2, 1), ("CRAS",), present=("1",))
    world.activity("T1", ActivityKind.TRAINING, D(2025, 2, 2), ("CRAS",))
    world.activity(
        "I1", ActivityKind.DEPLOYMENT, D(2025, 2, 3), ("CRAS",), level=ExerciseLevel.MULTI
    )
    result = world.compute()
    cras = next(u for u in result.units if u.code == "CRAS")
    assert status(result, "1") == PersonStatus.COMPLIANT
    assert (cras.exercised, cras.exercises, cras.reason) == (False, (), "geen oefening in 2025")


def test_an_exercise_without_attendance_still_exercises_its_units(world: World) -> None:
    world.activity("E1", ActivityKind.EXERCISE, D(2025, 5, 1), ("CRAS", "OV"))
    result = world.compute()
    exercised = {u.code: u.exercises for u in result.units if u.exercised}
    assert exercised == {"CRAS": ("E1",), "OV": ("E1",)}
    assert result.units_exercised == 2 and len(result.units) == 10


def test_a_cancelled_exercise_does_not_count_and_cannot_have_attendance(world: World) -> None:
    world.person("1", PM)
    cancelled = world.activity(
        "E1", ActivityKind.EXERCISE, D(2025, 5, 1), ("CRAS",), status=ActivityStatus.CANCELLED
    )
    with pytest.raises(ValidationError, match="is geannuleerd"):
        attendance.record(
            world.session, cancelled, [Entry(world.people["1"], AttendanceStatus.PRESENT)]
        )
    result = world.compute()
    assert not next(u for u in result.units if u.code == "CRAS").exercised


def test_a_planned_exercise_shows_as_still_to_come(world: World) -> None:
    world.activity(
        "E1", ActivityKind.EXERCISE, D(2025, 11, 1), ("CRAS",), status=ActivityStatus.PLANNED
    )
    cras = next(u for u in world.compute(D(2025, 6, 1)).units if u.code == "CRAS")
    assert (cras.exercised, cras.planned) == (False, ("E1",))
    assert cras.reason == "nog niet geoefend; 1 oefening gepland"


def test_retired_units_are_not_measured_from_the_day_they_were_retired(world: World) -> None:
    organisation.set_unit_active(world.session, world.unit("NZ"), False, today=D(2025, 6, 1))
    assert "NZ" not in [u.code for u in world.compute().units]
    assert "NZ" not in [p.unit for p in world.compute().plans]
    assert "NZ" in [u.code for u in world.compute(D(2025, 5, 31)).units]
    assert "NZ" in [u.code for u in norms.compute(world.session, 2024).units]


def test_administrative_exercise(world: World) -> None:
    assert not world.compute().administrative.met
    world.activity(
        "B1", ActivityKind.EXERCISE, D(2025, 11, 1), ("BT",), level=ExerciseLevel.ADMINISTRATIVE
    )
    result = world.compute()
    assert (result.administrative.met, result.administrative.exercises) == (True, ("B1",))
    assert not world.compute(D(2025, 10, 31)).administrative.met


# --- N5 -----------------------------------------------------------------------------------


def test_key_roles_need_a_trained_primary_and_deputy(world: World) -> None:
    pv = ("CRAS", "procesverantwoordelijke")
    world.person("1", pv)
    world.person("2", pv, kind=AssignmentKind.DEPUTY)
    world.activity("T1", ActivityKind.TRAINING, D(2025, 3, 1), present=("1",))
    staffing = {s.unit: s for s in world.compute().staffing}
    cras = staffing["CRAS"]
    assert (cras.primary, cras.deputy, cras.primary_trained, cras.deputy_trained, cras.met) == (
        1,
        1,
        1,
        0,
        False,
    )
    assert cras.reason == "plaatsvervanger niet getraind"
    assert staffing["OV"].reason == "geen primaire bezetting; geen plaatsvervanger"
    world.activity("T2", ActivityKind.TRAINING, D(2025, 4, 1), present=("2",))
    assert {s.unit: s.met for s in world.compute().staffing}["CRAS"] is True


# --- N4, N6, N7 ---------------------------------------------------------------------------


def test_evaluations_done_open_and_overdue(world: World) -> None:
    early = world.activity("E1", ActivityKind.EXERCISE, D(2025, 3, 1))
    world.activity("E2", ActivityKind.EXERCISE, D(2025, 12, 1))
    world.activity("T1", ActivityKind.TRAINING, D(2025, 3, 1))  # trainings are not evaluated
    result = world.compute()
    assert [(e.activity, e.status) for e in result.evaluations] == [
        ("E1", EvaluationState.OVERDUE),
        ("E2", EvaluationState.OPEN),
    ]
    world.session.add(
        Evaluation(
            activity_id=early,
            activity_title="E1",
            discipline=Discipline.MONO,
            status=EvaluationStatus.FINAL,
            finished_on=D(2025, 4, 1),
        )
    )
    world.session.flush()
    assert world.compute().evaluations[0].status == EvaluationState.DONE
    assert world.compute(D(2025, 3, 31)).evaluations[0].status == EvaluationState.OPEN


def test_overdue_improvement_actions_and_plan_review(world: World) -> None:
    cras = world.session.get(Unit, world.unit("CRAS"))
    assert cras is not None
    organisation.add_plan_review(world.session, cras, D(2021, 12, 30))
    world.session.add_all(
        [
            ImprovementAction(
                description="Telefoonlijst bijwerken", unit_id=cras.id, due_date=D(2025, 6, 1)
            ),
            ImprovementAction(description="Later", unit_id=cras.id, due_date=D(2026, 6, 1)),
        ]
    )
    world.session.flush()
    result = world.compute()
    assert [(a.unit, a.due, a.description) for a in result.actions_overdue] == [
        ("CRAS", D(2025, 6, 1), "Telefoonlijst bijwerken")
    ]
    plans = {p.unit: p for p in result.plans}
    assert plans["CRAS"].current is False  # more than 4 years before 31-12-2025
    assert plans["NZ"].current is False and "nooit" in plans["NZ"].reason
    organisation.add_plan_review(world.session, cras, D(2021, 12, 31))
    world.session.flush()
    assert {p.unit: p.current for p in world.compute().plans}["CRAS"] is True


def test_a_review_after_the_reference_date_does_not_count(world: World) -> None:
    cras = world.session.get(Unit, world.unit("CRAS"))
    assert cras is not None
    organisation.add_plan_review(world.session, cras, D(2020, 3, 1))
    organisation.add_plan_review(world.session, cras, D(2026, 12, 1))
    world.session.flush()
    [plan] = [p for p in world.compute().plans if p.unit == "CRAS"]
    assert (plan.last_review, plan.current) == (D(2020, 3, 1), False)
    assert plan.reason == "deelplan herzien op 01-03-2020: langer dan 4 jaar geleden"
    [plan] = [p for p in norms.compute(world.session, 2026).plans if p.unit == "CRAS"]
    assert (plan.last_review, plan.current) == (D(2026, 12, 1), True)


def test_a_role_change_counts_from_its_day_on(world: World) -> None:
    world.person("1", ("CRAS", "procesverantwoordelijke"))
    world.activity("K1", ActivityKind.TRAINING, D(2025, 4, 1), present=("1",))
    pv = organisation.find_role(world.session, "procesverantwoordelijke")
    assert pv.is_key
    organisation.update_role(
        world.session,
        pv.id,
        organisation.RoleData(pv.name, is_key=False, min_activities=2),
        today=D(2026, 3, 1),
    )
    # The same day again: the term up to the day before keeps what held before.
    organisation.update_role(
        world.session,
        pv.id,
        organisation.RoleData(pv.name, is_key=False, min_activities=3),
        today=D(2026, 3, 1),
    )
    world.session.flush()
    result = world.compute()
    assert (result.persons[0].required, result.persons[0].status) == (1, PersonStatus.COMPLIANT)
    assert "procesverantwoordelijke" in {s.role for s in result.staffing}
    later = norms.compute(world.session, 2026, D(2026, 12, 31))
    assert "procesverantwoordelijke" not in {s.role for s in later.staffing}


# --- reference date -------------------------------------------------------------------------


def test_reference_date_defaults_and_refusals() -> None:
    assert norms.reference_date(2025, today=D(2026, 3, 1)) == END
    assert norms.reference_date(2026, today=D(2026, 3, 1)) == D(2026, 3, 1)
    assert norms.reference_date(2027, today=D(2026, 3, 1)) == D(2027, 1, 1)
    with pytest.raises(ValidationError) as caught:
        norms.reference_date(2025, D(2026, 1, 1))
    assert caught.value.message == "peildatum 01-01-2026 ligt niet in 2025"


def test_the_unit_norms_first_are_those_of_the_full_computation(db: Database) -> None:
    """What the dashboard shows at once (N2-N4, N6, N7) is what the full result says."""
    from oto_app import demo

    with db.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    on = dt.date(2026, 11, 23)
    with db.begin() as session:
        first = norms.compute_units_first(session, 2026, on)
        full = norms.compute(session, 2026, on)
    assert first.partial and not full.partial
    assert first.persons == [] and first.staffing == []
    assert full.persons and full.staffing
    for part in ("units", "administrative", "evaluations", "actions_overdue", "plans"):
        assert getattr(first, part) == getattr(full, part), part
