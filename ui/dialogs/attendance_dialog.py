"""Taking attendance: type in a signed paper list with the keyboard alone.

Type part of a name or a personeelsnummer and press Enter: that person is marked
present (someone not expected is found among all staff and added). In the list,
A = aanwezig, F = afgemeld, X = afwezig, U = uitgenodigd, Delete = nothing.

The dialog gets what it shows (the activity and its expected rows, one read) and the two
operations it may run: find someone among all staff, and record what was typed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.dates import format_date
from oto_app.errors import OtoError
from oto_app.models import ActivityStatus, AttendanceStatus
from oto_app.names import fold
from oto_app.services.attendance import AttendanceRow, Entry, Sheet
from oto_app.services.staff import PersonRow
from ui.models.rows import Column, RowsTableModel
from ui.widgets import heading, sentence, table_view

Index = QModelIndex | QPersistentModelIndex
KEYS = {
    Qt.Key.Key_A: AttendanceStatus.PRESENT,
    Qt.Key.Key_F: AttendanceStatus.EXCUSED,
    Qt.Key.Key_X: AttendanceStatus.ABSENT,
    Qt.Key.Key_U: AttendanceStatus.INVITED,
    Qt.Key.Key_Delete: None,
}


class AttendanceModel(RowsTableModel[AttendanceRow]):
    """The list with each person's status as typed so far (saved only on Opslaan)."""

    STATUS_COLUMN = 3

    def __init__(self, rows: list[AttendanceRow], parent: Any = None) -> None:
        super().__init__(
            [
                Column(self.tr("Naam"), lambda r: r.name, width=26),
                Column(self.tr("Personeelsnr."), lambda r: r.staff_number, width=12),
                Column(self.tr("Onderdeel"), lambda r: r.units, width=12),
                Column(self.tr("Aanwezigheid"), lambda r: self.status(r.person_id), width=14),
            ],
            parent=parent,
        )
        self._status: dict[int, AttendanceStatus | None] = {r.person_id: r.status for r in rows}
        self._original = dict(self._status)
        self.set_rows(rows)

    def status(self, person_id: int) -> AttendanceStatus | None:
        return self._status.get(person_id)

    def set_status(self, row: int, status: AttendanceStatus | None) -> None:
        self._status[self.row(row).person_id] = status
        cell = self.index(row, self.STATUS_COLUMN)
        self.dataChanged.emit(cell, cell)

    def add(self, row: AttendanceRow) -> int:
        self._status.setdefault(row.person_id, None)
        self.append_rows([row])
        return self.rowCount() - 1

    def row_of(self, person_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows()) if r.person_id == person_id), None)

    def entries(self) -> list[Entry]:
        """What changed: a status set (or changed) for a person."""
        return [
            Entry(person_id, status)
            for person_id, status in self._status.items()
            if status is not None and status != self._original.get(person_id)
        ]

    def count(self, status: AttendanceStatus) -> int:
        return sum(s == status for s in self._status.values())


