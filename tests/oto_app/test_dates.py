"""Dates as Dutch users type them."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.dates import format_date, parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("23-11-2026", dt.date(2026, 11, 23)),
        ("2026-11-23", dt.date(2026, 11, 23)),
        (" 1-2-2025 ", dt.date(2025, 2, 1)),
        ("29-02-2024", dt.date(2024, 2, 29)),
    ],
)
def test_accepted(text: str, day: dt.date) -> None:
    assert parse_date(text) == day


@pytest.mark.parametrize(
    "text",
    [
        "31-02-2025",
        "2025/01/01",
        "1-1-25",
        "",
        "morgen",
        "29-02-2025",
        "12-2025-01",
        "00-01-2025",
        "+1-01-2025",
    ],
)
def test_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_date(text)


def test_format() -> None:
    assert format_date(dt.date(2026, 3, 4)) == "04-03-2026"
    assert format_date(None) == ""
