"""Evaluatieverslag: an exercise's or deployment's evaluation and its improvement actions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.models import Evaluation
from oto_app.reports.document import build, para, table
from oto_app.services import activities, common, settings

t = messages.text


def write(session: Session, activity_key: str, path: Path) -> int:
    """The evaluation report of the activity with this key."""
    activity = activities.find_by_key(session, activity_key)
    evaluation = session.scalar(select(Evaluation).where(Evaluation.activity_id == activity.id))
    if evaluation is None:
        raise ValidationError("no_evaluation", title=activity.title)
    return write_evaluation(session, evaluation.id, path)


def write_evaluation(session: Session, evaluation_id: int, path: Path) -> int:
    """The evaluation report by the evaluation's own number: it works for an evaluation
    whose activity was deleted too (its title and date were kept)."""
    evaluation = common.fetch(session, Evaluation, evaluation_id, "unknown_evaluation")
    activity = evaluation.activity
    title = activity.title if activity else evaluation.activity_title
    actions = sorted(evaluation.actions, key=lambda a: (a.due_date is None, a.due_date, a.id))
    municipality = settings.municipality(session)
    facts = t(
        "report_evaluation_facts",
        discipline=messages.label(evaluation.discipline),
        status=messages.label(evaluation.status),
        held=format_date(evaluation.held_on) or "—",
        author=evaluation.author or "—",
    )
    if activity is not None:
        heading = f"{format_date(activity.date)} · {messages.label(activity.kind)}" + (
            f" · {messages.label(activity.level)}" if activity.level else ""
        )
    else:
        heading = t("report_activity_deleted")

    def story() -> Iterator[Flowable]:
        yield para(f"{t('report_evaluation_title')}: {title}", "title")
        yield para(heading, "h2")
        yield para(facts)
        for key, text in (
            ("report_went_well", evaluation.went_well),
            ("report_to_improve", evaluation.to_improve),
            ("report_conclusions", evaluation.conclusions),
        ):
            yield para(t(key), "h1")
            yield para(text or "—")
        yield para(t("report_objectives"), "h1")
        if not evaluation.objectives:
            yield para(t("report_none"))
        yield from table(
            [t("report_col_objective"), t("report_col_rating"), t("report_col_note")],
            ([o.objective, messages.label(o.rating), o.note or ""] for o in evaluation.objectives),
            [66 * mm, 62 * mm, 48 * mm],
        )
        yield para(t("report_improvements"), "h1")
        if not actions:
            yield para(t("report_none"))
        yield from table(
            [
                t("report_col_action"),
                t("report_col_unit"),
                t("report_col_owner"),
                t("report_col_due"),
                t("report_col_status"),
            ],
            (
                [
                    a.description,
                    a.unit.code if a.unit else "",
                    a.owner.name if a.owner else "",
                    format_date(a.due_date),
                    messages.label(a.status),
                ]
                for a in actions
            ),
            [74 * mm, 20 * mm, 36 * mm, 22 * mm, 24 * mm],
        )
        if evaluation.attachments:
            yield para(t("report_attachments"), "h1")
            for attachment in evaluation.attachments:
                yield para(attachment.reference)

    return build(path, f"{t('report_evaluation_title')} {title}", municipality, story)
