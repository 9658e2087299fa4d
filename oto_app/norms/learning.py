"""N4 (exercises and deployments evaluated) and N6 (improvement actions past due).

An evaluation or action set back after it was finished keeps the period it was finished
in (its reopenings), so each reference date sees it as it stood then.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.models import (
    EVALUATED_KINDS,
    ActionReopening,
    ActionStatus,
    Activity,
    ActivityStatus,
    Evaluation,
    EvaluationReopening,
    EvaluationStatus,
    ImprovementAction,
    Person,
    Unit,
)
from oto_app.names import display_name
from oto_app.norms import dated
from oto_app.norms.people import activity_key
from oto_app.norms.results import EvaluationResult, EvaluationState, NormSettings, OverdueAction


def evaluations(
    session: Session, year: int, on: dt.date, settings: NormSettings
) -> list[EvaluationResult]:
    finished_then = exists().where(
        EvaluationReopening.evaluation_id == Evaluation.id, EvaluationReopening.covers_clause(on)
    )
    rows = session.execute(
        select(
            activity_key(),
            Activity.title,
            Activity.date,
            Evaluation.status,
            Evaluation.finished_on,
            finished_then,
        )
        .outerjoin(Evaluation, Evaluation.activity_id == Activity.id)
        .where(
            Activity.kind.in_(EVALUATED_KINDS),
            Activity.status == ActivityStatus.HELD,
            Activity.date >= dt.date(year, 1, 1),
            Activity.date <= on,
        )
        .order_by(Activity.date, Activity.id)
    )
    results = []
    for key, title, date, status, finished_on, reopened_since in rows:
        due = date + dt.timedelta(days=settings.evaluation_due_days)
        final = status == EvaluationStatus.FINAL and (finished_on is None or finished_on <= on)
        done = final or reopened_since
        if done:
            state, reason = EvaluationState.DONE, messages.text("n4_done")
        elif on > due:
            state = EvaluationState.OVERDUE
            reason = messages.text("n4_overdue", due=format_date(due))
        else:
            state, reason = EvaluationState.OPEN, messages.text("n4_open", due=format_date(due))
        results.append(EvaluationResult(key, title, date, state, reason))
    return results


def overdue_actions(session: Session, on: dt.date) -> list[OverdueAction]:
    closed_then = exists().where(
        ActionReopening.action_id == ImprovementAction.id, ActionReopening.covers_clause(on)
    )
    rows = session.execute(
        select(
            ImprovementAction.id,
            dated.unit_code(dated.changed_units(session, on)),
            ImprovementAction.due_date,
            ImprovementAction.description,
            Person.first_name,
            Person.infix,
            Person.last_name,
        )
        .outerjoin(Unit, Unit.id == ImprovementAction.unit_id)
        .outerjoin(Person, Person.id == ImprovementAction.owner_id)
        .where(
            ImprovementAction.due_date < on,
            (ImprovementAction.status != ActionStatus.DONE) | (ImprovementAction.closed_on > on),
            ~closed_then,
        )
        .order_by(ImprovementAction.due_date, ImprovementAction.id)
    )
    return [
        OverdueAction(i, code, due, text, display_name(first, infix, last) if first else None)
        for i, code, due, text, first, infix, last in rows
        if due is not None
    ]
