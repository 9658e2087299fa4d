"""Reading an exchange file (CSV or XLSX) as a header and numbered rows of text.

CSV: UTF-8 with or without BOM, separator ``;`` or ``,`` (detected from the header).
XLSX: the first sheet, formulas as their last computed value. Header names are
matched case-insensitively with surrounding spaces ignored. Line numbers are as
Excel or an editor shows them: the header is line 1.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from oto_app.errors import ValidationError

SUPPORTED = (".csv", ".xlsx")


@dataclass(frozen=True)
class Table:
    path: Path
    columns: list[str]  #: normalised header names, in file order
    rows: list[tuple[int, dict[str, str]]]  #: (line number, column -> stripped text)

    @property
    def name(self) -> str:
        return self.path.name


def normalise(name: object) -> str:
    return " ".join(str(name or "").split()).lower()


def read_table(path: Path) -> Table:
    """The file's header and rows, or a ValidationError saying why it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValidationError("file_type", file=path.name, suffix=suffix or "(geen)")
    if not path.is_file():
        raise ValidationError("file_missing", file=str(path))
    lines = _read_csv(path) if suffix == ".csv" else _read_xlsx(path)
    header = next(lines, None)
    if header is None or not any(cell.strip() for cell in header[1]):
        raise ValidationError("file_empty", file=path.name)
    columns = [normalise(cell) for cell in header[1]]
    rows = []
    for number, cells in lines:
        if not any(cell.strip() for cell in cells):
            continue  # blank lines (Excel leaves them) are no data
        rows.append(
            (
                number,
                {c: cells[i].strip() if i < len(cells) else "" for i, c in enumerate(columns) if c},
            )
        )
    if not rows:
        raise ValidationError("file_header_only", file=path.name)
    return Table(path, [c for c in columns if c], rows)


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ValidationError("file_not_utf8", file=path.name, line=line) from None
    if "\x00" in text:
        raise ValidationError("file_binary", file=path.name)
    first_line = text.split("\n", 1)[0]
    separator = ";" if first_line.count(";") >= first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
    try:
        for cells in reader:
            yield reader.line_num, cells
    except csv.Error as error:
        raise ValidationError(
            "file_bad_csv", file=path.name, line=reader.line_num, detail=str(error)
        ) from None


def _read_xlsx(path: Path) -> Iterator[tuple[int, list[str]]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as error:
        raise ValidationError(
            "file_bad_xlsx", file=path.name, detail=type(error).__name__
        ) from None
    try:
        sheet = workbook.worksheets[0]
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [_cell_text(v) for v in values]
    finally:
        workbook.close()


def _cell_text(value: object) -> str:
    """A cell as the text a user sees: dates as dd-mm-jjjj, whole numbers without .0."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
