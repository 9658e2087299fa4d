"""Stopping a long unit of work midway, with nothing written (the Annuleren of a busy
dialog, :mod:`ui.busy`).

A :class:`Switch` watches the session's connection while the work runs: once it is
thrown, the next SQL statement raises :class:`Cancelled`, and a statement running at that
moment (an UPDATE waiting for another workstation's lock, rows being read for an export)
is interrupted by the driver (``sqlite3.Connection.interrupt``, psycopg's ``cancel``).
The transaction then rolls back as after any refusal: nothing of the work remains, and a
file being written is never renamed into place (:mod:`oto_app.files`).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from oto_app.errors import OtoError


class Cancelled(OtoError):
    """The user stopped the work; nothing of it was written."""

    def __init__(self) -> None:
        super().__init__("cancelled_nothing_written")


class Switch:
    """Thrown from the GUI thread (:meth:`cancel`), felt in the worker's session."""

    def __init__(self) -> None:
        self._thrown = threading.Event()
        self._lock = threading.Lock()
        self._running: list[Any] = []  # the DBAPI connections of the work, while it runs

    @property
    def cancelled(self) -> bool:
        return self._thrown.is_set()

    def cancel(self) -> None:
        """Stop the work at its next statement, and the statement running now."""
        self._thrown.set()
        with self._lock:
            for connection in self._running:
                stop = getattr(connection, "interrupt", None) or connection.cancel
                stop()  # both are made to be called from another thread

    @contextmanager
    def watching(self, session: Session) -> Iterator[None]:
        """While the block runs, every statement of ``session`` first asks the switch."""
        connection = session.connection()
        raw = connection.connection.dbapi_connection

        def ask(*_: object) -> None:
            if self._thrown.is_set():
                raise Cancelled()

        event.listen(connection, "before_cursor_execute", ask)
        with self._lock:
            self._running.append(raw)
        try:
            yield
        finally:
            with self._lock:
                self._running.remove(raw)
            event.remove(connection, "before_cursor_execute", ask)
