"""Taking attendance: type in a signed paper list with the keyboard alone.

Type a surname or a personeelsnummer and press Enter: that person is marked present
(someone not expected is found among all staff and added; several who fit open a pick
list, see ui.attendance_entry). In the list, A = aanwezig, F = afgemeld, X = afwezig,
U = uitgenodigd, Delete = back to what it was when the list opened: the key changes the
selected row and stays there, so one key too many cannot overwrite the next person.
Ctrl+Z undoes the last step: one mark, or all of *Alle verwachten aanwezig* at once.

The dialog gets what it shows (the activity and its expected rows, one read) and the two
operations it may run: find someone among all staff, and record what was typed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.dates import format_date
from oto_app.errors import OtoError
from oto_app.models import ActivityStatus, AttendanceStatus
from oto_app.services.attendance import AttendanceRow, Entry, Sheet
from ui.attendance_entry import PaperListEntry
from ui.dialogs.guard import keep_typing
from ui.models.rows import Column, RowsTableModel
from ui.widgets import give_free_letters, heading, sentence, table_view

Index = QModelIndex | QPersistentModelIndex


def letters() -> dict[AttendanceStatus, str]:
    """The status letters, as the window's language writes the statuses: Dutch A(anwezig),
    F (afgemeld), X (afwezig), U(itgenodigd); English P(resent), E(xcused), A(bsent),
    I(nvited)."""
    return {
        AttendanceStatus.PRESENT: QCoreApplication.translate("AttendanceKeys", "A"),
        AttendanceStatus.EXCUSED: QCoreApplication.translate("AttendanceKeys", "F"),
        AttendanceStatus.ABSENT: QCoreApplication.translate("AttendanceKeys", "X"),
        AttendanceStatus.INVITED: QCoreApplication.translate("AttendanceKeys", "U"),
    }


def status_keys() -> dict[Qt.Key, AttendanceStatus]:
    """The keys that set a row's status in the list (Delete puts it back: AttendanceView)."""
    return {Qt.Key(ord(key.upper())): status for status, key in letters().items()}


# The statuses *Alle verwachten aanwezig* turns into aanwezig: nothing yet, or only invited.
NOT_YET = (None, AttendanceStatus.INVITED)


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
        # Undo steps, each the statuses before it: one person, or everyone a bulk mark set.
        self._undo: list[list[tuple[int, AttendanceStatus | None]]] = []
        self.expected = sum(r.expected for r in rows)  # as the list counts them
        self.set_rows(rows)

    def status(self, person_id: int) -> AttendanceStatus | None:
        return self._status.get(person_id)

    def set_status(self, row: int, status: AttendanceStatus | None) -> None:
        self.set_statuses([row], status)

    def set_statuses(self, rows: list[int], status: AttendanceStatus | None) -> None:
        """Set ``status`` on these rows as one undo step."""
        if not rows:
            return
        step = [(self.row(r).person_id, self._status.get(self.row(r).person_id)) for r in rows]
        self._undo.append(step)
        for row in rows:
            self._put(row, status)

    def reset(self, row: int) -> None:
        """Back to the status the list opened with (one undo step)."""
        self.set_status(row, self._original.get(self.row(row).person_id))

    def _put(self, row: int, status: AttendanceStatus | None) -> None:
        self._status[self.row(row).person_id] = status
        cell = self.index(row, self.STATUS_COLUMN)
        self.dataChanged.emit(cell, cell)

    def undo(self) -> list[AttendanceRow]:
        """Put back the statuses before the last step; the people put back."""
        if not self._undo:
            return []
        people = []
        for person_id, before in self._undo.pop():
            row = self.row_of(person_id)
            if row is not None:
                self._put(row, before)
                people.append(self.row(row))
        return people

    def changed(self) -> bool:
        return self._status != self._original

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

    def walk_ins(self) -> int:
        """Present without being expected (added by name, or exempt that day)."""
        return sum(
            not r.expected and self._status.get(r.person_id) == AttendanceStatus.PRESENT
            for r in self.rows()
        )


class AttendanceView(QTableView):
    """The list, answering the status keys on the selected row (which stays selected);
    Ctrl+Z is ``undo`` (the entry's, which says what was put back), and ``said(row)``
    says what a key did to that row."""

    def __init__(self, undo: Callable[[], None], said: Callable[[int], None]) -> None:
        super().__init__()
        self._undo = undo
        self._said = said

    def keyPressEvent(self, event: QKeyEvent) -> None:
        model = self.model()
        if not isinstance(model, AttendanceModel):
            return super().keyPressEvent(event)
        if event.matches(QKeySequence.StandardKey.Undo):
            self._undo()
            return None
        key = Qt.Key(event.key())
        row = self.currentIndex().row()
        if key == Qt.Key.Key_Delete and row >= 0:
            model.reset(row)
            self._said(row)
            return None
        keys = status_keys()
        if key in keys and row >= 0:
            model.set_status(row, keys[key])
            self._said(row)
            return None
        return super().keyPressEvent(event)


