"""Matching a file's header to the columns an import reads, as HR systems spell them.

A header matches a column ignoring case, spaces, hyphens, underscores and dots, so
``E-mail``, ``e_mail`` and ``EMAIL`` are all ``email``; beyond that, the aliases below
are the names HR and planning systems use for the same thing (README, *Exchange files*).
Keep this table and the README's list the same.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_IGNORED = re.compile(r"[\s\-_.()]+")

#: column -> the other names it is known by (matched after :func:`match_key`).
ALIASES: dict[str, tuple[str, ...]] = {
    "personeelsnummer": (
        "personeelsnr",
        "persnr",
        "personeelsnummer medewerker",
        "medewerkernummer",
        "medewerkersnummer",
        "werknemernummer",
        "werknemersnummer",
    ),
    "voornaam": ("roepnaam",),
    "tussenvoegsel": ("tussenvoegsels", "voorvoegsel", "voorvoegsels"),
    "achternaam": (
        "achternaam met tussenvoegsel",
        "achternaam incl tussenvoegsel",
        "achternaam inclusief tussenvoegsel",
        "achternaam (met tussenvoegsel)",
        "achternaam en tussenvoegsel",
        "tussenvoegsel en achternaam",
        "tussenvoegsel achternaam",
        "familienaam",
    ),
    "email": ("e-mail", "e-mailadres", "emailadres", "mailadres", "e-mail werk", "mail"),
    "telefoon": ("telefoonnummer", "telefoonnr", "tel", "telnr", "tel nr"),
    "afdeling": ("afdeling/team", "afdeling / team", "team", "organisatieonderdeel"),
    "actief": ("in dienst",),
    "uit_dienst": ("uit dienst", "uitdienstdatum", "datum uit dienst", "einde dienstverband"),
    "onderdeel": ("deelproces", "onderdeelcode", "code onderdeel"),
    "rol": ("crisisrol", "crisisfunctie"),
    "type": ("soort rol", "primair/plaatsvervanger"),
    "startdatum": ("begindatum", "ingangsdatum", "datum in rol"),
    "einddatum": ("datum einde", "einde rol"),
    "activiteit": ("activiteitnummer", "activiteitcode", "activiteit id", "activiteitsleutel"),
    "titel": ("naam activiteit", "activiteitnaam", "omschrijving"),
    "onderdelen": ("deelprocessen",),
    "aanwezigheid": ("presentie", "aanwezig"),
    "uren": ("aantal uren", "studie-uren"),
}


def match_key(header: object) -> str:
    """The header as compared: lower case, without spaces, hyphens, underscores, dots."""
    return _IGNORED.sub("", str(header or "").lower())


def resolver(columns: Iterable[str]) -> dict[str, str]:
    """match key -> column, for the columns one import (or sheet) reads."""
    found: dict[str, str] = {}
    for column in columns:
        found[match_key(column)] = column
        for alias in ALIASES.get(column, ()):
            found.setdefault(match_key(alias), column)
    return found


def display(header: object) -> str:
    """A header as the file shows it, spaces tidied, for messages."""
    return " ".join(str(header or "").split())
