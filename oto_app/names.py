"""Dutch personal names: tussenvoegsels shown in place, ignored for sorting."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from typing import NamedTuple

#: Longest first, so "van der" wins over "van".
INFIXES = sorted(
    [
        "van der",
        "van den",
        "van de",
        "van het",
        "van 't",
        "in 't",
        "in het",
        "op de",
        "op den",
        "uit de",
        "uit den",
        "aan de",
        "bij de",
        "de la",
        "van",
        "de",
        "der",
        "den",
        "het",
        "'t",
        "ten",
        "ter",
        "te",
        "in",
        "op",
        "la",
        "le",
        "du",
        "da",
        "di",
        "von",
    ],
    key=len,
    reverse=True,
)


def display_name(first: str, infix: str | None, last: str) -> str:
    """``Anna``, ``de``, ``Vries`` -> ``Anna de Vries``."""
    if not infix:  # the common case, kept quick for lists of many thousands
        return f"{first} {last}".strip()
    return " ".join(part for part in (first.strip(), (infix or "").strip(), last.strip()) if part)


def fold(text: str) -> str:
    """Lower case without accents: ``Renée`` -> ``renee``."""
    if text.isascii():  # most names: nothing to take off (a region imports 100,000)
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def sort_key(first: str, infix: str | None, last: str) -> str:
    """Case- and accent-insensitive key that sorts by surname without its tussenvoegsel."""
    return sort_keys([(first, infix, last)])[0]


def sort_keys(names: Iterable[tuple[str, str | None, str]]) -> list[str]:
    """:func:`sort_key` of each (first name, infix, surname), at once: a region's import
    gives 100,000, most without an accent (a fifth of the time of writing them, one by
    one)."""
    keys = [
        f"{last.strip()} {first.strip()} {(infix or '').strip()}".strip()
        for first, infix, last in names
    ]
    return list(map(str.casefold if "".join(keys).isascii() else fold, keys))


def split_surname(surname: str) -> tuple[str, str]:
    """``de Vries`` -> (``de``, ``Vries``); a surname without a known infix is kept whole."""
    stripped = " ".join(surname.split())
    if " " not in stripped:  # one word (most surnames): no infix to find
        return "", stripped
    lowered = stripped.lower()
    for infix in INFIXES:
        if lowered.startswith(infix + " ") and len(stripped) > len(infix) + 1:
            return stripped[: len(infix)], stripped[len(infix) + 1 :]
    return "", stripped


class Matches(NamedTuple):
    """Positions in a list of people: who fits what was typed exactly, and who only in
    part (the part matches leave out the exact ones)."""

    exact: list[int]
    partly: list[int]


def match_name(text: str, people: Sequence[tuple[str, str]]) -> Matches:
    """Who in ``people`` (staff number, display name) ``text`` may mean.

    Exact: the staff number itself, the whole name, or the surname (with or without its
    tussenvoegsel: ``Boer`` and ``de Boer`` are Carla de Boer, not Jan Nijboer). In part:
    every typed word in the name, or the start of the staff number. Whoever chooses
    takes an exact match before a part match.
    """
    typed = text.strip()
    words = fold(typed).split()
    if not words:
        return Matches([], [])
    numbers = [i for i, (number, _name) in enumerate(people) if number == typed]
    exact = numbers or [
        i for i, (_number, name) in enumerate(people) if fold(name).split()[-len(words) :] == words
    ]
    chosen = set(exact)
    partly = [
        i
        for i, (number, name) in enumerate(people)
        if i not in chosen and all(w in fold(name) or number.startswith(w) for w in words)
    ]
    return Matches(exact, partly)
