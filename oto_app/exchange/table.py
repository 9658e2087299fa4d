"""Reading an exchange file (CSV or XLSX) as a header and numbered rows of text.

CSV: UTF-8 with or without BOM, separator ``;`` or ``,`` (detected from the header).
XLSX: the first sheet (or a named one), formulas as their last computed value, checked
against unpacking far beyond what real data compresses to before it is read
(:mod:`oto_app.exchange.workbook`). Headers are matched to the columns an import reads
as :mod:`oto_app.exchange.headers` says; a column given twice is refused. Line numbers are
as Excel or an editor shows them: the header is line 1, and a CSV record spanning
several lines has the number of the line it starts on.

Rows are streamed from the file each time :meth:`Table.rows` or :meth:`Table.chunks` is
iterated, 10,000 records at a time, so memory does not grow with the file: an import keeps
only what it parsed from each chunk, and checks a chunk column by column. A cell longer
than Excel allows stops the reading at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice, repeat
from operator import itemgetter
from pathlib import Path
from typing import Any

from oto_app import limits, messages
from oto_app.errors import ImportRefused, RowProblem, ValidationError
from oto_app.exchange import headers as header_names
from oto_app.exchange.guard import unguard
from oto_app.limits import MAX_CELL

SUPPORTED = (".csv", ".xlsx")
Row = tuple[int, dict[str, str]]
Lines = Iterator[tuple[Sequence[int], list[list[str]]]]


@dataclass(frozen=True)
class Table:
    path: Path
    headers: list[str]  #: as the file spells them (spaces tidied), in file order
    columns: list[str]  #: the column each header is ("" for one the import does not read)
    sheet: str | None = None  #: the sheet of a workbook; None: the first
    #: a workbook opened already (:func:`oto_app.exchange.workbook.open_checked`) whose
    #: sheets are read, or None: the file is opened for each reading
    workbook: Any = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        return self.path.name if self.sheet is None else f"{self.path.name}[{self.sheet}]"

    @property
    def known_columns(self) -> list[str]:
        return [c for c in self.columns if c]

    @property
    def unknown_headers(self) -> list[str]:
        """Headers of columns that are not read: nothing in them changes anything."""
        return [h for h, c in zip(self.headers, self.columns, strict=True) if h and not c]

    def rows(self, size: int = 10_000) -> Iterator[Row]:
        """(line number, column -> stripped text) for every non-blank data row, read
        ``size`` rows at a time (:meth:`chunks`)."""
        for chunk in self.chunks(size):
            yield from chunk.rows()

    def chunks(self, size: int = 10_000) -> Iterator[Chunk]:
        """The non-blank data rows, ``size`` at a time, column by column.

        An import checks a column of 10,000 cells at once (:class:`oto_app.exchange.cells.
        Cells`): most columns of a file repeat a few values, and each is read once."""
        named = [(i, c) for i, c in enumerate(self.columns) if c]
        width = len(self.columns)
        csv_file = self.path.suffix.lower() == ".csv"
        batches = _lines(self.path, self.sheet, self.workbook, size)
        for number, (starts, records) in enumerate(batches):
            if number == 0:  # the header
                starts, records = starts[1:], records[1:]
            texts = list(map("".join, records))
            if not all(texts) or any(map(str.isspace, texts)):  # Excel leaves blank lines
                kept = [i for i, text in enumerate(texts) if text and not text.isspace()]
                starts, records = [starts[i] for i in kept], [records[i] for i in kept]
                texts = [texts[i] for i in kept]
            if any(map(width.__ne__, map(len, records))):
                if csv_file:
                    _refuse_short(self.name, starts, records, named)
                # short rows are padded; cells right of the header are not read
                records = [(cells + [""] * (width - len(cells)))[:width] for cells in records]
            if records:
                yield _chunk(list(starts), records, named, csv_file, texts)


def _refuse_short(
    file: str, starts: Sequence[int], records: list[list[str]], named: list[tuple[int, str]]
) -> None:
    """A CSV row that stops before a column the import reads is refused: its missing
    cells would read as empty and empty a person's telephone and department (a trial:
    a row of 5 of the header's 14 cells). A spreadsheet leaves a row's empty cells out,
    a CSV file writes their separators; missing ones mean a broken line or a wrong
    separator. Columns the import does not read may be left off."""
    needed = max((index for index, _column in named), default=-1) + 1
    for line, cells in zip(starts, records, strict=True):
        if len(cells) < needed:
            raise ValidationError(
                "file_short_row", file=file, line=line, cells=len(cells), width=needed
            )


@dataclass(frozen=True)
class Chunk:
    """Consecutive rows of a table: their line numbers, and each read column's cells."""

    lines: list[int]
    columns: dict[str, list[str]]
    #: may a cell hold a character to look at closely (limits.SUSPECT)? False only when
    #: none of the chunk's text does: one search instead of one for each column
    suspect: bool = True
    #: no cell is longer than this: the longest row's text (a column's own longest cell
    #: need not be found when the column's limit is at least this)
    longest: int = sys.maxsize

    def __len__(self) -> int:
        return len(self.lines)

    def get(self, column: str) -> list[str]:
        """The column's cells; empty ones for a column the file does not have."""
        found = self.columns.get(column)
        return found if found is not None else [""] * len(self.lines)

    def subset(self, indices: list[int], columns: Iterable[str] | None = None) -> Chunk:
        """The rows at ``indices`` (of ``columns``, or all)."""
        names = self.columns if columns is None else [c for c in columns if c in self.columns]
        bounds = self.suspect, self.longest  # still bounds for fewer rows and columns
        if len(indices) == len(self.lines):  # every row (indices are ascending, distinct)
            return Chunk(self.lines, {c: self.columns[c] for c in names}, *bounds)
        if not indices:
            return Chunk([], {c: [] for c in names}, *bounds)
        take = taker(indices)
        columns = {c: list(take(self.columns[c])) for c in names}
        return Chunk(list(take(self.lines)), columns, *bounds)

    def rows(self) -> Iterator[Row]:
        names = list(self.columns)
        values = zip(*self.columns.values(), strict=True) if names else repeat(())
        for line, cells in zip(self.lines, values, strict=False):
            yield line, dict(zip(names, cells, strict=True))


