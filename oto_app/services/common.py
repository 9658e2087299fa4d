"""Helpers the services share: fetching by id, checks on input, optimistic locking."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import Any, TypeVar

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from oto_app import limits, messages
from oto_app.dates import format_date, is_plausible, plausible_span
from oto_app.errors import ConcurrentEditError, NotFoundError, ValidationError
from oto_app.models import Person

T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def fetch(session: Session, model: type[T], ident: int, error_key: str) -> T:
    """The record with primary key ``ident`` or a NotFoundError with ``error_key``."""
    found = session.get(model, ident)
    if found is None:
        raise NotFoundError(error_key, ref=ident)
    return found


Limit = Any  #: a mapped String column (``Person.first_name``) or a number of characters


def required(value: str | None, field_key: str, limit: Limit) -> str:
    """Stripped text; refused when empty, longer than its column allows, or holding NUL or
    invisible characters (:mod:`oto_app.limits`, the same rules as the imports)."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError("required", field=field_key, label=messages.text(field_key))
    return limited(cleaned, field_key, limit) or ""


def limited(value: str | None, field_key: str, limit: Limit) -> str | None:
    """Stripped optional text (None when empty); refused as :func:`required` says."""
    cleaned = (value or "").strip()
    max_length = limit if isinstance(limit, int) else limits.length(limit)
    problem = limits.problem(cleaned, max_length)
    if problem == "text_too_long":
        raise ValidationError(
            "too_long", field=field_key, label=messages.text(field_key), max=max_length
        )
    if problem is not None:
        reason = messages.text(problem, char=limits.bad_character(cleaned))
        raise ValidationError(
            "field_bad_text", field=field_key, label=messages.text(field_key), reason=reason
        )
    return cleaned or None


def plausible_date(
    day: dt.date | None, field: str, label_key: str, activity: bool = False
) -> dt.date | None:
    """``day`` unchanged, or refused when it lies before 2000 (an activity) or 1950, or more
    than ten years ahead: a typing slip such as 01-12-2611 never reaches the database."""
    if day is not None and not is_plausible(day, activity):
        first, last = plausible_span(activity)
        raise ValidationError(
            "date_out_of_span",
            field=field,
            label=messages.text(label_key),
            date=format_date(day),
            first=format_date(first),
            last=format_date(last),
        )
    return day


def is_email(text: str) -> bool:
    return _EMAIL.match(text) is not None


def all_emails(texts: Iterable[str]) -> bool:
    """Is every one of ``texts`` an e-mail address? (An import's column at once.)"""
    return all(map(_EMAIL.match, texts))


def email(value: str | None) -> str | None:
    cleaned = limited(value, "field_email", Person.email)
    if cleaned and not is_email(cleaned):
        raise ValidationError("invalid_email", field="field_email", value=cleaned)
    return cleaned


def check_version(record: object, expected: int | None, what_key: str) -> None:
    """Refuse to save over a record that changed since the caller read ``expected``."""
    if expected is not None and record.version != expected:  # type: ignore[attr-defined]
        raise ConcurrentEditError(
            "stale_record",
            what=messages.text(what_key),
            table=getattr(record, "__tablename__", None),
            record=getattr(record, "id", None),
        )


def flush(session: Session, what_key: str) -> None:
    """Flush now so a concurrent edit surfaces here as a ConcurrentEditError."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise ConcurrentEditError("stale_record", what=messages.text(what_key)) from exc


def hold_write_lock(session: Session) -> None:
    """On SQLite, take the database's write lock now, before a check that an insert relies
    on: another writer waits (the busy timeout) until this transaction ends, so nothing can
    be inserted between the check and the insert. Call it first in the unit of work (a
    transaction that has read already cannot take the lock over newer data). PostgreSQL
    needs no lock: its constraints refuse the second writer."""
    if session.connection().dialect.name == "sqlite":
        session.execute(text("UPDATE assignments SET id = id WHERE 0"))
