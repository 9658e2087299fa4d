"""The dashboard's chart: per unit, how many of its people are trained, pending or not."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from oto_app.norms import figures, vocabulary
from oto_app.norms.results import Compliance, PersonStatus

SERIES = tuple(vocabulary.PERSON_COLOURS.items())  #: one colour per status, as in the PDF


class UnitChart(QChartView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unitChart")
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumWidth(240)
        self.setChart(QChart())
        self.chart().setTitle(self.tr("Getraind per onderdeel"))
        self.counts: dict[str, dict[PersonStatus, int]] = {}

    def with_legend(self) -> QWidget:
        """The chart with its legend below as text that wraps: never cut at 1366 pixels
        (Qt's own legend elides its words when the chart is narrow)."""
        legend = QLabel(
            "&nbsp;&nbsp; ".join(  # breaks between entries only: "not / met" read as two
                f'<span style="color:{colour}">■</span>&nbsp;'
                + vocabulary.word(status).replace(" ", "&nbsp;")
                for status, colour in SERIES
            )
        )
        legend.setObjectName("chartLegend")
        legend.setWordWrap(True)
        legend.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self, 1)
        layout.addWidget(legend)
        return box

    def show_result(self, result: Compliance) -> None:
        self.counts = figures.per_unit(result)
        codes = list(reversed(self.counts))  # first unit on top
        chart = QChart()
        chart.setTitle(self.tr("Getraind per onderdeel (%1)").replace("%1", str(result.year)))
        chart.legend().hide()  # the legend is a wrapping line below (with_legend)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        chart.legend().setFont(small)
        chart.setMargins(QMargins(4, 4, 4, 4))
        series = QHorizontalStackedBarSeries()
        for status, colour in SERIES:
            bars = QBarSet(vocabulary.word(status))
            bars.setColor(QColor(colour))
            bars.append([self.counts[c][status] for c in codes])
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(codes)
        values = QValueAxis()
        values.setLabelFormat("%d")
        # ticks a reader counts with (0, 5, 10, ...), as in the Jaaroverzicht
        most = figures.most_per_unit(self.counts)
        top = figures.axis_top(most)
        values.setRange(0, top)
        values.setTickCount(top // figures.nice_step(most) + 1)
        values.setTitleText(self.tr("aantal medewerkers"))
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        self.setChart(chart)
