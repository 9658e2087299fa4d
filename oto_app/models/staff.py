"""Staff and their role assignments (history kept: an assignment is ended, never rewritten)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    CheckConstraint,
    ColumnElement,
    ForeignKey,
    Index,
    String,
    Text,
    and_,
    event,
    or_,
)
from sqlalchemy.orm import Mapped, QueryableAttribute, mapped_column, relationship

from oto_app.models.base import Base, Versioned
from oto_app.models.enums import AssignmentKind, ExemptionKind
from oto_app.models.organisation import Role, Unit
from oto_app.names import display_name, sort_key


class Person(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    staff_number: Mapped[str] = mapped_column(String(32), unique=True)
    first_name: Mapped[str] = mapped_column(String(80))
    infix: Mapped[str] = mapped_column(String(30), default="")
    last_name: Mapped[str] = mapped_column(String(120))
    #: "vries anna de": makes "Anna de Vries" sort under V, in SQL.
    sort_name: Mapped[str] = mapped_column(String(240), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(40))
    department: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(default=True)
    left_on: Mapped[dt.date | None]

    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="person", order_by="Assignment.start_date"
    )

    @property
    def name(self) -> str:
        return display_name(self.first_name, self.infix, self.last_name)

    def refresh_sort_name(self) -> None:
        self.sort_name = sort_key(self.first_name, self.infix, self.last_name)


class Assignment(Versioned, Base):
    __tablename__ = "assignments"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
        Index("ix_assignments_unit_role", "unit_id", "role_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id"))
    kind: Mapped[AssignmentKind] = mapped_column(default=AssignmentKind.PRIMARY)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]

    person: Mapped[Person] = relationship(back_populates="assignments")
    unit: Mapped[Unit] = relationship()
    role: Mapped[Role] = relationship()

    def active_on(self, day: dt.date) -> bool:
        """Active from its start date up to and including its end date."""
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)

    @classmethod
    def active_on_clause(cls, day: dt.date | QueryableAttribute[dt.date]) -> ColumnElement[bool]:
        """The same rule as :meth:`active_on`, as an SQL condition; ``day`` may be a
        column (an activity's date)."""
        return and_(cls.start_date <= day, or_(cls.end_date.is_(None), cls.end_date >= day))


class Exemption(Versioned, Base):
    """A vrijstelling: for a period someone cannot train (long illness, leave, secondment).

    On a reference date inside it the person's N1 status is *vrijgesteld*: in scope,
    counted apart, not trained for N5. The period runs from ``start_date`` up to and
    including ``end_date`` (None: until further notice)."""

    __tablename__ = "exemptions"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="end_after_start"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ExemptionKind]
    reason: Mapped[str] = mapped_column(Text)
    start_date: Mapped[dt.date]
    end_date: Mapped[dt.date | None]

    person: Mapped[Person] = relationship()

    @classmethod
    def covers_clause(cls, day: dt.date | QueryableAttribute[dt.date]) -> ColumnElement[bool]:
        """Exempt on ``day`` (a date, or a column such as an activity's date)."""
        return and_(cls.start_date <= day, or_(cls.end_date.is_(None), cls.end_date >= day))


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _keep_sort_name(_mapper: object, _connection: object, person: Person) -> None:
    person.refresh_sort_name()
