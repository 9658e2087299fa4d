"""The bad day, made on purpose: a full disk and a read-only folder, for any test.

As root (as ``make test`` runs here) both are real file systems: a small tmpfs filled up
to its last few KB, and a tmpfs remounted read-only. Without root the full disk is a
file-size limit (``RLIMIT_FSIZE``: the write fails with EFBIG, which the program must treat
the same) and the read-only folder is a folder without write permission. A dropped
server connection is the server's own doing: ``pg_terminate_backend`` from a second
connection, mid-job.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import resource
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text

ROOM_LEFT = 0  #: what a "full" disk still has (new empty files can still be made)


def _mount(*arguments: str) -> bool:
    if os.geteuid() != 0:
        return False
    done = subprocess.run(["mount", *arguments], capture_output=True, check=False)
    return done.returncode == 0


def _umount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)


@dataclass
class Fault:
    """A folder that refuses to take a file, and the way to make it take one again."""

    folder: Path
    mounted: bool
    limit: int | None = None  #: RLIMIT_FSIZE to apply while the program runs (no root)
    _saved: tuple[int, int] | None = field(default=None, repr=False)

    def files(self) -> list[str]:
        """What a user sees in the folder (the filler of a full disk left out)."""
        return sorted(p.name for p in self.folder.iterdir() if p.name != ".filler")

    @contextlib.contextmanager
    def active(self) -> Iterator[None]:
        """Around the call that must fail: applies the file-size limit if there is one."""
        if self.limit is None:
            yield
            return
        saved = resource.getrlimit(resource.RLIMIT_FSIZE)
        resource.setrlimit(resource.RLIMIT_FSIZE, (self.limit, saved[1]))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, saved)

    def fill(self, leave: int = ROOM_LEFT) -> None:
        """Take every free byte but ``leave`` (or, without root, set a file-size limit of
        1 KB, or of ``leave`` bytes more than the largest file in the folder)."""
        if not self.mounted:
            largest = max((p.stat().st_size for p in self.folder.iterdir()), default=0)
            self.limit = largest + leave if leave else 1024
            return
        with (self.folder / ".filler").open("ab") as handle, contextlib.suppress(OSError):
            while (free := shutil.disk_usage(self.folder).free) > leave:
                handle.write(b"\0" * min(65536, free - leave))
                handle.flush()

    def repair(self) -> None:
        """Make room again, or make the folder writable again."""
        self.limit = None
        if (self.folder / ".filler").exists():
            (self.folder / ".filler").unlink()
        elif self.mounted:
            subprocess.run(
                ["mount", "-o", "remount,rw", str(self.folder)], capture_output=True, check=False
            )
        else:
            self.folder.chmod(0o755)


@contextlib.contextmanager
def full_disk(size_kb: int = 16384) -> Iterator[Fault]:
    """A folder on a disk with no room left."""
    folder = Path(tempfile.mkdtemp(prefix="oto-full-"))
    if _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)):
        fault = Fault(folder, mounted=True)
    else:
        fault = Fault(folder, mounted=False)
    fault.fill()
    try:
        yield fault
    finally:
        if fault.mounted:
            _umount(folder)
        shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def read_only_folder(size_kb: int = 1024) -> Iterator[Fault]:
    """A folder nobody may write in (root included, when it is a read-only mount), of
    ``size_kb`` once repaired."""
    folder = Path(tempfile.mkdtemp(prefix="oto-ro-"))
    if _mount("-t", "tmpfs", "-o", f"size={size_kb}k", "tmpfs", str(folder)) and _mount(
        "-o", "remount,ro", str(folder)
    ):
        fault = Fault(folder, mounted=True)
    else:
        folder.chmod(0o555)
        fault = Fault(folder, mounted=False)
    try:
        yield fault
    finally:
        if fault.mounted:
            _umount(folder)
        folder.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def digest(path: Path) -> str:
    """The bytes of a file (a SQLite database), to prove nothing was written to it."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


class DroppedConnection:
    """The server ends our connection in the middle of a job: at the ``at``-th statement
    a second connection calls ``pg_terminate_backend`` on the one about to run it (as an
    administrator or a failing network does), so that statement meets a dead connection.
    ``count()`` first counts a job's statements, to aim at its middle."""

    def __init__(self, admin_url: str) -> None:
        self.admin_url = admin_url
        self.at: int | None = None
        self.kinds: tuple[str, ...] = ()
        self.seen = 0
        self.dropped = False

    def _before(self, connection: Any, _cursor: object, statement: str, *_args: object) -> None:
        if (
            getattr(connection.engine, "_fault_admin", False)
            or connection.dialect.name != "postgresql"
        ):
            return
        if not statement.lstrip().upper().startswith(self.kinds):
            return
        self.seen += 1
        if self.at is None or self.dropped or self.seen < self.at:
            return
        self.dropped = True
        pid = connection.connection.dbapi_connection.info.backend_pid
        admin = create_engine(self.admin_url, isolation_level="AUTOCOMMIT")
        admin._fault_admin = True  # type: ignore[attr-defined]
        try:
            with admin.connect() as other:
                other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        finally:
            admin.dispose()

    @contextlib.contextmanager
    def watching(self, at: int | None, kinds: tuple[str, ...]) -> Iterator[DroppedConnection]:
        """Count the statements of ``kinds`` (``INSERT``, ``SELECT``, …) with ``at`` None,
        or drop the connection at the ``at``-th of them."""
        self.at, self.kinds, self.seen, self.dropped = at, kinds, 0, False
        event.listen(Engine, "before_cursor_execute", self._before)
        try:
            yield self
        finally:
            event.remove(Engine, "before_cursor_execute", self._before)
