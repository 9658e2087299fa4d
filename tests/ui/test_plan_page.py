"""Jaarplan: the realisation per unit, the units N2 will fail, copying last year's plan."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import ActivityStatus
from tests.helpers.activities import unit_exercise
from ui.main_window import MainWindow


def test_realisation_and_copying_last_years_plan(
    window: MainWindow, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    year = dt.date.today().year
    with sqlite_db.begin() as session:
        unit_exercise(session, "OV", dt.date(year - 1, 3, 1), held=True)
    page = window.plan_page
    window.show_page("plan")
    assert page.year.value() == year
    rows = {r.code: r for r in page.model.rows()}
    assert rows["OV"].at_risk and "Zonder oefening" in page.summary.text()
    ov_row = [r.code for r in page.model.rows()].index("OV")
    assert page.model.index(ov_row, 6).data() == "let op: geen oefening"

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.copy_button.click()
    assert told == [f"1 activiteit gepland in {year}."]
    assert page.model.index(ov_row, 2).data() == "1"  # planned
    assert page.model.index(ov_row, 6).data() == "1 gepland of gehouden"
    # The activities page shows the copy as planned.
    window.show_page("activities")
    window.activities_page.year.setValue(year)
    [copied] = window.activities_page.model.rows()
    assert (copied.title, copied.status) == ("Oefening OV", ActivityStatus.PLANNED)


def test_the_footer_counts_each_activity_once_as_activiteiten_lists_them(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.show_page("activities")
    activities = window.activities_page
    activities.year.setValue(2026)
    qtbot.waitUntil(lambda: activities.model.rowCount() > 0)
    status = [activities.model.headerData(c, Qt.Orientation.Horizontal) for c in range(8)].index(
        "Status"
    )
    listed = Counter(
        activities.model.index(r, status).data() for r in range(activities.model.rowCount())
    )
    assert listed == {"gepland": 1, "uitgevoerd": 8}  # the demo's 2026
    window.show_page("plan")
    page = window.plan_page
    page.year.setValue(2026)
    # The table counts an activity for each unit in it (the beleidsteam's exercise is also
    # VC's), so its columns add up to more than Activiteiten lists; the footer does not.
    column_sum = sum(int(page.model.index(r, 2).data()) for r in range(page.model.rowCount()))
    assert column_sum == 2
    assert page.summary.text().startswith(
        "1 activiteit gepland, 8 uitgevoerd, 0 geannuleerd. In de tabel telt een activiteit "
        "mee bij elk onderdeel dat meedoet."
    )
