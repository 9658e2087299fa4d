"""Bulk writes for the imports: Core ``executemany`` in chunks, in the caller's transaction.

Core inserts skip the ORM's per-row bookkeeping (the imports build plain dicts
already); chunks keep memory flat however long the file is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from oto_app.models import Base

CHUNK = 10_000


def chunks(rows: Iterable[dict[str, Any]], size: int = CHUNK) -> Iterator[list[dict[str, Any]]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


def insert_rows(
    session: Session, target: type[Base] | Table, rows: Iterable[dict[str, Any]]
) -> int:
    """Insert every row into a mapped class's table (or a plain table); returns how many.

    Executed on the connection, the insert is a Core statement even for a mapped class.
    """
    connection = session.connection()
    count = 0
    for chunk in chunks(rows):
        connection.execute(insert(target), chunk)
        count += len(chunk)
    return count
