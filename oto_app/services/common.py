"""Helpers the services share: fetching by id, checks on input, optimistic locking."""

from __future__ import annotations

import re
from typing import TypeVar

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from oto_app import messages
from oto_app.errors import ConcurrentEditError, NotFoundError, ValidationError

T = TypeVar("T")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


def fetch(session: Session, model: type[T], ident: int, error_key: str) -> T:
    """The record with primary key ``ident`` or a NotFoundError with ``error_key``."""
    found = session.get(model, ident)
    if found is None:
        raise NotFoundError(error_key, ref=ident)
    return found


def required(value: str | None, field_key: str, max_length: int) -> str:
    """Stripped text; refused when empty or longer than the column allows."""
    cleaned = (value or "").strip()
    if not cleaned:
        raise ValidationError("required", field=field_key, label=messages.text(field_key))
    return limited(cleaned, field_key, max_length) or ""


def limited(value: str | None, field_key: str, max_length: int) -> str | None:
    """Stripped optional text (None when empty); refused when too long."""
    cleaned = (value or "").strip()
    if len(cleaned) > max_length:
        raise ValidationError(
            "too_long", field=field_key, label=messages.text(field_key), max=max_length
        )
    return cleaned or None


def is_email(text: str) -> bool:
    return _EMAIL.match(text) is not None


def email(value: str | None) -> str | None:
    cleaned = limited(value, "field_email", 254)
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