def taker(indices: Sequence[int]) -> Callable[[Sequence[Any]], tuple[Any, ...]]:
    """What takes the cells at ``indices`` (one or more) of a column, always as a tuple
    (``itemgetter`` of one index gives the cell bare)."""
    if len(indices) == 1:
        index = indices[0]
        return lambda cells: (cells[index],)
    return itemgetter(*indices)


def _chunk(
    numbers: list[int],
    records: list[list[str]],
    named: list[tuple[int, str]],
    csv_file: bool,
    texts: list[str],
) -> Chunk:
    """The records' read columns, stripped (and unguarded); ``texts`` is each record's
    cells' text, for what holds for every cell (one pass each, not one for each column)."""
    text = "".join(texts)
    by_column = list(zip(*records, strict=True))
    guarded = csv_file and "'" in text  # only a cell with a ' can be guarded
    columns: dict[str, list[str]] = {}
    for index, name in named:
        cells = list(map(str.strip, by_column[index]))
        if guarded and "'" in "".join(cells):
            cells = list(map(unguard, cells))
        columns[name] = cells
    suspect = limits.suspect_in(text)
    return Chunk(numbers, columns, suspect, max(map(len, texts)))


def read_table(
    path: Path,
    known: Iterable[str],
    sheet: str | None = None,
    allow_empty: bool = False,
    workbook: Any = None,
) -> Table:
    """The file's header matched to the ``known`` columns, checked to have data below it
    (unless ``allow_empty``: a sheet of a workbook may be empty); or a ValidationError /
    ImportRefused saying why. ``workbook``: the file opened already, for reading many of
    its sheets (openpyxl reads every sheet through to find its size as it opens a file
    written row by row, so opening it per sheet made ``import all`` grow with the square
    of the workbook)."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise ValidationError("file_type", file=path.name, suffix=suffix or "(geen)")
    if not path.is_file():
        raise ValidationError("file_missing", file=str(path))
    _starts, first = next(_lines(path, sheet, workbook, 1), ((), []))
    header = first[0] if first else []
    if not any(cell.strip() for cell in header):
        raise ValidationError("file_empty", file=path.name)
    shown = [header_names.display(cell) for cell in header]
    table = Table(path, shown, _match(path.name, shown, known), sheet, workbook)
    if not allow_empty and next(table.rows(1), None) is None:
        raise ValidationError("file_header_only", file=table.name)
    return table


def _match(file: str, shown: list[str], known: Iterable[str]) -> list[str]:
    """The column of every header; a column that two headers name is refused."""
    lookup = header_names.resolver(known)
    columns = [lookup.get(header_names.match_key(h), "") if h else "" for h in shown]
    first: dict[str, int] = {}
    problems = []
    for index, column in enumerate(columns):
        if not column:
            continue
        if column in first:
            problems.append(
                RowProblem(
                    file,
                    1,
                    column,
                    messages.text(
                        "column_twice",
                        first=shown[first[column]],
                        first_at=_letter(first[column]),
                        second=shown[index],
                        second_at=_letter(index),
                    ),
                )
            )
        else:
            first[column] = index
    if problems:
        raise ImportRefused(problems)
    return columns


def _letter(index: int) -> str:
    """The spreadsheet letter of a column: 0 -> A, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _lines(path: Path, sheet: str | None = None, workbook: Any = None, size: int = 10_000) -> Lines:
    """The file's records (the header first), up to ``size`` at a time, each with the
    line it starts on."""
    if path.suffix.lower() == ".csv":
        return _read_csv(path, size)
    return _read_xlsx(path, sheet, workbook, size)


