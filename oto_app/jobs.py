"""Long work that the GUI runs in a separate process: a large import, the annual report.

In a thread of the GUI's own process such work competes with the GUI thread for Python's
global interpreter lock: every call from Qt into Python (a table asking for its cells)
then waits its turn, and the window stutters or freezes for a second or more (measured:
tests/ui/test_responsive.py). A child process has an interpreter of its own.

Each job takes plain, picklable arguments (a database URL, not an open database, and the
login of the GUI's user, whose rights apply), opens the database itself and closes it
again; results and refusals come back pickled.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from oto_app import messages, worklock
from oto_app.chain import Verdict
from oto_app.db import Database, open_database
from oto_app.exchange.preview import ImportKind, Report, run_import


def where(database: Database) -> tuple[URL, str | None]:
    """The first two arguments of every job: the database and who is signed in to it."""
    actor = database.actor
    return database.url, actor.login if actor else None


@dataclass(frozen=True)
class News:
    """What a running job says: ``waiting`` (for another job: ``text`` says which, for at
    most ``seconds``) or ``working`` (the wait is over)."""

    what: str
    text: str = ""
    seconds: float = 0.0


_news: Any = None  #: the queue to the GUI process (start_child)
_job: int | None = None  #: the number of the job now running in this child


def start_child(language: str, news: Any = None) -> None:
    """Run once in each child: speak the GUI's language; ``news`` is the queue back; end
    when the GUI's process ends."""
    global _news
    messages.set_language(language)
    _news = news
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent.sentinel,), daemon=True).start()


def _end_with(sentinel: int) -> None:
    """Wait for the GUI's process to end, then end this one at once.

    A GUI that is killed (or crashes) runs no clean-up, and this child, which holds both
    ends of the queues it was given, would wait for work for ever (seen: the report
    worker and its resource tracker left running after the window was killed). A job
    still running stops mid-way: its transaction is never committed, so nothing of it is
    kept, as when the power fails."""
    multiprocessing.connection.wait([sentinel])
    os._exit(0)


def run_job(number: int, function: Callable[..., Any], *arguments: Any) -> Any:
    """Run one job; what it tells meanwhile goes back under its ``number``."""
    global _job
    _job = number
    try:
        return function(*arguments)
    finally:
        _job = None


def tell(news: News) -> None:
    """Say ``news`` to the GUI (nothing outside a child)."""
    if _news is not None and _job is not None:
        _news.put((_job, news))


def import_file(url: URL, login: str | None, kind: ImportKind, path: Path, dry_run: bool) -> Report:
    database = open_database(url)
    database.login(login)
    try:
        return run_import(
            database,
            kind,
            path,
            dry_run=dry_run,
            waiting=lambda text: tell(News("waiting", text, worklock.WAIT_SECONDS)),
            waited=lambda: tell(News("working")),
        )
    finally:
        database.close()


def compliance_report(
    url: URL, login: str | None, year: int, path: Path, on: dt.date | None
) -> int:
    from oto_app.reports import compliance_report as report

    database = open_database(url)
    database.login(login)
    try:
        with database.begin() as session:
            return report.write(session, year, path, on)
    finally:
        database.close()


def verify_trail(url: URL, login: str | None, how: str) -> Verdict:
    """The audit trail's hash chain (:data:`oto_app.trail.CHECKS`: ``new``, ``whole``,
    ``restored``); the whole chain is seconds of Python for a large trail."""
    from oto_app import trail

    database = open_database(url)
    try:
        return trail.CHECKS[how](database)
    finally:
        database.close()
