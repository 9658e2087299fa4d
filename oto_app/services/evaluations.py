"""Evaluations of exercises and deployments, and the improvement actions they yield."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from oto_app.changes import Changes, Done
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.messages import label
from oto_app.models import (
    ActionReopening,
    ActionStatus,
    Activity,
    ActivityStatus,
    Discipline,
    Evaluation,
    EvaluationAttachment,
    EvaluationObjective,
    EvaluationReopening,
    EvaluationStatus,
    ExerciseLevel,
    ImprovementAction,
    Person,
    Rating,
    Unit,
)
from oto_app.names import display_name
from oto_app.services import common, rights
from oto_app.services.activities import EVALUATED_KINDS


@dataclass(frozen=True)
class Objective:
    """An exercise objective and its rating (P/S/M/U; text is accepted from files)."""

    objective: str
    rating: Rating | str
    note: str | None = None


@dataclass(frozen=True)
class EvaluationData:
    discipline: Discipline = Discipline.MONO
    held_on: dt.date | None = None
    author: str | None = None
    went_well: str | None = None
    to_improve: str | None = None
    conclusions: str | None = None
    status: EvaluationStatus = EvaluationStatus.DRAFT
    objectives: tuple[Objective, ...] = ()
    #: File paths or web addresses of the documents that belong to it.
    attachments: tuple[str, ...] = ()


@dataclass(frozen=True)
class ToEvaluate:
    """An exercise or deployment held in the year, and where its evaluation stands."""

    activity_id: int
    key: str
    title: str
    date: dt.date
    evaluation_id: int | None
    status: EvaluationStatus | None
    open_actions: int
    version: int | None


@dataclass(frozen=True)
class ActionData:
    description: str
    unit_id: int | None = None
    owner_id: int | None = None
    due_date: dt.date | None = None


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    unit: str | None
    owner: str | None
    due_date: dt.date | None
    status: ActionStatus
    activity: str
    overdue: bool
    unit_id: int | None
    owner_id: int | None
    version: int


def to_evaluate(session: Session, year: int) -> list[ToEvaluate]:
    open_actions = (
        select(ImprovementAction.evaluation_id, func.count().label("n"))
        .where(ImprovementAction.status != ActionStatus.DONE)
        .group_by(ImprovementAction.evaluation_id)
        .subquery()
    )
    rows = session.execute(
        select(Activity, Evaluation, func.coalesce(open_actions.c.n, 0))
        .outerjoin(Evaluation, Evaluation.activity_id == Activity.id)
        .outerjoin(open_actions, open_actions.c.evaluation_id == Evaluation.id)
        .where(
            Activity.kind.in_(EVALUATED_KINDS),
            Activity.status == ActivityStatus.HELD,
            Activity.date >= dt.date(year, 1, 1),
            Activity.date <= dt.date(year, 12, 31),
        )
        .order_by(Activity.date.desc())
    )
    return [
        ToEvaluate(
            a.id,
            a.key,
            a.title,
            a.date,
            e.id if e else None,
            e.status if e else None,
            n,
            e.version if e else None,
        )
        for a, e, n in rows
    ]


def new_for(session: Session, activity_id: int) -> EvaluationData:
    """An empty evaluation for the activity, its discipline following the exercise's level
    (a multidisciplinary or administrative exercise is evaluated multidisciplinarily)."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    mono = activity.level in (None, ExerciseLevel.MONO)
    return EvaluationData(discipline=Discipline.MONO if mono else Discipline.MULTI)


def get(session: Session, activity_id: int) -> EvaluationData | None:
    evaluation = session.scalar(select(Evaluation).where(Evaluation.activity_id == activity_id))
    if evaluation is None:
        return None
    return EvaluationData(
        evaluation.discipline,
        evaluation.held_on,
        evaluation.author,
        evaluation.went_well,
        evaluation.to_improve,
        evaluation.conclusions,
        evaluation.status,
        tuple(Objective(o.objective, o.rating, o.note) for o in evaluation.objectives),
        tuple(a.reference for a in evaluation.attachments),
    )


def _rating(value: Rating | str, row: int) -> Rating:
    if isinstance(value, Rating):
        return value
    try:
        return Rating[str(value).strip().upper()]
    except KeyError:
        raise ValidationError("invalid_rating", field="objectives", row=row, value=value) from None


