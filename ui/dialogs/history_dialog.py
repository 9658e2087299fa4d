"""Geschiedenis: every change of one record (who, when, what was and what became)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import audit
from ui.models.rows import Column, RowsTableModel
from ui.widgets import ask_save_path, attempt, closing_row, heading, table_view


class HistoryDialog(QDialog):
    """The ``changes`` of one record; ``export(path)`` writes them as CSV."""

    def __init__(
        self,
        changes: list[audit.Change],
        export: Callable[[Path], object],
        suggested: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._export, self._suggested = export, suggested
        self.setWindowTitle(self.tr("Geschiedenis: %1").replace("%1", title))
        self.model = RowsTableModel[audit.Change](
            [
                Column(self.tr("Tijdstip"), lambda c: c.at.strftime("%d-%m-%Y %H:%M"), width=17),
                Column(self.tr("Gebruiker"), lambda c: c.login, width=14),
                Column(self.tr("Actie"), audit.action_label, width=11),
                Column(self.tr("Wat"), audit.describe, width=60, stretch=True),
            ],
            parent=self,
        )
        self.view = table_view(self.model, "historyTable")
        self.view.setWordWrap(True)
        self.model.set_rows(changes)
        self.view.resizeRowsToContents()
        self.export_button = QPushButton(self.tr("E&xporteren (CSV)…"))
        self.export_button.clicked.connect(self.export)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, "dialogTitle"))
        if not self.model.rows():
            layout.addWidget(QLabel(self.tr("Nog geen wijzigingen vastgelegd.")))
        layout.addWidget(self.view, 1)
        layout.addLayout(closing_row(self, self.export_button))
        self.resize(900, 420)

    def export(self) -> None:
        path = ask_save_path(
            self,
            self.tr("Geschiedenis exporteren"),
            self._suggested,
            self.tr("CSV (*.csv)"),
        )
        if path is None:
            return

        attempt(self, lambda: self._export(path))
