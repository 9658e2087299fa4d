"""Dates as Dutch users read and type them: ``dd-mm-jjjj`` (ISO accepted too)."""

from __future__ import annotations

import datetime as dt

DUTCH_FORMAT = "%d-%m-%Y"


def format_date(value: dt.date | None) -> str:
    """``23-11-2026``; an empty string for no date."""
    return value.strftime(DUTCH_FORMAT) if value else ""


def parse_date(text: str) -> dt.date:
    """Parse ``dd-mm-jjjj`` (``d-m-jjjj`` too) or ``jjjj-mm-dd``; raise ValueError otherwise.

    Split by hand rather than strptime: an import parses a date per row.
    """
    if len(text) == 10 and text[2] == text[5] == "-" and text.replace("-", "").isdigit():
        return dt.date(int(text[6:]), int(text[3:5]), int(text[:2]))  # dd-mm-jjjj, the usual
    parts = text.strip().split("-")
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    if len(parts[0]) == 4 and len(parts[1]) <= 2 and len(parts[2]) <= 2:
        year, month, day = parts
    elif len(parts[2]) == 4 and len(parts[0]) <= 2 and len(parts[1]) <= 2:
        day, month, year = parts
    else:
        raise ValueError(text)
    return dt.date(int(year), int(month), int(day))


def today() -> dt.date:
    return dt.date.today()


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (or earlier, when negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
