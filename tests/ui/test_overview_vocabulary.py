"""On screen the statuses have the same words and colours as in the PDF and the text
summary (issue 16): one vocabulary from the core."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QPointF, Qt
from pytestqt.qtbot import QtBot

from oto_app import demo
from oto_app.db import Database
from oto_app.norms import figures, vocabulary
from oto_app.norms.results import PersonStatus
from oto_app.reports import compliance_report
from ui.main_window import MainWindow
from ui.pages.overview_page import LIGHT, OverviewPage

TODAY = dt.date(2026, 11, 23)


def _demo_overview(qtbot: QtBot, sqlite_db: Database) -> OverviewPage:
    """The Overzicht of the demo municipality for 2026, at 23 November."""
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    page = window.overview_page
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    with qtbot.waitSignal(page.refreshed, timeout=20_000):
        page.year.setValue(2026)
        page.on.setDate(QDate(2026, 11, 23))
    assert page.result is not None and page.result.reference_date == TODAY
    return page


def test_the_dashboard_uses_the_core_s_words_and_colours(qtbot: QtBot, sqlite_db: Database) -> None:
    page = _demo_overview(qtbot, sqlite_db)
    assert page.result is not None
    rows = page.people.rows()
    assert {r.status for r in rows} >= {PersonStatus.PENDING, PersonStatus.NEW}
    # "Nog te trainen" is who still has to: not who is exempt (the demo has two)
    assert PersonStatus.EXEMPT not in {r.status for r in rows}
    assert sum(p.status == PersonStatus.EXEMPT for p in page.result.persons) == 2
    column = 1
    assert page.people.headerData(column, Qt.Orientation.Horizontal) == "Status"
    for row_number, row in enumerate(rows):
        index = page.people.index(row_number, column)
        assert index.data() == vocabulary.word(row.status)
        colour = index.data(Qt.ItemDataRole.ForegroundRole).color().name()
        assert colour == vocabulary.colour(row.status)
    words = [s.label() for s in page.chart.chart().series()[0].barSets()]
    assert words == ["voldaan", "nog te doen", "nieuw", "niet voldaan", "vrijgesteld"]
    # ticks a reader counts with, as in the PDF: 0, 5, 10, ... and what they count
    axis = page.chart.chart().axes(Qt.Orientation.Horizontal)[0]
    assert axis.titleText() == "aantal medewerkers"
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert axis.min() == 0 and step in (1, 2, 5, 10, 20, 50) and axis.max() % step == 0


def test_the_n1_card_says_what_it_counts_and_every_card_explains_its_verdict(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    """It read "117 / 141 (83%) voldaan; 2 vrijgesteld" beside an amber light, as if the
    norm were met, with no tooltip; the PDF calls the same light "nog te doen"."""
    page = _demo_overview(qtbot, sqlite_db)
    result = page.result
    assert result is not None
    done, total = result.persons_compliant, result.persons_counted
    percent = figures.percent(done, total)
    assert done < total  # the demo: not everyone trained yet, the year still runs
    _, figure, verdict = page.cards["N1"].text().splitlines()
    assert figure == f"{done} van {total} getraind ({percent})"
    assert verdict == f"nog te doen; {result.persons_exempt} vrijgesteld"
    assert "voldaan" not in page.cards["N1"].text()
    # Every card's tooltip: the norm, its outcome and its light in the PDF's own words.
    cover = {row[0]: row for row in compliance_report.summary_rows(result)}
    for code, card in page.cards.items():
        _, what, outcome, mark = cover[code]
        assert card.toolTip().startswith(f"{code} {what}.\nUitkomst: {outcome}.\n"), code
        assert f"Stand: {mark.text}." in card.toolTip(), code
    assert page.cards["N1"].toolTip() == (
        f"N1 Iedereen met een crisistaak getraind.\n"
        f"Uitkomst: {done} van {total} medewerkers; {result.persons_exempt} vrijgesteld.\n"
        "Stand: nog te doen. Het jaar loopt nog: wat nog niet voldaan is, kan nog."
    )
    # The same list has the same title on screen and in the PDF.
    assert page.tabs.tabText(page.tab_of["N1"]) == "Nog te trainen"


def test_the_trend_tab_shows_the_years_with_a_chart(qtbot: QtBot, sqlite_db: Database) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    page = window.overview_page
    with qtbot.waitSignal(page.trend_shown, timeout=30_000):
        window.show()
    page.drill_down("trend")
    assert page.tabs.tabText(page.tabs.currentIndex()) == "Trend"
    rows = page.trend.model.rows()
    assert [r.year for r in rows] == list(range(2024, page.year.value() + 1))
    assert page.result is not None
    assert rows[-1].persons_compliant == page.result.persons_compliant
    # the bars stand at the whole percentages the table, the card and the PDF show
    sets = page.trend.chart_view.chart().series()[0].barSets()  # one a verdict; one bar a year
    heights = [sum(bars.at(i) for bars in sets) for i in range(len(rows))]
    assert [f"{h:.0f}%" for h in heights] == [r.percent_shown for r in rows]
    shown = [page.trend.model.index(n, 1).data() for n in range(len(rows))]
    assert shown[-1].endswith(f"({rows[-1].percent_shown})")
    assert f"({rows[-1].percent_shown})" in page.cards["N1"].text()
    axis = page.trend.chart_view.chart().axes(Qt.Orientation.Vertical)[0]
    assert axis.titleText() == "% getraind" and axis.max() == 100


def _bar_colours(page: OverviewPage) -> dict[int, str]:
    """Each year's bar as it is drawn: the pixel a quarter up its middle (below its label)."""
    view = page.trend.chart_view
    chart = view.chart()
    [series] = chart.series()
    picture = view.grab().toImage()
    colours = {}
    for index, year in enumerate(page.trend.model.rows()):
        height = sum(bars.at(index) for bars in series.barSets())
        point = view.mapFromScene(chart.mapToPosition(QPointF(index, height / 4), series))
        colours[year.year] = picture.pixelColor(point).name()
    return colours


def test_each_trend_bar_has_the_colour_of_its_year_s_n1_card(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    page = window.overview_page
    with qtbot.waitSignal(page.trend_shown, timeout=30_000):
        window.show()
    qtbot.mouseClick(
        page.tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=page.tabs.tabBar().tabRect(page.tab_of["trend"]).center(),
    )
    qtbot.wait(50)
    bars = _bar_colours(page)
    assert list(bars) == [2024, 2025, 2026]
    cards = {}
    for year in bars:  # each year's own Overzicht, at its 31 December (today for 2026)
        if year != page.year.value():
            with qtbot.waitSignal(page.refreshed, timeout=20_000):
                page.year.setValue(year)
        cards[year] = LIGHT[page.cards["N1"].property("state")]
    assert bars == cards
    # The demo: 2026 is not over and not everyone is trained yet (amber); 2024 and 2025
    # ended with someone untrained (red), though 99% and 95%.
    assert cards == {2024: vocabulary.RED, 2025: vocabulary.RED, 2026: vocabulary.AMBER}
