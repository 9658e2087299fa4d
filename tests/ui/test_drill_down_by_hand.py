"""Opening a person from the Overzicht, as a fresh user did it: with a search typed in
Medewerkers, a double-click on a row of *Nog te trainen* (or *Opleidingen*) shows that person
in the panel at once, and leaves *Alleen actieve medewerkers* as it was; the search that hid
the person is cleared, and the status bar says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from tests.helpers.hands import Hands
from ui.main_window import MainWindow


def _search_staff_for(hands: Hands, window: MainWindow, text: str) -> None:
    hands.shortcut("Ctrl+2")  # Ga naar > Medewerkers
    page = window.staff_page
    hands.click(page.search)
    hands.type(text)
    hands.qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.only_active.isChecked()


def _overview_tab(hands: Hands, window: MainWindow, key: str) -> QAbstractItemView:
    hands.shortcut("Ctrl+1")  # Ga naar > Overzicht
    overview = window.overview_page
    hands.qtbot.waitUntil(lambda: overview.result is not None, timeout=10_000)
    bar = overview.tabs.tabBar()
    hands.click(bar, bar.tabRect(overview.tab_of[key]).center())
    view = overview.tabs.currentWidget()
    assert isinstance(view, QAbstractItemView)
    return view


def _person_is_shown(hands: Hands, window: MainWindow, name: str) -> None:
    page = window.staff_page
    assert window.pages.currentWidget() is page
    hands.qtbot.wait(400)  # longer than the search's pause before it filters
    assert page.panel.title.text() == name
    [row] = page.table.selectionModel().selectedRows()
    assert page.model.index(row.row(), 0).data() == name
    assert page.only_active.isChecked()  # everyone on these lists is active
    # the place in the list is the person's: Down goes on to the next one (it went to the
    # first row of the list when the person was far enough down to need scrolling)
    assert page.table.hasFocus()
    assert page.table.viewport().rect().contains(page.table.visualRect(row))  # in sight
    hands.key(Qt.Key.Key_Down)
    [below] = page.table.selectionModel().selectedRows()
    assert below.row() == row.row() + 1


def test_a_double_click_in_nog_te_trainen_shows_the_person_whatever_the_search(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window, hands = demo_window, Hands(qtbot)
    _search_staff_for(hands, window, "10001")
    view = _overview_tab(hands, window, "N1")
    name = view.model().index(2, 0).data()
    hands.double_click_row(view, 2)
    _person_is_shown(hands, window, name)
    assert window.staff_page.search.text() == ""
    assert "10001" in window.statusBar().currentMessage()  # says the search was cleared

    # Once more, now that the search is empty: the same, and nothing more changed.
    view = _overview_tab(hands, window, "N1")
    # the lowest row in sight, a name far down Medewerkers too: it must scroll there
    far = max(
        r
        for r in range(view.model().rowCount())
        if view.viewport().rect().contains(view.visualRect(view.model().index(r, 0)))
    )
    other = view.model().index(far, 0).data()
    hands.double_click_row(view, far)
    _person_is_shown(hands, window, other)


def test_enter_on_a_row_of_the_courses_tab_opens_the_person_too(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window, hands = demo_window, Hands(qtbot)
    _search_staff_for(hands, window, "10001")
    found = window.staff_page.model.index(0, 0).data()
    view = _overview_tab(hands, window, "courses")
    hands.click_row(view, 0)
    name = view.model().index(0, 0).data()
    hands.key(Qt.Key.Key_Return)
    _person_is_shown(hands, window, name)
    if name == found:  # the search showed this person already: it stays
        assert window.staff_page.search.text() == "10001"
