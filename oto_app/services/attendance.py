"""Attendance (deelname): who was expected at an activity, and who came.

The usual flow: the list of people of the covered units is printed, signed on
paper, and typed in afterwards. :func:`expected` gives that list; :func:`record`
saves the typed-in result in one go.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.errors import ValidationError
from oto_app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Assignment,
    AttendanceStatus,
    Exemption,
    Participation,
    Person,
    Unit,
    activity_units,
)
from oto_app.names import display_name
from oto_app.services import activities, common, rights, staff
from oto_app.services.activities import ActivityDetail
from oto_app.services.staff import StaffQuery


@dataclass(frozen=True)
class AttendanceRow:
    person_id: int
    staff_number: str
    name: str
    sort_name: str
    #: The units they hold a role in on the activity's date: those the activity covers
    #: when they are expected, else their own (so an added person's unit shows too).
    units: str
    status: AttendanceStatus | None  #: None: expected, nothing recorded yet
    hours: float | None
    role_played: str | None
    department: str | None = None
    expected: bool = False  #: see activities.expected_people
    #: Exempt (vrijgesteld) on the activity's date: not expected, may still have come.
    exempt: bool = False

    @property
    def asked(self) -> bool:
        """On the presentielijst and in the invitation: not someone exempt that day who
        was only invited (before the exemption, say): an invitation would ask them to
        come, and the paper list would count them in."""
        return not (self.exempt and self.status in (None, AttendanceStatus.INVITED))


@dataclass(frozen=True)
class Entry:
    person_id: int
    status: AttendanceStatus
    hours: float | None = None
    role_played: str | None = None


@dataclass(frozen=True)
class Sheet:
    """What the attendance form shows: the activity and who is expected at it."""

    activity: ActivityDetail
    rows: list[AttendanceRow]


def sheet(session: Session, activity_id: int) -> Sheet:
    """The activity and its expected rows, read in one go for the attendance form."""
    return Sheet(activities.detail(session, activity_id), expected(session, activity_id))


def expected(session: Session, activity_id: int) -> list[AttendanceRow]:
    """Everyone expected (activities.expected_people) plus everyone recorded for the
    activity; sorted by unit, then surname, the people not expected last."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    pairs = activities.expected_people().where(activity_units.c.activity_id == activity_id)
    expected_ids = pairs.with_only_columns(Assignment.person_id).subquery()
    covered = _units_held(activity.date, activity_id).subquery()
    own = _units_held(activity.date).subquery()
    recorded = select(Participation).where(Participation.activity_id == activity_id).subquery()
    rows = session.execute(
        select(
            Person,
            covered.c.codes,
            own.c.codes,
            recorded.c.status,
            recorded.c.hours,
            recorded.c.role_played,
            expected_ids.c.person_id.is_not(None),
        )
        .outerjoin(expected_ids, expected_ids.c.person_id == Person.id)
        .outerjoin(covered, covered.c.person_id == Person.id)
        .outerjoin(own, own.c.person_id == Person.id)
        .outerjoin(recorded, recorded.c.person_id == Person.id)
        .where(expected_ids.c.person_id.is_not(None) | recorded.c.id.is_not(None))
        .order_by(
            func.coalesce(covered.c.position, 10_000),
            func.coalesce(own.c.position, 10_000),
            Person.sort_name,
        )
    )
    found = list(rows)
    exempt = _exempt_on(session, activity.date, [p.id for p, *_ in found])
    return [
        AttendanceRow(
            p.id,
            p.staff_number,
            display_name(p.first_name, p.infix, p.last_name),
            p.sort_name,
            _unique_codes(covered_codes if is_expected else own_codes),
            status,
            hours,
            role,
            p.department,
            bool(is_expected),
            p.id in exempt,
        )
        for p, covered_codes, own_codes, status, hours, role, is_expected in found
    ]


def _exempt_on(session: Session, day: dt.date, person_ids: Sequence[int]) -> set[int]:
    """Who of these people is exempt (vrijgesteld) on ``day``."""
    if not person_ids:
        return set()
    return set(
        session.scalars(
            select(Exemption.person_id).where(
                Exemption.covers_clause(day), Exemption.person_id.in_(person_ids)
            )
        )
    )


def _units_held(day: dt.date, covered_by: int | None = None) -> Select[int, int, str]:
    """Per person: the first unit's position and the codes of the units they hold a role
    in on ``day`` (only those ``covered_by`` that activity, when given)."""
    query = (
        select(
            Assignment.person_id,
            func.min(Unit.position).label("position"),
            func.aggregate_strings(Unit.code, ", ").label("codes"),
        )
        .join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.active_on_clause(day))
        .group_by(Assignment.person_id)
    )
    if covered_by is not None:
        query = query.join(activity_units, activity_units.c.unit_id == Assignment.unit_id).where(
            activity_units.c.activity_id == covered_by
        )
    return query


