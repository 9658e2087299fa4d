"""The log file of database faults (``oto-fouten.log`` in the user's data folder), and the
database driver's own warnings sent there. Light on purpose: the window installs it before
SQLAlchemy is loaded (oto_app.dberrors, which writes the log, needs SQLAlchemy)."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

LOG_NAME = "oto-fouten.log"

__all__ = ["LOG_NAME", "keep_driver_notes", "log_path"]


def log_path() -> Path:
    from oto_app import paths

    return paths.data_dir() / LOG_NAME


class _ToTheLog(logging.Handler):
    """A driver's own warnings, into our log file."""

    def emit(self, entry: logging.LogRecord) -> None:
        stamp = dt.datetime.now().isoformat(timespec="seconds")
        try:
            with log_path().open("a", encoding="utf-8") as log:
                log.write(f"--- {stamp} {entry.name}\n{self.format(entry)}\n")
        except OSError:
            pass


def keep_driver_notes() -> None:
    """The database driver's warnings go to the log, not to the user's screen: psycopg
    said "error ignored terminating <psycopg.Pipeline [BAD]>: the connection is lost" in
    English beside our sentence when the server went away mid-transfer (Python prints a
    library's warnings on stderr when nobody set up logging)."""
    driver = logging.getLogger("psycopg")
    if not any(isinstance(handler, _ToTheLog) for handler in driver.handlers):
        driver.addHandler(_ToTheLog(logging.WARNING))
        driver.propagate = False
