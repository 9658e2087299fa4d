"""The bad day in the window: a save into a full disk or a read-only folder is a warning
that names the folder and the free space, leaves nothing behind, and works once repaired."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.services import staff
from tests import faults
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
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)")
        )
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
        assert said == [f"Opgeslagen als {target} (1 regels)."]
        assert fault.files() == ["medewerkers.xlsx"]
