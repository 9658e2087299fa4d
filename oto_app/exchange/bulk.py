"""Bulk writes for the imports: Core ``executemany`` in chunks, in the caller's transaction.

Core inserts skip the ORM's per-row bookkeeping (the imports build plain dicts
already); chunks keep memory flat however long the file is. Because they skip the ORM,
they also skip its audit listener: every row written here is recorded in the audit trail
(oto_app.audit) explicitly, with the ids the database gave it: rows with consecutive ids
as one entry per chunk (:func:`oto_app.audit.record_range`), others one entry each.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from itertools import islice, repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import (
    Boolean,
    Connection,
    Date,
    Enum,
    Float,
    Insert,
    Table,
    func,
    insert,
    select,
    update,
)
from sqlalchemy.orm import Session

from oto_app import audit, collector
from oto_app.db import REFERENCES_CHECKED
from oto_app.models import Base

CHUNK = 10_000


#: SQLite's page cache for an import's connection, in KiB (its default is 2 MiB): the
#: indexes of 900,000 attendance rows did not fit, and each insert then read and wrote
#: pages of them through the WAL (a third of the time of a region's import, measured)
IMPORT_CACHE_KIB = 65_536


@contextmanager
def working(session: Session) -> Iterator[None]:
    """The session set up for a bulk job, then set back as it was: Python's cycle
    collector paused (oto_app.collector), and on SQLite the connection's page cache made
    large enough for the indexes the job writes (IMPORT_CACHE_KIB) and its references
    left to the job's own checks (oto_app.db.REFERENCES_CHECKED: the imports look every
    unit, role, person and activity up in the same transaction). Enter it before anything
    else uses the session."""
    connection = session.connection(execution_options={REFERENCES_CHECKED: True})
    driver = _sqlite_driver(connection)
    before = driver.execute("PRAGMA cache_size").fetchone()[0] if driver else None
    if driver is not None:
        driver.execute(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        with collector.paused():
            yield
    finally:
        if driver is not None:
            with suppress(sqlite3.Error):  # a connection lost with the job: nothing to reset
                driver.execute(f"PRAGMA cache_size = {before}")


def _sqlite_driver(connection: Connection) -> sqlite3.Connection | None:
    if connection.dialect.name != "sqlite":
        return None
    return connection.connection.driver_connection


@dataclass(frozen=True)
class Columns:
    """Rows given column by column, each column as long: what an import made column by
    column goes to the driver without being turned into rows and back."""

    names: Sequence[str]
    values: Sequence[Sequence[Any]]

    def __len__(self) -> int:
        """The number of rows."""
        return len(self.values[0]) if self.values else 0

    def chunks(self, size: int = CHUNK) -> Iterator[Columns]:
        for start in range(0, len(self), size):
            yield Columns(self.names, [column[start : start + size] for column in self.values])

    def rows(self) -> list[tuple[Any, ...]]:
        return list(zip(*self.values, strict=True))


def chunks(rows: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(
    session: Session,
    target: type[Base] | Table,
    rows: Iterable[Any] | Columns,
    columns: Sequence[str] | None = None,
    ids: list[int] | None = None,
) -> int:
    """Insert every row into a mapped class's table (or a plain table); returns how many.

    ``rows`` are dicts of column values, or tuples of the values of ``columns`` (for
    hundreds of thousands of rows, a tuple is quicker to make than a dict), or
    :class:`Columns` (quicker still for rows made column by column). Executed on
    the connection, the insert is a Core statement even for a mapped class. ``ids``, for
    a table keyed by ``id``, gets the new rows' ids in their order, as far as they are
    known without reading them back (shorter than the rows: read them).
    """
    connection = session.connection()
    table: Table = target if isinstance(target, Table) else target.__table__  # type: ignore[assignment]
    keys = [column.name for column in table.primary_key.columns]
    by_id = keys == ["id"]
    sqlite = connection.dialect.name == "sqlite"
    if by_id and sqlite:
        # One writer at a time, and each new row gets the highest id so far plus one: the
        # rows of a chunk are exactly those above the highest id before it. A plain
        # executemany is much faster here than INSERT ... RETURNING.
        statement = insert(table)
    elif by_id:
        statement = insert(table).returning(table.c.id)
    else:  # a link table: few rows, recorded whole from here
        statement = insert(table).returning(*table.columns)
    count = 0
    stored_as: dict[str, dict[Any, Any]] = {}  # each column's values as stored, all chunks
    pieces: Iterator[Any]  # chunks of rows, or of Columns where those are given
    if isinstance(rows, Columns):
        columns, pieces = rows.names, rows.chunks()
    else:
        pieces = chunks(rows)
    for piece in pieces:
        chunk: Any = piece
        if isinstance(piece, Columns) and not (by_id and sqlite):
            chunk = piece.rows()
        if columns is not None and not (by_id and sqlite):
            chunk = [dict(zip(columns, row, strict=True)) for row in chunk]
        if by_id and sqlite:
            highest = connection.execute(select(func.max(table.c.id))).scalar() or 0
            stored = _executemany(connection, table, statement, chunk, columns, stored_as)
            given = _made(connection, table, highest, len(chunk), stored)
            if stored is None or given is None:
                audit.copy_inserted(session, table, above=highest)
                ids = None  # from here on not known
            elif _consecutive(given):  # one entry for them all
                audit.record_range(session, table, given[0], given[-1])
            else:  # the rows are still at hand: their entries need not be read back
                audit.record_inserted(session, table, given, stored)
            if ids is not None and given is not None:
                ids += given
        elif by_id:
            made = connection.execute(statement, chunk).scalars().all()
            if ids is not None:
                ids += made
            if _consecutive(made):
                audit.record_range(session, table, made[0], made[-1])
            else:  # another writer's rows between ours (a shared server)
                audit.copy_inserted(session, table, ids=made)
        else:
            # a whole row of a link table is what the database holds: on SQLite it goes in
            # at the driver's speed and is recorded as given (10,000 activities' units)
            names = list(table.columns.keys())
            whole = set(names)
            made_rows: Sequence[Mapping[Any, Any]] = chunk
            if sqlite and all(row.keys() == whole for row in chunk):
                _executemany(connection, table, insert(table), chunk, None, stored_as)
            else:
                made_rows = connection.execute(statement, chunk).mappings().all()
            # a row given whole is its own record (the trail sorts its columns)
            values = (
                made_rows if made_rows is chunk else [{n: r[n] for n in names} for r in made_rows]
            )
            key = itemgetter(*keys)
            records = (
                map("/".join, map(_texts, map(key, made_rows)))
                if len(keys) > 1
                else map(key, made_rows)
            )
            audit.write(session, "insert", table.name, zip(records, repeat(None), values))
        count += len(chunk)
    return count


def _texts(values: Iterable[Any]) -> Iterator[str]:
    return map(str, values)


def _consecutive(ids: Sequence[int]) -> bool:
    return bool(ids) and list(ids) == list(range(ids[0], ids[0] + len(ids)))


def _executemany(
    connection: Connection,
    table: Table,
    statement: Insert,
    chunk: list[Any] | Columns,
    columns: Sequence[str] | None,
    stored_as: dict[str, dict[Any, Any]],
) -> dict[str, list[Any]] | None:
    """``connection.execute(statement, chunk)`` for SQLite, at the driver's speed; returns
    the values as stored, column by column (None: written SQLAlchemy's way).

    SQLAlchemy builds each row's parameters one by one (a third of an import of 100,000
    staff); here each column's values are converted at once with the column type's own
    bind processor (dates to text, enums to names), each distinct value once for all the
    chunks of an insert (``stored_as``: column -> value -> as stored), the columns' scalar
    defaults filled in, and the rows go to the driver's executemany as tuples. Rows with
    differing keys, or a table with a default that is not a plain value or that only the
    database fills in, take SQLAlchemy's way."""
    if isinstance(chunk, Columns):
        names, same = list(chunk.names), True
    elif columns is None:
        keys = chunk[0].keys()
        names = list(keys)
        same = all(map(keys.__eq__, map(dict.keys, chunk)))
    else:
        names, same = list(columns), True
    absent = [c for c in table.columns if c.name not in names]
    missing = [c for c in absent if c.default is not None]
    filled = [c for c in absent if c.default is None and c.server_default is not None]
    if filled or any(not c.default.is_scalar for c in missing) or not same:  # type: ignore[union-attr]
        given: list[Any] = chunk.rows() if isinstance(chunk, Columns) else chunk
        rows = given if columns is None else [dict(zip(names, r, strict=True)) for r in given]
        connection.execute(statement, rows)
        return None
    dialect = connection.dialect
    if isinstance(chunk, Columns):
        by_column: Iterable[Sequence[Any]] = chunk.values
    elif columns is not None:
        by_column = zip(*chunk, strict=True)
    elif len(names) > 1:
        by_column = zip(*map(itemgetter(*names), chunk), strict=True)
    else:
        by_column = [[row[names[0]] for row in chunk]]
    stored: dict[str, list[Any]] = {}
    for name, values in zip(names, by_column, strict=True):
        column_type = table.c[name].type
        process = column_type.dialect_impl(dialect).bind_processor(dialect)
        if process is None:
            stored[name] = list(values)
        else:
            by_value = isinstance(column_type, _BY_VALUE)
            # an enum's members live as long as the program: their ids stay theirs
            memo = (
                stored_as.setdefault(name, {}) if by_value or isinstance(column_type, Enum) else {}
            )
            stored[name] = _converted(list(values), process, memo, not by_value)
    for column in missing:
        value = column.default.arg  # type: ignore[union-attr]
        process = column.type.dialect_impl(dialect).bind_processor(dialect)
        stored[column.name] = [value if process is None else process(value)] * len(chunk)
    quoted = ", ".join(dialect.identifier_preparer.quote(n) for n in stored)
    sql = f"INSERT INTO {dialect.identifier_preparer.format_table(table)} ({quoted})"
    connection.exec_driver_sql(
        f"{sql} VALUES ({', '.join('?' * len(stored))})", list(zip(*stored.values(), strict=True))
    )
    return stored


