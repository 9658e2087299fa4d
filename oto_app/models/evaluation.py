"""Evaluations of exercises and deployments, and the improvement actions they yield."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, ForeignKey, String, Text, and_
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oto_app.models.base import Base, Versioned
from oto_app.models.enums import ActionStatus, Discipline, EvaluationStatus, Rating

if TYPE_CHECKING:
    from oto_app.models.activities import Activity
    from oto_app.models.organisation import Unit
    from oto_app.models.staff import Person


class Evaluation(Versioned, Base):
    __tablename__ = "evaluations"

    id: Mapped[int] = mapped_column(primary_key=True)
    #: Kept when the activity is deleted (its title is copied below), so the text stays.
    activity_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", ondelete="SET NULL"), unique=True
    )
    activity_title: Mapped[str] = mapped_column(String(200))
    discipline: Mapped[Discipline] = mapped_column(default=Discipline.MONO)
    held_on: Mapped[dt.date | None]
    author: Mapped[str | None] = mapped_column(String(120))
    went_well: Mapped[str | None] = mapped_column(Text)
    to_improve: Mapped[str | None] = mapped_column(Text)
    conclusions: Mapped[str | None] = mapped_column(Text)
    status: Mapped[EvaluationStatus] = mapped_column(default=EvaluationStatus.DRAFT)
    finished_on: Mapped[dt.date | None]

    activity: Mapped[Activity | None] = relationship()
    actions: Mapped[list[ImprovementAction]] = relationship(back_populates="evaluation")
    objectives: Mapped[list[EvaluationObjective]] = relationship(
        order_by="EvaluationObjective.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )
    attachments: Mapped[list[EvaluationAttachment]] = relationship(
        order_by="EvaluationAttachment.position",
        cascade="all, delete-orphan",
        passive_deletes=True,
    )


class ClosedPeriod:
    """A past period in which a record was finished: from ``closed_on`` up to the day
    before ``reopened_on``, when it was set back (an evaluation to draft, an action to
    open). The record's own columns hold its state now; this keeps what it was before,
    so a year reprinted later still counts it as finished on its reference date."""

    id: Mapped[int] = mapped_column(primary_key=True)
    closed_on: Mapped[dt.date]
    reopened_on: Mapped[dt.date]

    @classmethod
    def covers_clause(cls, day: dt.date) -> ColumnElement[bool]:
        """Finished on ``day`` in this period."""
        return and_(cls.closed_on <= day, cls.reopened_on > day)


class EvaluationReopening(ClosedPeriod, Base):
    """An evaluation that was final, set back to draft."""

    __tablename__ = "evaluation_reopenings"

    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )


class ActionReopening(ClosedPeriod, Base):
    """An improvement action that was finished, set back to open or in progress."""

    __tablename__ = "action_reopenings"

    action_id: Mapped[int] = mapped_column(
        ForeignKey("improvement_actions.id", ondelete="CASCADE"), index=True
    )


class EvaluationObjective(Base):
    """An exercise objective and how it was met (P/S/M/U). Saved with its evaluation,
    whose version guards concurrent edits."""

    __tablename__ = "evaluation_objectives"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    objective: Mapped[str] = mapped_column(String(500))
    rating: Mapped[Rating]
    note: Mapped[str | None] = mapped_column(Text)


class EvaluationAttachment(Base):
    """A document that belongs to an evaluation, by reference (a path or a web address):
    the region's own evaluation report stays where it is kept."""

    __tablename__ = "evaluation_attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int] = mapped_column(
        ForeignKey("evaluations.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    reference: Mapped[str] = mapped_column(String(1000))


class ImprovementAction(Versioned, Base):
    __tablename__ = "improvement_actions"

    id: Mapped[int] = mapped_column(primary_key=True)
    evaluation_id: Mapped[int | None] = mapped_column(
        ForeignKey("evaluations.id", ondelete="SET NULL"), index=True
    )
    description: Mapped[str] = mapped_column(Text)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    owner_id: Mapped[int | None] = mapped_column(ForeignKey("people.id"))
    due_date: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN)
    verification: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None]

    evaluation: Mapped[Evaluation | None] = relationship(back_populates="actions")
    unit: Mapped[Unit | None] = relationship()
    owner: Mapped[Person | None] = relationship()
