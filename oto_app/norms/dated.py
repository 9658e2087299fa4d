"""What the organisation looked like on a reference date: the dated parts the norms read.

A role's key-role flag and minimum change now and then; the role holds today's values
and ``role_terms`` what it asked before each change (up to a day). A unit counts up to
the day before it was retired; its deelplan's currency is its last review on or before
the date. So a year reprinted later is the same year.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.models import PlanReview, Role, RoleTerm


class RoleOn(NamedTuple):
    is_key: bool
    min_activities: int


def changed_roles(session: Session, on: dt.date) -> dict[int, RoleOn]:
    """The roles that changed after ``on``, as they stood on ``on`` (a handful of rows)."""
    found: dict[int, RoleOn] = {}
    for role_id, is_key, minimum in session.execute(
        select(RoleTerm.role_id, RoleTerm.is_key, RoleTerm.min_activities)
        .where(RoleTerm.until >= on)
        .order_by(RoleTerm.role_id, RoleTerm.until.desc())
    ):
        found[role_id] = RoleOn(is_key, minimum)  # the last one per role is the earliest
    return found


def role_minimum(changed: dict[int, RoleOn]) -> ColumnElement[int] | InstrumentedAttribute[int]:
    """``Role.min_activities`` as it stood: the column itself unless a role changed since."""
    if not changed:
        return Role.min_activities
    return case(
        {i: r.min_activities for i, r in changed.items()}, value=Role.id, else_=Role.min_activities
    )


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
