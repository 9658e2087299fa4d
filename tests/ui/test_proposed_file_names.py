"""The name a save dialog proposes is one a person recognises, in the window's language:
the presentielijst by the activity's date and title (it carried the database's number),
the English window's annual overview in English (it proposed jaaroverzicht-oto-2026.pdf)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from oto_app.dates import format_date
from oto_app.db import Database
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _proposed(hands: Hands, act) -> str:  # type: ignore[no-untyped-def]
    """Do ``act``; the file name the save dialog it opens proposes; then Escape."""
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        seen.append(name.text())
        hands.escape()

    hands.opens(act, read)
    return seen[0]


def test_the_presentielijst_is_named_by_date_and_title(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    day = dt.date.today() + dt.timedelta(days=7)
    with sqlite_db.begin() as session:
        unit_exercise(session, "CRAS", day)
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")  # Activiteiten
    page = window.activities_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hands.click_row(page.table, 0)
    proposed = _proposed(hands, lambda: hands.shortcut("Alt+L"))  # Presentie&lijst (PDF)…
    assert proposed == f"presentielijst-{format_date(day)}-oefening-cras.pdf"


@pytest.mark.usefixtures("english")
def test_the_english_window_proposes_english_names(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+7")  # Reports
    page = window.reports_page
    year = page.year.value()
    proposed = _proposed(hands, lambda: hands.click(page.make_button))
    assert proposed == f"oto-annual-overview-{year}.pdf"
    hands.shortcut("Ctrl+2")  # Staff
    proposed = _proposed(hands, lambda: hands.click(window.staff_page.export_button))
    assert proposed == "staff.xlsx"
