"""Checking the cells of an exchange file, collecting every problem instead of stopping.

An import validates every row first; only when no row is refused does it write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Mapping
from itertools import compress, repeat
from operator import itemgetter, ne
from typing import NamedTuple, TypeVar

from oto_app import limits, messages
from oto_app.dates import format_date, parse_date, plausible_span
from oto_app.errors import ImportRefused, RowProblem
from oto_app.exchange.table import Chunk, Row, Table, taker
from oto_app.limits import MAX_CELL

T = TypeVar("T")

#: Values longer than this are shortened in messages (a refused 10,000-character name).
_SHOWN = 60


class Refusal(NamedTuple):
    """Why a cell's text is refused: a message key and its parameters."""

    key: str
    params: dict[str, object]


def _hours(value: str) -> float | Refusal | None:
    """The number of hours a cell gives (None: empty), or why it is refused."""
    if not value:
        return None
    try:
        number = float(value.replace(",", "."))
    except ValueError:
        return Refusal("cell_bad_number", {"value": value})
    if not 0 <= number <= 240:
        return Refusal("bad_hours", {"value": value})
    return number


def _chosen(value: str, options: Mapping[str, T], default: T | None) -> T | Refusal | None:
    """The option ``value`` names (as spelled, or in lower case); ``default`` for an empty
    value; why it is refused for one that names none."""
    if not value:
        return default
    found = options.get(value)
    if found is None:
        found = options.get(value.lower())
    if found is None:
        return Refusal("cell_bad_choice", {"value": value.lower(), "choices": ", ".join(options)})
    return found


def _short(value: object) -> object:
    if isinstance(value, str) and len(value) > _SHOWN:
        return value[: _SHOWN - 1] + "…"
    return value


