"""Who uses OTO and in which role, and the audit trail of every change they make."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from oto_app.models.base import Base, Versioned
from oto_app.models.enums import UserRole
from oto_app.models.organisation import Unit

user_units = Table(
    "user_units",
    Base.metadata,
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("unit_id", ForeignKey("units.id", ondelete="CASCADE"), primary_key=True),
)


class User(Versioned, Base):
    """An operating-system login name mapped to a role (and, for a process lead, units)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[UserRole]
    units: Mapped[list[Unit]] = relationship(secondary=user_units, order_by=Unit.position)


class AuditEntry(Base):
    """One insert, update or delete: who, when, which record, old and new values (JSON).

    Written in the same transaction as the change it describes, never changed afterwards.
    ``hash`` chains it to the entry before it (:mod:`oto_app.chain`): a digest of its
    content, salted with ``salt``, and the previous entry's hash. An anonymisation (AVG)
    blanks ``old``/``new`` and the salt, and keeps their digests in ``scrubbed``.
    """

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime]
    login: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(10))  #: insert, update, delete
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(64))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    salt: Mapped[str | None] = mapped_column(String(32))
    hash: Mapped[str | None] = mapped_column(String(64))
    scrubbed: Mapped[str | None] = mapped_column(String(129))  #: "old digest:new digest"
