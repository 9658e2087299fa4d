"""Starting the GUI: the QApplication, language, style, opening the database with care."""

from __future__ import annotations

import gc
import os
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from oto_app.errors import DatabaseError, OtoError
from ui import language
from ui.focus_style import FocusFrames
from ui.icons import resource_path
from ui.main_window import MainWindow
from ui.widgets import offer, offer_restore, sentence
from ui.worker import Task, run_task

if TYPE_CHECKING:
    from oto_app.db import Database


def create_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings), Dutch locale, translations and style."""
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    assert isinstance(app, QApplication)
    from oto_app import driver_log

    driver_log.keep_driver_notes()
    app.setOrganizationName("OTO")
    app.setApplicationName("OTO")
    language.install(app)
    app.setWindowIcon(QIcon(resource_path("oto.svg")))
    if app.property("focusFrames") is None and app.style().name().lower() == "fusion":
        app.setStyle(FocusFrames("fusion"))  # Fusion, with a button focus one can see
        app.setProperty("focusFrames", True)
    with open(resource_path("style.qss"), encoding="utf-8") as handle:
        app.setStyleSheet(handle.read())
    collect_on_gui_thread(app)
    return_to_the_window_underneath(app)
    return app


def return_to_the_window_underneath(app: QApplication) -> None:
    """When a modal dialog that had the keyboard closes, the window it was opened from gets
    the keyboard back (as Windows does for a dialog's owner). Without this, where no window
    manager does it (Xvfb, some remote-desktop set-ups), no window is active after a
    dialog and the next key or shortcut goes nowhere. A signal, not an event filter: it
    costs nothing between dialogs."""
    if app.property("returnsToWindowUnderneath") is not None:
        return
    app.focusChanged.connect(_focus_changed)
    app.setProperty("returnsToWindowUnderneath", True)


def _focus_changed(old: QWidget | None, now: QWidget | None) -> None:
    if now is not None or old is None or not old.window().isModal():
        return
    dialog = old.window()
    underneath = _windows_underneath(dialog)
    # Looked at once the dialog has finished closing (and any dialog under it that closed
    # with it, as a form does after "Weggooien?").
    QTimer.singleShot(0, lambda: _activate(underneath, dialog))


def _windows_underneath(dialog: QWidget) -> list[QWidget]:
    """The window the dialog was opened from, the one that one was opened from, and so on,
    then the main window."""
    windows = []
    parent = dialog.parentWidget()
    while parent is not None:
        windows.append(parent.window())
        parent = parent.window().parentWidget()
    mains = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow)]
    return windows + mains


def _activate(underneath: list[QWidget], dialog: QWidget) -> None:
    """Only when the dialog closed (not left open for another program) and nothing took
    the keyboard meanwhile (a window manager); a dialog opened meanwhile gets it first."""
    if (shiboken6.isValid(dialog) and dialog.isVisible()) or QApplication.activeWindow():
        return
    modal = QApplication.activeModalWidget()  # the next dialog, not yet given the keyboard
    for window in [modal] if modal is not None else underneath:
        if shiboken6.isValid(window) and window.isVisible():
            window.activateWindow()
            return


def collect_on_gui_thread(app: QApplication) -> None:
    """Run Python's cycle collector only on the GUI thread, on a timer.

    Left automatic, it runs in whichever thread happens to allocate when a threshold is
    passed; in a worker thread, garbage holding Qt objects (a closed dialog in a cycle)
    would be deleted off the GUI thread, which crashes Qt. Young objects are collected
    every second, everything every minute.
    """
    if app.property("collectorTimer") is not None:
        return
    gc.disable()
    young, full = QTimer(app), QTimer(app)
    young.timeout.connect(lambda: gc.collect(1))
    full.timeout.connect(gc.collect)
    young.start(1000)
    full.start(60_000)
    app.setProperty("collectorTimer", True)


def open_with_dialogs(db: str | None, parent: QWidget | None = None) -> Database | None:
    """Open the database; on failure explain it and offer to try again. None: gave up."""
    from oto_app.db import open_database, resolve_url

    while True:
        try:
            return open_database(resolve_url(db))
        except DatabaseError as error:
            if not offer(
                parent,
                QMessageBox.Icon.Critical,
                QApplication.translate("app", "Database niet te openen"),
                sentence(error.message),
                QApplication.translate("app", "Opnieuw proberen"),
                QApplication.translate("app", "Afsluiten"),
            ):
                return None


def _show_unexpected(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """Last resort: an unexpected error becomes a dialog with details, not a dead window.

    A refusal of the core that no dialog caught — above all the database server gone
    while a page was reading — is said in its own words, with *Opnieuw proberen*, which
    reloads every page; forms keep what was typed in them."""
    if isinstance(error, OtoError):
        database_down(error)
        return
    details = "".join(traceback.format_exception(kind, error, tb))
    sys.stderr.write(details)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QApplication.translate("app", "Er ging iets mis"),
        QApplication.translate(
            "app",
            "Er trad een onverwachte fout op. Uw opgeslagen gegevens zijn "
            "veilig; niet-opgeslagen invoer kan verloren zijn.",
        ),
    )
    box.setDetailedText(details)
    box.exec()


def database_down(error: OtoError) -> None:
    """A refusal no dialog caught; *Opnieuw proberen* reloads every page, but checks a
    SQLite file first: a damaged one offers its backup instead (and takes no write)."""
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    window = next((w for w in windows if hasattr(w, "ops") and w.isVisible()), None)
    if window is not None and offer_restore(window, error):
        return
    if offer(
        None,
        QMessageBox.Icon.Warning,
        QApplication.translate("app", "Database niet bereikbaar")
        if isinstance(error, DatabaseError)
        else QApplication.translate("app", "Niet gelukt"),
        sentence(error.message),
        QApplication.translate("app", "Opnieuw proberen"),
        QApplication.translate("app", "Sluiten"),
    ):
        if window is not None and window.database.is_sqlite:
            from oto_app import health

            path = Path(window.database.url.database or "")
            try:
                verdict = health.check_file(path)
            except OtoError as unreadable:
                database_down(unreadable)
                return
            if verdict != "ok":
                database_down(health.damaged(path, verdict))
                return
        for each in windows:  # a closed window's bus may be gone before its wrapper
            if hasattr(each, "ops") and shiboken6.isValid(each.ops.bus):
                each.ops.reload_everything()


def daily_backup(database: Database) -> bool:
    """At most once a day, a checked copy beside the database (SQLite only); says whether
    one was made."""
    if not database.is_sqlite:
        return False
    from oto_app import backup

    try:
        return backup.automatic(backup.sqlite_path(database.url), "start") is not None
    except (OtoError, OSError) as error:  # a failed backup must not stop the work
        message = error.message if isinstance(error, OtoError) else str(error)
        QMessageBox.warning(
            None, QApplication.translate("app", "Back-up niet gelukt"), sentence(message)
        )
        return False


def has_display() -> bool:
    if sys.platform != "linux" or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def run(db: str | None) -> int:
    if not has_display():
        print(
            "oto-app: geen beeldscherm gevonden (DISPLAY is leeg). Start OTO op een "
            "bureaublad, of gebruik een commando: oto-app --help",
            file=sys.stderr,
        )
        return 2
    app = create_application()
    sys.excepthook = _show_unexpected
    window = MainWindow()
    window.show()
    app.processEvents()  # the frame is on screen before the database and its libraries load
    QTimer.singleShot(0, lambda: _open_in(window, db))
    return app.exec()


def _open_in(window: MainWindow, db: str | None) -> None:
    """Open the database into the shown window; giving up closes it (exit status 1)."""
    database = open_with_dialogs(db, window)
    if database is None:
        window.close()
        QApplication.exit(1)
        return
    window.owns_database = True
    window.db_option = db
    try:
        database.login()
    except OtoError as error:
        QMessageBox.critical(
            window, QApplication.translate("app", "Aanmelden"), sentence(error.message)
        )
        window.close()
        QApplication.exit(1)
        return
    window.attach(database)
    window.health_check = check_in_background(window, database)
    settle_garbage()


def check_in_background(window: MainWindow, database: Database) -> Task | None:
    """PRAGMA quick_check off the GUI thread (0.9 s at 100,000 people); a damaged file is
    said at once, with the newest good backup to put back; a sound one gets its daily
    backup (never a copy of a damaged file)."""
    if not database.is_sqlite:
        window.trail_check = window.ops.check_trail("new")
        return None
    from oto_app import health

    path = Path(database.url.database or "")

    def check() -> DatabaseError | None:
        verdict = health.check_file(path)
        return None if verdict == "ok" else health.damaged(path, verdict)

    def found(damage: DatabaseError | None) -> None:
        if damage is None:
            window.trail_check = window.ops.check_trail(
                "whole" if daily_backup(database) else "new"
            )
        elif not offer_restore(window, damage):
            title = QApplication.translate("app", "Database beschadigd")
            QMessageBox.critical(window, title, sentence(damage.message))

    return run_task(check, found, lambda _error: None)


def settle_garbage() -> None:
    """After start-up: what exists now (modules, mappers, the window) lives as long as the
    app, so the collector stops scanning it. A full collection of the app on 100,000 people
    took 0.15-0.22 s on the GUI thread, after this next to nothing."""
    gc.collect()
    gc.freeze()
