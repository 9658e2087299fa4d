"""The Overzicht's trend: the last years' headline figures as a small chart and a table.

Each year comes from the same norms code as the year itself (oto_app.norms.trend), at its
own 31 December (the running year at today)."""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from oto_app.norms import vocabulary
from oto_app.norms.figures import whole_percent
from oto_app.norms.trend import TrendYear
from oto_app.norms.vocabulary import Verdict
from ui.models.rows import Column, RowsTableModel
from ui.widgets import table_view


class TrendView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        tr = self.tr
        self.model = RowsTableModel[TrendYear](
            [
                Column(tr("Jaar"), lambda y: y.year, width=6),
                Column(
                    tr("N1 getraind"),
                    lambda y: f"{y.persons_compliant} / {y.persons_counted} ({y.percent_shown})",
                    width=18,
                ),
                Column(
                    tr("N2 geoefend"), lambda y: f"{y.units_exercised} / {y.units_total}", width=11
                ),
                Column(tr("N3 bestuurlijk"), lambda y: y.administrative_held, width=12),
                Column(
                    tr("N4 op tijd"),
                    lambda y: f"{y.evaluations_on_time} / {y.evaluations_total}",
                    width=10,
                ),
                Column(tr("N6 over datum"), lambda y: y.actions_overdue, width=12),
            ],
            parent=self,
        )
        self.table = table_view(self.model, "trendTable", fit=True)
        self.chart_view = QChartView()
        self.chart_view.setObjectName("trendChart")
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.table, 1)

    def show_years(self, years: list[TrendYear]) -> None:
        self.model.set_rows(years)
        chart = QChart()
        chart.setTitle(self.tr("% getraind (N1) per jaar"))
        chart.legend().hide()
        chart.setMargins(QMargins(4, 4, 4, 4))
        # Each year's bar in the colour of its N1 card (green met, amber not yet, red not
        # met): one set per verdict, stacked, so a year has a bar in one set only.
        series = QStackedBarSeries()
        for kind in Verdict:
            bars = QBarSet(self.tr("% getraind"))
            bars.setColor(QColor(vocabulary.VERDICT_COLOURS[kind]))
            bars.setBorderColor(QColor(vocabulary.VERDICT_COLOURS[kind]))
            # whole percentages, as the table and the Jaaroverzicht show them
            bars.append(
                [
                    float(whole_percent(y.persons_compliant, y.persons_counted) or 0)
                    if y.trained_verdict is kind
                    else 0.0
                    for y in years
                ]
            )
            series.append(bars)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value%")
        chart.addSeries(series)
        years_axis = QBarCategoryAxis()
        years_axis.append([str(y.year) for y in years])
        values = QValueAxis()
        values.setRange(0, 100)
        values.setTickCount(6)
        values.setLabelFormat("%d")
        values.setTitleText(self.tr("% getraind"))
        chart.addAxis(years_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(years_axis)
        series.attachAxis(values)
        self.chart_view.setChart(chart)
