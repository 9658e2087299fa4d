"""Activities: plan, hold, cancel and edit courses, trainings, exercises and deployments."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from sqlalchemy import ColumnElement, Select, String, cast, exists, func, or_, select
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.errors import ValidationError
from oto_app.messages import label
from oto_app.models import (
    EVALUATED_KINDS,
    Activity,
    ActivityKind,
    ActivityStatus,
    Assignment,
    AttendanceStatus,
    Course,
    Evaluation,
    Exemption,
    ExerciseForm,
    ExerciseLevel,
    Organiser,
    Participation,
    Unit,
    activity_units,
)
from oto_app.services import common, rights


@dataclass(frozen=True)
class ActivityData:
    title: str
    kind: ActivityKind
    date: dt.date
    level: ExerciseLevel | None = None
    form: ExerciseForm | None = None
    scenario: str | None = None
    place: str | None = None
    organiser: Organiser = Organiser.MUNICIPAL
    status: ActivityStatus = ActivityStatus.PLANNED
    hours: float | None = None
    description: str | None = None
    unit_ids: tuple[int, ...] = ()
    exchange_key: str | None = None
    #: For a course: the catalogue course it was an edition of (course validity).
    course_id: int | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    key: str
    title: str
    kind: ActivityKind
    level: ExerciseLevel | None
    date: dt.date
    status: ActivityStatus
    place: str | None
    units: str
    present: int  #: everyone recorded present, expected or not
    expected: int  #: see :func:`expected_people`


def expected_people() -> Select[int, int]:
    """(activity id, person id): who is expected at an activity, namely everyone holding a
    role, on its date, in one of the units it covers, and not exempt (vrijgesteld) that day.

    The one rule behind the list's *Aanwezig* column ("3 / 16"), the attendance form's
    "3 aanwezig van 16 verwacht" and the presentielijst; someone added who was not
    expected (an exempt person who came anyway, say) counts as present but not as expected.
    """
    exempt = exists().where(
        Exemption.person_id == Assignment.person_id, Exemption.covers_clause(Activity.date)
    )
    return (
        select(activity_units.c.activity_id, Assignment.person_id)
        .join(Assignment, Assignment.unit_id == activity_units.c.unit_id)
        .join(Activity, Activity.id == activity_units.c.activity_id)
        .where(Assignment.active_on_clause(Activity.date), ~exempt)
        .distinct()
    )


@dataclass(frozen=True)
class ActivityDetail:
    id: int
    key: str
    data: ActivityData
    version: int
    unit_codes: list[str] = field(default_factory=list)


def _apply(session: Session, activity: Activity, data: ActivityData) -> None:
    activity.title = common.required(data.title, "field_title", Activity.title)
    common.plausible_date(data.date, "date", "field_date", activity=True)
    if data.level is not None and data.kind not in EVALUATED_KINDS:
        raise ValidationError("level_not_allowed", field="level", kind=label(data.kind))
    if data.kind == ActivityKind.EXERCISE and data.level is None:
        raise ValidationError("level_required", field="level")
    if data.hours is not None and not 0 <= data.hours <= 240:
        raise ValidationError("bad_hours", field="hours", value=data.hours)
    if data.status == ActivityStatus.HELD and data.date > dt.date.today():
        raise ValidationError("held_in_future", field="status")
    _check_cancel(session, activity, data.status)
    activity.kind = data.kind
    activity.level = data.level
    activity.form = data.form
    activity.scenario = common.limited(data.scenario, "field_scenario", Activity.scenario)
    activity.date = data.date
    activity.place = common.limited(data.place, "field_place", Activity.place)
    activity.organiser = data.organiser
    activity.status = data.status
    activity.hours = data.hours
    activity.description = common.limited(data.description, "field_description", 4000)
    activity.exchange_key = common.limited(
        data.exchange_key, "field_exchange_key", Activity.exchange_key
    )
    activity.units = [common.fetch(session, Unit, i, "unknown_unit") for i in data.unit_ids]
    if data.course_id is not None:
        if data.kind != ActivityKind.COURSE:
            raise ValidationError("course_for_course_only", field="course")
        common.fetch(session, Course, data.course_id, "unknown_course")
    activity.course_id = data.course_id


def _check_cancel(session: Session, activity: Activity, status: ActivityStatus) -> None:
    """An activity people attended cannot be cancelled: that would erase their credit."""
    if status != ActivityStatus.CANCELLED or activity.id is None:
        return
    present = session.scalar(
        select(func.count(Participation.id)).where(
            Participation.activity_id == activity.id,
            Participation.status == AttendanceStatus.PRESENT,
        )
    )
    if present:
        raise ValidationError("cancel_with_present", field="status", count=present)


def create_activity(session: Session, data: ActivityData) -> Done[int]:
    rights.require_units(session, data.unit_ids, "do_log_activity")
    activity = Activity()
    _apply(session, activity, data)
    session.add(activity)
    session.flush()
    return Done(activity.id, Changes.ACTIVITIES)


def update_activity(
    session: Session, activity_id: int, data: ActivityData, version: int | None = None
) -> Changes:
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    rights.require_activity(session, activity, "do_log_activity")
    rights.require_units(session, data.unit_ids, "do_log_activity")
    common.check_version(activity, version, "what_activity")
    _apply(session, activity, data)
    common.flush(session, "what_activity")
    return Changes.ACTIVITIES


def set_status(session: Session, activity_id: int, status: ActivityStatus) -> Changes:
    """Mark an activity held (uitgevoerd), cancelled (geannuleerd) or planned again."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    rights.require_activity(session, activity, "do_log_activity")
    _apply(session, activity, replace(detail(session, activity_id).data, status=status))
    common.flush(session, "what_activity")
    return Changes.ACTIVITIES


