"""Role assignments: a person holds a role in a unit from a start date, until an end date.

History is kept: an assignment is ended, never overwritten or deleted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.models import Assignment, AssignmentKind, Person, Role, Unit
from oto_app.services import common, rights
from oto_app.services.organisation import add_role_to_unit


@dataclass(frozen=True)
class AssignmentData:
    person_id: int
    unit_id: int
    role_id: int
    kind: AssignmentKind = AssignmentKind.PRIMARY
    start_date: dt.date | None = None
    end_date: dt.date | None = None


def assign(session: Session, data: AssignmentData, today: dt.date | None = None) -> Done[int]:
    """Give a person a role in a unit; the start defaults to today."""
    rights.require_adviser(session, "do_edit_staff")
    common.hold_write_lock(session)  # SQLite: nobody inserts between the check and ours
    person = common.fetch(session, Person, data.person_id, "unknown_person")
    unit = common.fetch(session, Unit, data.unit_id, "unknown_unit")
    role = common.fetch(session, Role, data.role_id, "unknown_role")
    start = data.start_date or today or dt.date.today()
    common.plausible_date(start, "field_start_date", "field_start_date")
    _check_period(start, data.end_date)
    if not person.active:
        raise ValidationError("inactive_person", name=person.name)
    if not unit.active:
        raise ValidationError("inactive_unit", unit=unit.name)
    _refuse_overlap(session, person, unit, role, start, data.end_date)
    try:
        with session.begin_nested():  # PostgreSQL's exclusion constraint: another
            assignment = Assignment(  # workstation saved the same role at the same moment
                person=person,
                unit=unit,
                role=role,
                kind=data.kind,
                start_date=start,
                end_date=data.end_date,
            )
            session.add(assignment)
            formation = add_role_to_unit(session, unit.id, role.id, since=start)
            session.flush()
    except IntegrityError:
        with session.no_autoflush:
            _refuse_overlap(session, person, unit, role, start, data.end_date)
        raise
    return Done(assignment.id, Changes.ASSIGNMENTS | formation)


def _refuse_overlap(
    session: Session, person: Person, unit: Unit, role: Role, start: dt.date, end: dt.date | None
) -> None:
    overlap = session.scalar(
        select(Assignment).where(
            Assignment.person_id == person.id,
            Assignment.unit_id == unit.id,
            Assignment.role_id == role.id,
            Assignment.start_date <= (end or dt.date.max),
            (Assignment.end_date.is_(None)) | (Assignment.end_date >= start),
        )
    )
    if overlap is not None:
        raise ValidationError(
            "assignment_overlaps",
            name=person.name,
            role=role.name,
            unit=unit.name,
            start=format_date(overlap.start_date),
        )


def end_assignment(session: Session, assignment_id: int, end_date: dt.date) -> Changes:
    """End an assignment on ``end_date`` (the last day it counts)."""
    rights.require_adviser(session, "do_edit_staff")
    assignment = common.fetch(session, Assignment, assignment_id, "unknown_assignment")
    if assignment.end_date is not None:
        raise ValidationError("assignment_already_ended", end=format_date(assignment.end_date))
    _check_period(assignment.start_date, end_date)
    assignment.end_date = end_date
    common.flush(session, "what_person")
    return Changes.ASSIGNMENTS


def _check_period(start: dt.date, end: dt.date | None) -> None:
    common.plausible_date(end, "field_end_date", "field_end_date")
    if end is not None and end < start:
        raise ValidationError(
            "end_before_start",
            field="field_end_date",
            start=format_date(start),
            end=format_date(end),
        )