class AttendanceDialog(QDialog):
    """``find(text)`` looks for active staff beyond the list (rows of this activity's
    list, attendance.find_people); ``record(entries, mark_held)`` saves, raising the
    core's refusal (shown in the dialog)."""

    def __init__(
        self,
        sheet: Sheet,
        find: Callable[[str], list[AttendanceRow]],
        record: Callable[[list[Entry], bool], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._record = record
        self.activity = activity = sheet.activity
        data = activity.data
        self.setWindowTitle(self.tr("Presentie — %1").replace("%1", data.title))
        rows = sheet.rows
        self.model = AttendanceModel(rows, self)
        self.entry = PaperListEntry(self.model, find)
        view = AttendanceView(self.entry.undo, self.entry.say_status)
        self.table = table_view(self.model, "attendanceTable", fit=True, view=view)
        self.table.setAccessibleName(self.tr("Presentielijst"))
        self.entry.marked.connect(self._show_row)
        self.entry.finished.connect(self.save)
        self.quick = self.entry.line
        self.feedback = self.entry.feedback
        keys = letters()
        self.feedback.setText(
            self.tr(
                "In de lijst: %1 aanwezig, %2 afgemeld, %3 afwezig, %4 uitgenodigd, "
                "Delete terug naar hoe het was."
            )
            .replace("%1", keys[AttendanceStatus.PRESENT])
            .replace("%2", keys[AttendanceStatus.EXCUSED])
            .replace("%3", keys[AttendanceStatus.ABSENT])
            .replace("%4", keys[AttendanceStatus.INVITED])
        )
        self.mark_held = QCheckBox(self.tr("De activiteit is uitgevoerd (status wordt uitgevoerd)"))
        self.mark_held.setVisible(data.status == ActivityStatus.PLANNED)
        self.mark_held.setChecked(data.date <= dt.date.today())
        # Ahead of its date nobody can have been present, nor the activity held: typing
        # names as present led only to two refusals and Annuleren (a fresh user's trial).
        self.ahead = QLabel(
            self.tr(
                "Deze activiteit is op %1: aanwezig melden kan vanaf die dag. Nu kunt u wie "
                "niet komt afmelden (%2) of iemand uitnodigen (%3)."
            )
            .replace("%1", format_date(data.date))
            .replace("%2", keys[AttendanceStatus.EXCUSED])
            .replace("%3", keys[AttendanceStatus.INVITED])
        )
        self.ahead.setObjectName("formError")
        self.ahead.setWordWrap(True)
        self.ahead.setVisible(data.date > dt.date.today())
        if data.date > dt.date.today():
            self.mark_held.setEnabled(False)
            self.mark_held.setToolTip(
                self.tr("Kan pas vanaf %1: de activiteit is nog niet geweest").replace(
                    "%1", format_date(data.date)
                )
            )
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        everyone = QPushButton(self.tr("Alle verwachten &aanwezig"))
        everyone.clicked.connect(self.all_present)
        everyone.setEnabled(data.date <= dt.date.today())
        self.totals = QLabel()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Opslaan"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        for button in buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # a focused Annuleren must not take Enter
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.buttons = buttons
        units = ", ".join(activity.unit_codes) or self.tr("geen onderdelen")
        info = QLabel(f"{format_date(data.date)} · {messages.label(data.kind)} · {units}")
        row = QHBoxLayout()
        row.addWidget(everyone)
        row.addStretch(1)
        self.totals.setObjectName("attendanceTotals")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(data.title, "panelTitle"))
        layout.addWidget(info)
        layout.addWidget(self.totals)
        layout.addWidget(self.ahead)
        layout.addWidget(self.entry)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.mark_held)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.model.dataChanged.connect(self._update_totals)
        self.model.rowsInserted.connect(self._update_totals)
        self._update_totals()
        give_free_letters(self, [buttons.button(QDialogButtonBox.StandardButton.Cancel)])
        screen = self.screen().availableGeometry()
        self.resize(min(760, screen.width()), max(620, round(screen.height() * 0.85)))
        self.quick.setFocus()

    # --- typing in -----------------------------------------------------------------------

    def _show_row(self, row: int) -> None:
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def all_present(self) -> None:
        """Everyone expected who has no status yet (or only invited) present, as one step
        that Ctrl+Z takes back; then the field has the keyboard again."""
        rows = [
            row
            for row in range(self.model.rowCount())
            if self.model.row(row).expected
            and self.model.status(self.model.row(row).person_id) in NOT_YET
        ]
        self.model.set_statuses(rows, AttendanceStatus.PRESENT)
        self.feedback.setText(
            self.tr("✓ %n persoon/personen aanwezig gemeld; Ctrl+Z zet dat terug", "", len(rows))
            if rows
            else self.tr("Iedereen heeft al een aanwezigheid.")
        )
        self.quick.setFocus()

    def _update_totals(self, *_: object) -> None:
        walk_ins = self.model.walk_ins()
        # without the walk-ins said, "19 aanwezig van 20 verwacht, 1 afgemeld, 1 afwezig"
        # seems to add up to 21
        text = (
            (
                self.tr("%1 aanwezig (waarvan %4 niet verwacht) van %2 verwacht, %3 afgemeld")
                if walk_ins
                else self.tr("%1 aanwezig van %2 verwacht, %3 afgemeld")
            )
            .replace("%1", str(self.model.count(AttendanceStatus.PRESENT)))
            .replace("%2", str(self.model.expected))
            .replace("%3", str(self.model.count(AttendanceStatus.EXCUSED)))
            .replace("%4", str(walk_ins))
        )
        absent = self.model.count(AttendanceStatus.ABSENT)
        if absent:
            text += self.tr(", %1 afwezig").replace("%1", str(absent))
        self.totals.setText(text)

    # --- saving ----------------------------------------------------------------------------

    def save(self) -> None:
        try:
            self._record(self.model.entries(), self.mark_held.isChecked())
        except OtoError as refusal:
            self.error.setText(sentence(refusal.message))
            self.error.show()
            return
        self.accept()

    def cancel(self) -> None:
        """Escape or Annuleren: close, asking first when people were marked."""
        if self.model.changed() and keep_typing(self):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter marks someone in the quick-entry field (or takes the open pick list's
        # choice; in the empty field it saves: PaperListEntry.finished); anywhere else,
        # the list above all, it saves as Opslaan does, unless a pick list is still open
        # (a choice is half made). It never cancels. Escape asks before marks are thrown
        # away.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is not self.quick and not self.entry.picking():
                self.save()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)