def find_people(
    session: Session, activity_id: int, text: str, limit: int = 40
) -> list[AttendanceRow]:
    """Active staff whose name, number or department holds what was typed, as rows for the
    activity's list (their units on its date, their department); for the paper-list
    entry, which decides who is meant (oto_app.names.find_by_name)."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    found = staff.list_people(session, StaffQuery(search=text, only_active=True), limit=limit)
    held = _units_held(activity.date).where(Assignment.person_id.in_([p.id for p in found]))
    codes = {person_id: codes for person_id, _position, codes in session.execute(held)}
    exempt = _exempt_on(session, activity.date, [p.id for p in found])
    return [
        AttendanceRow(
            p.id,
            p.staff_number,
            p.name,
            "",
            _unique_codes(codes.get(p.id)),
            None,
            None,
            None,
            p.department,
            exempt=p.id in exempt,
        )
        for p in found
    ]


def _unique_codes(codes: str | None) -> str:
    return ", ".join(dict.fromkeys((codes or "").split(", "))) if codes else ""


def record(
    session: Session, activity_id: int, entries: Sequence[Entry], mark_held: bool = False
) -> Done[int]:
    """Save attendance for these people (others stay as they are); returns how many changed.

    Hours default to the activity's hours for whoever was present. With ``mark_held`` a
    planned activity whose date has passed becomes held (uitgevoerd) in the same
    transaction, and the changes say so (ACTIVITIES besides ATTENDANCE).
    """
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    rights.require_activity(session, activity, "do_log_attendance")
    held = _check_entries(session, activity, entries, mark_held)
    existing = {
        p.person_id: p
        for p in session.scalars(
            select(Participation).where(Participation.activity_id == activity_id)
        )
    }
    changed = 0
    for entry in entries:
        hours = entry.hours
        if hours is None and entry.status == AttendanceStatus.PRESENT:
            hours = activity.hours
        if entry.status != AttendanceStatus.PRESENT:
            hours = None
        row = existing.get(entry.person_id)
        if row is None:
            common.fetch(session, Person, entry.person_id, "unknown_person")
            session.add(
                Participation(
                    activity_id=activity_id,
                    person_id=entry.person_id,
                    status=entry.status,
                    hours=hours,
                    role_played=entry.role_played,
                )
            )
            changed += 1
        elif (row.status, row.hours, row.role_played) != (entry.status, hours, entry.role_played):
            row.status, row.hours, row.role_played = entry.status, hours, entry.role_played
            changed += 1
    common.flush(session, "what_activity")
    changes = Changes.ATTENDANCE if changed else Changes.NONE
    return Done(changed, changes | Changes.ACTIVITIES if held else changes)


def _check_entries(
    session: Session, activity: Activity, entries: Sequence[Entry], mark_held: bool
) -> bool:
    """Refuse what cannot be recorded; True when this marked the activity held."""
    seen: set[int] = set()
    for entry in entries:
        if entry.person_id in seen:
            person = common.fetch(session, Person, entry.person_id, "unknown_person")
            raise ValidationError("attendance_twice", name=person.name)
        seen.add(entry.person_id)
    if not any(e.status == AttendanceStatus.PRESENT for e in entries):
        return False
    if activity.status == ActivityStatus.CANCELLED:
        raise ValidationError("present_at_cancelled", title=activity.title)
    if activity.status == ActivityStatus.PLANNED:
        if not mark_held:
            raise ValidationError("present_at_planned", title=activity.title)
        if activity.date > dt.date.today():
            raise ValidationError("held_in_future")
        activity.status = ActivityStatus.HELD
        return True
    return False


def add_person(
    session: Session,
    activity_id: int,
    person_id: int,
    status: AttendanceStatus = AttendanceStatus.INVITED,
) -> Changes:
    """Put someone on the list who is not expected from the covered units."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    rights.require_activity(session, activity, "do_log_attendance")
    person = common.fetch(session, Person, person_id, "unknown_person")
    listed = session.scalar(
        select(Participation.id).where(
            Participation.activity_id == activity.id, Participation.person_id == person.id
        )
    )
    if listed is not None:
        raise ValidationError("already_listed", name=person.name)
    return record(session, activity_id, [Entry(person_id, status)]).changes


@dataclass(frozen=True)
class HistoryRow:
    date: dt.date
    key: str
    title: str
    kind: ActivityKind
    activity_status: ActivityStatus
    status: AttendanceStatus
    hours: float | None


def history(session: Session, person_id: int) -> list[HistoryRow]:
    """Every activity a person was listed for, newest first."""
    rows = session.execute(
        select(Activity, Participation.status, Participation.hours)
        .join(Participation, Participation.activity_id == Activity.id)
        .where(Participation.person_id == person_id)
        .order_by(Activity.date.desc(), Activity.id.desc())
    )
    return [
        HistoryRow(a.date, a.key, a.title, a.kind, a.status, status, hours)
        for a, status, hours in rows
    ]
