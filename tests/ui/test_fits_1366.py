"""The window fits a 1366x768 screen, in Dutch and English, with the demo's figures on it:
no page makes it wider, every Overzicht tab shows its whole title (no scroll arrows), and
the person panel shows a role's name whole beside the staff list."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

PAGES = ("overview", "staff", "units", "activities", "plan", "evaluations", "reports")


def test_the_window_fits_1366_pixels(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(1366, 768)
    overview = window.overview_page
    qtbot.waitUntil(lambda: overview.result is not None, timeout=10_000)
    bar = overview.tabs.tabBar()
    qtbot.waitUntil(lambda: "18" in bar.tabText(overview.tab_of["courses"]), timeout=10_000)
    wider = {}
    for page in PAGES:
        window.show_page(page)
        qtbot.wait(10)
        if window.minimumSizeHint().width() > 1366:
            wider[page] = window.minimumSizeHint().width()
    assert wider == {}
    window.show_page("overview")
    qtbot.waitUntil(lambda: window.width() <= 1366)
    last = bar.tabRect(bar.count() - 1)
    assert last.right() <= bar.width(), "the last tab runs off the tab bar"
    metrics = bar.fontMetrics()
    for index in range(bar.count()):  # the title's text fits inside its tab
        assert metrics.horizontalAdvance(bar.tabText(index)) < bar.tabRect(index).width()

    window.show_page("staff")
    window.staff_page.search.setText("10060")  # Willem van den Berg, procesmedewerker
    page = window.staff_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: page.panel.detail is not None)
    roles = page.panel.assignment_view
    qtbot.waitUntil(lambda: roles.model().rowCount() > 0)
    role = roles.model().index(0, 1).data()
    assert role == "procesmedewerker"
    assert roles.fontMetrics().horizontalAdvance(role) + 8 <= roles.columnWidth(1)
    assert not roles.horizontalScrollBar().isVisible()


@pytest.mark.usefixtures("english")
def test_the_english_window_fits_1366_pixels(qtbot: QtBot, demo_window: MainWindow) -> None:
    assert demo_window.menuBar().actions()[0].text() == "&File"
    test_the_window_fits_1366_pixels(qtbot, demo_window)
