"""Typing a signed paper list: a name or number, Enter, the next one.

The field empties after every Enter; the line under it says who was marked
("✓ Carla de Boer aanwezig"). An exact surname or staff number wins over a part of a
name (``Boer`` is Carla de Boer, not Jan Nijboer). When several people fit, a short
pick list opens under the field: the arrow keys and Enter, a click, or the number shown
choose; typing on starts a new search. Ctrl+Z undoes the last mark.

Signals: ``marked(int)`` with the model row just marked present.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oto_app.models import AttendanceStatus
from oto_app.names import find_by_name
from oto_app.services.attendance import AttendanceRow

# Who is not on the list but in the staff register: (text typed) -> people found.
FindElsewhere = Callable[[str], Sequence[AttendanceRow]]


class MarkedList(Protocol):
    """The list the entry marks (``AttendanceModel`` of ui.dialogs.attendance_dialog)."""

    def rows(self) -> list[AttendanceRow]: ...
    def row(self, index: int) -> AttendanceRow: ...
    def add(self, row: AttendanceRow) -> int: ...
    def set_status(self, row: int, status: AttendanceStatus | None) -> None: ...
    def undo(self) -> str | None: ...


class _EntryLine(QLineEdit):
    """The field; hands the pick list its keys while it is open."""

    def __init__(self, entry: PaperListEntry) -> None:
        super().__init__()
        self._entry = entry

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self._entry.undo()
            return
        if self._entry.picking() and self._entry.pick_key(event):
            return
        super().keyPressEvent(event)


class PaperListEntry(QWidget):
    marked = Signal(int)

    def __init__(
        self,
        model: MarkedList,
        find_elsewhere: FindElsewhere,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self._find_elsewhere = find_elsewhere
        self.line = _EntryLine(self)
        self.line.setObjectName("quickEntry")
        self.line.setPlaceholderText(
            self.tr("Achternaam of personeelsnummer, Enter = aanwezig (ook wie niet verwacht werd)")
        )
        self.line.setAccessibleName(self.tr("Snel invoeren"))
        self.line.returnPressed.connect(self.enter)
        self.line.textEdited.connect(self._typing)
        self.caption = QLabel()
        self.caption.setObjectName("hint")
        self.caption.hide()
        self.picks = QListWidget()
        self.picks.setObjectName("pickList")
        self.picks.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.picks.setMaximumHeight(self.picks.fontMetrics().height() * 7 + 12)
        self.picks.itemClicked.connect(lambda item: self._pick(self.picks.row(item)))
        self.picks.hide()
        self.feedback = QLabel()  # first the status letters (said by the dialog, which has them)
        self.feedback.setObjectName("hint")
        self._choices: list[tuple[int | None, AttendanceRow]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.line)
        layout.addWidget(self.caption)
        layout.addWidget(self.picks)
        layout.addWidget(self.feedback)
        self.setFocusProxy(self.line)

    # --- Enter ---------------------------------------------------------------------------

    def enter(self) -> None:
        text = self.line.text().strip()
        self.line.clear()
        if self.picking() and not text:
            self._pick(self.picks.currentRow())
            return
        self._close_picks()
        if not text:
            return
        rows = self.model.rows()
        found = find_by_name(text, [(r.staff_number, r.name) for r in rows])
        if len(found) == 1:
            self._mark(found[0])
        elif found:
            self._offer(text, [(i, rows[i]) for i in found])
        else:
            elsewhere = list(self._find_elsewhere(text))
            on_list = {r.person_id for r in rows}
            elsewhere = [p for p in elsewhere if p.person_id not in on_list]
            if len(elsewhere) == 1:
                self._mark(self.model.add(elsewhere[0]))
            elif elsewhere:
                self._offer(text, [(None, person) for person in elsewhere])
            else:
                self.feedback.setText(self.tr("Niemand gevonden voor '%1'.").replace("%1", text))

    def _mark(self, row: int) -> None:
        self.model.set_status(row, AttendanceStatus.PRESENT)
        self.feedback.setText(self.tr("✓ %1 aanwezig").replace("%1", self.model.row(row).name))
        self.marked.emit(row)

    def undo(self) -> None:
        name = self.model.undo()
        if name is not None:
            self.feedback.setText(self.tr("↶ %1: teruggezet").replace("%1", name))

    # --- the pick list -------------------------------------------------------------------

    def picking(self) -> bool:
        return self.picks.isVisible()

    def _offer(self, text: str, choices: list[tuple[int | None, AttendanceRow]]) -> None:
        self._choices = choices[:9]
        self.picks.clear()
        for number, (_row, person) in enumerate(self._choices, start=1):
            where = person.units or self.tr("niet verwacht")
            item = QListWidgetItem(f"{number}   {person.name}   ({person.staff_number}, {where})")
            self.picks.addItem(item)
        self.picks.setCurrentRow(0)
        self.caption.setText(
            self.tr(
                "Meerdere passen bij '%1': kies met de pijltjes en Enter, of typ het nummer."
            ).replace("%1", text)
        )
        self.caption.show()
        self.picks.show()
        self.feedback.setText("")

    def pick_key(self, event: QKeyEvent) -> bool:
        """Keys for the open pick list; False for keys that are typing."""
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = -1 if key == Qt.Key.Key_Up else 1
            self.picks.setCurrentRow((self.picks.currentRow() + step) % self.picks.count())
            return True
        if key == Qt.Key.Key_Escape:
            self._close_picks()
            return True
        if not self.line.text() and event.text().isdigit():
            number = int(event.text())
            if 1 <= number <= len(self._choices):
                self._pick(number - 1)
            return True
        return False

    def _typing(self, text: str) -> None:
        if text and self.picking():
            self._close_picks()

    def _pick(self, index: int) -> None:
        if not 0 <= index < len(self._choices):
            return
        row, person = self._choices[index]
        self._close_picks()
        self._mark(row if row is not None else self.model.add(person))
        self.line.setFocus()

    def _close_picks(self) -> None:
        self.picks.hide()
        self.caption.hide()
        self._choices = []
