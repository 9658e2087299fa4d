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
    except (zipfile.BadZipFile, OSError, ValueError) as error:
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