class Cells:
    """Reads typed values from one table's rows; problems accumulate in ``problems``.

    ``limits`` gives the longest text a column may hold (its database column's size, see
    :mod:`oto_app.limits`); ``multiline`` the columns that may hold line breaks. Every
    cell is checked as it is read (:meth:`rows`): one comparison and one regular
    expression per row, no queries. A cell gets one problem at most.
    """

    def __init__(
        self,
        table: Table,
        required: tuple[str, ...],
        limits: Mapping[str, int] | None = None,
        multiline: tuple[str, ...] = (),
    ) -> None:
        self.table = table
        self.problems: list[RowProblem] = []
        self._refused: set[tuple[int, str | None]] = set()
        self.limits = dict(limits or {})
        self.multiline = multiline
        #: the plausible span of a date (activity or not), taken once: today does not change
        #: meaningfully while one file is checked, and asking for it per cell did cost
        self.spans = {kind: plausible_span(kind) for kind in (False, True)}
        #: activity -> text -> the date, or the refusal (key, parameters): a file repeats
        #: its dates (some thousands of days in 100,000 rows), each is read once
        #: ("" reads as None)
        self._dates: dict[bool, dict[str, dt.date | Refusal | None]] = {
            False: {},
            True: {},
        }
        self.warnings = [
            messages.text("unknown_column", file=table.name, column=h)
            for h in table.unknown_headers
        ]
        missing = [c for c in required if c not in table.known_columns]
        if missing:
            raise ImportRefused(
                [
                    RowProblem(table.name, 1, None, messages.text("missing_column", column=c))
                    for c in missing
                ]
            )

    def rows(self) -> Iterator[Row]:
        """The table's rows, every cell checked; a refused cell reads as empty."""
        for chunk in self.chunks():
            yield from chunk.rows()

    def chunks(self) -> Iterator[Chunk]:
        """The table's rows in chunks, every cell checked; a refused cell reads as empty.

        A column is checked at once, one regular expression over all its cells: only a
        column with a character that may be forbidden, or a cell too long, is looked at
        cell by cell."""
        csv_file = self.table.path.suffix.lower() == ".csv"
        for chunk in self.table.chunks():
            for column, values in chunk.columns.items():
                limit = self.limits.get(column, MAX_CELL)
                if (chunk.suspect and limits.suspect_in("".join(values))) or (
                    chunk.longest > limit and max(map(len, values)) > limit
                ):
                    self._check_column(chunk, column, limit, csv_file)
            yield chunk

    def _check_column(self, chunk: Chunk, column: str, limit: int, csv_file: bool) -> None:
        values = chunk.columns[column]
        one_line = csv_file and column not in self.multiline
        for index, value in enumerate(values):
            if len(value) <= limit and not limits.SUSPECT.search(value):
                continue
            line = chunk.lines[index]
            problem = limits.problem(value, limit)
            if one_line and ("\n" in value or "\r" in value) and _swallowed(value):
                problem = "text_newline_csv"
                # the rest of the record is whatever the open quote swallowed: say only this
                self._refused.update((line, c) for c in chunk.columns if c != column)
            elif one_line and ("\n" in value or "\r" in value):
                problem = "text_newline_cell"  # a quoted cell, closed, over two lines
            if problem is None:
                continue
            self.refuse(
                line,
                column,
                problem,
                length=len(value),
                max=limit,
                char=limits.bad_character(value),
            )
            values[index] = ""

    def refused(self, line: int, column: str) -> bool:
        """Was this cell refused already?"""
        return (line, column) in self._refused

    def refuse(self, line: int, column: str | None, key: str, **params: object) -> None:
        if (line, column) in self._refused:
            return
        self._refused.add((line, column))
        shown = {k: _short(v) for k, v in params.items()}
        self.problems.append(RowProblem(self.table.name, line, column, messages.text(key, **shown)))

    def text(self, line: int, row: Mapping[str, str], column: str, required: bool = False) -> str:
        value = row.get(column, "")
        if required and not value:
            self.refuse(line, column, "cell_required")
        return value

    def texts(self, chunk: Chunk, column: str, required: bool = False) -> list[str]:
        """A column's cells (:meth:`text` for every row of the chunk)."""
        values = chunk.get(column)
        if required and "" in values:
            for line, value in zip(chunk.lines, values, strict=True):
                if not value:
                    self.refuse(line, column, "cell_required")
        return values

    def date(
        self,
        line: int,
        row: Mapping[str, str],
        column: str,
        required: bool = False,
        activity: bool = False,
    ) -> dt.date | None:
        """A date cell; refused when unreadable or implausible (before 2000 for an
        ``activity``, before 1950 otherwise, or more than ten years ahead)."""
        value = self.text(line, row, column, required)
        if not value:
            return None
        return self._one(line, column, self._known_dates([value], activity)[value])  # type: ignore[return-value]

    def dates(
        self, chunk: Chunk, column: str, required: bool = False, activity: bool = False
    ) -> list[dt.date | None]:
        """A column of dates (:meth:`date` for every row of the chunk)."""
        values = self.texts(chunk, column, required)
        return self._each(chunk, column, values, self._known_dates(values, activity))  # type: ignore[return-value]

    def _known_dates(
        self, values: list[str], activity: bool
    ) -> dict[str, dt.date | Refusal | None]:
        """The memo of dates read, holding every one of ``values`` ("" is None)."""
        memo = self._dates[activity]
        for value in set(values).difference(memo):
            memo[value] = self._read_date(value, activity) if value else None
        return memo

    def _read_date(self, value: str, activity: bool) -> dt.date | Refusal:
        """The date of a cell's text, or why it is refused."""
        try:
            day = parse_date(value)
        except ValueError:
            return Refusal("cell_bad_date", {"value": value})
        first, last = self.spans[activity]
        if not first <= day <= last:
            dates = {"date": day, "first": first, "last": last}
            return Refusal("cell_date_out_of_span", {k: format_date(v) for k, v in dates.items()})
        return day

    def choice(
        self,
        line: int,
        row: Mapping[str, str],
        column: str,
        options: Mapping[str, T],
        default: T | None = None,
        required: bool = False,
    ) -> T | None:
        value = self.text(line, row, column, required)
        return self._one(line, column, _chosen(value, options, default), default)  # type: ignore[return-value]

    def choices(
        self,
        chunk: Chunk,
        column: str,
        options: Mapping[str, T],
        default: T | None = None,
        required: bool = False,
    ) -> list[T | None]:
        """A column of choices (:meth:`choice` for every row of the chunk)."""
        values = self.texts(chunk, column, required)
        memo = {value: _chosen(value, options, default) for value in set(values)}
        return self._each(chunk, column, values, memo, default)  # type: ignore[return-value]

    def number(self, line: int, row: Mapping[str, str], column: str) -> float | None:
        """Hours: a number from 0 to 240, with a decimal comma or point."""
        return self._one(line, column, _hours(self.text(line, row, column)))  # type: ignore[return-value]

    def numbers(self, chunk: Chunk, column: str) -> list[float | None]:
        """A column of hours (:meth:`number` for every row of the chunk)."""
        values = self.texts(chunk, column)
        return self._each(chunk, column, values, {v: _hours(v) for v in set(values)})  # type: ignore[return-value]

    def _one(self, line: int, column: str, found: object, default: object = None) -> object:
        """A cell's value read, or ``default`` when it is a Refusal (then refused)."""
        if isinstance(found, Refusal):
            self.refuse(line, column, found.key, **found.params)
            return default
        return found

    def _each(
        self,
        chunk: Chunk,
        column: str,
        values: list[str],
        memo: Mapping[str, object],
        default: object = None,
    ) -> list[object]:
        """Each cell's value from ``memo`` (read once per distinct text); the cells whose
        memo is a Refusal are refused and read as ``default``."""
        found = list(map(memo.__getitem__, values))
        # the kinds of value read, each distinct text once (in C: a column of dates has
        # thousands of distinct texts)
        if Refusal in set(map(type, map(memo.__getitem__, set(values)))):
            for index, known in enumerate(found):
                found[index] = self._one(chunk.lines[index], column, known, default)
        return found

    def check(self) -> None:
        """Raise ImportRefused with every problem, in line order, if there were any."""
        if self.problems:
            raise ImportRefused(sorted(self.problems, key=lambda p: p.line))