class AttendanceView(QTableView):
    """The list, answering the status keys on the current row and moving down."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        key = Qt.Key(event.key())
        if key in KEYS and isinstance(model, AttendanceModel) and self.currentIndex().isValid():
            row = self.currentIndex().row()
            model.set_status(row, KEYS[key])
            if row + 1 < model.rowCount():
                self.setCurrentIndex(model.index(row + 1, 0))
            return
        super().keyPressEvent(event)


class AttendanceDialog(QDialog):
    """``find(text)`` looks for active staff beyond the list; ``record(entries,
    mark_held)`` saves, raising the core's refusal (shown in the dialog)."""

    def __init__(
        self,
        sheet: Sheet,
        find: Callable[[str], list[PersonRow]],
        record: Callable[[list[Entry], bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._find, self._record = find, record
        self.activity = activity = sheet.activity
        data = activity.data
        self.setWindowTitle(self.tr("Presentie — %1").replace("%1", data.title))
        self.model = AttendanceModel(sheet.rows, self)
        self.table = table_view(self.model, "attendanceTable", fit=True, view=AttendanceView())
        self.quick = QLineEdit()
        self.quick.setObjectName("quickEntry")
        self.quick.setPlaceholderText(
            self.tr("Naam of personeelsnummer, Enter = aanwezig (ook wie niet verwacht werd)")
        )
        self.quick.setAccessibleName(self.tr("Snel invoeren"))
        self.quick.returnPressed.connect(self.quick_enter)
        self.feedback = QLabel(
            self.tr("In de lijst: A aanwezig, F afgemeld, X afwezig, U uitgenodigd, Delete leeg.")
        )
        self.feedback.setObjectName("hint")
        self.mark_held = QCheckBox(self.tr("De activiteit is uitgevoerd (status wordt uitgevoerd)"))
        self.mark_held.setVisible(data.status == ActivityStatus.PLANNED)
        self.mark_held.setChecked(data.date <= dt.date.today())
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        everyone = QPushButton(self.tr("Alle verwachten &aanwezig"))
        everyone.clicked.connect(self.all_present)
        self.totals = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        units = ", ".join(activity.unit_codes) or self.tr("geen onderdelen")
        info = QLabel(f"{format_date(data.date)} · {messages.label(data.kind)} · {units}")
        row = QHBoxLayout()
        row.addWidget(everyone)
        row.addWidget(self.totals, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(data.title, "panelTitle"))
        layout.addWidget(info)
        layout.addWidget(self.quick)
        layout.addWidget(self.feedback)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.mark_held)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(self._update_totals)
        self.model.rowsInserted.connect(self._update_totals)
        self._update_totals()
        self.resize(720, 620)
        self.quick.setFocus()

    # --- typing in -----------------------------------------------------------------------

    def quick_enter(self) -> None:
        text = self.quick.text().strip()
        if not text:
            return
        matches = self._matches(text)
        if len(matches) == 1:
            self._mark(matches[0])
            self.quick.clear()
            return
        if matches:
            names = ", ".join(self.model.row(i).name for i in matches[:5])
            self.feedback.setText(
                self.tr("Meerdere mensen passen: %1. Typ meer.").replace("%1", names)
            )
            return
        self._find_elsewhere(text)

    def _matches(self, text: str) -> list[int]:
        words = fold(text).split()
        exact = [i for i, r in enumerate(self.model.rows()) if r.staff_number == text]
        if exact:
            return exact
        return [
            i
            for i, r in enumerate(self.model.rows())
            if all(w in fold(r.name) or r.staff_number.startswith(w) for w in words)
        ]

    def _find_elsewhere(self, text: str) -> None:
        found = self._find(text)
        if len(found) != 1:
            message = (
                self.tr("Niemand gevonden voor '%1'.")
                if not found
                else self.tr("Meerdere medewerkers passen bij '%1'. Typ meer.")
            )
            self.feedback.setText(message.replace("%1", text))
            return
        person = found[0]
        row = self.model.add(
            AttendanceRow(person.id, person.staff_number, person.name, "", "", None, None, None)
        )
        self._mark(row)
        self.quick.clear()

    def _mark(self, row: int) -> None:
        self.model.set_status(row, AttendanceStatus.PRESENT)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        self.feedback.setText(self.tr("✓ %1 aanwezig").replace("%1", self.model.row(row).name))

    def all_present(self) -> None:
        for row in range(self.model.rowCount()):
            if self.model.status(self.model.row(row).person_id) is None:
                self.model.set_status(row, AttendanceStatus.PRESENT)

    def _update_totals(self, *_: object) -> None:
        self.totals.setText(
            self.tr("%1 aanwezig, %2 afgemeld, %3 afwezig, %4 op de lijst")
            .replace("%1", str(self.model.count(AttendanceStatus.PRESENT)))
            .replace("%2", str(self.model.count(AttendanceStatus.EXCUSED)))
            .replace("%3", str(self.model.count(AttendanceStatus.ABSENT)))
            .replace("%4", str(self.model.rowCount()))
        )

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        try:
            self._record(self.model.entries(), self.mark_held.isChecked())
        except OtoError as refusal:
            self.error.setText(sentence(refusal.message))
            self.error.show()
            return
        self.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter in the quick-entry field marks someone present; it must not save the dialog.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.quick.hasFocus():
            return
        super().keyPressEvent(event)
