"""GUI fixtures: the real application set-up and the main window (helpers: tests/helpers)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from tests.helpers.dialogs import find, on_next_dialog, raise_from  # noqa: F401  (older tests)
from ui.app import create_application
from ui.changes import ChangeBus
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.pages.staff_page import StaffPage
from ui.pages.units_page import UnitsPage


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
    # A column width a test dragged is remembered, as for a user: the next test's window
    # would open with it (a dragged Onderdelen column made a later test see it cut).
    QSettings().remove("columnWidths")


@pytest.fixture
def demo_window(window: MainWindow, sqlite_db: Database) -> MainWindow:
    """The main window on the demo municipality (as of 23 November 2026)."""
    import datetime as dt

    from oto_app import demo

    with sqlite_db.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    return window


@pytest.fixture
def ops(app: QApplication, sqlite_db: Database) -> Iterator[Operations]:
    """The window's operations on the test database, without a window: a page or dialog
    built on them alone is what the test exercises (a change bus of their own)."""
    yield Operations(sqlite_db, ChangeBus())
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    gc.collect()  # on the GUI thread, as the window fixture does


def _shown(qtbot: QtBot, page: QWidget) -> QWidget:
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    return page


@pytest.fixture
def staff_page(qtbot: QtBot, ops: Operations) -> StaffPage:
    """The Medewerkers page alone, on screen."""
    page = StaffPage(ops)
    _shown(qtbot, page)
    return page


@pytest.fixture
def units_page(qtbot: QtBot, ops: Operations) -> UnitsPage:
    """The Onderdelen page alone, on screen (beside a staff page on the same operations)."""
    page = UnitsPage(ops)
    _shown(qtbot, page)
    return page
