"""N1: everyone with a task takes part in at least one activity a year.

One query: the people with an assignment active on the reference date, the most
any of their roles asks, when their first assignment started, and the held
activities they were present at in the year up to the reference date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, Row, String, cast, func, select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.models import (
    Activity,
    ActivityStatus,
    Assignment,
    AttendanceStatus,
    Participation,
    Person,
    Role,
    Unit,
)
from oto_app.names import display_name
from oto_app.norms.results import NormSettings, PersonResult, PersonStatus

SEP = "\x1f"  # joins keys inside one SQL aggregate; never typed by a user


def activity_key() -> ColumnElement[str]:
    """The key of the compliance JSON: the exchange key, else the id as text."""
    return func.coalesce(Activity.exchange_key, cast(Activity.id, String))


def evaluate(
    session: Session, year: int, on: dt.date, settings: NormSettings
) -> list[PersonResult]:
    scope = (
        select(
            Assignment.person_id,
            func.max(Role.min_activities).label("required"),
            func.aggregate_strings(Unit.code, SEP).label("units"),
            func.aggregate_strings(Role.name, SEP).label("roles"),
        )
        .join(Role, Role.id == Assignment.role_id)
        .join(Unit, Unit.id == Assignment.unit_id)
        .where(Assignment.active_on_clause(on))
        .group_by(Assignment.person_id)
        .subquery()
    )
    first = (
        select(Assignment.person_id, func.min(Assignment.start_date).label("first_start"))
        .group_by(Assignment.person_id)
        .subquery()
    )
    attended = (
        select(
            Participation.person_id,
            func.count(func.distinct(Activity.id)).label("n"),
            func.aggregate_strings(cast(Activity.date, String) + " " + activity_key(), SEP).label(
                "activity_keys"
            ),
        )
        .join(Activity, Activity.id == Participation.activity_id)
        .where(
            Participation.status == AttendanceStatus.PRESENT,
            Activity.status == ActivityStatus.HELD,
            Activity.date >= dt.date(year, 1, 1),
            Activity.date <= on,
        )
        .group_by(Participation.person_id)
        .subquery()
    )
    rows = session.execute(
        select(
            Person.id,
            Person.staff_number,
            Person.first_name,
            Person.infix,
            Person.last_name,
            Person.sort_name,
            Person.email,
            Person.phone,
            scope.c.required,
            scope.c.units,
            scope.c.roles,
            first.c.first_start,
            attended.c.n,
            attended.c.activity_keys,
        )
        .join(scope, scope.c.person_id == Person.id)
        .join(first, first.c.person_id == Person.id)
        .outerjoin(attended, attended.c.person_id == Person.id)
        .order_by(Person.staff_number)
    )
    year_over = on == dt.date(year, 12, 31)
    return [_result(row, year, on, year_over, settings) for row in rows]


def _result(
    row: Row[Any], year: int, on: dt.date, year_over: bool, settings: NormSettings
) -> PersonResult:
    required = max(settings.min_activities_per_person, row.required or 1)
    attended = int(row.n or 0)
    dated = sorted(row.activity_keys.split(SEP)) if row.activity_keys else []
    keys = tuple(item.split(" ", 1)[1] for item in dated)
    status, reason = _status(required, attended, row.first_start, year, on, year_over, settings)
    return PersonResult(
        person_id=row.id,
        staff_number=row.staff_number,
        name=display_name(row.first_name, row.infix, row.last_name),
        sort_name=row.sort_name,
        email=row.email,
        phone=row.phone,
        units=_unique(row.units),
        roles=_unique(row.roles),
        required=required,
        attended=attended,
        activities=keys,
        first_start=row.first_start,
        status=status,
        reason=reason,
    )


def _unique(joined: str | None) -> tuple[str, ...]:
    return tuple(dict.fromkeys((joined or "").split(SEP))) if joined else ()


def _status(
    required: int,
    attended: int,
    first_start: dt.date,
    year: int,
    on: dt.date,
    year_over: bool,
    settings: NormSettings,
) -> tuple[PersonStatus, str]:
    if attended >= required:
        return PersonStatus.COMPLIANT, messages.text("n1_met", count=attended, year=year)
    if attended == 0 and (on - first_start).days < settings.new_person_days:
        return PersonStatus.NEW, messages.text("n1_new", since=format_date(first_start))
    short = messages.text("n1_short", attended=attended, required=required, year=year)
    if year_over:
        return PersonStatus.NON_COMPLIANT, short
    return PersonStatus.PENDING, short + messages.text("n1_still_time", year=year)
