"""Dates as Dutch users type them."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.dates import format_date, is_plausible, parse_date, parse_typed_date


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


ON = dt.date(2026, 11, 15)


@pytest.mark.parametrize(
    "text",
    [
        "26-11-2026",
        "26112026",
        "26-11-26",
        "261126",
        "26/11/2026",
        "26.11.2026",
        "2026-11-26",
        " 26-11-2026 ",
    ],
)
def test_a_date_field_reads_what_people_type(text: str) -> None:
    assert parse_typed_date(text, ON) == dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "text", ["", "2611", "26-11", "31-02-2026", "26-13-2026", "abc", "2611202"]
)
def test_a_date_field_refuses_what_is_no_date(text: str) -> None:
    with pytest.raises(ValueError):
        parse_typed_date(text, ON)


def test_two_digit_years_belong_to_the_nearest_century() -> None:
    assert parse_typed_date("01-01-70", ON) == dt.date(2070, 1, 1)
    assert parse_typed_date("01-01-80", ON) == dt.date(1980, 1, 1)


def test_the_plausible_span_of_a_date() -> None:
    today = dt.date.today()
    assert is_plausible(dt.date(1950, 1, 1)) and not is_plausible(dt.date(1949, 12, 31))
    assert not is_plausible(dt.date(1999, 12, 31), activity=True)
    assert is_plausible(dt.date(2000, 1, 1), activity=True)
    assert is_plausible(today.replace(year=today.year + 10) - dt.timedelta(days=1))
    assert not is_plausible(dt.date(2611, 12, 1), activity=True)
