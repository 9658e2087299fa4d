"""Course validity (valid, expiring within 90 days, expired, missing) and the year plan
(realisation per unit, copying last year's plan)."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.models import ActivityKind, ActivityStatus, AttendanceStatus, Validity
from oto_app.models import ExerciseLevel as L
from oto_app.norms import validity
from oto_app.services import (
    activities,
    assignments,
    attendance,
    courses,
    organisation,
    staff,
    yearplan,
)
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.courses import CourseData
from oto_app.services.staff import PersonData

D = dt.date
HELD = ActivityStatus.HELD


def _course_edition(session, title: str, day: dt.date, course_id: int, people: list[int]) -> int:
    activity = activities.create_activity(
        session, ActivityData(title, ActivityKind.COURSE, day, status=HELD, course_id=course_id)
    ).value
    attendance.record(session, activity, [Entry(p, AttendanceStatus.PRESENT) for p in people])
    return activity


def test_validity_per_person_and_the_expiring_list(db: Database) -> None:
    on = D(2025, 11, 15)
    with db.begin() as session:
        crib = organisation.find_unit(session, "CRIB").id
        role = organisation.find_role(session, "Procesmedewerker").id
        basic = courses.create_course(
            session, CourseData("Basiscursus crisisbeheersing", 3, role_ids=(role,))
        ).value
        courses.create_course(session, CourseData("CRIB-registratie", None, role_ids=(role,)))
        people = {}
        for number, first, last in (
            ("M1", "Anna", "Vries"),
            ("M2", "Bram", "Bakker"),
            ("M3", "Cor", "Smit"),
            ("M4", "Dina", "Jong"),
        ):
            people[first] = staff.create_person(session, PersonData(number, first, last)).value
            assignments.assign(
                session, AssignmentData(people[first], crib, role, start_date=D(2020, 1, 1))
            )
        _course_edition(
            session, "Basiscursus voorjaar 2023", D(2023, 3, 1), basic, [people["Anna"]]
        )
        _course_edition(
            session, "Basiscursus najaar 2022", D(2022, 12, 20), basic, [people["Bram"]]
        )
        _course_edition(session, "Basiscursus 2021", D(2021, 6, 1), basic, [people["Cor"]])
        # Taken again later: the latest edition counts.
        _course_edition(session, "Basiscursus 2024", D(2024, 5, 1), basic, [people["Cor"]])
    with db.begin() as session:
        found = {
            (s.name, s.course): (s.status, s.valid_until) for s in validity.standings(session, on)
        }
        assert found[("Anna Vries", "Basiscursus crisisbeheersing")] == (
            Validity.VALID,
            D(2026, 3, 1),
        )
        assert found[("Bram Bakker", "Basiscursus crisisbeheersing")] == (
            Validity.EXPIRING,
            D(2025, 12, 20),
        )
        assert found[("Cor Smit", "Basiscursus crisisbeheersing")] == (
            Validity.VALID,
            D(2027, 5, 1),
        )
        assert found[("Dina Jong", "Basiscursus crisisbeheersing")] == (Validity.MISSING, None)
        assert found[("Dina Jong", "CRIB-registratie")][0] == Validity.MISSING
        # A year later Anna's has expired.
        later = {
            s.name: s for s in validity.standings(session, D(2026, 6, 1)) if s.course_id == basic
        }
        assert later["Anna Vries"].status == Validity.EXPIRED
        assert later["Anna Vries"].reason == "verlopen op 01-03-2026"
        # The dashboard list: expiring first, then expired, then missing.
        attention = validity.attention(session, on)
        assert [(s.name, s.status) for s in attention][:1] == [("Bram Bakker", Validity.EXPIRING)]
        assert {s.status for s in attention} == {Validity.EXPIRING, Validity.MISSING}
        mine = validity.standings(session, on, person_id=people["Anna"])
        assert [s.course for s in mine] == ["Basiscursus crisisbeheersing", "CRIB-registratie"]


def test_course_catalogue_refusals(db: Database) -> None:
    with db.begin() as session:
        courses.create_course(session, CourseData("Basiscursus", 3))
    for data, message in (
        (CourseData("Basiscursus", 2), "opleiding 'Basiscursus' bestaat al"),
        (CourseData("Nieuw", 0), "geldigheid moet 1 tot 50 jaar zijn"),
        (CourseData("  "), "naam van de opleiding is verplicht"),
    ):
        with pytest.raises(ValidationError, match=message), db.begin() as session:
            courses.create_course(session, data)
    with pytest.raises(ValidationError, match="alleen een opleiding"), db.begin() as session:
        course = courses.list_courses(session)[0].id
        activities.create_activity(
            session,
            ActivityData(
                "Oefening", ActivityKind.EXERCISE, D(2025, 1, 1), L.MONO, course_id=course
            ),
        )


def test_role_requirements_can_be_changed(db: Database) -> None:
    with db.begin() as session:
        a = organisation.find_role(session, "Procesmedewerker").id
        b = organisation.find_role(session, "Procesverantwoordelijke").id
        course = courses.create_course(session, CourseData("Basiscursus", 3, role_ids=(a,))).value
    with db.begin() as session:
        [row] = courses.list_courses(session)
        courses.update_course(
            session, course, CourseData("Basiscursus", 5, None, (b,)), row.version
        )
    with db.begin() as session:
        [row] = courses.list_courses(session)
        assert (row.validity_years, row.roles) == (5, ("procesverantwoordelijke",))


def _activity(session, title, kind, day, units, status=ActivityStatus.PLANNED) -> int:
    level = L.MONO if kind == ActivityKind.EXERCISE else None
    return activities.create_activity(
        session, ActivityData(title, kind, day, level, status=status, unit_ids=units)
    ).value


def test_realisation_per_unit_names_the_units_n2_will_fail(db: Database) -> None:
    with db.begin() as session:
        ov = organisation.find_unit(session, "OV").id
        crib = organisation.find_unit(session, "CRIB").id
        _activity(session, "Oefening OV", ActivityKind.EXERCISE, D(2025, 3, 1), (ov,), HELD)
        _activity(session, "Training OV", ActivityKind.TRAINING, D(2025, 9, 1), (ov,))
        _activity(
            session,
            "Oefening CRIB",
            ActivityKind.EXERCISE,
            D(2025, 4, 1),
            (crib,),
            ActivityStatus.CANCELLED,
        )
        _activity(session, "Training CRIB", ActivityKind.TRAINING, D(2025, 10, 1), (crib,))
        _activity(session, "Inzet brand", ActivityKind.DEPLOYMENT, D(2025, 5, 1), (crib,), HELD)
    with db.begin() as session:
        plan = {p.code: p for p in yearplan.realisation(session, 2025)}
    assert (plan["OV"].planned, plan["OV"].held, plan["OV"].cancelled) == (1, 1, 0)
    assert not plan["OV"].at_risk and plan["OV"].realised == 0.5
    assert (plan["CRIB"].planned, plan["CRIB"].held, plan["CRIB"].cancelled) == (1, 0, 1)
    assert plan["CRIB"].at_risk  # its only exercise was cancelled; a training does not count
    assert plan["CRAS"].at_risk and plan["CRAS"].realised is None


def test_copy_last_years_plan(db: Database) -> None:
    with db.begin() as session:
        ov = organisation.find_unit(session, "OV").id
        _activity(session, "Oefening OV", ActivityKind.EXERCISE, D(2024, 2, 29), (ov,), HELD)
        _activity(session, "Training OV", ActivityKind.TRAINING, D(2024, 9, 1), (ov,))
        _activity(
            session,
            "Geschrapt",
            ActivityKind.TRAINING,
            D(2024, 9, 2),
            (ov,),
            ActivityStatus.CANCELLED,
        )
        _activity(session, "Inzet", ActivityKind.DEPLOYMENT, D(2024, 5, 1), (ov,), HELD)
    with db.begin() as session:
        assert yearplan.copy_plan(session, 2024, 2025).value == 2
    with db.begin() as session:
        assert yearplan.copy_plan(session, 2024, 2025).value == 0  # copying twice adds nothing
        copied = activities.list_activities(session, 2025)
        assert sorted((a.title, a.date, a.status, a.units) for a in copied) == [
            ("Oefening OV", D(2025, 2, 28), ActivityStatus.PLANNED, "OV"),
            ("Training OV", D(2025, 9, 1), ActivityStatus.PLANNED, "OV"),
        ]
        assert yearplan.realisation(session, 2025)[0].planned == 2
    with (
        pytest.raises(ValidationError, match="in 2019 staan geen activiteiten"),
        db.begin() as session,
    ):
        yearplan.copy_plan(session, 2019, 2025)
