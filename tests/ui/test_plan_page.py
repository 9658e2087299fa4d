"""Jaarplan: the realisation per unit, the units N2 will fail, copying last year's plan."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox

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