#: column types whose equal values are stored alike and hashed in C (days, hours, truth
#: values): converted once for each distinct value; others (an enum's members, whose
#: ``__hash__`` is Python code) once for each distinct object
_BY_VALUE = (Date, Float, Boolean)


def _converted(values: list[Any], process: Any, memo: dict[Any, Any], by_id: bool) -> list[Any]:
    """``process`` applied to every value, once for each distinct value (or object,
    ``by_id``) that ``memo`` (those converted already: of earlier chunks) does not hold: a
    column of dates or choices repeats a few values."""
    keys = list(map(id, values)) if by_id else values
    new = list(set(keys).difference(memo))
    if by_id and new:
        first = dict(zip(keys, values, strict=True))
        memo.update(zip(new, map(process, map(first.__getitem__, new)), strict=True))
    elif new:
        memo.update(zip(new, map(process, new), strict=True))
    return list(map(memo.__getitem__, keys))


def _made(
    connection: Connection,
    table: Table,
    highest: int,
    count: int,
    stored: dict[str, list[Any]] | None,
) -> list[int] | None:
    """The ids of the ``count`` rows just inserted above id ``highest``: those the rows
    gave, or, as SQLite numbers them, ``highest + 1`` on (checked: None if not so).

    The check is the highest id alone (read off the end of the table's index, where
    counting the rows above ``highest`` read them all): the new rows have distinct ids
    above ``highest``, the highest id before them, so ``count`` of them reach no higher
    than ``highest + count`` only as ``highest + 1`` on; no other writer adds rows
    meanwhile (SQLite's one writer at a time)."""
    if stored is None:
        return None
    if "id" in stored:
        return stored["id"]
    if connection.execute(select(func.max(table.c.id))).scalar() != highest + count:
        return None
    return list(range(highest + 1, highest + count + 1))


