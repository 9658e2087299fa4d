"""Putting N1-N7 together for one year and reference date (peildatum)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import collector
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.models import Activity
from oto_app.norms import learning, people, plans, settings, staffing, units
from oto_app.norms.results import ActivityRef, Compliance


def reference_date(year: int, on: dt.date | None = None, today: dt.date | None = None) -> dt.date:
    """``on`` if given (it must lie in ``year``); else 31 December, or today when earlier."""
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    if on is not None:
        if not first <= on <= last:
            raise ValidationError(
                "reference_outside_year", field="on", date=format_date(on), year=year
            )
        return on
    return max(first, min(last, today or dt.date.today()))


def compute(
    session: Session, year: int, on: dt.date | None = None, today: dt.date | None = None
) -> Compliance:
    """Every norm for ``year`` as it stood on the reference date. A region's results are
    a few hundred thousand objects that all live on: the collector is paused meanwhile
    (as the window's worker threads always have it: ui.app.collect_on_gui_thread)."""
    with collector.paused():
        first = compute_units_first(session, year, on, today)
        numbers, on = first.settings, first.reference_date
        persons = people.evaluate(session, year, on, numbers)
        return replace(
            first,
            persons=persons,
            exemptions=people.exemptions(session, on, persons),
            staffing=staffing.evaluate(session, on, numbers, persons),
            partial=False,
        )


def compute_units_first(
    session: Session, year: int, on: dt.date | None = None, today: dt.date | None = None
) -> Compliance:
    """The norms that do not look at every person (N2-N4, N6, N7): a few queries however
    large the region, so the dashboard can show them while N1 and N5 are computed."""
    on = reference_date(year, on, today)
    numbers = settings.for_year(session, year)
    return Compliance(
        year=year,
        reference_date=on,
        settings=numbers,
        persons=[],
        units=units.evaluate_units(session, year, on, numbers),
        administrative=units.evaluate_administrative(session, year, on, numbers),
        staffing=[],
        evaluations=learning.evaluations(session, year, on, numbers),
        actions_overdue=learning.overdue_actions(session, on),
        plans=plans.evaluate(session, on, numbers),
        activities=_activities(session, year),
        partial=True,
    )


def _activities(session: Session, year: int) -> dict[str, ActivityRef]:
    rows = session.execute(
        select(people.activity_key(), Activity.id, Activity.title, Activity.date).where(
            Activity.date >= dt.date(year, 1, 1), Activity.date <= dt.date(year, 12, 31)
        )
    )
    return {key: ActivityRef(key, i, title, date) for key, i, title, date in rows}
