"""argparse's own messages in Dutch, and the checked types of the command line's arguments.

argparse words its usage errors and help headings through the module-level names ``_`` and
``ngettext`` (gettext), looked up when a message is made. The gettext way to translate them is
a compiled catalogue for the interpreter's default domain, chosen by the LANGUAGE variable;
for a dozen strings, replacing those two names with a look-up in the table below does the same,
always in Dutch (the command line speaks Dutch like the rest of OTO). :func:`install` is called
by ``oto_app.cli.main`` before it builds the parser.
"""

from __future__ import annotations

import argparse
import datetime as dt

DUTCH = {
    "usage: ": "gebruik: ",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "the following arguments are required: %s": "deze argumenten zijn verplicht: %s",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": (
        "optie %(option)s is niet eenduidig: %(matches)s"
    ),
    "not allowed with argument %s": "niet samen met argument %s",
    "one of the arguments %s is required": "een van de argumenten %s is verplicht",
    "ignored explicit argument %r": "overbodige waarde %r",
    "can't open '%(filename)s': %(error)s": "kan '%(filename)s' niet openen: %(error)s",
}

# A year far outside what a crisis organisation's records hold is a typing error (20255),
# and beyond 1-9999 Python's dates cannot even represent it: refused as wrong usage.
FIRST_YEAR = 1950
YEARS_AHEAD = 10


def _dutch(message: str) -> str:
    return DUTCH.get(message, message)


def _dutch_plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "verwacht %s waarde" if count == 1 else "verwacht %s waarden"
    return singular if count == 1 else plural


def install() -> None:
    """Let argparse speak Dutch (idempotent)."""
    argparse._ = _dutch  # type: ignore[attr-defined]
    argparse.ngettext = _dutch_plural  # type: ignore[attr-defined]


def year(text: str) -> int:
    """The type of every ``--year``: a whole number within the years OTO can hold."""
    last = dt.date.today().year + YEARS_AHEAD
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is geen jaartal") from None
    if not FIRST_YEAR <= value <= last:
        raise argparse.ArgumentTypeError(f"{value} ligt niet tussen {FIRST_YEAR} en {last}")
    return value