def lookup(session: Session, key: Any, value: Any) -> dict[Any, Any]:
    """``key`` -> ``value`` for every row with a key (e.g. staff number -> id): on SQLite
    read by the driver itself, three times faster than through result rows for the
    100,000 people of a region. For plain columns only (text, numbers): no type
    conversion happens."""
    statement = select(key, value).where(key.is_not(None))
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return dict(connection.execute(statement).all())
    compiled = statement.compile(dialect=connection.dialect)
    cursor = connection.connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        params = [compiled.params[name] for name in compiled.positiontup or ()]
        return dict(cursor.execute(str(compiled), params))
    finally:
        cursor.close()


def update_rows(
    session: Session, target: type[Base], changed: list[dict[str, Any]], before: Mapping[int, Any]
) -> None:
    """Bulk UPDATE by primary key (the ORM checks and bumps ``version``); ``before`` holds
    each row's old values by id, for the audit trail."""
    session.execute(update(target), changed)
    entries = []
    for row in changed:
        old = before[row["id"]]._mapping  # the columns read before; derived ones follow
        known = set(old.keys())
        fields = [k for k in row if k in known and k != "version" and old[k] != row[k]]
        entries.append((row["id"], {k: old[k] for k in fields}, {k: row[k] for k in fields}))
    audit.write(session, "update", target.__tablename__, entries)
