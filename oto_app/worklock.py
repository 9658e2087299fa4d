"""One long write job at a time on a SQLite file: the next one waits, then says who holds it.

SQLite lets a second writer wait only its busy timeout (5 s) and then says "locked", as if
another program held the file; the other program is OTO, busy with an import. So each long
write job (an import, anonymising, a restore) first takes an OS lock on a small file
beside the database (``oto.sqlite.bezig``) and writes into it what it is doing and for whom.
A second job waits for it ("wacht op een andere import…") up to ``WAIT_SECONDS``, then
refuses with a sentence naming that work. The lock is the operating system's: it goes when
the process ends, however it ends. A server (PostgreSQL) needs none: it queues writers.
"""

from __future__ import annotations

import getpass
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy.engine import URL

from oto_app import files, messages
from oto_app.errors import DatabaseError

WAIT_SECONDS = 120.0
POLL_SECONDS = 0.2
#: the kinds of work, as message keys
IMPORT, ANONYMISE, RESTORE, TRANSFER = (
    "work_import",
    "work_anonymise",
    "work_restore",
    "work_transfer",
)


def file_of(url: URL) -> Path | None:
    """The SQLite file of a database URL; None for a server or an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".bezig")


@contextmanager
def hold(
    database: Path | None,
    kind: str,
    waiting: Callable[[str], None] | None = None,
    wait: float | None = None,
    waited: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Hold the work lock of the SQLite file ``database`` (None: a server, no lock) while
    the block runs; ``waiting`` is told once, in words, that we wait, and ``waited`` when
    the wait is over and the work begins."""
    if database is None:
        yield
        return
    wait = WAIT_SECONDS if wait is None else wait
    path = lock_path(database)
    try:
        descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:  # the folder is read-only (or full): nothing is done yet
        if error.errno in files.READ_ONLY:
            raise DatabaseError("db_read_only", where=str(database)) from None
        raise files.write_error(path, error) from None
    try:
        if _acquire(descriptor, path, database, kind, waiting, wait) and waited is not None:
            waited()
        _write(descriptor, f"{kind}\n{getpass.getuser()}@{socket.gethostname()}\n")
        try:
            yield
        finally:
            _write(descriptor, "")
            _unlock(descriptor)
    finally:
        os.close(descriptor)


def _acquire(
    descriptor: int,
    path: Path,
    database: Path,
    kind: str,
    waiting: Callable[[str], None] | None,
    wait: float,
) -> bool:
    """Take the lock, waiting up to ``wait`` s; True if it had to wait."""
    deadline = time.monotonic() + wait
    told = waited = False
    while not _try_lock(descriptor):
        waited = True
        holder, who = _holder(path)
        if not told and waiting is not None:
            key = "waiting_for_same" if holder == kind else "waiting_for_work"
            waiting(messages.text(key, kind=messages.text(holder)))
            told = True
        if time.monotonic() >= deadline:
            raise DatabaseError(
                "db_busy_with",
                where=str(database),
                kind=messages.text(holder),
                who=who,
                seconds=f"{wait:g}",
            )
        time.sleep(POLL_SECONDS)
    return waited


def _holder(path: Path) -> tuple[str, str]:
    """What the holder wrote: its kind of work and who (a just-started holder: unknown)."""
    try:
        kind, who = ([*path.read_text(encoding="utf-8").splitlines(), "", ""])[:2]
    except OSError:
        kind, who = "", ""
    if not messages.has(kind) or not kind.startswith("work_"):
        kind = "work_unknown"
    return kind, who or "?"


def _write(descriptor: int, text: str) -> None:
    """Say what holds the lock; on a full disk it goes unsaid (a waiter reads "bewerking")."""
    with suppress(OSError):
        os.lseek(descriptor, 0, os.SEEK_SET)
        os.ftruncate(descriptor, 0)
        os.write(descriptor, text.encode("utf-8"))


if sys.platform == "win32":  # pragma: no cover - Windows
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        # Lock a byte far beyond the text, so the text itself stays readable for others.
        os.lseek(descriptor, 1 << 20, os.SEEK_SET)
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 1 << 20, os.SEEK_SET)
        msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
