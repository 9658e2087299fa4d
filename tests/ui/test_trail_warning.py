"""The adviser is warned when the audit trail was changed outside OTO: at start (the
entries since the last check) and with every backup (the whole chain), the check running
off the GUI thread so the window keeps responding. A restored backup is an older trail on
purpose, not a rewritten one: after *Back-up terugzetten* no warning, until someone
tampers with the restored trail."""

from __future__ import annotations

import datetime as dt
import gc
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from oto_app import backup, chain
from oto_app.db import Database
from oto_app.services import staff
from oto_app.services.staff import PersonData
from tests.helpers.hands import Hands
from tests.ui.test_responsive import _assert_responsive, heartbeat
from ui.app import check_in_background, settle_garbage
from ui.main_window import MainWindow

WARNING = "Het logboek van wijzigingen is buiten OTO om aangepast."


@contextmanager
def read_boxes(hands: Hands) -> Iterator[list[str]]:
    """What warnings say while the block runs, each closed with its OK as a person would
    (a box opened in a callback blocks until someone closes it)."""
    said: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        warning = isinstance(box, QMessageBox) and box.icon() is QMessageBox.Icon.Warning
        if warning and box.isVisible():
            said.append(box.text())
            hands.click_button(box, "OK")

    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(20)
    try:
        yield said
    finally:
        timer.stop()


def _checked(qtbot: QtBot, window: MainWindow) -> None:
    """Until the trail's check has run and its result is in."""
    qtbot.waitUntil(lambda: window.trail_check is not None, timeout=30_000)
    task = window.trail_check
    qtbot.waitUntil(lambda: not task.running, timeout=60_000)  # type: ignore[attr-defined]
    qtbot.wait(100)  # its result, delivered on the GUI thread


def _start(qtbot: QtBot, window: MainWindow) -> None:
    """The checks of a start: the file, the daily backup, the trail."""
    window.trail_check = None
    window.health_check = check_in_background(window, window.database)
    _checked(qtbot, window)


def _person(database: Database, number: str) -> None:
    with database.begin() as session:
        staff.create_person(session, PersonData(number, "Anna", f"Vries{number}"))


def _tamper(database: Database, entry: str = "(SELECT max(id) FROM audit_log)") -> None:
    with database.engine.begin() as connection:
        connection.execute(text(f"UPDATE audit_log SET login = 'a.adviseur' WHERE id = {entry}"))


def test_a_rewritten_trail_is_said_to_the_adviser_and_to_no_one_else(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    _person(sqlite_db, "M1")
    with read_boxes(hands) as said:
        _start(qtbot, window)
        assert said == []
        _tamper(sqlite_db, "2")  # an old entry: only the whole chain finds it
        window.trail_check = window.ops.check_trail("whole")
        _checked(qtbot, window)
        qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1
    assert said[0].startswith(WARNING) and "Logboekregel 2 (" in said[0]
    sqlite_db.login("lezer")  # the reader is not the one to act on it
    assert window.ops.check_trail("whole") is None


def test_a_restored_backup_is_no_rewritten_trail_but_tampering_after_it_is(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, tmp_path: Path
) -> None:
    hands = Hands(qtbot)
    _person(sqlite_db, "M1")
    older = backup.backup(backup.sqlite_path(sqlite_db.url), tmp_path / "maandag.sqlite")
    _person(sqlite_db, "M2")
    _person(sqlite_db, "M3")
    with read_boxes(hands) as said:
        _start(qtbot, window)  # the checkpoint: M3's entry, which the backup does not have
        hands.opens(
            lambda: window.restore_backup(older.path),  # as offered for a damaged file
            lambda box: hands.click_button(box, "Ja"),
        )
        restored = window.successor
        assert restored is not None
        qtbot.addWidget(restored)
        _checked(qtbot, restored)
        _person(restored.database, "M4")  # signed in as before: the adviser may save
        _start(qtbot, restored)  # the next start
        assert said == []
        _tamper(restored.database, "2")  # in the restored trail
        restored.trail_check = restored.ops.check_trail("whole")  # as with the next backup
        _checked(qtbot, restored)
        qtbot.waitUntil(lambda: bool(said))
    assert len(said) == 1 and said[0].startswith(WARNING) and "Logboekregel 2 (" in said[0]
    restored.close()


def _long_trail(database: Database, entries: int) -> None:
    """``entries`` sealed trail entries, written straight into the file (as a long
    working life of the database would leave them)."""
    with database.engine.connect() as connection:
        previous = chain.last_hash(connection)
    at = dt.datetime(2026, 1, 5, 9, 0, 0)
    rows = [(str(n), None, f'{{"last_name": "Vries{n}"}}') for n in range(entries)]
    salts, hashes = chain.link(previous, at, "adviseur", "insert", "people", rows)
    with sqlite3.connect(database.url.database or "") as file:
        file.executemany(
            "INSERT INTO audit_log (at, login, action, table_name, record_id, old, new, salt, "
            "hash) VALUES (?, 'adviseur', 'insert', 'people', ?, ?, ?, ?, ?)",
            [
                (at.isoformat(sep=" "), *row, salt, hashed)
                for row, salt, hashed in zip(rows, salts, hashes, strict=True)
            ],
        )
    file.close()


def test_the_whole_chain_is_checked_while_the_window_keeps_responding(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    # 1.5 s of checking on a machine shared by eight engineers, 0.4 s on a quiet one:
    # enough for the quiet one too (the responsiveness needs half a second to tell)
    _long_trail(sqlite_db, 150_000)
    window.trail_check = window.ops.check_trail("whole")  # the child process, started
    _checked(qtbot, window)  # once in the app's life, is running from here on
    _tamper(sqlite_db)
    settle_garbage()  # as the app does after its start (a full collection is a pause too)
    with read_boxes(hands) as said, heartbeat() as beats:
        window.trail_check = window.ops.check_trail("whole")
        qtbot.waitUntil(lambda: bool(said), timeout=60_000)
    gc.unfreeze()
    with sqlite_db.engine.connect() as connection:
        last = chain.last_id(connection)
    assert said[0].startswith(WARNING) and f"Logboekregel {last} (" in said[0]
    _assert_responsive(beats[: len(beats) - 1])
