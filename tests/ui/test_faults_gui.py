"""The bad day in the window: a save into a full disk or a read-only folder is a warning
that names the folder and the free space, leaves nothing behind, and works once repaired."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oto_app import backup, demo, health
from oto_app.db import Database, open_database
from oto_app.errors import DatabaseError
from oto_app.services import staff
from tests import faults
from tests.helpers.file_dialogs import choose_files
from tests.ui.conftest import on_next_dialog, raise_from
from ui.app import check_in_background, database_down
from ui.main_window import MainWindow


@pytest.mark.parametrize("kind", ["schijf vol", "map alleen-lezen"])
def test_a_failed_save_is_a_sentence_and_a_retry_works(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    with sqlite_db.begin() as session:
        staff.create_person(session, staff.PersonData("1", "Anna", "Bakker"))
    make = faults.full_disk if kind == "schijf vol" else faults.read_only_folder
    warned: list[str] = []
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: said.append(text))
    window.show_page("staff")
    with make() as fault:
        target = fault.folder / "medewerkers.xlsx"
        choose_files(monkeypatch, target, chosen="Excel (*.xlsx)")
        with fault.active():
            window.staff_page.export_button.click()
            qtbot.waitUntil(lambda: bool(warned), timeout=10_000)
        [warning] = warned
        assert warning.lower().startswith("medewerkers.xlsx is niet opgeslagen"), warning
        assert f"map {fault.folder}" in warning and "vrij" in warning
        assert fault.files() == []
        fault.repair()
        window.staff_page.export_button.click()
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        assert said == [f"Opgeslagen als {target} (1 regel)."]
        assert fault.files() == ["medewerkers.xlsx"]


def _zeroed_with_a_good_backup(path: Path) -> backup.BackupInfo:
    """The demo database with three zeroed pages mid-file, and a good backup beside it."""
    database = open_database(str(path))
    database.login("adviseur")
    with database.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    good = backup.automatic(path, "start", now=dt.datetime(2026, 11, 30, 8, 0))
    assert good is not None
    database.close()
    data = bytearray(path.read_bytes())
    middle = len(data) // 2 // 4096 * 4096
    data[middle : middle + 3 * 4096] = bytes(3 * 4096)  # three zeroed pages
    path.write_bytes(bytes(data))
    return good


def _window_on(qtbot: QtBot, path: Path) -> tuple[MainWindow, Database]:
    database = open_database(str(path))
    database.login("adviseur")
    window = MainWindow(database)
    window.owns_database = True
    qtbot.addWidget(window)
    window.show()
    return window, database


def test_a_damaged_database_at_start_offers_the_newest_good_backup(
    app: QApplication, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "oto.sqlite"
    good = _zeroed_with_a_good_backup(path)
    window, database = _window_on(qtbot, path)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    said: list[str] = []

    def restore(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.text())
        [button] = [b for b in dialog.buttons() if "terugzetten" in b.text()]
        button.click()

    errors = on_next_dialog(qtbot, restore)
    window.health_check = check_in_background(window, database)
    qtbot.waitUntil(lambda: window.successor is not None, timeout=20_000)
    raise_from(errors)
    assert "is beschadigd" in said[0] and str(good.path) in said[0]
    successor = window.successor
    assert successor is not None
    assert health.check_file(path) == "ok"
    assert list(backup.folder_for(path).glob("*-beschadigd.sqlite.kapot"))
    successor.close()


def test_retrying_on_a_damaged_database_checks_it_offers_the_backup_and_writes_nothing(
    app: QApplication, qtbot: QtBot, tmp_path: Path
) -> None:
    """Zeroed pages read as empty tables: a page's refusal said "Database niet bereikbaar"
    with only Opnieuw proberen, and after the retry a person's save went into the file."""
    path = tmp_path / "oto.sqlite"
    good = _zeroed_with_a_good_backup(path)
    _window, database = _window_on(qtbot, path)
    before = faults.digest(path)
    titles: list[str] = []

    def damaged(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        titles.append(dialog.windowTitle())
        assert str(good.path) in dialog.text()
        assert [b for b in dialog.buttons() if "terugzetten" in b.text()]

    def retry(dialog: QDialog) -> None:
        assert isinstance(dialog, QMessageBox)
        titles.append(dialog.windowTitle())
        later.extend(on_next_dialog(qtbot, damaged))
        [button] = [b for b in dialog.buttons() if b.text() == "Opnieuw proberen"]
        button.click()

    later: list[BaseException] = []
    errors = on_next_dialog(qtbot, retry)
    database_down(DatabaseError("db_unreachable", where=str(path), detail="disk I/O error"))
    raise_from(errors)
    raise_from(later)
    assert titles == ["Database niet bereikbaar", "Database beschadigd"]
    with pytest.raises(DatabaseError) as refused, database.begin() as session:
        staff.create_person(session, staff.PersonData("99", "Anna", "Bakker"))
    assert refused.value.key == "db_damaged_backup"
    assert faults.digest(path) == before

    offered: list[str] = []
    errors = on_next_dialog(qtbot, lambda dialog: offered.append(dialog.windowTitle()))
    database_down(refused.value)  # a page's refusal of the damaged file: the backup at once
    raise_from(errors)
    assert offered == ["Database beschadigd"]


def test_a_save_whose_server_connection_drops_keeps_the_typing_and_works_again(
    request: pytest.FixtureRequest, app: QApplication, qtbot: QtBot
) -> None:
    """The server ends the connection as the person dialog saves: the dialog says so in
    Dutch, keeps what was typed, and saving again opens a new connection and works."""
    from PySide6.QtCore import QThreadPool

    from tests.conftest import ADVISER, new_database_url
    from tests.helpers.dialogs import save, type_person

    database = open_database(new_database_url(request, "postgresql"))
    database.login(ADVISER)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    window.show_page("staff")
    drop = faults.DroppedConnection(str(database.url.render_as_string(hide_password=False)))
    seen: dict[str, object] = {}

    def handle(dialog: QDialog) -> None:
        type_person(qtbot, dialog, "4711", "Anna", "de", "Vries")
        with drop.watching(at=1, kinds=("INSERT",)):
            save(dialog)
        seen["dropped"] = drop.dropped
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]
        seen["kept"] = dialog.first_name.text()  # type: ignore[attr-defined]
        save(dialog)
        seen["closed"] = not dialog.isVisible()

    try:
        errors = on_next_dialog(qtbot, handle)
        window.staff_page.new_person()
        raise_from(errors)
        assert seen["dropped"] and seen["kept"] == "Anna" and seen["closed"], seen
        assert str(seen["error"]).startswith("De databaseserver "), seen
        assert "is niet bereikbaar" in str(seen["error"]), seen
        assert window.staff_page.model.total == 1
    finally:
        QThreadPool.globalInstance().waitForDone()
        window.close()
        database.close()
