"""Per-year norm numbers (N1-N7) and the few application-wide settings kept in the database."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from oto_app.models.base import Base, Versioned


class YearNorms(Versioned, Base):
    """The adviser's numbers for one calendar year; absent years use the defaults below."""

    __tablename__ = "year_norms"

    year: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    min_activities_per_person: Mapped[int] = mapped_column(default=1)
    new_person_days: Mapped[int] = mapped_column(default=90)
    min_exercises_per_unit: Mapped[int] = mapped_column(default=1)
    min_administrative_exercises: Mapped[int] = mapped_column(default=1)
    evaluation_due_days: Mapped[int] = mapped_column(default=42)
    min_primary: Mapped[int] = mapped_column(default=1)
    min_deputy: Mapped[int] = mapped_column(default=1)
    plan_review_years: Mapped[int] = mapped_column(default=4)


class Setting(Base):
    """A plain key/value setting shared by every workstation (e.g. the municipality's name)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OtoMarker(Base):
    """One row that says "this is an OTO database" (oto_app.marker); SQLite also carries
    it in its header's application_id, which can be read without opening the database."""

    __tablename__ = "oto_marker"

    application: Mapped[str] = mapped_column(String(16), primary_key=True)
