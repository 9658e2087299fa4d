"""Activities and attendance: the refusals and the paper-list flow."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.changes import Changes
from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.models import ActivityKind, ActivityStatus, AttendanceStatus, ExerciseLevel
from oto_app.services import activities, assignments, attendance, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.staff import PersonData

D = dt.date


def _setup(db: Database) -> dict[str, int]:
    with db.begin() as session:
        ids = {
            "cras": organisation.find_unit(session, "CRAS").id,
            "ov": organisation.find_unit(session, "OV").id,
        }
        role = organisation.find_role(session, "procesmedewerker").id
        for number, last, unit, start in (
            ("1", "de Wit", "cras", D(2020, 1, 1)),
            ("2", "Aalders", "cras", D(2020, 1, 1)),
            ("3", "Bos", "ov", D(2020, 1, 1)),
            ("4", "Later", "cras", D(2025, 6, 1)),
        ):
            infix, surname = ("de", "Wit") if last == "de Wit" else ("", last)
            person = staff.create_person(session, PersonData(number, "P", surname, infix)).value
            assignments.assign(session, AssignmentData(person, ids[unit], role, start_date=start))
            ids[number] = person
        ids["exercise"] = activities.create_activity(
            session,
            ActivityData(
                "Oefening CRAS",
                ActivityKind.EXERCISE,
                D(2025, 3, 4),
                ExerciseLevel.MONO,
                hours=3.5,
                unit_ids=(ids["cras"],),
            ),
        ).value
    return ids


def test_expected_people_are_the_units_holders_on_the_day_by_surname(db: Database) -> None:
    ids = _setup(db)
    with db.begin() as session:
        rows = attendance.expected(session, ids["exercise"])
    # "P de Wit" sorts under W; person 4 started after the day; person 3 is in OV.
    assert [(r.staff_number, r.name, r.units, r.status) for r in rows] == [
        ("2", "P Aalders", "CRAS", None),
        ("1", "P de Wit", "CRAS", None),
    ]


def test_recording_says_what_it_changed_and_that_it_marked_the_activity_held(
    db: Database,
) -> None:
    """The pages refresh on what the service returns: saving a paper list of a planned
    activity changes the attendance and the activity (now held); saving it again, nothing."""
    ids = _setup(db)
    entries = [Entry(ids["1"], AttendanceStatus.PRESENT)]
    with db.begin() as session:
        first = attendance.record(session, ids["exercise"], entries, mark_held=True)
    with db.begin() as session:
        again = attendance.record(session, ids["exercise"], entries, mark_held=True)
        sheet = attendance.sheet(session, ids["exercise"])
    assert first.changes == Changes.ATTENDANCE | Changes.ACTIVITIES
    assert again.changes == Changes.NONE
    assert sheet.activity.data.status == ActivityStatus.HELD
    assert [(r.staff_number, r.status) for r in sheet.rows] == [
        ("2", None),
        ("1", AttendanceStatus.PRESENT),
    ]


def test_recording_a_paper_list_fills_hours_and_marks_held(db: Database) -> None:
    ids = _setup(db)
    entries = [
        Entry(ids["1"], AttendanceStatus.PRESENT),
        Entry(ids["2"], AttendanceStatus.EXCUSED),
        Entry(ids["3"], AttendanceStatus.PRESENT, hours=1.0),
    ]
    with pytest.raises(ValidationError, match="staat nog op gepland"), db.begin() as session:
        attendance.record(session, ids["exercise"], entries)
    with db.begin() as session:
        assert attendance.record(session, ids["exercise"], entries, mark_held=True).value == 3
    with db.begin() as session:
        rows = {r.staff_number: r for r in attendance.expected(session, ids["exercise"])}
        [listed] = activities.list_activities(session, 2025)
        assert activities.detail(session, ids["exercise"]).data.status == ActivityStatus.HELD
        assert attendance.record(session, ids["exercise"], entries).value == 0  # idempotent
    assert (rows["1"].status, rows["1"].hours) == (AttendanceStatus.PRESENT, 3.5)
    assert (rows["2"].status, rows["2"].hours) == (AttendanceStatus.EXCUSED, None)
    # Person 3 (OV) was not expected: counted present, not expected; their own unit shows.
    assert (rows["3"].status, rows["3"].hours, rows["3"].units, rows["3"].expected) == (
        AttendanceStatus.PRESENT,
        1.0,
        "OV",
        False,
    )
    assert (listed.present, listed.expected, listed.units) == (2, 2, "CRAS")
    assert sum(r.expected for r in rows.values()) == listed.expected  # the form says the same


def test_a_person_twice_is_refused_and_nothing_is_saved(db: Database) -> None:
    ids = _setup(db)
    with pytest.raises(ValidationError, match="P de Wit staat twee keer"), db.begin() as s:
        attendance.record(
            s,
            ids["exercise"],
            [
                Entry(ids["2"], AttendanceStatus.EXCUSED),
                Entry(ids["1"], AttendanceStatus.EXCUSED),
                Entry(ids["1"], AttendanceStatus.ABSENT),
            ],
        )
    with db.begin() as session:
        attendance.add_person(session, ids["exercise"], ids["3"])
        with pytest.raises(ValidationError, match="staat al op de presentielijst"):
            attendance.add_person(session, ids["exercise"], ids["3"])
    with db.begin() as session:
        statuses = [r.status for r in attendance.expected(session, ids["exercise"])]
    assert statuses == [None, None, AttendanceStatus.INVITED]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            ActivityData("Cursus", ActivityKind.COURSE, D(2025, 1, 1), ExerciseLevel.MULTI),
            "een opleiding heeft geen niveau",
        ),
        (
            ActivityData("Oefening", ActivityKind.EXERCISE, D(2025, 1, 1)),
            "kies het niveau van de oefening",
        ),
        (ActivityData(" ", ActivityKind.TRAINING, D(2025, 1, 1)), "titel is verplicht"),
        (ActivityData("T", ActivityKind.TRAINING, D(2025, 1, 1), hours=-1), "-1 uur kan niet"),
        (
            ActivityData(
                "T",
                ActivityKind.TRAINING,
                dt.date.today() + dt.timedelta(days=3),
                status=ActivityStatus.HELD,
            ),
            "in de toekomst",
        ),
        (  # 26112026 typed into the year section of the old date field
            ActivityData("T", ActivityKind.TRAINING, D(2611, 12, 1)),
            "datum 01-12-2611 kan niet kloppen: kies een datum van 01-01-2000 tot en met",
        ),
        (ActivityData("T", ActivityKind.TRAINING, D(1999, 12, 31)), "datum 31-12-1999 kan niet"),
    ],
)
def test_bad_activities_are_refused(db: Database, data: ActivityData, message: str) -> None:
    with pytest.raises(ValidationError, match=message), db.begin() as session:
        activities.create_activity(session, data)


def test_an_attended_activity_cannot_be_cancelled(db: Database) -> None:
    ids = _setup(db)
    with db.begin() as session:
        attendance.record(
            session, ids["exercise"], [Entry(ids["1"], AttendanceStatus.PRESENT)], mark_held=True
        )
    with pytest.raises(ValidationError, match="1 deelnemer als aanwezig"), db.begin() as s:
        activities.set_status(s, ids["exercise"], ActivityStatus.CANCELLED)
    with db.begin() as session:
        assert activities.detail(session, ids["exercise"]).data.status == ActivityStatus.HELD


def test_listing_filters_by_kind_status_and_unit(db: Database) -> None:
    ids = _setup(db)
    with db.begin() as session:
        activities.create_activity(
            session,
            ActivityData("Basiscursus", ActivityKind.COURSE, D(2025, 9, 1), unit_ids=(ids["ov"],)),
        )
        activities.create_activity(
            session, ActivityData("Vorig jaar", ActivityKind.COURSE, D(2024, 9, 1))
        )
        titles = lambda **kw: [r.title for r in activities.list_activities(session, 2025, **kw)]  # noqa: E731
        assert titles() == ["Basiscursus", "Oefening CRAS"]
        assert titles(kind=ActivityKind.EXERCISE) == ["Oefening CRAS"]
        assert titles(unit_id=ids["ov"]) == ["Basiscursus"]
        assert titles(status=ActivityStatus.HELD) == []
        assert activities.find_by_key(session, str(ids["exercise"])).title == "Oefening CRAS"


def test_the_list_counts_who_the_attendance_form_counts(db: Database) -> None:
    """One rule for "expected": the Aanwezig column ("3 / 16") and the form ("3 aanwezig van
    16 verwacht") of every demo activity say the same."""
    from oto_app import demo

    with db.begin() as session:
        demo.fill(session, today=D(2026, 11, 23))
    with db.begin() as session:
        listed = activities.list_activities(session, 2026)
        forms = {a.id: attendance.expected(session, a.id) for a in listed}
    assert any(a.expected for a in listed) and any(a.present for a in listed)
    for a in listed:
        rows = forms[a.id]
        present = sum(r.status == AttendanceStatus.PRESENT for r in rows)
        assert (a.present, a.expected) == (present, sum(r.expected for r in rows)), a.title
