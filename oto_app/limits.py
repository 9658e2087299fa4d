"""What a text field may hold, in one place for forms and imports on both engines.

The maximum length of a field is the size of its database column (``String(n)`` in
``oto_app.models``), read from the model, so a form, an import and PostgreSQL all agree;
SQLite would otherwise store anything. No field holds NUL, other control characters or
invisible ones (zero-width spaces, direction overrides): they hide what is really stored
and break the files that are made from it.
"""

from __future__ import annotations

import re
from typing import Any

#: The most Excel holds in one cell; no cell of any exchange file may be longer.
MAX_CELL = 32_767

_INVISIBLE = (
    "\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u2028-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
)
_SINGLE_LINE = re.compile(f"[\x00-\x1f{_INVISIBLE}]")
#: What a cell to look at more closely may hold: anything forbidden, or a line break (which
#: in a CSV cell of a one-line column means a quote that was never closed).
SUSPECT = _SINGLE_LINE
#: The characters SUSPECT finds that str.isprintable() passes (marks that join or fill)
_PRINTABLE_SUSPECTS = "\u034f\u115f\u1160\u17b4\u17b5"


def suspect_in(text: str) -> bool:
    """Does ``text`` hold a character of SUSPECT? ``str.isprintable`` rules most texts out
    at a quarter of the regular expression's cost (a chunk of an import is 1 MB of text),
    and a character it passes cannot be in a text of Latin letters at all."""
    if text.isprintable() and not any(c in text for c in _PRINTABLE_SUSPECTS):
        return False
    return SUSPECT.search(text) is not None


#: What no field may hold; tabs and line breaks are allowed (a form's one-line field
#: cannot type them, and they are visible where they are shown).
_FORBIDDEN = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f{_INVISIBLE}]")


def length(column: Any) -> int:
    """The size of a mapped ``String(n)`` column (``Person.first_name``); MAX_CELL for Text."""
    sized = getattr(column, "type", None)
    if sized is None:  # an ORM attribute: its column
        sized = column.property.columns[0].type
    return getattr(sized, "length", None) or MAX_CELL


def problem(value: str, max_length: int) -> str | None:
    """The message key of what is wrong with ``value`` (None when nothing is)."""
    if len(value) > max_length:
        return "text_too_long"
    found = _FORBIDDEN.search(value)
    if found is None:
        return None
    return "text_nul" if found.group() == "\x00" else "text_invisible"


def bad_character(value: str) -> str:
    """The first forbidden character of ``value`` as the user can name it: ``U+200B``."""
    found = _FORBIDDEN.search(value)
    return f"U+{ord(found.group()):04X}" if found else ""
