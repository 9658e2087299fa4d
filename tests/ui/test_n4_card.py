"""The Overzicht's N4 card counts evaluations as the norms code does: afgerond means an
evaluation finished, not an exercise held; the card and ``compliance --format json`` say
the same, before and after an exercise is evaluated by hand."""

from __future__ import annotations

import json
from collections import Counter

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app import cli
from oto_app.db import Database
from oto_app.models import EvaluationStatus
from tests.helpers.hands import Hands
from ui.main_window import MainWindow


def _card(window: MainWindow) -> tuple[str, str]:
    """What the N4 card says: its figure and the line under it."""
    _title, value, detail = window.overview_page.cards["N4"].text().split("\n")
    return value, detail


def _json_counts(
    db: Database, window: MainWindow, capsys: pytest.CaptureFixture[str]
) -> Counter[str]:
    page = window.overview_page
    assert page.result is not None
    on = page.result.reference_date
    capsys.readouterr()
    argv = ["--db", str(db.url.database), "compliance", "--year", str(on.year)]
    assert cli.main([*argv, "--on", on.isoformat(), "--format", "json"]) == 0
    return Counter(e["status"] for e in json.loads(capsys.readouterr().out)["evaluations"])


def _agree(card: tuple[str, str], counts: Counter[str]) -> None:
    late = f"{counts['overdue']} te laat"
    assert card == (late, f"{counts['done']} afgerond, {counts['open']} open")


def _refreshed(qtbot: QtBot, window: MainWindow) -> None:
    page = window.overview_page
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.refresh()


def test_the_n4_card_counts_finished_evaluations_like_the_json(
    qtbot: QtBot, demo_window: MainWindow, sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    window, hands = demo_window, Hands(qtbot)
    _refreshed(qtbot, window)
    before = _json_counts(sqlite_db, window, capsys)
    assert before["done"] and sum(before.values()) > before["done"]  # not every one finished
    _agree(_card(window), before)

    hands.shortcut("Ctrl+6")  # Evaluaties
    page = window.evaluations_page
    qtbot.waitUntil(lambda: page.todo.rowCount() > 0)
    unfinished = [i for i, r in enumerate(page.todo.rows()) if r.status != EvaluationStatus.FINAL]
    hands.click_row(page.todo_view, unfinished[0])

    def finish(dialog: QWidget) -> None:
        hands.tab_to("Auteur")
        hands.type("A. Adviseur")
        hands.tab_to("Status")
        hands.choose("afgerond")
        hands.enter()  # saves, from the list box too

    hands.opens(lambda: hands.shortcut("Alt+E"), finish)
    hands.shortcut("Ctrl+1")  # Overzicht
    _refreshed(qtbot, window)
    after = _json_counts(sqlite_db, window, capsys)
    assert after["done"] == before["done"] + 1
    _agree(_card(window), after)
