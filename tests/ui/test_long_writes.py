"""Long writes off the GUI thread, by hand: anonymising thousands of leavers shows what is
being done, Annuleren stops it with nobody anonymised, and done again it finishes."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from bench.generate import generate
from oto_app.db import Database, open_database
from oto_app.models import Person
from tests.conftest import ADVISER
from tests.helpers.hands import Hands
from ui import busy
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui

LEAVERS = 3000


@pytest.fixture
def region(app: QApplication, qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    """A window on a file where 3,000 people left in 2015."""
    path = tmp_path / "region.sqlite"
    generate(path, people=LEAVERS, years=1, units=20, last_year=2025, seed=1)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE people SET active = 0, left_on = '2015-06-30'")
    database = open_database(str(path))
    database.login(ADVISER)
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    yield window
    database.close()


def anonymised(database: Database) -> int:
    with database.begin() as session:
        query = select(func.count()).where(Person.first_name == "Geanonimiseerd")
        return session.scalar(query) or 0


def test_anonymising_thousands_can_be_cancelled_and_then_done(
    qtbot: QtBot, region: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(busy, "SHOW_AFTER_MS", 0)  # the busy dialog at once, to press
    hands = Hands(qtbot)
    said: list[str] = []

    def five_years(dialog: QWidget) -> None:
        hands.select_all_and_type("5")
        hands.enter()

    def yes(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.text())
        hands.key_combination("Alt+J")  # Ja

    def cancel(dialog: QWidget) -> None:
        assert dialog.objectName() == "busyDialog"
        said.append(dialog.windowTitle())
        hands.click_button(dialog, "Annuleren")

    def read_and_close(dialog: QWidget) -> None:
        assert isinstance(dialog, QMessageBox)
        said.append(dialog.text())
        hands.enter()

    def menu() -> None:
        hands.menu("Alt+R", "a")  # Beheer > Oud-medewerkers anonimiseren

    hands.answers(menu, five_years, yes, cancel, read_and_close)
    assert said[1:] == ["Oud-medewerkers anonimiseren…", "Geannuleerd; er is niets veranderd."]
    assert said[0].startswith(f"{LEAVERS} oud-medewerkers zijn langer dan 5 jaar uit dienst.")
    assert anonymised(region.database) == 0

    def seen_only(dialog: QWidget) -> None:
        assert dialog.objectName() == "busyDialog"
        said.append(dialog.windowTitle())

    hands.answers(menu, five_years, yes, seen_only)  # back when the work has ended
    assert said[-1] == "Oud-medewerkers anonimiseren…"
    assert region.statusBar().currentMessage() == f"{LEAVERS} oud-medewerkers geanonimiseerd."
    assert anonymised(region.database) == LEAVERS
