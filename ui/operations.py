"""The one way from a button to the database and back (after Anki's ``aqt/operations``).

A page never opens a transaction for a write, and a dialog never sees the database: they
ask :class:`Operations` to run a *write*, a function of a session that calls a service,
which returns what it changed (:mod:`oto_app.changes`). The operation

1. opens one unit of work and runs the write in it; a write that is long at region scale
   (``busy=`` a label: anonymising, copying a year plan, saving a region-wide attendance
   list, exporting everything) runs off the GUI thread while a busy dialog says what is
   being done, with Annuleren where it is very long (``cancellable``; :mod:`ui.busy`,
   :mod:`oto_app.cancel`), and the caller still gets its value or its refusal in place,
2. commits, or rolls everything back when the core refuses (an ``OtoError``): the refusal
   goes back to the form that asked (it shows the sentence by the field) or into a
   message box, and nothing was written;
3. publishes the returned changes on the change bus, so the pages showing that data
   reload, and nothing else does.

Reads go through :meth:`Operations.read` (one session, its result back), long ones through
:meth:`Operations.query_in_background` or a child process (:meth:`Operations.in_process`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, overload

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from oto_app.cancel import Cancelled, Switch
from oto_app.changes import Changes, Done, changes_of
from ui import busy as busy_dialog
from ui.changes import ChangeBus
from ui.printing import open_pdf
from ui.widgets import ask_save_path, attempt, sentence, show_failure
from ui.worker import Task, run_in_process, run_task

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from oto_app import audit, chain
    from oto_app.db import Database
    from oto_app.exchange.preview import ImportKind, Report

T = TypeVar("T")
Write = Callable[["Session"], Changes | Done[Any]]


class Operations(QObject):
    """Runs the application's reads and writes on one database, and tells the pages."""

    def __init__(self, database: Database, bus: ChangeBus) -> None:
        super().__init__()
        self.database = database
        self.bus = bus

    @property
    def login(self) -> str:
        """Who is signed in (the login), or an empty string."""
        actor = self.database.actor
        return actor.login if actor else ""

    # --- reads ----------------------------------------------------------------------------

    def read(self, query: Callable[[Session], T]) -> T:
        """``query`` in one session; its (plain) result."""
        with self.database.begin() as session:
            return query(session)

    def history(self, table: str, record: object) -> list[audit.Change]:
        """Every change of one record, for Geschiedenis and "changed meanwhile"."""
        from oto_app import audit

        return self.read(lambda session: audit.history(session, table, record))

    def query_in_background(
        self,
        query: Callable[[Session], T],
        on_done: Callable[[T], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task:
        """``query`` on the thread pool in its own session; the result on the GUI thread."""
        return run_task(lambda: self.read(query), on_done, on_failed)

    def in_process(
        self,
        job: Callable[..., Any],
        arguments: tuple[Any, ...],
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
        on_news: Callable[[Any], None] | None = None,
    ) -> Task:
        """A job of :mod:`oto_app.jobs` in the child process, on this database as this
        user (the job's first two arguments); what it says meanwhile goes to ``on_news``."""
        from oto_app import jobs

        where = (*jobs.where(self.database), *arguments)
        return run_in_process(job, where, on_done, on_failed, on_news)

    # --- writes ---------------------------------------------------------------------------

    @overload
    def write(self, write: Callable[[Session], Done[T]], *, busy: str | None = None) -> T: ...
    @overload
    def write(self, write: Callable[[Session], Changes], *, busy: str | None = None) -> None: ...
    def write(self, write: Write, *, busy: str | None = None) -> Any:
        """Run ``write`` in one transaction and publish what it changed; its value (an id,
        a count) back. A refusal raises ``OtoError`` with nothing written: a form shows it.
        With ``busy`` (what is being done) it runs off the GUI thread meanwhile."""
        return self._published(self._run(write, busy, cancellable=False))

    def _run(self, write: Write, busy: str | None, cancellable: bool) -> Changes | Done[Any]:
        """The unit of work of ``write``: in place, or (``busy``) on the thread pool while
        the busy dialog shows, stoppable there when ``cancellable``."""
        if busy is None:
            with self.database.begin() as session:
                return write(session)
        switch = Switch() if cancellable else None
        work = self._unit_of_work(write, switch)
        result: Changes | Done[Any] = busy_dialog.wait(
            None, busy, work, switch.cancel if switch else None
        )
        return result

    def _unit_of_work(self, work: Callable[[Session], T], switch: Switch | None) -> Callable[[], T]:
        """``work`` in a session of its own (for another thread), watched by ``switch``."""

        def run() -> T:
            try:
                with self.database.begin() as session:
                    if switch is None:
                        return work(session)
                    with switch.watching(session):
                        return work(session)
            except Exception as error:
                # Stopped midway, an interrupted statement fails as the driver says; the
                # user asked for it, so it is said as what it is.
                if switch is not None and switch.cancelled and not isinstance(error, Cancelled):
                    raise Cancelled() from error
                raise

        return run

    def _published(self, result: Changes | Done[Any]) -> Any:
        """After the commit: tell the pages what changed; the write's value back."""
        self.publish(changes_of(result))
        return result.value if isinstance(result, Done) else None

    def attempt(
        self,
        parent: QWidget,
        write: Write,
        on_done: Callable[[Any], None] | None = None,
        *,
        busy: str | None = None,
        cancellable: bool = False,
    ) -> bool:
        """:meth:`write` for a button outside a form: a refusal is shown in a message box.
        True when it was written; ``on_done`` then gets the write's value. ``busy`` and
        ``cancellable``: off the GUI thread, as :meth:`write`, with Annuleren."""
        values: list[Any] = []
        stopped: list[Cancelled] = []

        def run() -> None:
            try:
                values.append(self._published(self._run(write, busy, cancellable)))
            except Cancelled as cancelled:  # the user's own choice: said, not a failure
                stopped.append(cancelled)

        if not attempt(parent, run):
            return False
        if stopped:
            QMessageBox.information(parent, busy or "", sentence(stopped[0].message))
            return False
        if on_done is not None:
            on_done(values[0])
        return True

    def in_background(
        self,
        write: Write,
        on_done: Callable[[Any], None],
        on_failed: Callable[[BaseException], None],
    ) -> Task:
        """:meth:`write` on the thread pool (its own session); the changes are published
        and ``on_done`` called on the GUI thread, a refusal goes to ``on_failed``."""

        def work() -> Changes | Done[Any]:
            with self.database.begin() as session:
                return write(session)

        def done(result: Changes | Done[Any]) -> None:
            on_done(self._published(result))

        return run_task(work, done, on_failed)

    def import_file(
        self,
        kind: ImportKind,
        path: Path,
        dry_run: bool,
        on_done: Callable[[Report], None],
        on_failed: Callable[[BaseException], None],
        on_news: Callable[[Any], None] | None = None,
    ) -> Task:
        """Check (``dry_run``) or import a file in the child process; after a real import
        the changes its report names are published. ``on_news`` hears that it waits for
        another import on the same file (oto_app.jobs.News)."""
        from oto_app import jobs

        def done(report: Report) -> None:
            if not dry_run:
                self.publish(report.changes)
            on_done(report)

        return self.in_process(jobs.import_file, (kind, path, dry_run), done, on_failed, on_news)

    def save_file(
        self,
        parent: QWidget,
        title: str,
        suggested: str,
        filters: str,
        write: Callable[[Session, Path], object],
        open_after: bool = False,
        busy: str | None = None,
    ) -> Task | None:
        """Ask where, write the file off the GUI thread in one session, then show it (a
        PDF, in OTO's preview window) or say where it went; None when the user cancelled.

        With ``busy`` (an export that takes minutes at region scale) the busy dialog shows
        meanwhile, with Annuleren: the file is then not written at all."""
        path = ask_save_path(parent, title, suggested, filters)
        if path is None:
            return None

        def done(result: object) -> None:
            if open_after:
                open_pdf(path, parent)
                return
            text = parent.tr("Opgeslagen als %1").replace("%1", str(path))
            if isinstance(result, int):
                text += self.tr(" (%n regel(s))", "", result)
            QMessageBox.information(parent, parent.tr("Exporteren"), text + ".")

        if busy is not None:
            switch = Switch()
            work = self._unit_of_work(lambda session: write(session, path), switch)
            try:
                done(busy_dialog.wait(parent, busy, work, switch.cancel))
            except Cancelled as stopped:
                QMessageBox.information(parent, title, sentence(stopped.message))
            except Exception as error:
                show_failure(parent, error)
            return None
        return self.query_in_background(
            lambda session: write(session, path), done, lambda error: show_failure(parent, error)
        )

    def check_trail(self, how: str) -> Task | None:
        """The audit trail's hash chain, off the GUI thread: ``new`` (the entries since the
        last check, at every start; few, in a thread), ``whole`` (with every backup) or
        ``restored`` (after a restore: the restored chain becomes the checkpoint,
        :func:`oto_app.trail.realign`), those two in the child process: a large trail is
        seconds of Python, which in a thread would stall the window. The adviser is warned
        in Dutch on the GUI thread; for anyone else only a restore is realigned (they are
        not the ones to act on a warning)."""
        from oto_app import trail

        actor = self.database.actor
        if how != "restored" and (actor is None or not actor.is_adviser):
            return None

        def said(verdict: chain.Verdict) -> None:
            if not verdict.ok and actor is not None and actor.is_adviser:
                warn_trail(verdict.message)

        def unchecked(_error: BaseException) -> None:
            """A check that could not run (the database gone meanwhile) says nothing:
            the next start checks again from the same checkpoint."""

        if how == "new":
            return run_task(lambda: trail.verify_new(self.database), said, unchecked)
        from oto_app import jobs

        return self.in_process(jobs.verify_trail, (how,), said, unchecked)

    def publish(self, changes: Changes) -> None:
        """Tell the pages; only the writes above (and a reload after a failure) call this."""
        if changes:
            self.bus.publish(changes)

    def reload_everything(self) -> None:
        """After the database came back from a failure: every page reads anew."""
        self.publish(Changes.EVERYTHING)


def warn_trail(why: str) -> None:
    """The adviser's warning that the trail was changed outside OTO (a message box)."""
    QMessageBox.warning(
        None,
        QApplication.translate("app", "Logboek klopt niet"),
        QApplication.translate(
            "app",
            "Het logboek van wijzigingen is buiten OTO om aangepast. {0}. Bewaar deze "
            "melding en laat de beheerder de database controleren (oto-app audit verify).",
        ).format(sentence(why)),
    )
