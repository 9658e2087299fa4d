"""Every file the program writes goes through here: whole, or not at all.

The content is written to a temporary name in the target's own folder, flushed and
fsynced, and only then renamed over the target (``os.replace``: atomic on one file
system, on Windows too). On any failure the temporary file is removed, an existing target
is left as it was, and the error becomes a :class:`WriteError` whose sentence names the
file, the folder and the free space there (disk full, read-only folder, missing folder).

- :func:`atomic_write` yields an open file object (text or binary);
- :func:`atomic_path` yields a temporary path, for libraries that open the file themselves
  (ReportLab, openpyxl, SQLite's backup API);
- :func:`write_bytes` and :func:`write_text` for content already in memory.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from oto_app.errors import OtoError

#: errno values that mean "no room": a full disk, a quota, a file-size limit
FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}
READ_ONLY = {errno.EACCES, errno.EPERM, errno.EROFS}
#: less free than this, and SQLite's "disk I/O error" is taken for a full disk
LITTLE_ROOM = 1 << 20


class WriteError(OtoError):
    """A file could not be written; nothing half-written was left behind."""


@contextmanager
def atomic_path(target: Path | str) -> Iterator[Path]:
    """A temporary path beside ``target``; renamed to ``target`` when the block succeeds.

    Whatever the block writes to the path is fsynced before the rename. If the block
    raises, the temporary file (and an SQLite journal beside it) is removed and the error
    is re-raised, an OS or SQLite error as a :class:`WriteError`.
    """
    target = Path(target)
    if target.is_dir():  # e.g. --out with a folder: "Is a directory" only at the rename
        raise write_error(target, IsADirectoryError(errno.EISDIR, "is a directory"))
    temporary = _reserve(target)
    try:
        yield temporary
        _sync(temporary)
        os.replace(temporary, target)
    except BaseException as error:
        _remove(temporary)  # first: the sentence says the free space as it is now
        if isinstance(error, (OSError, sqlite3.Error)):
            raise write_error(target, error) from error
        raise
    _sync_folder(target.parent)


@contextmanager
def atomic_write(
    target: Path | str, mode: str = "w", encoding: str | None = "utf-8", newline: str | None = None
) -> Iterator[IO[Any]]:
    """An open file (``mode`` "w" for text or "wb" for bytes) that becomes ``target`` when
    the block succeeds; flushed and fsynced before the rename."""
    binary = "b" in mode
    with (
        atomic_path(target) as temporary,
        open(
            temporary,
            mode,
            encoding=None if binary else encoding,
            newline=None if binary else newline,
        ) as handle,
    ):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())


def write_bytes(target: Path | str, data: bytes) -> None:
    with atomic_write(target, "wb") as handle:
        handle.write(data)


def write_text(target: Path | str, text: str, encoding: str = "utf-8") -> None:
    with atomic_write(target, "w", encoding=encoding) as handle:
        handle.write(text)


def make_folder(folder: Path) -> None:
    """Create ``folder`` (and its parents) or raise the user's sentence why not."""
    if folder.exists() and not folder.is_dir():
        raise WriteError("folder_is_file", folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise write_error(folder / ".", error) from error


def save_workbook(workbook: Any, target: Path | str) -> None:
    """Save an openpyxl workbook (write-only ones too) as ``target``, whole or not at all.

    openpyxl's own ``save`` leaves its zip file and row writers open when a write fails;
    the garbage collector then prints their tracebacks on the terminal. Here they are
    closed quietly before the error goes on.
    """
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    with filling(workbook), atomic_write(target, "wb") as handle:
        archive = ZipFile(handle, "w", ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(workbook, archive).save()
        except BaseException:
            archive.fp = None  # the file is thrown away: nothing more to write to it
            raise


@contextlib.contextmanager
def filling(workbook: Any) -> Iterator[Any]:
    """Around filling a write-only workbook: if it fails (the database, mid-export), its
    sheets' row writers are closed quietly, or the garbage collector prints their
    tracebacks ("I/O operation on closed file") under the user's sentence."""
    try:
        yield workbook
    except BaseException:
        for sheet in workbook.worksheets:
            rows = getattr(sheet, "_rows", None)  # a write-only sheet's row writer
            if rows is not None:
                with contextlib.suppress(Exception):
                    rows.close()
        raise


def write_error(target: Path, error: BaseException) -> OtoError:
    """The user's sentence for a failed write of ``target`` (an OtoError passes through)."""
    if isinstance(error, OtoError):
        return error
    folder = target.parent
    where = {"file": target.name, "folder": str(folder), "free": free_space(folder)}
    number = getattr(error, "errno", None)
    text = str(error).lower()
    if (
        number in FULL
        or "disk is full" in text
        or "disk full" in text
        or _io_error_full(error, folder)
    ):
        return WriteError("write_full", **where)
    if number == errno.EISDIR or target.is_dir():
        return WriteError("write_is_folder", sep=os.sep, **where)
    if folder.exists() and not folder.is_dir():
        return WriteError("write_not_a_folder", **where)
    if not folder.is_dir():
        return WriteError("write_no_folder", **where)
    if number == errno.ENAMETOOLONG:
        return WriteError("write_name_too_long", **where)
    if number in READ_ONLY or "readonly" in text or "unable to open" in text:
        return WriteError("write_read_only", **where)
    reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
    return WriteError("write_failed", reason=reason, **where)


def _io_error_full(error: BaseException, folder: Path) -> bool:
    """SQLite says "disk I/O error" where the disk filled while it grew a journal or its
    ``-shm``: with (nearly) nothing free that is what it was."""
    if not isinstance(error, sqlite3.Error) or "i/o error" not in str(error).lower():
        return False
    with contextlib.suppress(OSError):
        return shutil.disk_usage(folder).free < LITTLE_ROOM
    return False


def free_space(folder: Path) -> str:
    """The free space in ``folder`` in the user's words ("12,5 MB"); "onbekend" if unknown."""
    from oto_app import messages

    for place in (folder, *folder.parents):
        try:
            free = shutil.disk_usage(place).free
            break
        except OSError:
            continue
    else:
        return messages.text("size_unknown")
    return readable_size(free)


def readable_size(size_bytes: int) -> str:
    """ "minder dan 1 KB", "24 KB", "1,5 MB", "812 MB": two figures at most, as people say it."""
    from oto_app import messages

    if size_bytes < 1024:
        return messages.text("size_below_kb")
    size = size_bytes / 1024
    for unit in ("KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            break
        size /= 1024
    shown = f"{size:.1f}" if size < 10 else f"{size:.0f}"
    return f"{shown.replace('.', messages.text('decimal_mark'))} {unit}"


def _reserve(target: Path) -> Path:
    """Create an empty, hidden temporary file beside ``target`` (permissions as umask says)."""
    for _ in range(100):
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
        except FileExistsError:
            continue
        except OSError as error:
            raise write_error(target, error) from error
        return temporary
    raise WriteError("write_failed", file=target.name, folder=str(target.parent), free="?")


def _sync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)  # Windows flushes only what it may write
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); folders cannot be opened on Windows."""
    if os.name != "posix":
        return
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _remove(temporary: Path) -> None:
    for leftover in (
        temporary,
        *(temporary.with_name(temporary.name + s) for s in ("-journal", "-wal", "-shm")),
    ):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
