"""Every file dialog opens in the user's documents folder the first time (made if a new
account has none: Qt's dialog would open in the program's folder), then where the user
chose last time: the merge list, an export, a report and an attachment, by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from oto_app.db import Database
from tests.helpers.hands import Hands
from ui.main_window import MainWindow
from ui.widgets import LAST_FOLDER, ask_open_paths

pytestmark = pytest.mark.gui


@pytest.fixture
def documents(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A new account: its documents folder (as the desktop names it) does not exist yet."""
    config = tmp_path / "config"
    config.mkdir()
    folder = tmp_path / "Mijn documenten"
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{folder}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))  # QStandardPaths reads it each time
    QSettings().remove(LAST_FOLDER)
    return folder


def save_in(hands: Hands, seen: list[Path], target: Path):  # type: ignore[no-untyped-def]
    """In Qt's file dialog: note the folder it opened in, type a name in ``target``'s
    folder, Enter."""

    def inside(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        seen.append(Path(dialog.directory().absolutePath()))
        hands.select_all_and_type(str(target))
        hands.enter()

    return inside


def test_the_first_dialog_opens_in_documents_the_next_where_the_user_went(
    qtbot: QtBot,
    demo_window: MainWindow,
    documents: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    hands = Hands(qtbot)
    page = demo_window.overview_page
    demo_window.show_page("overview")
    qtbot.waitUntil(lambda: page.merge_button.isEnabled(), timeout=30_000)
    share = tmp_path / "afdeling"
    share.mkdir()
    seen: list[Path] = []
    hands.opens(lambda: hands.click(page.merge_button), save_in(hands, seen, share / "lijst.xlsx"))
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert seen == [documents] and documents.is_dir()
    assert (share / "lijst.xlsx").is_file()
    # Another dialog, elsewhere in the program, opens where the user went.
    demo_window.show_page("activities")
    export = demo_window.activities_page.export_button
    hands.opens(lambda: hands.click(export), save_in(hands, seen, share / "activiteiten.xlsx"))
    qtbot.waitUntil(lambda: len(told) == 2, timeout=20_000)
    assert seen[1] == share
    # The choice is kept for the next time OTO starts (the user's settings).
    assert QSettings().value(LAST_FOLDER) == str(share)
    # A folder that has gone since: back to the documents.
    (share / "lijst.xlsx").unlink()
    (share / "activiteiten.xlsx").unlink()
    share.rmdir()
    hands.opens(lambda: hands.click(export), save_in(hands, seen, documents / "a.xlsx"))
    qtbot.waitUntil(lambda: len(told) == 3, timeout=20_000)
    assert seen[2] == documents
    QApplication.processEvents()


def test_a_file_dialog_beside_the_database_leaves_the_database_alone(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """Qt's file dialog opened and closed the files of its folder to learn their type;
    closing any descriptor of a file drops the process's POSIX locks on it, SQLite's too.
    Then another process's connection (the report's worker, the command line), closing,
    took itself for the database's last user and deleted the -wal and -shm the window
    still used: later saves were lost, the file could be damaged (a trial, after saving
    the Jaaroverzicht beside the database). Now the window keeps its hold."""
    import subprocess
    import sys

    from PySide6.QtTest import QTest

    database = Path(str(sqlite_db.url.database))
    wal = database.with_name(database.name + "-wal")
    with sqlite_db.begin() as session:  # a connection open in the pool, as the window has
        session.execute(text("SELECT count(*) FROM people"))
    assert wal.exists()
    hands = Hands(qtbot)

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        dialog.setViewMode(QFileDialog.ViewMode.Detail)  # the dialog's own button: with types
        QTest.qWait(1500)  # the folder listed, every file's icon and type found
        hands.escape()

    hands.opens(
        lambda: ask_open_paths(window, "Bestand", "Alles (*)", folder=str(database.parent)), look
    )
    reader = (
        f"import sqlite3; c = sqlite3.connect({str(database)!r}); "
        "c.execute('SELECT count(*) FROM people'); c.close()"
    )
    subprocess.run([sys.executable, "-c", reader], check=True, timeout=60)
    assert wal.exists()  # the other process knew it was not the last