def _objectives(data: EvaluationData) -> list[EvaluationObjective]:
    result = []
    for row, item in enumerate(data.objectives, start=1):
        if not (item.objective or "").strip():
            raise ValidationError("objective_required", field="objectives", row=row)
        result.append(
            EvaluationObjective(
                position=row,
                objective=common.limited(
                    item.objective, "field_objective", EvaluationObjective.objective
                ),
                rating=_rating(item.rating, row),
                note=common.limited(item.note, "field_text", 4000),
            )
        )
    return result


def _attachments(data: EvaluationData) -> list[EvaluationAttachment]:
    references = [
        common.limited(r, "field_attachment", EvaluationAttachment.reference)
        for r in data.attachments
    ]
    unique = dict.fromkeys(r for r in references if r)
    return [EvaluationAttachment(position=n, reference=r) for n, r in enumerate(unique, 1)]


def save(
    session: Session,
    activity_id: int,
    data: EvaluationData,
    version: int | None = None,
    today: dt.date | None = None,
) -> Done[int]:
    """Create or update the activity's evaluation; final sets the day it was finished."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    rights.require_activity(session, activity, "do_evaluate")
    if activity.kind not in EVALUATED_KINDS:
        raise ValidationError("evaluate_kind", kind=label(activity.kind))
    if activity.status != ActivityStatus.HELD:
        raise ValidationError("evaluate_not_held", title=activity.title)
    common.plausible_date(data.held_on, "held_on", "field_held_on")
    if data.held_on is not None and data.held_on < activity.date:
        raise ValidationError("evaluated_before", field="held_on", date=format_date(activity.date))
    objectives, attachments = _objectives(data), _attachments(data)
    evaluation = session.scalar(select(Evaluation).where(Evaluation.activity_id == activity_id))
    if evaluation is None:
        evaluation = Evaluation(activity_id=activity.id)
        session.add(evaluation)
    else:
        common.check_version(evaluation, version, "what_evaluation")
    evaluation.activity_title = activity.title
    evaluation.discipline = data.discipline
    evaluation.held_on = data.held_on
    evaluation.author = common.limited(data.author, "field_author", Evaluation.author)
    evaluation.went_well = common.limited(data.went_well, "field_text", 20_000)
    evaluation.to_improve = common.limited(data.to_improve, "field_text", 20_000)
    evaluation.conclusions = common.limited(data.conclusions, "field_text", 20_000)
    day = today or dt.date.today()
    if data.status == EvaluationStatus.FINAL and evaluation.status != EvaluationStatus.FINAL:
        evaluation.finished_on = day
    elif data.status == EvaluationStatus.DRAFT:
        if evaluation.status == EvaluationStatus.FINAL:  # the years before keep it final
            finished = evaluation.finished_on or activity.date  # undated: final all along
            if finished < day:
                session.add(
                    EvaluationReopening(
                        evaluation_id=evaluation.id, closed_on=finished, reopened_on=day
                    )
                )
        evaluation.finished_on = None
    evaluation.status = data.status
    evaluation.objectives = objectives
    evaluation.attachments = attachments
    # Objectives and attachments are part of the evaluation: always UPDATE its row so the
    # version moves on and a second workstation's save of an older copy is refused.
    flag_modified(evaluation, "activity_title")
    common.flush(session, "what_evaluation")
    return Done(evaluation.id, Changes.EVALUATIONS)


def _apply_action(
    session: Session,
    action: ImprovementAction,
    data: ActionData,
    evaluation: Evaluation | None,
) -> None:
    action.description = common.required(data.description, "field_description", 4000)
    common.plausible_date(data.due_date, "due_date", "field_due_date")
    start = None
    if evaluation is not None:
        start = evaluation.held_on or (evaluation.activity.date if evaluation.activity else None)
    if data.due_date is not None and start is not None and data.due_date < start:
        raise ValidationError("due_before_evaluation", field="due_date", date=format_date(start))
    if data.unit_id is not None:
        common.fetch(session, Unit, data.unit_id, "unknown_unit")
    if data.owner_id is not None:
        common.fetch(session, Person, data.owner_id, "unknown_person")
    action.unit_id, action.owner_id, action.due_date = data.unit_id, data.owner_id, data.due_date


def _units_of(evaluation: Evaluation | None, unit_id: int | None) -> set[int]:
    """The units an action concerns: its own and those of the evaluated activity."""
    units = {unit_id} if unit_id is not None else set()
    if evaluation is not None and evaluation.activity is not None:
        units |= {unit.id for unit in evaluation.activity.units}
    return units


def add_action(session: Session, evaluation_id: int, data: ActionData) -> Done[int]:
    evaluation = common.fetch(session, Evaluation, evaluation_id, "unknown_evaluation")
    rights.require_units(session, _units_of(evaluation, data.unit_id), "do_evaluate")
    action = ImprovementAction()
    _apply_action(session, action, data, evaluation)
    action.evaluation = evaluation
    session.add(action)
    session.flush()
    return Done(action.id, Changes.EVALUATIONS)


def get_action(session: Session, action_id: int) -> ActionData:
    action = common.fetch(session, ImprovementAction, action_id, "unknown_action")
    return ActionData(action.description, action.unit_id, action.owner_id, action.due_date)


def update_action(
    session: Session, action_id: int, data: ActionData, version: int | None = None
) -> Changes:
    action = common.fetch(session, ImprovementAction, action_id, "unknown_action")
    rights.require_units(session, _units_of(action.evaluation, action.unit_id), "do_evaluate")
    common.check_version(action, version, "what_action")
    _apply_action(session, action, data, action.evaluation)
    common.flush(session, "what_action")
    return Changes.EVALUATIONS


def set_action_status(
    session: Session,
    action_id: int,
    status: ActionStatus,
    verification: str | None = None,
    today: dt.date | None = None,
    version: int | None = None,
) -> Changes:
    """Move an action on; closing it needs a word on how it was verified."""
    action = common.fetch(session, ImprovementAction, action_id, "unknown_action")
    rights.require_units(session, _units_of(action.evaluation, action.unit_id), "do_evaluate")
    common.check_version(action, version, "what_action")
    day = today or dt.date.today()
    if status == ActionStatus.DONE:
        action.verification = common.required(verification, "field_verification", 4000)
        if action.status != ActionStatus.DONE:
            action.closed_on = day
    else:
        closed = action.closed_on or action.due_date  # undated: closed all along
        if action.status == ActionStatus.DONE and closed is not None and closed < day:
            session.add(ActionReopening(action_id=action.id, closed_on=closed, reopened_on=day))
        action.closed_on = None
    action.status = status
    common.flush(session, "what_action")
    return Changes.EVALUATIONS


def list_actions(
    session: Session,
    on: dt.date,
    open_only: bool = True,
    unit_id: int | None = None,
    owner_id: int | None = None,
) -> list[ActionRow]:
    """Improvement actions across evaluations, overdue ones first; optionally only those
    of one unit and/or one owner."""
    overdue = (ImprovementAction.due_date < on) & (ImprovementAction.status != ActionStatus.DONE)
    query = (
        select(
            ImprovementAction,
            Unit.code,
            Person.first_name,
            Person.infix,
            Person.last_name,
            Evaluation.activity_title,
            overdue,
        )
        .outerjoin(Unit, Unit.id == ImprovementAction.unit_id)
        .outerjoin(Person, Person.id == ImprovementAction.owner_id)
        .outerjoin(Evaluation, Evaluation.id == ImprovementAction.evaluation_id)
        .order_by(case((overdue, 0), else_=1), ImprovementAction.due_date, ImprovementAction.id)
    )
    if open_only:
        query = query.where(ImprovementAction.status != ActionStatus.DONE)
    if unit_id is not None:
        query = query.where(ImprovementAction.unit_id == unit_id)
    if owner_id is not None:
        query = query.where(ImprovementAction.owner_id == owner_id)
    return [
        ActionRow(
            a.id,
            a.description,
            code,
            display_name(first, infix, last) if first else None,
            a.due_date,
            a.status,
            title or "",
            bool(late),
            a.unit_id,
            a.owner_id,
            a.version,
        )
        for a, code, first, infix, last, title, late in session.execute(query)
    ]


def action_owners(session: Session) -> list[int]:
    """The people who own an improvement action, to filter the list by."""
    return list(
        session.scalars(
            select(ImprovementAction.owner_id)
            .where(ImprovementAction.owner_id.is_not(None))
            .distinct()
        )
    )
