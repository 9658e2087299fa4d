"""Is this database ours? Decided by our own marker, before anything writes to it.

An OTO database carries a marker: on SQLite the header's ``application_id`` (set by
``PRAGMA application_id``), on PostgreSQL a one-row table ``oto_marker``. Revision
``0005_oto_marker`` puts it into every existing OTO database. Alembic's revision name alone
proves nothing: any Alembic application may call its first revision ``0001``.

A SQLite file is looked at without SQLite first (the 100-byte header), then, if needed,
through a read-only connection (``immutable`` unless the file is in WAL mode, where only a
normal read-only connection sees the newest pages). Nothing here sets a pragma, starts a
write or changes a byte of the file.
"""

from __future__ import annotations

import contextlib
import enum
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import Connection, inspect, text

from oto_app import migrations

#: "OTO!" in the SQLite header (bytes 68-71)
APPLICATION_ID = 0x4F544F21
MARKER_TABLE = "oto_marker"
SQLITE_MAGIC = b"SQLite format 3\x00"
#: tables every OTO database has had since its first revision: how an OTO database made
#: before the marker existed is told from another program's
FIRST_TABLES = frozenset(
    {"alembic_version", "units", "roles", "people", "assignments", "activities", "participations"}
)


class Kind(enum.Enum):
    NEW = "new"  #: empty: OTO may create its schema
    OURS = "ours"  #: carries our marker
    OLD_OURS = "old_ours"  #: an OTO database from before the marker (upgraded to carry it)
    FOREIGN = "foreign"  #: another program's


@dataclass(frozen=True)
class Identity:
    kind: Kind
    revision: str | None = None
    detail: str = ""

    @property
    def ours(self) -> bool:
        return self.kind in (Kind.OURS, Kind.OLD_OURS)


def judge(marked: bool, tables: set[str], revision: str | None) -> Identity:
    """What the marker, the table names and the Alembic revision say together."""
    if marked:
        return Identity(Kind.OURS, revision)
    if not tables:
        return Identity(Kind.NEW)
    if tables >= FIRST_TABLES and revision in migrations.REVISIONS:
        return Identity(Kind.OLD_OURS, revision)
    if "alembic_version" in tables:
        return Identity(Kind.FOREIGN, revision, "database van een ander programma")
    return Identity(Kind.FOREIGN, None, "onbekende tabellen")


def read_header(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(100)


def identify_sqlite(path: Path) -> Identity:
    """Ours, new or foreign, reading the file only. Raises sqlite3.DatabaseError when the
    file is damaged where the answer is written (the caller says so)."""
    if not path.exists() or path.stat().st_size == 0:
        return Identity(Kind.NEW)
    header = read_header(path)
    if len(header) < 100 or header[:16] != SQLITE_MAGIC:
        return Identity(Kind.FOREIGN, None, "geen SQLite-bestand")
    application_id = int.from_bytes(header[68:72], "big")
    wal = header[18] == 2
    if application_id not in (0, APPLICATION_ID) and not wal:
        return Identity(Kind.FOREIGN, None, "database van een ander programma")
    with leaving_nothing(path):
        return _identify_open(path, wal)


@contextlib.contextmanager
def leaving_nothing(path: Path) -> Iterator[None]:
    """Around a read-only look into ``path``: if it fails (its disk full: SQLite could make
    the ``-wal`` and ``-shm`` beside it but not fill them), the empty ones it made go."""
    companions = [path.with_name(path.name + s) for s in ("-wal", "-shm")]
    there = [c.exists() for c in companions]
    try:
        yield
    except sqlite3.Error:
        for companion, was_there in zip(companions, there, strict=True):
            with contextlib.suppress(OSError):
                # the -shm only indexes the -wal: without frames in the -wal it holds nothing
                if not was_there and (
                    companion.name.endswith("-shm") or not companion.stat().st_size
                ):
                    companion.unlink()
        raise


def _identify_open(path: Path, wal: bool) -> Identity:
    connection = sqlite3.connect(read_only_uri(path, immutable=not wal), uri=True)
    try:
        marked = connection.execute("PRAGMA application_id").fetchone()[0]
        if marked not in (0, APPLICATION_ID):
            return Identity(Kind.FOREIGN, None, "database van een ander programma")
        names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        tables = {row[0] for row in names}
        revision = None
        if "alembic_version" in tables:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    finally:
        connection.close()
    return judge(marked == APPLICATION_ID, tables, revision)


def read_only_uri(path: Path, immutable: bool = False) -> str:
    return f"file:{quote(str(path))}?mode=ro" + ("&immutable=1" if immutable else "")


def identify_connection(connection: Connection) -> Identity:
    """The same judgement on an open connection (PostgreSQL), reading only."""
    tables = set(inspect(connection).get_table_names())
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    marked = MARKER_TABLE in tables and bool(
        connection.execute(text(f"SELECT count(*) FROM {MARKER_TABLE}")).scalar()
    )
    return judge(marked, tables, revision)
