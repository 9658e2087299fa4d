"""The OTO-jaarplan: what is planned per unit for a year, how much of it was held, and a
start for next year by copying this year's plan.

Planned activities are activities with status gepland; the realisation compares planned,
held and cancelled per unit, and names the units with no exercise planned or held, for
which N2 will fail unless one is added.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.dates import add_years
from oto_app.errors import ValidationError
from oto_app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    Unit,
    activity_units,
)
from oto_app.norms import settings as norm_settings
from oto_app.services import rights


@dataclass(frozen=True)
class UnitPlan:
    unit_id: int
    code: str
    name: str
    planned: int
    held: int
    cancelled: int
    exercises: int  #: exercises planned or held: what N2 can count on
    needed: int  #: exercises N2 asks for

    @property
    def at_risk(self) -> bool:
        """Fewer exercises planned or held than N2 asks: the year will fail N2 here."""
        return self.exercises < self.needed

    @property
    def realised(self) -> float | None:
        """Held as a share of what was not cancelled (None when nothing was)."""
        total = self.planned + self.held
        return self.held / total if total else None


def _in_year(year: int) -> ColumnElement[bool]:
    return Activity.date.between(dt.date(year, 1, 1), dt.date(year, 12, 31))


def realisation(session: Session, year: int) -> list[UnitPlan]:
    """Per active unit, in the organisation's order: planned, held, cancelled, exercises."""
    count = lambda condition: func.coalesce(func.sum(case((condition, 1), else_=0)), 0)  # noqa: E731
    exercise = (Activity.kind == ActivityKind.EXERCISE) & (
        Activity.status != ActivityStatus.CANCELLED
    )
    per_unit = (
        select(
            activity_units.c.unit_id,
            count(Activity.status == ActivityStatus.PLANNED).label("planned"),
            count(Activity.status == ActivityStatus.HELD).label("held"),
            count(Activity.status == ActivityStatus.CANCELLED).label("cancelled"),
            count(exercise).label("exercises"),
        )
        .join(Activity, Activity.id == activity_units.c.activity_id)
        .where(_in_year(year), Activity.kind != ActivityKind.DEPLOYMENT)
        .group_by(activity_units.c.unit_id)
        .subquery()
    )
    needed = norm_settings.for_year(session, year).min_exercises_per_unit
    rows = session.execute(
        select(
            Unit.id,
            Unit.code,
            Unit.name,
            per_unit.c.planned,
            per_unit.c.held,
            per_unit.c.cancelled,
            per_unit.c.exercises,
        )
        .outerjoin(per_unit, per_unit.c.unit_id == Unit.id)
        .where(Unit.active.is_(True))
        .order_by(Unit.position, Unit.code)
    )
    return [
        UnitPlan(uid, code, name, int(p or 0), int(h or 0), int(c or 0), int(e or 0), needed)
        for uid, code, name, p, h, c, e in rows
    ]


@dataclass(frozen=True)
class YearTotals:
    """The year's courses, trainings and exercises, each counted once (Activiteiten's
    count), where :func:`realisation` counts one for every unit taking part."""

    planned: int
    held: int
    cancelled: int


def totals(session: Session, year: int) -> YearTotals:
    """Planned, held and cancelled activities of ``year``, not deployments, once each."""
    found = dict(
        session.execute(
            select(Activity.status, func.count(Activity.id))
            .where(_in_year(year), Activity.kind != ActivityKind.DEPLOYMENT)
            .group_by(Activity.status)
        ).all()
    )
    return YearTotals(
        found.get(ActivityStatus.PLANNED, 0),
        found.get(ActivityStatus.HELD, 0),
        found.get(ActivityStatus.CANCELLED, 0),
    )


def copy_plan(session: Session, from_year: int, to_year: int) -> Done[int]:
    """Copy ``from_year``'s courses, trainings and exercises (not cancelled ones, not
    deployments) into ``to_year`` as planned, on the same day of the year, for the same
    units. Activities already copied (same title, same day) are skipped, so copying twice
    adds nothing. Returns how many were added."""
    rights.require_adviser(session, "do_plan")
    if from_year == to_year:
        raise ValidationError("plan_same_year", field="from_year")
    source = session.scalars(
        select(Activity)
        .where(
            _in_year(from_year),
            Activity.kind != ActivityKind.DEPLOYMENT,
            Activity.status != ActivityStatus.CANCELLED,
        )
        .order_by(Activity.date, Activity.id)
    ).all()
    if not source:
        raise ValidationError("plan_nothing_to_copy", field="from_year", year=from_year)
    present: set[tuple[str, dt.date]] = {
        (title, day)
        for title, day in session.execute(
            select(Activity.title, Activity.date).where(_in_year(to_year))
        )
    }
    added = 0
    for old in source:
        day = add_years(old.date, to_year - from_year)
        if (old.title, day) in present:
            continue
        session.add(
            Activity(
                title=old.title,
                kind=old.kind,
                level=old.level,
                form=old.form,
                scenario=old.scenario,
                date=day,
                place=old.place,
                organiser=old.organiser,
                status=ActivityStatus.PLANNED,
                hours=old.hours,
                description=old.description,
                course_id=old.course_id,
                units=list(old.units),
            )
        )
        present.add((old.title, day))
        added += 1
    session.flush()
    return Done(added, Changes.ACTIVITIES)
