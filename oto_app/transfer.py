"""Moving a whole OTO database to another one: from a workstation's SQLite file to the
region's PostgreSQL server (``oto-app transfer --to URL``).

All or nothing: the rows are copied table by table (parents first) in one transaction on
the target, and before it commits the copy is checked against the original — the number
of rows in every table, and the compliance result (N1-N7) of every year with activities.
Any difference rolls the whole copy back. The target must be empty.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Table, func, insert, select, text
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from oto_app import health, norms, server, worklock
from oto_app.db import Database, describe, open_database
from oto_app.errors import ValidationError
from oto_app.models import Activity, Base, OtoMarker
from oto_app.norms import render

#: Rows sent to the target per round trip.
BATCH = 5000


@dataclass(frozen=True)
class Transferred:
    target: str
    counts: dict[str, int]  #: rows per table, equal on both sides
    years: list[int]  #: years whose compliance result was compared and found equal
    server: list[str] = field(default_factory=list)  #: what server init did (PostgreSQL)

    def lines(self) -> list[str]:
        rows = sum(self.counts.values())
        years = f"{self.years[0]}-{self.years[-1]}" if self.years else "-"
        return [
            f"Overgezet naar {self.target}: {rows} rijen in {len(self.counts)} tabellen.",
            f"Gecontroleerd: aantallen per tabel en de normen N1-N7 van {years} zijn gelijk.",
            *self.server,
        ]


def transfer(source: Database, target_url: URL, today: dt.date | None = None) -> Transferred:
    """Copy everything in ``source`` into the empty database at ``target_url``."""
    where = describe(target_url)
    if describe(source.url) == where:
        raise ValidationError("transfer_same", where=where)
    with source.begin() as original:  # a damaged table would arrive empty
        health.ensure_sound(original)
    new_file = worklock.file_of(target_url)
    if new_file is not None and new_file.exists():
        new_file = None  # not ours to remove if the copy fails
    try:
        return _fill(source, target_url, where, today)
    except BaseException:
        if new_file is not None:  # e.g. its disk filled up: no half-made database left
            _remove(new_file)
        raise


def _remove(new_file: Path) -> None:
    """The half-made database and its side files; a read-only folder holds none of them
    (and refuses even to unlink a missing name), and the first error is what to say."""
    for leftover in ("", "-wal", "-shm", "-journal"):
        path = new_file.with_name(new_file.name + leftover)
        if path.exists():
            with contextlib.suppress(OSError):
                path.unlink()


def _fill(source: Database, target_url: URL, where: str, today: dt.date | None) -> Transferred:
    target = open_database(target_url, seed=False)
    try:
        with source.begin() as original, target.begin() as copy:
            _refuse_unless_empty(copy, where)
            if target.server_trail:  # the copied trail is the trail, chain and all
                server.pause_trail(copy.connection())
            counts = {table.name: _copy(original, copy, table) for table in copied_tables()}
            restart_sequences(copy)
            copy.flush()
            years = _verify(original, copy, counts, where, today)
            # On a server: its walls, and every user their login role (issue 17).
            walls = [] if target.is_sqlite else server.setup(copy.connection())
        return Transferred(where, counts, years, walls)
    finally:
        target.close()


def copied_tables() -> list[Table]:
    """The tables to copy, parents before the tables that refer to them; the marker is
    each database's own (the migrations put it in)."""
    return [t for t in Base.metadata.sorted_tables if t.name != OtoMarker.__tablename__]


def _refuse_unless_empty(session: Session, where: str) -> None:
    for table in copied_tables():
        if session.execute(select(func.count()).select_from(table)).scalar():
            raise ValidationError("transfer_not_empty", where=where, table=table.name)


def _copy(original: Session, copy: Session, table: Table) -> int:
    rows = 0
    result = original.execute(select(table).execution_options(yield_per=BATCH))
    for part in result.partitions(BATCH):
        copy.execute(insert(table), [dict(row._mapping) for row in part])
        rows += len(part)
    return rows


def restart_sequences(copy: Session) -> None:
    """PostgreSQL hands out ids from a sequence that the copied ids did not advance."""
    if copy.get_bind().dialect.name != "postgresql":
        return
    for table in copied_tables():
        if "id" in table.c and table.c.id.autoincrement and len(table.primary_key) == 1:
            copy.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
                )
            )


def _verify(
    original: Session,
    copy: Session,
    counts: dict[str, int],
    where: str,
    today: dt.date | None,
) -> list[int]:
    for table in copied_tables():
        there = copy.execute(select(func.count()).select_from(table)).scalar()
        if there != counts[table.name]:
            detail = f"{table.name}: {there} in plaats van {counts[table.name]} rijen"
            raise ValidationError("transfer_mismatch", where=where, detail=detail)
    first, last = original.execute(select(func.min(Activity.date), func.max(Activity.date))).one()
    if first is None:
        return []
    years = list(range(first.year, last.year + 1))
    for year in years:
        on = norms.reference_date(year, today=today)
        before = render.to_json(norms.compute(original, year, on))
        after = render.to_json(norms.compute(copy, year, on))
        if before != after:
            detail = f"de normen van {year}"
            raise ValidationError("transfer_mismatch", where=where, detail=detail)
    return years
