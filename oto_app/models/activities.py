"""OTO activities (courses, trainings, exercises, deployments) and who took part."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, Float, ForeignKey, Index, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oto_app.models.base import Base, Versioned
from oto_app.models.enums import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    ExerciseForm,
    ExerciseLevel,
    Organiser,
)
from oto_app.models.organisation import Course, Unit
from oto_app.models.staff import Person

#: The units an activity exercises or trains (N2 counts exercises per unit).
activity_units = Table(
    "activity_units",
    Base.metadata,
    Column("activity_id", ForeignKey("activities.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id"), primary_key=True, index=True),
)


class Activity(Versioned, Base):
    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_date_status", "date", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    #: The key in the exchange files (the regional system's id) where it came from an import.
    exchange_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    kind: Mapped[ActivityKind]
    level: Mapped[ExerciseLevel | None]
    form: Mapped[ExerciseForm | None]
    scenario: Mapped[str | None] = mapped_column(String(120))
    date: Mapped[dt.date]
    place: Mapped[str | None] = mapped_column(String(200))
    organiser: Mapped[Organiser] = mapped_column(default=Organiser.MUNICIPAL)
    status: Mapped[ActivityStatus] = mapped_column(default=ActivityStatus.PLANNED)
    hours: Mapped[float | None] = mapped_column(Float)
    description: Mapped[str | None] = mapped_column(Text)
    #: For a course (opleiding): which course of the catalogue this was an edition of.
    course_id: Mapped[int | None] = mapped_column(ForeignKey("courses.id"), index=True)

    course: Mapped[Course | None] = relationship()
    units: Mapped[list[Unit]] = relationship(secondary=activity_units, order_by="Unit.position")
    participations: Mapped[list[Participation]] = relationship(
        back_populates="activity", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def key(self) -> str:
        """The activity key of the compliance JSON: the exchange key, else the id."""
        return self.exchange_key or str(self.id)


class Participation(Versioned, Base):
    __tablename__ = "participations"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(default=AttendanceStatus.PRESENT)
    role_played: Mapped[str | None] = mapped_column(String(120))
    hours: Mapped[float | None] = mapped_column(Float)

    activity: Mapped[Activity] = relationship(back_populates="participations")
    person: Mapped[Person] = relationship()