class Agreement:
    """Rows sharing a key (a person, an activity) must agree on some of their cells.

    An empty cell agrees with anything: HR files often fill a person's details on one
    of their rows only. Values are compared as tuples: this runs for every row.
    """

    def __init__(
        self,
        cells: Cells,
        columns: tuple[str, ...],
        readings: Mapping[str, Callable[[str], object]] | None = None,
    ) -> None:
        self.cells = cells
        #: column -> how its text is read (a date, a choice): two texts that read the same
        #: agree ("5-3-2025" and "05-03-2025", "Oefening" and "oefening")
        self.readings = readings or {}
        # Only the columns the file has: every row holds each of them (Table.rows), so
        # they are taken at once, in C; a column the file lacks agrees with anything.
        self.columns = tuple(c for c in columns if c in cells.table.known_columns)
        self._take = itemgetter(*self.columns) if len(self.columns) > 1 else None
        #: key -> the line of its first row, and the values known so far: the first row's,
        #: with what later rows filled in where it was empty
        self.first: dict[object, tuple[int, tuple[str, ...]]] = {}

    def firsts(self, chunk: Chunk, keys: list[str]) -> list[bool]:
        """:meth:`check` for every row of the chunk with a key (False for one without)."""
        columns = [chunk.get(c) for c in self.columns]
        first = self.first
        rows: list[tuple[str, ...]] = (
            list(zip(*columns, strict=True)) if columns else [()] * len(keys)
        )
        if "" not in keys and len(set(keys)) == len(keys) and first.keys().isdisjoint(keys):
            # every key new, once (a staff file with a row per person): nothing to compare
            first.update(zip(keys, zip(chunk.lines, rows, strict=True), strict=True))
            return [True] * len(keys)
        uniform = self._uniform(chunk, keys, rows)
        if uniform is not None:
            return uniform
        found: list[bool] = []
        for start, end in runs(keys):  # a file lists an activity's rows together
            key = keys[start]
            if not key:
                found += [False] * (end - start)
                continue
            if key not in first:
                first[key] = (chunk.lines[start], rows[start])
                found.append(True)
                start += 1
            found += [False] * (end - start)
            later = rows[start:end]
            if later.count(first[key][1]) == len(later):  # the usual case: all agree
                continue
            for line, values in zip(chunk.lines[start:end], later, strict=True):
                if values != first[key][1]:
                    self._check(key, line, values)
        return found

    def _uniform(
        self, chunk: Chunk, keys: list[str], rows: list[tuple[str, ...]]
    ) -> list[bool] | None:
        """:meth:`firsts` where each key's rows are together, the key new, and its rows
        alike (an activity's rows in a participation file): each run's first row taken at
        once, in C. None where that is not so."""
        starts = [0, *compress(range(1, len(keys)), map(ne, keys[1:], keys[:-1]))]
        news = [keys[start] for start in starts]
        if "" in news or len(set(news)) < len(news) or not self.first.keys().isdisjoint(news):
            return None
        differing = compress(range(1, len(rows)), map(ne, rows[1:], rows[:-1]))
        if not set(starts).issuperset(differing):  # a row unlike the one before, in its run
            return None
        take = taker(starts)
        self.first.update(zip(news, zip(take(chunk.lines), take(rows), strict=True), strict=True))
        found = [False] * len(keys)
        for start in starts:
            found[start] = True
        return found

    def values(self, row: Mapping[str, str]) -> tuple[str, ...]:
        if self._take is not None:
            return self._take(row)
        return tuple(map(row.get, self.columns, repeat("")))

    def check(self, key: object, line: int, row: Mapping[str, str]) -> bool:
        """True for the first row with ``key``; later rows must agree, else a problem."""
        values = self.values(row)
        if key not in self.first:
            self.first[key] = (line, values)
            return True
        self._check(key, line, values)
        return False

    def _check(self, key: object, line: int, values: tuple[str, ...]) -> None:
        """A later row with ``key``: what it gives must agree with what came before."""
        first_line, given = self.first[key]
        if values == given:  # the usual case
            return
        known = list(given)
        for index, value in enumerate(values):
            if value and not known[index]:
                known[index] = value
            elif value and value != known[index] and not self._alike(index, value, known[index]):
                self.cells.refuse(
                    line,
                    self.columns[index],
                    "cell_conflict",
                    value=value,
                    other_line=first_line,
                    other=known[index],
                )
        self.first[key] = (first_line, tuple(known))

    def _alike(self, index: int, value: str, other: str) -> bool:
        """Do two different texts of a column read the same?"""
        read = self.readings.get(self.columns[index])
        if read is None:
            return False
        mine = read(value)
        return mine is not None and mine == read(other)


def runs(values: list[str]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of equal consecutive values."""
    starts = [0, *compress(range(1, len(values)), map(ne, values[1:], values[:-1]))]
    return zip(starts, [*starts[1:], len(values)], strict=True)


def _swallowed(value: str) -> bool:
    """Did an open quote swallow the rows after it? Then a line of the cell after a line
    break holds a separator, as a row does (a name over two lines does not)."""
    return any(";" in part or "," in part for part in value.splitlines()[1:])


def read_date(text: str) -> dt.date | None:
    """A date cell as :meth:`Cells.date` reads it, for comparing (None: unreadable)."""
    try:
        return parse_date(text)
    except ValueError:
        return None


def read_codes(text: str) -> frozenset[str]:
    """A cell of unit codes (``CRAS|OV``), in any order and case."""
    return frozenset(c.strip().casefold() for c in text.split("|") if c.strip())
