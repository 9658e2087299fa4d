"""The Jaaroverzicht's trend: the headline figures of the last years, a chart and a table."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether

from oto_app import messages
from oto_app.norms import figures, vocabulary
from oto_app.norms.trend import TrendYear
from oto_app.reports.document import FONT, para, table

t = messages.text


def chart(years: Sequence[TrendYear]) -> Drawing:
    """% trained (N1) per year as bars, 0-100 with ticks every 20 and an axis label."""
    drawing = Drawing(170 * mm, 52 * mm)
    bars = VerticalBarChart()
    bars.x, bars.y = 22 * mm, 10 * mm
    bars.width, bars.height = 120 * mm, 36 * mm
    bars.data = [
        [figures.whole_percent(y.persons_compliant, y.persons_counted) or 0 for y in years]
    ]
    bars.categoryAxis.categoryNames = [str(y.year) for y in years]
    bars.categoryAxis.labels.fontName = bars.valueAxis.labels.fontName = FONT
    bars.categoryAxis.labels.fontSize = bars.valueAxis.labels.fontSize = 8
    bars.valueAxis.valueMin, bars.valueAxis.valueMax, bars.valueAxis.valueStep = 0, 100, 20
    bars.bars[0].strokeColor = None
    for index, y in enumerate(years):  # each year in its N1 light, as on its own page
        bars.bars[(0, index)].fillColor = colors.HexColor(
            vocabulary.VERDICT_COLOURS[y.trained_verdict]
        )
    bars.barLabelFormat = "%.0f%%"
    bars.barLabels.fontName = FONT
    bars.barLabels.fontSize = 7
    bars.barLabels.nudge = 6
    drawing.add(bars)
    label = String(6 * mm, 28 * mm, t("report_trend_axis"), fontName=FONT, fontSize=8)
    label.textAnchor = "middle"
    drawing.add(label)
    # Turn the axis label to run along the axis.
    label.__dict__["transform"] = (0, 1, -1, 0, 6 * mm + 28 * mm, 28 * mm - 6 * mm)
    return drawing


def rows(years: Sequence[TrendYear]) -> Iterator[list[str]]:
    for y in years:
        yield [
            str(y.year),
            f"{y.persons_compliant} / {y.persons_counted} ({y.percent_shown})",
            f"{y.units_exercised} / {y.units_total}",
            str(y.administrative_held),
            f"{y.evaluations_on_time} / {y.evaluations_total}",
            str(y.actions_overdue),
        ]


def section(years: Sequence[TrendYear]) -> Iterator[Flowable]:
    if len(years) < 2:
        return
    header = [
        t("report_col_year"),
        t("report_col_trained"),
        t("report_col_exercised"),
        t("report_col_admin"),
        t("report_col_on_time"),
        t("report_col_overdue"),
    ]
    yield KeepTogether(
        [
            para(t("report_trend"), "h1"),
            para(t("report_trend_intro"), "small"),
            chart(years),
            *table(header, rows(years), [16 * mm, 42 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm]),
        ]
    )
