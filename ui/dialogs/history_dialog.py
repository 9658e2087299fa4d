"""Geschiedenis: every change of one record (who, when, what was and what became)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import audit
from oto_app.db import Database
from ui.models.rows import Column, RowsTableModel
from ui.widgets import ask_save_path, attempt, closing_row, heading, table_view


class HistoryDialog(QDialog):
    def __init__(
        self,
        database: Database,
        table: str,
        record_id: object,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.database, self.table_name, self.record_id = database, table, record_id
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
        with database.begin() as session:
            self.model.set_rows(audit.history(session, table, record_id))
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
            f"geschiedenis-{self.table_name}-{self.record_id}.csv",
            self.tr("CSV (*.csv)"),
        )
        if path is None:
            return

        def write() -> None:
            with self.database.begin() as session:
                audit.export(session, path, self.table_name, self.record_id)

        attempt(self, write)