@dataclass(frozen=True)
class DeletionImpact:
    """What deleting an activity takes with it, for the confirmation."""

    title: str
    participations: int
    evaluation_id: int | None


def deletion_impact(session: Session, activity_id: int) -> DeletionImpact:
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    count = session.scalar(
        select(func.count(Participation.id)).where(Participation.activity_id == activity_id)
    )
    evaluation = session.scalar(select(Evaluation.id).where(Evaluation.activity_id == activity_id))
    return DeletionImpact(activity.title, count or 0, evaluation)


def delete_activity(session: Session, activity_id: int, version: int | None = None) -> Changes:
    """Delete an activity and its attendance. Its evaluation (with its improvement
    actions) is kept, detached, with the activity's title: its text stays exportable."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    rights.require_activity(session, activity, "do_log_activity")
    common.check_version(activity, version, "what_activity")
    evaluation = session.scalar(select(Evaluation).where(Evaluation.activity_id == activity_id))
    if evaluation is not None:
        evaluation.activity_title = activity.title
        evaluation.held_on = evaluation.held_on or activity.date
        evaluation.activity = None
    session.delete(activity)
    common.flush(session, "what_activity")
    return Changes.ACTIVITIES | Changes.ATTENDANCE | Changes.EVALUATIONS


def detail(session: Session, activity_id: int) -> ActivityDetail:
    a = common.fetch(session, Activity, activity_id, "unknown_activity")
    data = ActivityData(
        a.title,
        a.kind,
        a.date,
        a.level,
        a.form,
        a.scenario,
        a.place,
        a.organiser,
        a.status,
        a.hours,
        a.description,
        tuple(u.id for u in a.units),
        a.exchange_key,
        a.course_id,
    )
    return ActivityDetail(a.id, a.key, data, a.version, [u.code for u in a.units])


def list_activities(
    session: Session,
    year: int,
    kind: ActivityKind | None = None,
    status: ActivityStatus | None = None,
    unit_id: int | None = None,
    search: str = "",
) -> list[ActivityRow]:
    """The activities of a year, newest first, with attendance counts (aggregated in SQL).

    With ``search``, the activities of every year whose title, place, key or unit (code
    or name) holds each typed word: every stored activity can be found again.
    """
    counts = (
        select(Participation.activity_id, func.count(Participation.id).label("present"))
        .where(Participation.status == AttendanceStatus.PRESENT)
        .group_by(Participation.activity_id)
        .subquery()
    )
    pairs = expected_people().subquery()
    expected = (
        select(pairs.c.activity_id, func.count().label("expected"))
        .group_by(pairs.c.activity_id)
        .subquery()
    )
    codes = (
        select(activity_units.c.activity_id, func.aggregate_strings(Unit.code, ", ").label("codes"))
        .join(Unit, Unit.id == activity_units.c.unit_id)
        .group_by(activity_units.c.activity_id)
        .subquery()
    )
    query = (
        select(Activity, counts.c.present, expected.c.expected, codes.c.codes)
        .outerjoin(counts, counts.c.activity_id == Activity.id)
        .outerjoin(expected, expected.c.activity_id == Activity.id)
        .outerjoin(codes, codes.c.activity_id == Activity.id)
        .order_by(Activity.date.desc(), Activity.id.desc())
    )
    words = search.lower().split()
    if not words:
        query = query.where(
            Activity.date >= dt.date(year, 1, 1), Activity.date <= dt.date(year, 12, 31)
        )
    for word in words:
        query = query.where(_mentions(word))
    if kind is not None:
        query = query.where(Activity.kind == kind)
    if status is not None:
        query = query.where(Activity.status == status)
    if unit_id is not None:
        covered = select(activity_units.c.activity_id).where(activity_units.c.unit_id == unit_id)
        query = query.where(Activity.id.in_(covered))
    return [
        ActivityRow(
            a.id,
            a.key,
            a.title,
            a.kind,
            a.level,
            a.date,
            a.status,
            a.place,
            codes_ or "",
            int(present or 0),
            int(expected_ or 0),
        )
        for a, present, expected_, codes_ in session.execute(query)
    ]


def _mentions(word: str) -> ColumnElement[bool]:
    """The activity's title, place, key, or one of its units holds ``word`` (lower case)."""
    unit_match = (
        select(activity_units.c.activity_id)
        .join(Unit, Unit.id == activity_units.c.unit_id)
        .where(
            or_(
                func.lower(Unit.code).contains(word, autoescape=True),
                func.lower(Unit.name).contains(word, autoescape=True),
            )
        )
    )
    return or_(
        func.lower(Activity.title).contains(word, autoescape=True),
        func.lower(func.coalesce(Activity.place, "")).contains(word, autoescape=True),
        func.lower(func.coalesce(Activity.exchange_key, "")).contains(word, autoescape=True),
        cast(Activity.id, String) == word,
        Activity.id.in_(unit_match),
    )


def find_by_key(session: Session, key: str) -> Activity:
    """The activity with this key (the exchange key, or the id as text)."""
    found = session.scalar(select(Activity).where(Activity.exchange_key == key))
    if found is None and key.isdigit():
        found = session.get(Activity, int(key))
    if found is None:
        raise ValidationError("unknown_activity", ref=key)
    return found
