"""Backups of the SQLite database: consistent copies through SQLite's online backup API.

A copy is made while the program may be using the database (the API copies a
consistent snapshot), then checked with ``PRAGMA integrity_check``. Automatic copies
go to a ``backups`` folder beside the database: at most one a day on start, and one
before every schema upgrade; the newest ``KEEP`` are kept.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from oto_app import files, health, marker, messages, migrations, worklock
from oto_app.errors import DatabaseError, OtoError, ValidationError

KEEP = 14
#: table -> the message key of its name, for "what is in this backup"
TABLES = {
    "people": "what_people",
    "assignments": "what_assignments",
    "activities": "what_activities",
    "participations": "what_participations",
    "evaluations": "what_evaluations",
}


def describe(counts: dict[str, int]) -> str:
    """ "146 medewerkers, 149 rollen, ..." in the user's language."""
    return ", ".join(f"{n} {messages.text(TABLES[t])}" for t, n in counts.items())


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made: dt.datetime
    counts: dict[str, int]


def sqlite_path(url: URL) -> Path:
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        raise ValidationError("backup_not_sqlite")
    return Path(url.database)


def backup(source: Path, target: Path, overwrite: bool = False) -> BackupInfo:
    """Copy ``source`` to ``target`` (a new file) and check the copy."""
    if target.exists() and not overwrite:
        raise ValidationError("backup_exists", file=str(target))
    if not target.parent.is_dir():
        raise ValidationError("backup_no_folder", folder=str(target.parent))
    with files.atomic_path(target) as partial:  # only a checked copy gets the name
        _copy(source, partial, single_file=True)
        try:
            info = inspect(partial)
        except DatabaseError as error:  # the copy is as damaged as what it was made of
            raise health.damaged(source, str(error.params.get("detail", ""))) from None
    return BackupInfo(target, info.made, info.counts)


def _copy(source: Path, target: Path, single_file: bool = False) -> None:
    """SQLite's online backup of ``source`` into the file ``target``."""
    original = sqlite3.connect(source)
    try:
        copy = sqlite3.connect(target)
        try:
            original.backup(copy)
            if single_file:  # a backup: one file, no -wal or -shm beside it
                copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    except sqlite3.DatabaseError as error:
        lowered = str(error).lower()
        if "malformed" in lowered or "not a database" in lowered:
            raise DatabaseError("db_not_a_database", where=str(source), detail=str(error)) from None
        raise
    finally:
        original.close()


def identify(path: Path) -> marker.Identity:
    """Whose file this is, read without writing; a damaged header is a sentence."""
    try:
        return marker.identify_sqlite(path)
    except sqlite3.DatabaseError as error:
        raise DatabaseError("db_damaged", where=str(path), detail=str(error)) from None


def inspect(path: Path) -> BackupInfo:
    """Check a database file and count what it holds (for the restore confirmation)."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            detail = health.first_finding(verdict)
            raise DatabaseError("db_not_a_database", where=str(path), detail=detail)
        counts = {t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}
    except sqlite3.DatabaseError as error:
        raise DatabaseError("db_not_a_database", where=str(path), detail=str(error)) from None
    finally:
        connection.close()
    made = dt.datetime.fromtimestamp(path.stat().st_mtime)
    return BackupInfo(path, made, counts)


def folder_for(database: Path) -> Path:
    return database.parent / "backups"


def automatic(
    database: Path, reason: str, now: dt.datetime | None = None, once_a_day: bool = True
) -> BackupInfo | None:
    """The automatic copy (``reason``: "start" or "upgrade"), then prune to KEEP copies.

    With ``once_a_day`` nothing is done if a copy was already made today.
    """
    now = now or dt.datetime.now()
    folder = folder_for(database)
    files.make_folder(folder)
    if once_a_day and any(folder.glob(f"{database.stem}-{now:%Y%m%d}-*.sqlite")):
        return None
    target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S}-{reason}.sqlite"
    info = backup(database, target, overwrite=True)
    copies = sorted(folder.glob(f"{database.stem}-*.sqlite"))
    for old in copies[:-KEEP]:
        old.unlink()
    return info


def restore(source: Path, database: Path, now: dt.datetime | None = None) -> BackupInfo:
    """Put the backup ``source`` in place of ``database`` (which nobody may have open).

    The backup is checked first (intact, an OTO database, not from a newer OTO); then the
    current database is itself copied to the backups folder ("voor-terugzetten"), so a
    restore can be undone (a damaged one byte for byte, as ``…-beschadigd.sqlite.kapot``);
    then the backup is copied beside it and renamed over it (an interrupted copy leaves
    the database as it was) and the result is checked. An older backup is upgraded when
    the database is next opened.
    """
    if not source.exists():  # else it reads as an empty file: "geen OTO-database (leeg)"
        raise ValidationError("file_missing", file=str(source))
    identity = identify(source)
    if not identity.ours:
        raise DatabaseError("db_foreign", where=str(source), detail=identity.detail or "leeg")
    if identity.revision not in migrations.REVISIONS:
        raise DatabaseError("db_too_new", where=str(source), revision=identity.revision)
    try:
        info = inspect(source)
    except DatabaseError as error:
        detail = error.params.get("detail", "")
        raise DatabaseError("backup_damaged", where=str(source), detail=detail) from None
    with worklock.hold(database, worklock.RESTORE):
        _replace(source, database, now)
    inspect(database)
    health.forget(database)
    return info


def _replace(source: Path, database: Path, now: dt.datetime | None) -> None:
    """The undo copy, then the backup in place; if either fails (a full disk), the undo
    copy goes again (it would only take the room a retry needs) and nothing has changed."""
    undo: Path | None = None
    folder_there = folder_for(database).exists()
    try:
        if database.exists():
            if health.check_file(database) == "ok":
                made = automatic(database, "voor-terugzetten", now=now, once_a_day=False)
                undo = made.path if made else None
            else:  # kept as it is, for whoever wants to rescue something from it
                undo = _keep_damaged(database, now or dt.datetime.now())
        with files.atomic_path(database) as copy:  # the new file gets the name whole, or not
            _copy(source, copy, single_file=True)
            for stale in ("-wal", "-shm"):  # the old file's: they must not meet the new one
                database.with_name(database.name + stale).unlink(missing_ok=True)
    except (files.WriteError, DatabaseError) as error:
        if undo is not None:
            undo.unlink(missing_ok=True)
        if not folder_there:  # made for the undo copy: empty again
            with contextlib.suppress(OSError):
                folder_for(database).rmdir()
        raise _not_restored(source, database, error) from None


def _not_restored(source: Path, database: Path, error: OtoError) -> DatabaseError:
    if error.key in ("write_full", "db_full_file"):
        folder = database.parent
        return DatabaseError(
            "restore_full", backup=str(source), free=files.free_space(folder), folder=str(folder)
        )
    return DatabaseError("restore_failed", backup=str(source), reason=error.message)


def _keep_damaged(database: Path, now: dt.datetime) -> Path:
    folder = folder_for(database)
    files.make_folder(folder)
    target = folder / f"{database.stem}-{now:%Y%m%d-%H%M%S}-beschadigd.sqlite.kapot"
    with files.atomic_write(target, "wb") as handle, database.open("rb") as damaged:
        shutil.copyfileobj(damaged, handle)
    return target
