"""Dates as Dutch users read and type them: ``dd-mm-jjjj`` (ISO accepted too)."""

from __future__ import annotations

import datetime as dt

DUTCH_FORMAT = "%d-%m-%Y"


def format_date(value: dt.date | None) -> str:
    """``23-11-2026``; an empty string for no date."""
    return value.strftime(DUTCH_FORMAT) if value else ""


def parse_date(text: str) -> dt.date:
    """Parse ``dd-mm-jjjj`` or ``jjjj-mm-dd``; raise ValueError otherwise."""
    text = text.strip()
    for fmt in (DUTCH_FORMAT, "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)


def today() -> dt.date:
    return dt.date.today()
