"""Help > Over OTO: the version, the database and its schema, where data and backups are."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QDialog, QLabel
from pytestqt.qtbot import QtBot

from oto_app import __version__, migrations
from oto_app.db import Database
from tests.helpers.dialogs import on_next_dialog, raise_from
from ui.dialogs.about_dialog import AboutDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_about_shows_version_database_schema_data_and_backups(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    seen: dict[str, str] = {}
    copied: list[str] = []
    shown_tip: list[str] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, AboutDialog)
        texts = [label.text() for label in dialog.findChildren(QLabel)]
        seen.update(dialog.values)
        shown_tip.extend(lb.toolTip() for lb in dialog.findChildren(QLabel) if lb.toolTip())
        assert any("Opleiden, Trainen, Oefenen" in text for text in texts)
        dialog.copy_button.click()
        copied.append(QGuiApplication.clipboard().text())

    action = window.findChild(QAction, "aboutAction")
    assert action is not None and action.text() == "&Over OTO"
    errors = on_next_dialog(qtbot, read)
    action.trigger()
    raise_from(errors)
    database = Path(sqlite_db.url.database or "")
    assert seen["Versie"] == __version__
    assert seen["Database"] == f"{database} (bestand op deze computer)"
    # In Dutch, its place in the chain; the revision's (English) id for the helpdesk.
    assert seen["Schemaversie"] == f"versie {len(migrations.REVISIONS)}"
    assert shown_tip == [migrations.HEAD]
    assert seen["Back-ups"] == str(database.parent / "backups")
    assert seen["Gegevensmap"]
    assert seen["Uw instellingen"]  # where this user's window settings are kept
    assert copied and (
        f"Schemaversie: versie {len(migrations.REVISIONS)} ({migrations.HEAD})" in copied[0]
    )
