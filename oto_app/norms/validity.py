"""Course validity: per person, each course their roles require — valid, expiring, expired
or missing on the reference date.

Beyond the yearly norm: a role may require courses (a basic crisis course, valid three
years); a person is covered from the date of the last held edition they attended until
that date plus the course's validity. Two queries whatever the size: the required
(person, course) pairs and the last completion per pair.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import add_years, format_date
from oto_app.models import (
    Activity,
    ActivityStatus,
    Assignment,
    AttendanceStatus,
    Course,
    Participation,
    Person,
    Validity,
    role_courses,
)
from oto_app.names import display_name

#: "Verloopt binnenkort": within this many days of the reference date.
EXPIRING_DAYS = 90


@dataclass(frozen=True)
class Standing:
    person_id: int
    name: str
    staff_number: str
    course_id: int
    course: str
    completed_on: dt.date | None
    valid_until: dt.date | None  #: None: never taken, or a course that does not expire
    status: Validity
    reason: str


def judge(
    completed_on: dt.date | None, validity_years: int | None, on: dt.date
) -> tuple[Validity, dt.date | None, str]:
    """The status of one course for one person on ``on``, its end date and why."""
    if completed_on is None:
        return Validity.MISSING, None, messages.text("validity_missing")
    if validity_years is None:
        return (
            Validity.VALID,
            None,
            messages.text("validity_forever", date=format_date(completed_on)),
        )
    until = add_years(completed_on, validity_years)
    if until < on:
        return (
            Validity.EXPIRED,
            until,
            messages.text("validity_expired_on", date=format_date(until)),
        )
    status = Validity.EXPIRING if until <= on + dt.timedelta(days=EXPIRING_DAYS) else Validity.VALID
    return status, until, messages.text("validity_valid_until", date=format_date(until))


def standings(session: Session, on: dt.date, person_id: int | None = None) -> list[Standing]:
    """Every required course of every person with an active assignment on ``on``
    (or of one person), in surname then course order."""
    required = (
        select(
            Person.id,
            Person.first_name,
            Person.infix,
            Person.last_name,
            Person.staff_number,
            Course.id,
            Course.name,
            Course.validity_years,
            Person.sort_name,
        )
        .distinct()
        .join(Assignment, Assignment.person_id == Person.id)
        .join(role_courses, role_courses.c.role_id == Assignment.role_id)
        .join(Course, Course.id == role_courses.c.course_id)
        .where(Assignment.active_on_clause(on))
        .order_by(Person.sort_name, Person.id, Course.name)
    )
    course_editions = select(Activity.id).where(
        Activity.course_id.is_not(None),
        Activity.status == ActivityStatus.HELD,
        Activity.date <= on,
    )
    completions = (
        select(Participation.person_id, Activity.course_id, func.max(Activity.date))
        .join(Activity, Activity.id == Participation.activity_id)
        # Start from the (few) course editions, not from every attendance row: without
        # this SQLite walked all participations in person order (2.6 s at 1,000,000 rows).
        .where(
            Participation.activity_id.in_(course_editions),
            Participation.status == AttendanceStatus.PRESENT,
        )
        .group_by(Participation.person_id, Activity.course_id)
    )
    if person_id is not None:
        required = required.where(Person.id == person_id)
        completions = completions.where(Participation.person_id == person_id)
    last = {(p, c): day for p, c, day in session.execute(completions)}
    result = []
    for pid, first, infix, surname, number, cid, course, years, _ in session.execute(required):
        completed = last.get((pid, cid))
        status, until, reason = judge(completed, years, on)
        name = display_name(first, infix, surname)
        result.append(Standing(pid, name, number, cid, course, completed, until, status, reason))
    return result


def attention(session: Session, on: dt.date) -> list[Standing]:
    """ "Verloopt binnenkort": expiring first (soonest first), then expired, then missing."""
    order = {Validity.EXPIRING: 0, Validity.EXPIRED: 1, Validity.MISSING: 2}
    found = [s for s in standings(session, on) if s.status in order]
    return sorted(found, key=lambda s: (order[s.status], s.valid_until or dt.date.max))
