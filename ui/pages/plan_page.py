"""Jaarplan: per unit what is planned, held and cancelled this year, which units have no
exercise planned (N2 will fail there), and last year's plan copied as a start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from oto_app.changes import Changes
from oto_app.services import yearplan
from oto_app.services.yearplan import UnitPlan
from ui.colours import GREEN, RED
from ui.dialogs.form import year_box
from ui.models.rows import Column, RowsTableModel
from ui.operations import Operations
from ui.pages.page import Page
from ui.widgets import heading, list_keys, table_view


class PlanPage(Page):
    relevant = Changes.ACTIVITIES | Changes.UNITS | Changes.SETTINGS

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.year = year_box(self)
        self.copy_button = QPushButton(self.tr("&Plan van vorig jaar kopiëren…"))
        self.model = RowsTableModel[UnitPlan](
            [
                Column(self.tr("Code"), lambda p: p.code, width=6),
                Column(self.tr("Onderdeel"), lambda p: p.name, width=38),
                Column(self.tr("Gepland"), lambda p: p.planned, align_right=True, width=8),
                Column(self.tr("Uitgevoerd"), lambda p: p.held, align_right=True, width=10),
                Column(self.tr("Geannuleerd"), lambda p: p.cancelled, align_right=True, width=11),
                Column(
                    self.tr("Realisatie"),
                    lambda p: "" if p.realised is None else f"{round(100 * p.realised)}%",
                    align_right=True,
                    width=9,
                    sort=lambda p: -1 if p.realised is None else p.realised,
                ),
                Column(
                    self.tr("Oefeningen (N2)"),
                    self._n2_text,
                    width=30,
                    colour=lambda p: RED if p.at_risk else GREEN,
                    stretch=True,
                ),
            ],
            parent=self,
        )
        self.table = table_view(self.model, "planTable", sortable=True)
        list_keys(self, self.table)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.summary = QLabel()
        self.summary.setObjectName("hint")
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Jaarplan")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Jaar")))
        top.addWidget(self.year)
        top.addWidget(self.copy_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Geplande, uitgevoerde en geannuleerde opleidingen, trainingen en oefeningen "
                    "per onderdeel. Plan en wijzig ze op de pagina Activiteiten."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.year.valueChanged.connect(self.reload)
        self.copy_button.clicked.connect(self.copy_last_year)

    def _n2_text(self, plan: UnitPlan) -> str:
        if plan.at_risk:
            return self.tr("let op: geen oefening")
        return self.tr("%1 gepland of gehouden").replace("%1", str(plan.exercises))

    def reload(self) -> None:
        year = self.year.value()
        rows, once = self.ops.read(
            lambda s: (yearplan.realisation(s, year), yearplan.totals(s, year))
        )
        self.model.set_rows(rows)
        at_risk = [p.code for p in rows if p.at_risk]
        # Each activity once, as Activiteiten lists them: the columns' sums count an
        # activity for every unit in it ("2 gepland, 23 uitgevoerd" beside 1 and 8 there).
        text = (
            self.tr("%n activiteit(en) gepland", "", once.planned)
            + self.tr(", %1 uitgevoerd, %2 geannuleerd.")
            .replace("%1", str(once.held))
            .replace("%2", str(once.cancelled))
            + " "
            + self.tr("In de tabel telt een activiteit mee bij elk onderdeel dat meedoet.")
        )
        if at_risk:
            text += " " + self.tr("Zonder oefening (N2 haalt het zo niet): %1.").replace(
                "%1", ", ".join(at_risk)
            )
        else:
            text += " " + self.tr("Elk onderdeel heeft een oefening gepland of gehouden.")
        self.summary.setText(text)

    def copy_last_year(self) -> None:
        year = self.year.value()
        answer = QMessageBox.question(
            self,
            self.tr("Plan kopiëren"),
            self.tr(
                "De opleidingen, trainingen en oefeningen van %1 als geplande activiteiten "
                "in %2 zetten, op dezelfde dag van het jaar? Wat al gekopieerd is, wordt "
                "overgeslagen."
            )
            .replace("%1", str(year - 1))
            .replace("%2", str(year)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def copied(added: int) -> None:
            QMessageBox.information(
                self,
                self.tr("Plan kopiëren"),
                self.tr("%n activiteit(en) gepland in %1.", "", added).replace("%1", str(year)),
            )

        self.ops.attempt(
            self,
            lambda s: yearplan.copy_plan(s, year - 1, year),
            on_done=copied,
            busy=self.tr("Jaarplan kopiëren…"),
        )
