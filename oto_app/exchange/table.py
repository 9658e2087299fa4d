"""Reading an exchange file (CSV or XLSX) as a header and numbered rows of text.

CSV: UTF-8 with or without BOM, separator ``;`` or ``,`` (detected from the header).
XLSX: the first sheet, formulas as their last computed value. Header names are
matched case-insensitively with surrounding spaces ignored. Line numbers are as
Excel or an editor shows them: the header is line 1.

Rows are streamed from the file each time :meth:`Table.rows` is iterated, so memory
does not grow with the file: an import keeps only what it parsed from each row.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from oto_app.errors import ValidationError

SUPPORTED = (".csv", ".xlsx")
Row = tuple[int, dict[str, str]]


def normalise(name: object) -> str:
    return " ".join(str(name or "").split()).lower()


@dataclass(frozen=True)
class Table:
    path: Path
    columns: list[str]  #: normalised header names, in file order ("" for an empty header)

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def known_columns(self) -> list[str]:
        return [c for c in self.columns if c]

    def rows(self) -> Iterator[Row]:
        """(line number, column -> stripped text) for every non-blank data row."""
        lines = _lines(self.path)
        next(lines, None)  # the header
        named = [i for i, c in enumerate(self.columns) if c]
        names = [self.columns[i] for i in named]
        width = len(self.columns)
        all_named = len(named) == width
        for number, cells in lines:
            if not "".join(cells).strip():  # Excel leaves blank lines: no data
                continue
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            values = cells if all_named else [cells[i] for i in named]
            yield number, dict(zip(names, map(str.strip, values), strict=False))


def read_table(path: Path) -> Table:
    """The file's header, checked to have data below it; or a ValidationError saying why."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValidationError("file_type", file=path.name, suffix=suffix or "(geen)")
    if not path.is_file():
        raise ValidationError("file_missing", file=str(path))
    lines = _lines(path)
    header = next(lines, None)
    if header is None or not any(cell.strip() for cell in header[1]):
        raise ValidationError("file_empty", file=path.name)
    table = Table(path, [normalise(cell) for cell in header[1]])
    if next(table.rows(), None) is None:
        raise ValidationError("file_header_only", file=path.name)
    return table


def _lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    return _read_csv(path) if path.suffix.lower() == ".csv" else _read_xlsx(path)


def _read_csv(path: Path) -> Iterator[tuple[int, list[str]]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        try:
            first = handle.readline()
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
        separator = ";" if first.count(";") >= first.count(",") else ","
        handle.seek(0)
        if handle.read(1) != "\ufeff":
            handle.seek(0)
        if "\x00" in first:
            raise ValidationError("file_binary", file=path.name)
        reader = csv.reader(handle, delimiter=separator)
        try:
            for cells in reader:
                yield reader.line_num, cells
        except UnicodeDecodeError:
            raise _not_utf8(path) from None
        except csv.Error as error:
            raise ValidationError(
                "file_bad_csv", file=path.name, line=reader.line_num, detail=str(error)
            ) from None


def _not_utf8(path: Path) -> ValidationError:
    """The refusal naming the first line that is not UTF-8 (found line by line)."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return ValidationError("file_not_utf8", file=path.name, line=number)
    return ValidationError("file_not_utf8", file=path.name, line=1)


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
