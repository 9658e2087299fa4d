"""On a wide screen a list shows its texts whole: the spare width goes to the columns
whose text is cut ("…"), not all of it to the last one; a column the user dragged keeps
its width."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QTableView
from pytestqt.qtbot import QtBot

from tests.helpers.screen import cut_cells, runs_off
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

PAGES = ("overview", "staff", "units", "activities", "plan", "evaluations")


def _lists_on_screen(window: MainWindow) -> list[QTableView]:
    return [view for view in window.findChildren(QTableView) if view.isVisible()]


def test_at_1920_pixels_no_list_cuts_a_text_it_has_room_for(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window = demo_window
    window.resize(1920, 1080)
    overview = window.overview_page
    qtbot.waitUntil(lambda: overview.result is not None, timeout=10_000)
    cut = {}
    for page in PAGES:
        window.show_page(page)
        if page == "staff":
            window.staff_page.table.selectRow(2)  # the person panel beside the list
        if page == "plan":
            window.plan_page.year.setValue(2026)
        for tab in range(overview.tabs.count()) if page == "overview" else [None]:
            if tab is not None:
                overview.tabs.setCurrentIndex(tab)
            qtbot.wait(50)
            for view in _lists_on_screen(window):
                # A text wider than half the list (a unit's exercises, one after the other)
                # is not expected whole; its tooltip shows it.
                half = view.viewport().width() // 2
                long = view.fontMetrics().horizontalAdvance
                texts = [(title, t) for title, t in cut_cells(view) if long(t) < half]
                if texts:
                    cut[view.objectName()] = texts[:3]
    assert cut == {}


def _drag_border(view: QTableView, column: int, by: int) -> None:
    """Press on the right border of a column title, move, release: as a hand drags."""
    header = view.horizontalHeader()
    QApplication.processEvents()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) - 1
    at = QPoint(x, header.viewport().height() // 2)
    QTest.mousePress(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, at
    )
    to = QPointF(at + QPoint(by, 0))
    move = QMouseEvent(
        QEvent.Type.MouseMove,
        to,
        header.viewport().mapToGlobal(to),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(header.viewport(), move)
    QTest.mouseRelease(
        header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, to.toPoint()
    )


def test_a_column_the_user_dragged_keeps_its_width(qtbot: QtBot, demo_window: MainWindow) -> None:
    window = demo_window
    window.resize(1920, 1080)
    window.show_page("activities")
    view = window.activities_page.table
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(50)
    before = view.columnWidth(4)  # Onderdelen
    _drag_border(view, 4, -40)
    assert view.columnWidth(4) == before - 40
    window.resize(1366, 768)
    qtbot.wait(50)
    window.resize(1920, 1080)
    qtbot.wait(50)
    assert view.columnWidth(4) == before - 40


def test_at_1366_pixels_the_short_overzicht_lists_show_every_column(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """A reason a little too long is cut ("…", whole in its tooltip) rather than the
    columns after it pushed behind a scroll bar (Evaluaties' Waarom was out of sight)."""
    window = demo_window
    window.resize(1366, 768)
    overview = window.overview_page
    qtbot.waitUntil(lambda: overview.result is not None, timeout=10_000)
    hidden, titles = [], []
    for code in ("N1", "N2", "N5", "N4", "N6", "N7", "courses", "trend"):
        overview.tabs.setCurrentIndex(overview.tab_of[code])
        qtbot.wait(50)
        for view in _lists_on_screen(window):
            if runs_off(view) and code != "N1":  # Nog te trainen: seven columns, it scrolls
                hidden.append(view.objectName())
            titles += [title for title, text in cut_cells(view) if text == title]
    assert hidden == []
    assert titles == []  # every column's title whole ("Onderdee" was cut)


@pytest.mark.usefixtures("english")
def test_the_chart_legend_breaks_between_entries_not_inside_one(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    """At 1366 the English legend wrapped as "■ not" / "met": each entry stays on one line."""
    window = demo_window
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.overview_page.result is not None, timeout=10_000)
    [legend] = [label for label in window.findChildren(QLabel, "chartLegend") if label.isVisible()]
    page = QTextDocument()
    page.setDefaultFont(legend.font())
    page.setHtml(legend.text())
    page.setDocumentMargin(0)
    page.setTextWidth(legend.contentsRect().width())
    page.documentLayout().documentSize()  # lays the text out, as the label does
    block = page.firstBlock()
    layout = block.layout()
    lines = [
        block.text()[layout.lineAt(n).textStart() :][: layout.lineAt(n).textLength()]
        for n in range(layout.lineCount())
    ]
    assert len(lines) > 1  # it does wrap at 1366
    words = ["met", "pending", "new", "not met", "exempt"]
    for line in lines:
        entries = [e.strip().replace("\xa0", " ") for e in line.split("■") if e.strip()]
        assert all(entry in words for entry in entries), lines
