"""Is the database sound? Checked before every write job and, in the GUI, at start.

A SQLite file with damaged pages can still be read (a damaged table may read as empty) and
even written to, which makes the damage worse and hides it. So every job that writes
(import, anonymise, transfer, restore, demo data) first runs ``PRAGMA quick_check`` on its
own connection and refuses, naming the newest backup that is itself sound, so the user
can put it back (*Back-up terugzetten*). The cost is measured by ``bench/integrity.py``.
A PostgreSQL server guards its own pages; nothing is checked there.
"""

from __future__ import annotations

import shutil
import sqlite3
import time
from pathlib import Path
from urllib.parse import quote

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from oto_app import marker
from oto_app.errors import DatabaseError

#: ``Session.info`` key: when (time.monotonic) the command line checked the file as it
#: opened it (oto_app.db.open_database with ``check``), or None
SOUND_AT = "sound_at"
#: a check this many seconds old still stands: the command's job starts right after it
FRESH_S = 10.0


def ensure_sound(session: Session) -> None:
    """Raise the ``db_damaged`` refusal if the session's SQLite database is damaged.

    Not checked again when the command line checked it moments ago as it opened the
    file (a region's database: 0.5 s a check)."""
    url = session.connection().engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    checked_at = session.info.get(SOUND_AT)
    if checked_at is not None and time.monotonic() - checked_at < FRESH_S:
        return
    verdict = _session_check(session)
    if verdict != "ok":
        raise damaged(Path(url.database), verdict)


def _session_check(session: Session) -> str:
    """``quick_check`` on the session's own connection: ``ok``, or what is wrong."""
    try:
        return "\n".join(r[0] for r in session.execute(text("PRAGMA quick_check(5)")))
    except DBAPIError as error:  # so damaged that the check itself cannot read it
        return str(error.orig or error)


#: SQLite's result codes that mean the file itself is damaged (not the disk full, say)
DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def is_damage(error: sqlite3.Error) -> bool:
    """Is this the file's damage, or something else (a full disk, an I/O error)?"""
    name = getattr(error, "sqlite_errorname", "") or ""
    lowered = str(error).lower()
    return name.startswith(DAMAGE) or "malformed" in lowered or "not a database" in lowered


def unreadable(path: Path, error: sqlite3.Error) -> DatabaseError:
    """The refusal for a file SQLite could not read: damaged, or its disk full (then SQLite
    cannot even make the ``-shm`` beside it and says "disk I/O error"), or another cause."""
    from oto_app import dberrors, files

    if is_damage(error):
        return damaged(path, str(error))
    dberrors.record(error)  # the sentence is short; the log has SQLite's own words
    free = shutil.disk_usage(path.parent).free if path.parent.is_dir() else 0
    if free < files.LITTLE_ROOM:
        return DatabaseError("db_full_file", where=str(path), free=files.free_space(path.parent))
    return DatabaseError("db_unreachable", where=str(path), detail=str(error))


#: the SQLite files this process found damaged, with the check's verdict: no write goes
#: into them (Database.begin refuses), until a check finds the file sound or a backup
#: replaced it. The window opened at once and a retry reloaded the pages: a save went in.
_damaged: dict[Path, str] = {}


def known_damage(path: Path) -> DatabaseError | None:
    """The refusal for ``path`` if a check of this process found it damaged, else None."""
    verdict = _damaged.get(path.resolve())
    return None if verdict is None else damaged(path, verdict)


def forget(path: Path) -> None:
    """``path`` was replaced (a restored backup): its old verdict no longer holds."""
    _damaged.pop(path.resolve(), None)


def check_file(path: Path) -> str:
    """:func:`_check_file`, remembered for :func:`known_damage`."""
    verdict = _check_file(path)
    if verdict == "ok":
        forget(path)
    else:
        _damaged[path.resolve()] = verdict
    return verdict


def _check_file(path: Path) -> str:
    """``ok``, or what is wrong with the SQLite file ``path`` (reading only: writes nothing);
    a file that cannot be read for another reason (its disk full) raises the sentence why.

    The connection may write (``mode=rw``, ``query_only``) only so that, being the last
    one to close a WAL database, it removes the ``-wal`` and ``-shm`` files it made; a
    read-only connection would leave them beside the file. A read-only file is read so.
    """
    try:
        with marker.leaving_nothing(path):
            return _quick_check(path)
    except sqlite3.Error as error:
        if not is_damage(error):
            raise unreadable(path, error) from None
        return str(error)


def _quick_check(path: Path) -> str:
    try:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=rw", uri=True)
    except sqlite3.Error:
        connection = sqlite3.connect(marker.read_only_uri(path), uri=True)
    try:
        connection.execute("PRAGMA query_only = 1")
        return "\n".join(r[0] for r in connection.execute("PRAGMA quick_check(5)"))
    finally:
        connection.close()


def damaged(path: Path, verdict: str) -> DatabaseError:
    """The refusal for a damaged file, with the newest sound backup if there is one."""
    detail = first_finding(verdict)[:120]
    good = newest_good_backup(path)
    if good is None:
        return DatabaseError("db_damaged", where=str(path), detail=detail, backup=None)
    return DatabaseError("db_damaged_backup", where=str(path), detail=detail, backup=good)


def first_finding(verdict: str) -> str:
    """The check's first real finding (SQLite heads a list with "*** in database main ***")."""
    lines = [line.strip() for line in verdict.splitlines()]
    found = [line for line in lines if line and not line.startswith("***")]
    return (found or lines or [""])[0]


def newest_good_backup(database: Path) -> Path | None:
    """The newest copy in the backups folder that is sound and ours."""
    from oto_app.backup import folder_for

    for copy in sorted(folder_for(database).glob(f"{database.stem}-*.sqlite"), reverse=True):
        try:
            ours = marker.identify_sqlite(copy).ours
        except sqlite3.DatabaseError:
            continue
        if ours and check_file(copy) == "ok":
            return copy
    return None
