"""A page's list by keys, one rule on every page: Ctrl+F goes to the search box, Down from
there into the list, Escape empties the search; a search that still fits the person chosen
keeps them chosen; after a form the list has the keyboard on the same row; and Tab into a
list with nothing chosen chooses a row, so its buttons are not greyed."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.services import staff
from tests.helpers.hands import Hands
from tests.helpers.people import unit_members
from tests.ui.test_journeys_by_hand import PAPER_LIST
from ui.main_window import MainWindow


def test_search_box_and_list_by_keys_on_medewerkers(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        unit_members(session, "CRAS", PAPER_LIST, dt.date(2020, 1, 1))
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+2")  # Medewerkers
    page = window.staff_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 5)

    def chosen() -> str | None:
        return page.panel.detail.name if page.panel.detail is not None else None

    def searched(text: str, rows: int) -> None:
        qtbot.waitUntil(lambda: page.model.query.search == text and page.model.rowCount() == rows)

    hands.shortcut("Ctrl+F")
    assert hands.focused() is page.search
    hands.type("veen")
    searched("veen", 2)
    hands.key(Qt.Key.Key_Down)  # into the list, on its first row
    assert hands.focused() is page.table
    assert chosen() == page.model.row(0).name
    hands.key(Qt.Key.Key_Down)
    second = page.model.row(1).name
    assert chosen() == second

    hands.shortcut("Ctrl+F")  # the text selected: typing replaces it
    hands.type("veenstra")
    searched("veenstra", 2)
    assert chosen() == second  # still in the list: still chosen
    hands.escape()  # empties the search, the dialog-less page stays
    searched("", 5)
    assert page.search.text() == ""
    assert chosen() == second

    def phone(dialog: QWidget) -> None:
        hands.tab_to("Telefoon")
        hands.type("0612345678")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+W"), phone)  # Bewerken…
    qtbot.waitUntil(lambda: hands.focused() is page.table)  # not the sidebar
    assert chosen() == second  # on the same row
    row = page.table.currentIndex().row()
    hands.key(Qt.Key.Key_Up)  # keys typed now are not lost
    assert page.table.currentIndex().row() == row - 1
    with sqlite_db.begin() as session:
        phones = {p.name: p.phone for p in staff.list_people(session, staff.StaffQuery())}
    assert phones[second] == "0612345678"


@pytest.mark.parametrize(
    ("keys", "view"),
    [
        ("Ctrl+2", "staff_page.table"),
        ("Ctrl+3", "units_page.table"),
        ("Ctrl+4", "activities_page.table"),
        ("Ctrl+5", "plan_page.table"),
        ("Ctrl+6", "evaluations_page.todo_view"),
    ],
)
def test_tab_into_a_list_chooses_a_row(
    qtbot: QtBot, demo_window: MainWindow, keys: str, view: str
) -> None:
    hands = Hands(qtbot)
    hands.shortcut(keys)
    page_name, view_name = view.split(".")
    page = getattr(demo_window, page_name)
    target: QAbstractItemView = getattr(page, view_name)
    qtbot.waitUntil(lambda: target.model().rowCount() > 0)
    # (Onderdelen opens on its first unit; the others open with none chosen)
    hands.tab_until(lambda w: w is target, view)
    assert target.selectionModel().selectedRows(), "Tab into the list chose no row"
    if view_name == "todo_view":
        assert page.evaluate_button.isEnabled()  # Evalueren… not greyed


def test_activiteiten_search_box_by_the_same_keys(qtbot: QtBot, demo_window: MainWindow) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")  # Activiteiten
    page = demo_window.activities_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 1)
    everything = page.model.rowCount()
    hands.shortcut("Ctrl+F")
    assert hands.focused() is page.search
    hands.type("CRAS")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everything)
    hands.key(Qt.Key.Key_Down)
    assert hands.focused() is page.table
    assert page.current() is not None and page.current() == page.model.row(0)
    hands.shortcut("Ctrl+F")
    hands.escape()
    assert page.search.text() == ""
    qtbot.waitUntil(lambda: page.model.rowCount() == everything)
