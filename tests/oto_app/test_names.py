"""Dutch names: tussenvoegsels in place for display, ignored for sorting."""

from __future__ import annotations

import pytest

from oto_app.names import Matches, display_name, match_name, sort_key, split_surname


@pytest.mark.parametrize(
    ("surname", "parts"),
    [
        ("de Vries", ("de", "Vries")),
        ("van der Meer", ("van der", "Meer")),
        ("van 't Hof", ("van 't", "Hof")),
        ("ter  Horst", ("ter", "Horst")),
        ("Bakker", ("", "Bakker")),
        ("Vandermeer", ("", "Vandermeer")),
        ("de", ("", "de")),
    ],
)
def test_split_surname(surname: str, parts: tuple[str, str]) -> None:
    assert split_surname(surname) == parts


def test_display_and_sort() -> None:
    assert display_name("Anna", "de", "Vries") == "Anna de Vries"
    assert display_name("Bram", "", "Bakker") == "Bram Bakker"
    names = [("Anna", "de", "Vries"), ("Émile", "", "Visser"), ("Bram", "van", "Dam")]
    ordered = sorted(names, key=lambda n: sort_key(*n))
    assert [display_name(*n) for n in ordered] == ["Bram van Dam", "Émile Visser", "Anna de Vries"]


def test_exact_matches_come_apart_from_part_matches() -> None:
    people = [
        ("10059", "Wietske de Boer"),
        ("10073", "Jan Nijboer"),
        ("10064", "Carla de Boer"),
        ("10087", "Jan van Dam"),
    ]
    assert match_name("boer", people) == Matches([0, 2], [1])
    assert match_name("de Boer", people) == Matches([0, 2], [])
    assert match_name("Carla de Boer", people) == Matches([2], [])
    assert match_name("10073", people) == Matches([1], [])
    assert match_name("100", people) == Matches([], [0, 1, 2, 3])  # the start of a number
    assert match_name("jan", people) == Matches([], [1, 3])
    assert match_name("  ", people) == Matches([], [])
