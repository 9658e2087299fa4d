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


#: The plausible span of a date typed or imported: an activity from 2000, any other date
#: (a start date, a review) from 1950; nothing more than ten years ahead.
EARLIEST_ACTIVITY = dt.date(2000, 1, 1)
EARLIEST = dt.date(1950, 1, 1)
YEARS_AHEAD = 10
_SEPARATORS = "-/. "


def parse_typed_date(text: str, on: dt.date | None = None) -> dt.date:
    """A date as people type it in a field: ``26-11-2026``, ``26112026``, ``26-11-26``,
    ``261126``, ``26/11/2026``, ``26.11.2026`` or ``2026-11-26``; ValueError otherwise.

    A two-digit year is this century's, unless that is more than 50 years ahead.
    """
    cleaned = text.strip()
    for mark in _SEPARATORS[1:]:
        cleaned = cleaned.replace(mark, "-")
    parts = [p for p in cleaned.split("-") if p]
    if len(parts) == 1 and parts[0].isdigit() and len(parts[0]) in (6, 8):
        digits = parts[0]
        parts = [digits[:2], digits[2:4], digits[4:]]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise ValueError(text)
    if len(parts[0]) == 4:
        return parse_date("-".join(parts))
    day, month, year = parts
    if len(year) == 2:
        century = ((on or dt.date.today()).year // 100) * 100
        full = century + int(year)
        year = str(full - 100 if full > (on or dt.date.today()).year + 50 else full)
    if len(day) > 2 or len(month) > 2 or len(year) != 4:
        raise ValueError(text)
    return dt.date(int(year), int(month), int(day))


def plausible_span(activity: bool = False, on: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """The first and last date accepted: from 2000 (an activity) or 1950 (any other date)
    to ten years after ``on`` (today)."""
    return (EARLIEST_ACTIVITY if activity else EARLIEST), add_years(
        on or dt.date.today(), YEARS_AHEAD
    )


def is_plausible(day: dt.date, activity: bool = False, on: dt.date | None = None) -> bool:
    first, last = plausible_span(activity, on)
    return first <= day <= last


def today() -> dt.date:
    return dt.date.today()


def add_years(day: dt.date, years: int) -> dt.date:
    """The same day ``years`` later (or earlier, when negative); 29 February becomes the 28th."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
