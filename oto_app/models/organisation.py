"""The crisis organisation: units (deelprocessen and teams) and the roles held in them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oto_app.models.base import Base, Versioned
from oto_app.models.enums import UnitKind

#: The roles a unit's formation has; N5 checks the key roles among them.
unit_roles = Table(
    "unit_roles",
    Base.metadata,
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
    Column("role_id", ForeignKey("roles.id", ondelete="CASCADE"), primary_key=True),
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
    plan_reviewed_on: Mapped[dt.date | None]

    roles: Mapped[list[Role]] = relationship(secondary=unit_roles, order_by="Role.name")


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
