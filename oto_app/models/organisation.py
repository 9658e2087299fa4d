"""The crisis organisation: units (deelprocessen and teams) and the roles held in them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Column,
    ColumnElement,
    Date,
    ForeignKey,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    or_,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oto_app.models.base import Base, Versioned
from oto_app.models.enums import UnitKind

#: The roles a unit's formation has; N5 checks the key roles among them. ``since``: the
#: first day the role was part of it (None: always, as for the default formations).
unit_roles = Table(
    "unit_roles",
    Base.metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
    Column("since", Date, nullable=True),
)


class Unit(Versioned, Base):
    __tablename__ = "units"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(16), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[UnitKind]
    active: Mapped[bool] = mapped_column(default=True)
    position: Mapped[int] = mapped_column(default=0)
    plan_note: Mapped[str | None] = mapped_column(String(200))
    #: The day the unit was retired (``active`` false). It still counts on every day
    #: before; None with ``active`` false: retired before dates were kept.
    retired_on: Mapped[dt.date | None]
    #: The first day the unit counts (a unit added later is not in earlier years); None:
    #: it always existed (the default units, and units from before this was kept).
    established_on: Mapped[dt.date | None]

    roles: Mapped[list[Role]] = relationship(secondary=unit_roles, order_by="Role.name")
    earlier: Mapped[list[UnitTerm]] = relationship(
        back_populates="unit", order_by="UnitTerm.until", cascade="all, delete-orphan"
    )
    reviews: Mapped[list[PlanReview]] = relationship(
        back_populates="unit", order_by="PlanReview.reviewed_on", cascade="all, delete-orphan"
    )

    @classmethod
    def in_service_clause(cls, day: dt.date) -> ColumnElement[bool]:
        """The units that counted on ``day``: established by then, and active now or
        retired after ``day``."""
        return and_(
            or_(cls.established_on.is_(None), cls.established_on <= day),
            or_(cls.active.is_(True), cls.retired_on > day),
        )

    def last_review(self, day: dt.date) -> dt.date | None:
        """The last review of the deelplan on or before ``day``."""
        dates = [r.reviewed_on for r in self.reviews if r.reviewed_on <= day]
        return max(dates) if dates else None


class PlanReview(Versioned, Base):
    """A dated review of a unit's deelplan: the history N7 reads for any reference date."""

    __tablename__ = "plan_reviews"
    __table_args__ = (UniqueConstraint("unit_id", "reviewed_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    reviewed_on: Mapped[dt.date]
    note: Mapped[str | None] = mapped_column(String(200))

    unit: Mapped[Unit] = relationship(back_populates="reviews")


class UnitTerm(Base):
    """What a unit was called up to and including ``until``: its code and name before a
    rename. The unit's own columns hold what it is called now; a year's figures name it
    as it was called on the reference date (the first term ending on or after it)."""

    __tablename__ = "unit_terms"
    __table_args__ = (UniqueConstraint("unit_id", "until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), index=True)
    until: Mapped[dt.date]
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(120))

    unit: Mapped[Unit] = relationship(back_populates="earlier")


#: The courses a role requires (course validity, beyond the yearly norm).
role_courses = Table(
    "role_courses",
    Base.metadata,
    Column("role_id", ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
    Column("course_id", ForeignKey("courses.id", ondelete="CASCADE"), primary_key=True),
)


class Course(Versioned, Base):
    """A course in the catalogue; a held activity of kind opleiding can be an edition of it."""

    __tablename__ = "courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    #: How long a completed course counts; None: it never expires.
    validity_years: Mapped[int | None]
    description: Mapped[str | None] = mapped_column(Text)


class Role(Versioned, Base):
    __tablename__ = "roles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    is_key: Mapped[bool] = mapped_column(default=False)
    min_activities: Mapped[int] = mapped_column(default=1)
    description: Mapped[str | None] = mapped_column(Text)

    courses: Mapped[list[Course]] = relationship(secondary=role_courses, order_by="Course.name")
    earlier: Mapped[list[RoleTerm]] = relationship(
        back_populates="role", order_by="RoleTerm.until", cascade="all, delete-orphan"
    )


class RoleTerm(Base):
    """What a role asked up to and including ``until``: its key-role flag, per-person
    minimum and name before a change. The role's own columns hold what it asks now; the
    norms for a reference date use the first term ending on or after it, else the role
    itself."""

    __tablename__ = "role_terms"
    __table_args__ = (UniqueConstraint("role_id", "until"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    role_id: Mapped[int] = mapped_column(ForeignKey("roles.id", ondelete="CASCADE"), index=True)
    until: Mapped[dt.date]
    is_key: Mapped[bool]
    min_activities: Mapped[int]
    #: None: the name did not change then (terms of before names were kept)
    name: Mapped[str | None] = mapped_column(String(120))

    role: Mapped[Role] = relationship(back_populates="earlier")
