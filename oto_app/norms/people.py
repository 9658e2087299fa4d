"""N1: everyone with a task takes part in at least one activity a year.

One query: the people with an assignment active on the reference date, the most
any of their roles asks, when their first assignment started, and the held
activities they were present at in the year up to the reference date.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import ColumnElement, String, case, cast, func, select, type_coerce
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.models import (
    Activity,
    ActivityStatus,
    Assignment,
    AssignmentKind,
    AttendanceStatus,
    Exemption,
    ExemptionKind,
    Participation,
    Person,
    Role,
    Unit,
)
from oto_app.names import display_name
from oto_app.norms import dated
from oto_app.norms.dated import period
from oto_app.norms.results import ExemptionResult, NormSettings, PersonResult, PersonStatus

SEP = "\x1f"  # joins keys inside one SQL aggregate; never typed by a user


def activity_key() -> ColumnElement[str]:
    """The key of the compliance JSON: the exchange key, else the id as text."""
    return func.coalesce(Activity.exchange_key, cast(Activity.id, String))


def evaluate(
    session: Session, year: int, on: dt.date, settings: NormSettings
) -> list[PersonResult]:
    # One pass over every assignment: the first start counts all of them, the rest only
    # those active on the reference date; people with none active are out of scope.
    active = Assignment.active_on_clause(on)
    minimum = dated.role_minimum(dated.changed_roles(session, on))
    role_name = dated.role_name(session, on)
    code = dated.unit_code(dated.changed_units(session, on))
    # "procesverantwoordelijke (plv.)": a deputy is marked wherever the roles are shown.
    deputy = case(
        (Assignment.kind == AssignmentKind.DEPUTY, messages.text("deputy_mark")), else_=""
    )
    scope = (
        select(
            Assignment.person_id,
            func.max(case((active, minimum))).label("required"),
            # not parsed by SQLAlchemy (on SQLite a fifth of the fetch): SQLite gives the
            # ISO text, PostgreSQL a date
            type_coerce(func.min(Assignment.start_date), String).label("first_start"),
            func.aggregate_strings(case((active, code)), SEP).label("units"),
            func.aggregate_strings(case((active, role_name + deputy)), SEP).label("roles"),
        )
        .join(Role, Role.id == Assignment.role_id)
        .join(Unit, Unit.id == Assignment.unit_id)
        .group_by(Assignment.person_id)
        .having(func.max(case((active, 1), else_=0)) == 1)
        .subquery()
    )
    present = (
        select(
            Participation.person_id,
            func.count().label("n"),  # (activity, person) is unique: no DISTINCT needed
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
    exempt = (
        select(
            Exemption.person_id,
            Exemption.kind,
            Exemption.start_date,
            Exemption.end_date,
            Exemption.reason,
        )
        .where(Exemption.covers_clause(on))
        .subquery()
    )
    rows = (
        session.connection()
        .execute(
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
                scope.c.first_start,
                present.c.n,
                present.c.activity_keys,
                exempt.c.kind,
                exempt.c.start_date,
                exempt.c.end_date,
                exempt.c.reason,
            )
            .join(scope, scope.c.person_id == Person.id)
            .outerjoin(present, present.c.person_id == Person.id)
            .outerjoin(exempt, exempt.c.person_id == Person.id)
            .order_by(Person.staff_number)
        )
        .all()
    )
    judge = _Judge(year, on, settings)
    floor = settings.min_activities_per_person
    results: list[PersonResult] = []
    append = results.append
    # the hot loop of the norms (100,000 people in a region): no call that can be saved
    for (
        pid,
        number,
        first_name,
        infix,
        last,
        sort_name,
        email,
        phone,
        role_min,
        units,
        roles,
        first_start,
        n,
        keys,
        exempt_kind,
        exempt_from,
        exempt_until,
        exempt_reason,
    ) in rows:
        required = max(floor, role_min or 1)
        attended = n or 0
        started = (
            dt.date.fromisoformat(first_start) if isinstance(first_start, str) else first_start
        )
        if exempt_kind is None:
            status, reason = judge(required, attended, started)
        else:
            status = PersonStatus.EXEMPT
            reason = exempt_text(exempt_kind, exempt_from, exempt_until, exempt_reason)
        append(
            PersonResult(
                pid,
                number,
                f"{first_name} {last}".strip()
                if not infix
                else display_name(first_name, infix, last),
                sort_name,
                email,
                phone,
                (units,) if units and SEP not in units else _unique(units),
                (roles,) if roles and SEP not in roles else _unique(roles),
                required,
                attended,
                _keys(keys),
                started,
                status,
                reason,
            )
        )
    return results


def exempt_text(kind: Any, start: Any, end: Any, reason: str) -> str:
    """The N1 reason of someone exempt; the row values come raw from the connection."""
    member = kind if isinstance(kind, ExemptionKind) else ExemptionKind[kind]
    start, end = _as_date(start), _as_date(end) if end is not None else None
    return messages.text(
        "n1_exempt", kind=messages.label(member), period=period(start, end), reason=reason
    )


def _as_date(value: Any) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))


def exemptions(session: Session, on: dt.date, persons: list[PersonResult]) -> list[ExemptionResult]:
    """The exemptions covering ``on`` of the people in scope who are exempt, by name."""
    exempt = {p.person_id: p for p in persons if p.status == PersonStatus.EXEMPT}
    if not exempt:
        return []
    rows = session.execute(
        select(Exemption).where(Exemption.covers_clause(on), Exemption.person_id.in_(exempt))
    ).scalars()
    found = [
        ExemptionResult(
            e.person_id,
            exempt[e.person_id].staff_number,
            exempt[e.person_id].name,
            e.kind,
            e.start_date,
            e.end_date,
            e.reason,
        )
        for e in rows
    ]
    return sorted(found, key=lambda x: (exempt[x.person_id].sort_name, x.staff_number))


def _keys(joined: str | None) -> tuple[str, ...]:
    """ "2025-03-01 K1<SEP>2025-01-05 K0" -> ("K0", "K1"): the activity keys by date."""
    if not joined:
        return ()
    if SEP not in joined:
        return (joined[11:],)  # "YYYY-MM-DD " is 11 characters
    return tuple(item[11:] for item in sorted(joined.split(SEP)))


def _unique(joined: str | None) -> tuple[str, ...]:
    if not joined:
        return ()
    return tuple(dict.fromkeys(joined.split(SEP))) if SEP in joined else (joined,)


class _Judge:
    """A person's N1 status and reason from their figures; the reasons are few, so cached."""

    def __init__(self, year: int, on: dt.date, settings: NormSettings) -> None:
        self.year = year
        self.year_over = on == dt.date(year, 12, 31)
        #: first assignment after this day, nothing attended yet: "nieuw"
        self.new_after = on - dt.timedelta(days=settings.new_person_days)
        self._verdicts: dict[Any, tuple[PersonStatus, str]] = {}

    def __call__(
        self, required: int, attended: int, first_start: dt.date
    ) -> tuple[PersonStatus, str]:
        key: Any
        if attended >= required:
            key = attended  # compliant: the reason names the count
        elif attended == 0 and first_start > self.new_after:
            key = first_start  # new: the reason names the start
        else:
            key = (attended, required)
        verdict = self._verdicts.get(key)
        if verdict is None:
            verdict = self._verdicts[key] = self._verdict(required, attended, first_start)
        return verdict

    def _verdict(
        self, required: int, attended: int, first_start: dt.date
    ) -> tuple[PersonStatus, str]:
        if attended >= required:
            return PersonStatus.COMPLIANT, self._reason(PersonStatus.COMPLIANT, attended)
        if attended == 0 and first_start > self.new_after:
            return PersonStatus.NEW, self._reason(PersonStatus.NEW, first_start)
        status = PersonStatus.NON_COMPLIANT if self.year_over else PersonStatus.PENDING
        return status, self._reason(status, attended, required)

    def _reason(self, status: PersonStatus, *key: Any) -> str:
        if status == PersonStatus.COMPLIANT:
            return messages.text("n1_met", count=key[0], year=self.year)
        if status == PersonStatus.NEW:
            return messages.text("n1_new", since=format_date(key[0]))
        short = messages.text("n1_short", attended=key[0], required=key[1], year=self.year)
        if status == PersonStatus.NON_COMPLIANT:
            return short
        return short + messages.text("n1_still_time", year=self.year)
