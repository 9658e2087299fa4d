"""What the organisation looked like on a reference date: the dated parts the norms read.

A role's key-role flag and minimum change now and then; the role holds today's values
and ``role_terms`` what it asked before each change (up to a day). A unit's code and name
work the same way (``unit_terms``). A unit counts up to the day before it was retired; a
role counts in its formation from the day it joined; its deelplan's currency is its last
review on or before the date. So a year reprinted later is the same year.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import ColumnElement, case, func, or_, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.models import PlanReview, Role, RoleTerm, Unit, UnitTerm, unit_roles

T = TypeVar("T")


class RoleOn(NamedTuple):
    is_key: bool
    min_activities: int


class UnitOn(NamedTuple):
    code: str
    name: str


def _terms(
    session: Session,
    terms: type[RoleTerm | UnitTerm],
    owner: Any,
    on: dt.date,
    *values: Any,
    kept: ColumnElement[bool] | None = None,
) -> dict[int, tuple[Any, ...]]:
    """Per owner changed after ``on``, the values of its first term ending on or after
    ``on`` (of those ``kept``): what it was then (a handful of rows)."""
    found: dict[int, tuple[Any, ...]] = {}
    query = select(owner, *values).where(terms.until >= on).order_by(owner, terms.until)
    if kept is not None:
        query = query.where(kept)
    for row in session.execute(query):
        found.setdefault(row[0], tuple(row[1:]))  # the first one per owner is the earliest
    return found


def changed_roles(session: Session, on: dt.date) -> dict[int, RoleOn]:
    """The roles that changed after ``on``, as they stood on ``on``."""
    terms = _terms(
        session, RoleTerm, RoleTerm.role_id, on, RoleTerm.is_key, RoleTerm.min_activities
    )
    return {i: RoleOn(*values) for i, values in terms.items()}


def changed_units(session: Session, on: dt.date) -> dict[int, UnitOn]:
    """The units renamed after ``on``, as they were called on ``on``."""
    terms = _terms(session, UnitTerm, UnitTerm.unit_id, on, UnitTerm.code, UnitTerm.name)
    return {i: UnitOn(*values) for i, values in terms.items()}


def as_of(
    changed: dict[int, T], column: InstrumentedAttribute[T], key: InstrumentedAttribute[int]
) -> ColumnElement[T] | InstrumentedAttribute[T]:
    """``column`` as it stood: the column itself unless a record changed since."""
    if not changed:
        return column
    return case(changed, value=key, else_=column)


def role_minimum(changed: dict[int, RoleOn]) -> ColumnElement[int] | InstrumentedAttribute[int]:
    """``Role.min_activities`` as it stood on the date of ``changed``."""
    minimum = {i: r.min_activities for i, r in changed.items()}
    return as_of(minimum, Role.min_activities, Role.id)


def role_name(session: Session, on: dt.date) -> ColumnElement[str] | InstrumentedAttribute[str]:
    """``Role.name`` as the role was called on ``on``: the first term after it that kept a
    name (terms of before names were kept have none: the name had not changed then)."""
    terms = _terms(
        session, RoleTerm, RoleTerm.role_id, on, RoleTerm.name, kept=RoleTerm.name.is_not(None)
    )
    return as_of({i: values[0] for i, values in terms.items()}, Role.name, Role.id)


def unit_code(changed: dict[int, UnitOn]) -> ColumnElement[str] | InstrumentedAttribute[str]:
    """``Unit.code`` as it was on the date of ``changed``."""
    return as_of({i: u.code for i, u in changed.items()}, Unit.code, Unit.id)


def unit_name(changed: dict[int, UnitOn]) -> ColumnElement[str] | InstrumentedAttribute[str]:
    """``Unit.name`` as it was on the date of ``changed``."""
    return as_of({i: u.name for i, u in changed.items()}, Unit.name, Unit.id)


def in_formation_clause(on: dt.date) -> ColumnElement[bool]:
    """The formation's rows that held on ``on`` (those of before the dating always did)."""
    return or_(unit_roles.c.since.is_(None), unit_roles.c.since <= on)


def key_role_ids(session: Session, on: dt.date) -> list[int]:
    """The roles that were key roles on ``on``."""
    changed = changed_roles(session, on)
    now = session.execute(select(Role.id, Role.is_key)).all()
    return sorted(i for i, key in now if (changed[i].is_key if i in changed else key))


def last_reviews(session: Session, on: dt.date) -> dict[int, dt.date]:
    """Per unit id, its last deelplan review on or before ``on``."""
    return dict(
        session.execute(
            select(PlanReview.unit_id, func.max(PlanReview.reviewed_on))
            .where(PlanReview.reviewed_on <= on)
            .group_by(PlanReview.unit_id)
        ).all()
    )


def period(start: dt.date, end: dt.date | None) -> str:
    """ "van 01-03-2025 tot en met 31-08-2025", or "vanaf 01-03-2025" when open."""
    if end is None:
        return messages.text("period_open", start=format_date(start))
    return messages.text("period_closed", start=format_date(start), end=format_date(end))
