"""Dutch names: tussenvoegsels in place for display, ignored for sorting."""

from __future__ import annotations

import pytest

from oto_app.names import display_name, sort_key, split_surname


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
