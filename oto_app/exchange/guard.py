"""Formula injection: no cell we write is run by the spreadsheet that opens it.

Excel and LibreOffice treat a CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` (or a
tab or carriage return before one) as a formula: ``=HYPERLINK(...)`` becomes a link,
``+cmd|' /C calc'!A0`` runs a program. As OWASP advises, such a cell gets a leading
``'``, which the spreadsheet shows as text. Our imports take that ``'`` off again, so a
file we wrote reads back to exactly what was stored (a value that itself starts with
``'`` and then a formula character gets one ``'`` more). XLSX cells are written as text
cells (:mod:`oto_app.exchange.export`), never as formulas, and need no prefix.
"""

from __future__ import annotations

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def needs_guard(value: str) -> bool:
    """True for a value a spreadsheet could run, or one that reads like a guarded one."""
    return value.lstrip("'").startswith(_TRIGGERS)


def guard(value: str) -> str:
    """The cell to write for ``value`` in a CSV file."""
    return "'" + value if needs_guard(value) else value


def unguard(value: str) -> str:
    """The value a CSV cell written by :func:`guard` stands for."""
    return value[1:] if value.startswith("'") and needs_guard(value[1:]) else value