def _read_csv(path: Path, size: int) -> Lines:
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
        # strict: a quote opened and never closed at the end of the file, or text after a
        # cell's closing quote, is an error; leniently read, the rest of the last row went
        # into one cell (an address "bert@x.nl;;;ja;;OV;…" was stored, the role dropped)
        reader = csv.reader(handle, delimiter=separator, strict=True)
        read = 0  # the lines read so far
        while True:
            try:
                records = list(islice(reader, size))
            except UnicodeDecodeError:
                raise _not_utf8(path) from None
            except csv.Error as error:
                raise _bad_record(path, separator, str(error)) from None
            if not records:
                return
            if reader.line_num - read == len(records):  # one line each: the usual file
                yield range(read + 1, read + 1 + len(records)), records
            else:
                yield _starts(records, read), records
            read = reader.line_num


def _starts(records: list[list[str]], read: int) -> list[int]:
    """The line each record starts on, after ``read`` lines, for records that span lines
    (a quoted cell with line breaks: each counts as the line break it is)."""
    starts = []
    line = read + 1
    for cells in records:
        starts.append(line)
        line += 1 + sum(c.count("\n") + c.count("\r") - c.count("\r\n") for c in cells)
    return starts


def _bad_record(path: Path, separator: str, error: str) -> ValidationError:
    """The refusal of a record the CSV reader could not read, on the line it starts on."""
    start, end = _failing_record(path, separator)
    if "field larger than field limit" in error:
        return ValidationError("file_cell_huge", file=path.name, line=start, max=MAX_CELL)
    if "unexpected end of data" in error or ("expected after" in error and end > start):
        # a quote that runs to the end of the file, or to a quote on a later line
        return ValidationError("file_quote_open", file=path.name, line=start)
    if "expected after" in error:
        return ValidationError("file_quote_text", file=path.name, line=start)
    return ValidationError("file_bad_csv", file=path.name, line=start, detail=error)


def _failing_record(path: Path, separator: str) -> tuple[int, int]:
    """The lines the record the CSV reader could not read starts and stops on (found
    record by record)."""
    with path.open(encoding="utf-8-sig", newline="") as handle:
        reader = csv.reader(handle, delimiter=separator, strict=True)
        start = 1
        try:
            for _cells in reader:
                start = reader.line_num + 1
        except (csv.Error, UnicodeDecodeError):
            return start, reader.line_num
    return start, start


def _not_utf8(path: Path) -> ValidationError:
    """The refusal naming the first line that is not UTF-8 (found line by line)."""
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            try:
                raw.decode("utf-8")
            except UnicodeDecodeError:
                return ValidationError("file_not_utf8", file=path.name, line=number)
    return ValidationError("file_not_utf8", file=path.name, line=1)


def _read_xlsx(path: Path, sheet: str | None, opened: Any, size: int) -> Lines:
    from oto_app.exchange.workbook import open_checked, uncomputed

    workbook = opened or open_checked(path)
    try:
        if sheet is None:
            worksheet = workbook.worksheets[0]
        elif sheet in workbook.sheetnames:
            worksheet = workbook[sheet]
        else:
            raise ValidationError("file_no_sheet", file=path.name, sheet=sheet)
        cell = uncomputed(worksheet, path)
        if cell is not None:
            raise ValidationError("file_uncomputed", file=path.name, cell=cell)
        width = 0
        records: list[list[str]] = []
        for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
            cells = [_cell_text(v) for v in values]
            if number == 1:  # cells right of the last header are not read
                width = max((i + 1 for i, c in enumerate(cells) if c.strip()), default=0)
            cells = cells[:width]
            for index, cell in enumerate(cells):
                if len(cell) > MAX_CELL:
                    raise ValidationError(
                        "file_cell_huge_at",
                        file=path.name,
                        line=number,
                        cell=f"{_letter(index)}{number}",
                        max=MAX_CELL,
                    )
            records.append(cells)
            if len(records) == size:
                yield range(number - size + 1, number + 1), records
                records = []
        if records:
            yield range(number - len(records) + 1, number + 1), records
    finally:
        if opened is None:
            workbook.close()


def _cell_text(value: object) -> str:
    """A cell as the text a user sees: dates as dd-mm-jjjj, whole numbers without .0, TRUE
    and FALSE as ja and nee."""
    if value is None:
        return ""
    if isinstance(value, bool):  # Excel's TRUE and FALSE: ja and nee, as our files say them
        return "ja" if value else "nee"
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d-%m-%Y")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
