"""Dutch personal names: tussenvoegsels shown in place, ignored for sorting."""

from __future__ import annotations

import unicodedata

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
    return fold(f"{last.strip()} {first.strip()} {(infix or '').strip()}".strip())


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
