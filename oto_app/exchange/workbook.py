"""Opening and writing .xlsx workbooks safely.

Opening: an .xlsx is a zip of XML files. Before openpyxl reads one, every member's
unpacked size (which Python's zipfile enforces: a member that unpacks to more than it
declares fails its check) is compared with an absolute limit and with its compressed
size: a workbook of names and dates compresses about 10-16 times (measured: README,
*Exchange files*), a zip bomb a thousand times. So a 400 KB file that would unpack to
gigabytes is refused before a byte of it is parsed, and memory stays bounded.

Writing: every cell is a text, number or date cell, never a formula, whatever the
text starts with (formula injection, see :mod:`oto_app.exchange.guard`); a text that
looks like a formula also gets Excel's quote prefix, so editing the cell keeps it text.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from oto_app.errors import ValidationError
from oto_app.exchange.guard import needs_guard

if TYPE_CHECKING:
    from openpyxl import Workbook

#: No member of a workbook may unpack to more than this many bytes: the bench's whole
#: region (100,000 people, 935,000 attendance rows) is 300 MB, its largest sheet 226 MB
#: (bench/xlsx_sizes.py).
MAX_MEMBER = 1_000_000_000
#: All members together.
MAX_TOTAL = 3_000_000_000
#: Unpacked / packed size, for members above RATIO_FROM bytes.
MAX_RATIO = 100
RATIO_FROM = 1_000_000


def check_zip(path: Path) -> None:
    """Refuse a workbook whose members unpack beyond what real data does."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except zipfile.BadZipFile:  # not a workbook at all (a renamed file): no Python word
        raise ValidationError("file_not_xlsx", file=path.name) from None
    except (OSError, ValueError) as error:
        raise ValidationError(
            "file_bad_xlsx", file=path.name, detail=type(error).__name__
        ) from None
    total = 0
    for member in members:
        size, packed = member.file_size, max(member.compress_size, 1)
        total += size
        if (
            size > MAX_MEMBER
            or total > MAX_TOTAL
            or (size > RATIO_FROM and size / packed > MAX_RATIO)
        ):
            raise ValidationError(
                "file_xlsx_bomb",
                file=path.name,
                member=member.filename,
                packed=_megabytes(packed),
                size=_megabytes(size),
            )


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f}".replace(".", ",")


def open_checked(path: Path) -> Any:
    """The workbook, read-only with computed values, after :func:`check_zip`."""
    from openpyxl import load_workbook

    check_zip(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise ValidationError(
            "file_bad_xlsx", file=path.name, detail=type(error).__name__
        ) from None


def uncomputed(worksheet: Any, path: Path) -> str | None:
    """The first cell of a sheet holding a formula Excel never calculated (a workbook made
    by a script), else None. Opened with its computed values, such a cell reads as empty:
    an e-mail column of ``=LOWER(B2)&"@gemeente.nl"`` would import as no addresses at all.
    Looked at once per file: a byte search first, as most sheets hold no formula."""
    stat = path.stat()
    return _uncomputed(str(path), worksheet._worksheet_path, stat.st_mtime_ns, stat.st_size)


FORMULA, VALUE, CELL = (
    f"{{http://schemas.openxmlformats.org/spreadsheetml/2006/main}}{tag}" for tag in "fvc"
)


@lru_cache(maxsize=8)
def _uncomputed(path: str, member: str, _mtime: int, _size: int) -> str | None:
    from openpyxl.xml.functions import iterparse

    with zipfile.ZipFile(path) as archive:
        with archive.open(member) as raw:
            seen, tail = False, b""
            while not seen and (block := raw.read(1 << 20)):
                seen, tail = b"<f" in tail + block, block[-1:]
        if not seen:  # no element starting with f: no formula (a few others also match)
            return None
        with archive.open(member) as raw:
            for _event, element in iterparse(raw):
                if element.tag == CELL:
                    if element.find(FORMULA) is not None and not _computed(element):
                        return str(element.get("r") or "")
                    element.clear()
    return None


def _computed(cell: Any) -> bool:
    """Does a formula's cell hold its result? A result is never empty but a text's (Excel
    writes ``t="str"`` with an empty ``<v>``); a program leaves no ``<v>``, or an empty one."""
    value = cell.find(VALUE)
    return value is not None and (bool(value.text) or cell.get("t") == "str")


def text_cells(sheet: Any, values: Sequence[object]) -> list[Any]:
    """Write-only cells for ``values``: texts as text, never a formula."""
    from openpyxl.cell import WriteOnlyCell

    cells = []
    for value in values:
        cell = WriteOnlyCell(sheet, value=value)
        if isinstance(value, str):
            cell.data_type = "s"  # openpyxl makes "=..." a formula otherwise
            if needs_guard(value):
                cell.quotePrefix = True
        cells.append(cell)
    return cells


def new_workbook() -> Workbook:
    from openpyxl import Workbook

    return Workbook(write_only=True)
