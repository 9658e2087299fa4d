"""Rapporten: the annual overview as PDF, made off the GUI thread, then shown in OTO's
preview window (and from there printed or saved), or printed straight away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import jobs
from ui.dialogs.form import from_qdate, year_and_reference
from ui.operations import Operations
from ui.pages.page import Page
from ui.printing import open_pdf, print_pdf
from ui.widgets import ask_save_path, heading, show_failure
from ui.worker import Task


class ReportsPage(Page):
    """Signals:
    made(object): a PDF was written (its path).
    """

    made = Signal(object)

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.last: Path | None = None
        self._task: Task | None = None
        self.year, self.on = year_and_reference(self)
        self.make_button = QPushButton(self.tr("&Jaaroverzicht maken…"))
        self.open_button = QPushButton(self.tr("&Openen"))
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        self.state = QLabel(
            self.tr(
                "Het jaaroverzicht OTO: de normen N1–N7 met een samenvatting voor het management, "
                "per onderdeel wie er getraind is, wie nog moet, de evaluaties en verbeterpunten, "
                "en een blok om te ondertekenen. Presentielijsten maakt u bij Activiteiten."
            )
        )
        self.state.setObjectName("emptyState")
        self.state.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Jaar")))
        row.addWidget(self.year)
        row.addWidget(QLabel(self.tr("Peildatum")))
        row.addWidget(self.on)
        row.addWidget(self.make_button)
        row.addStretch(1)
        after = QHBoxLayout()
        after.addWidget(self.open_button)
        after.addWidget(self.print_button)
        after.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Rapporten")))
        layout.addLayout(row)
        layout.addWidget(self.state)
        layout.addLayout(after)
        layout.addStretch(1)
        self.make_button.clicked.connect(self.make)
        self.open_button.clicked.connect(lambda: self.last and open_pdf(self.last, self))
        self.print_button.clicked.connect(lambda: self.last and print_pdf(self, self.last))
        self._enable(False)

    def reload(self) -> None:
        """Nothing to load: a report is made on request."""

    def _enable(self, ready: bool) -> None:
        self.open_button.setEnabled(ready)
        self.print_button.setEnabled(ready)

    def make(self) -> None:
        year = self.year.value()
        path = ask_save_path(
            self,
            self.tr("Jaaroverzicht opslaan"),
            self.tr("jaaroverzicht-oto-%1.pdf").replace("%1", str(year)),
            self.tr("PDF (*.pdf)"),
        )
        if path is not None:
            self.make_to(path)

    def make_to(self, path: Path) -> None:
        year, on = self.year.value(), from_qdate(self.on.date())
        self.make_button.setEnabled(False)
        self._enable(False)
        self.state.setText(self.tr("Bezig met het jaaroverzicht…"))

        self._task = self.ops.in_process(
            jobs.compliance_report,
            (year, path, on),
            lambda pages: self._made(path, pages),
            self._failed,
        )

    def _made(self, path: Path, pages: int) -> None:
        self.last = path
        self.make_button.setEnabled(True)
        self._enable(True)
        self.state.setText(
            self.tr("Opgeslagen als %1 (%n pagina('s)).", "", pages).replace("%1", str(path))
        )
        self.made.emit(path)
        open_pdf(path, self)

    def _failed(self, error: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.state.setText(self.tr("Niet gelukt."))
        show_failure(self, error)
