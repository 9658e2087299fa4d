"""GUI test helpers: the real application set-up, the main window, and modal dialogs."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from ui.app import create_application
from ui.main_window import MainWindow


@pytest.fixture
def app(qapp: QApplication) -> QApplication:
    """pytest-qt's QApplication, configured as the real app configures it."""
    return create_application()


@pytest.fixture
def window(app: QApplication, qtbot: QtBot, sqlite_db: Database) -> Iterator[MainWindow]:
    main = MainWindow(sqlite_db)
    qtbot.addWidget(main)
    main.show()
    yield main
    QThreadPool.globalInstance().waitForDone()  # no background work outlives its database
    QApplication.processEvents()
    # Collect this test's garbage here, on the GUI thread: left to chance, the collector can
    # run in the next test's worker thread and delete Qt objects there, which crashes Qt.
    gc.collect()


@pytest.fixture
def demo_window(window: MainWindow, sqlite_db: Database) -> MainWindow:
    """The main window on the demo municipality (as of 23 November 2026)."""
    import datetime as dt

    from oto_app import demo

    with sqlite_db.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    return window


def on_next_dialog(qtbot: QtBot, handle: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``handle`` on the next modal dialog that opens (exec() blocks the test).

    Whatever happens in ``handle``, the dialog is closed afterwards so the test cannot
    hang; an exception is kept in the returned list and re-raised by :func:`raise_from`.
    """
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        assert isinstance(dialog, QDialog)
        try:
            handle(dialog)
        except BaseException as error:
            errors.append(error)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return errors


def raise_from(errors: list[BaseException]) -> None:
    if errors:
        raise errors[0]


def find(parent: QWidget, kind: type, name: str) -> QWidget:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found
