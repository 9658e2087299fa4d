"""N2 (every active unit exercised) and N3 (an administrative exercise), in two queries."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.models import Activity, ActivityKind, ActivityStatus, ExerciseLevel, Unit
from oto_app.models import activity_units as au
from oto_app.norms import dated
from oto_app.norms.people import activity_key
from oto_app.norms.results import AdministrativeResult, NormSettings, UnitResult


def _in_year(year: int) -> list[ColumnElement[bool]]:
    """Exercises of the year that were not cancelled."""
    return [
        Activity.kind == ActivityKind.EXERCISE,
        Activity.status != ActivityStatus.CANCELLED,
        Activity.date >= dt.date(year, 1, 1),
        Activity.date <= dt.date(year, 12, 31),
    ]


def _counts(status: ActivityStatus, date: dt.date, on: dt.date) -> tuple[bool, bool]:
    """(counts as held by the reference date, still to come)."""
    held = status == ActivityStatus.HELD and date <= on
    return held, not held and date > on


def evaluate_units(
    session: Session, year: int, on: dt.date, settings: NormSettings
) -> list[UnitResult]:
    held: dict[int, list[str]] = {}
    planned: dict[int, list[str]] = {}
    query = (
        select(au.c.unit_id, activity_key(), Activity.date, Activity.status)
        .join(Activity, Activity.id == au.c.activity_id)
        .where(*_in_year(year))
        .order_by(Activity.date, Activity.id)
    )
    for unit_id, key, date, status in session.execute(query):
        done, coming = _counts(status, date, on)
        if done:
            held.setdefault(unit_id, []).append(key)
        elif coming:
            planned.setdefault(unit_id, []).append(key)
    year_over = on == dt.date(year, 12, 31)
    renamed = dated.changed_units(session, on)
    code = dated.unit_code(renamed)
    units = session.execute(
        select(Unit.id, code, dated.unit_name(renamed))
        .where(Unit.in_service_clause(on))
        .order_by(code)
    ).all()
    results = []
    for unit_id, unit_code, name in units:
        keys = tuple(dict.fromkeys(held.get(unit_id, ())))
        later = tuple(dict.fromkeys(planned.get(unit_id, ())))
        exercised = len(keys) >= settings.min_exercises_per_unit
        if exercised:
            reason = messages.text("n2_met", count=len(keys), year=year)
        elif later and not year_over:
            reason = messages.text("n2_planned", count=len(later))
        else:
            reason = messages.text("n2_missing", year=year)
        results.append(
            UnitResult(unit_id, unit_code, name, exercised, keys, later, year_over, reason)
        )
    return results


def evaluate_administrative(
    session: Session, year: int, on: dt.date, settings: NormSettings
) -> AdministrativeResult:
    held: list[str] = []
    planned: list[str] = []
    query = (
        select(activity_key(), Activity.date, Activity.status)
        .where(*_in_year(year), Activity.level == ExerciseLevel.ADMINISTRATIVE)
        .order_by(Activity.date, Activity.id)
    )
    for key, date, status in session.execute(query):
        done, coming = _counts(status, date, on)
        if done or coming:
            (held if done else planned).append(key)
    met = len(held) >= settings.min_administrative_exercises
    if met:
        reason = messages.text("n3_met", count=len(held))
    elif planned:
        reason = messages.text("n3_planned", count=len(planned))
    else:
        reason = messages.text("n3_missing", year=year)
    return AdministrativeResult(met, tuple(held), tuple(planned), reason)
