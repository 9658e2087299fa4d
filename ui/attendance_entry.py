"""Typing a signed paper list: a name or number, Enter, the next one.

The field empties after every Enter; the line under it says who was marked
("✓ Carla de Boer aanwezig"). Everyone who fits is considered, on the list or not, marked
already or not: an exact surname or staff number wins over a part of a name (``Boer`` is
Carla de Boer, not Jan Nijboer) when it is one person. When several fit, a short pick
list opens under the field, exact matches first and the expected people first among them;
each line shows the number, unit and department (two Jan van Dams), and who is marked
already, exempt (last) or not expected. When a name fits several people the line under
the field says which one was meant ("✓ Jan van Dam (10087, MZ) aanwezig"). The arrow
keys and Enter, a click, or the number shown choose; typing on starts a new search.
Someone marked already is said to be so and nothing changes, so Ctrl+Z always undoes a
real mark: the last step (one mark, or a whole *Alle verwachten aanwezig*).

Signals: ``marked(int)`` with the model row just marked present (or found present).
"""

from __future__ import annotations

from collections import Counter
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

from oto_app import messages
from oto_app.models import AttendanceStatus
from oto_app.names import match_name
from oto_app.services.attendance import AttendanceRow

# Who is not on the list but in the staff register: (text typed) -> people found.
FindElsewhere = Callable[[str], Sequence[AttendanceRow]]


class MarkedList(Protocol):
    """The list the entry marks (``AttendanceModel`` of ui.dialogs.attendance_dialog)."""

    def rows(self) -> list[AttendanceRow]: ...
    def row(self, index: int) -> AttendanceRow: ...
    def row_of(self, person_id: int) -> int | None: ...
    def status(self, person_id: int) -> AttendanceStatus | None: ...
    def add(self, row: AttendanceRow) -> int: ...
    def set_status(self, row: int, status: AttendanceStatus | None) -> None: ...
    def undo(self) -> list[AttendanceRow]: ...


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
    # Enter in the empty field, no pick list open: the list is typed in (the dialog saves,
    # as Enter does in every form).
    finished = Signal()

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
        self.picks.itemClicked.connect(lambda item: self._pick(self.picks.row(item)))
        self.picks.hide()
        self.feedback = QLabel()  # first the status letters (said by the dialog, which has them)
        self.feedback.setObjectName("hint")
        self._choices: list[AttendanceRow] = []
        self._namesakes: set[str] = set()  # names of the last search that fit several people
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
            self.finished.emit()
            return
        people = self._everyone_fitting(text)
        names = Counter(p.name for p in people)
        self._namesakes = {name for name, count in names.items() if count > 1}
        exact, partly = match_name(text, [(p.staff_number, p.name) for p in people])
        if len(exact) == 1 or (not exact and len(partly) == 1):
            self._choose(people[(exact or partly)[0]])
        elif exact or partly:
            self._offer(text, [people[i] for i in self._expected_first(people, exact, partly)])
        else:
            self.feedback.setText(self.tr("Niemand gevonden voor '%1'.").replace("%1", text))
            # kept, selected: typing replaces it, an arrow key lets one mend a typo
            self.line.setText(text)
            self.line.selectAll()

    def _everyone_fitting(self, text: str) -> list[AttendanceRow]:
        """The list's people, then the staff found for ``text`` who are not on it."""
        rows = self.model.rows()
        on_list = {r.person_id for r in rows}
        return rows + [p for p in self._find_elsewhere(text) if p.person_id not in on_list]

    def _expected_first(self, people: list[AttendanceRow], *groups: list[int]) -> list[int]:
        """Each group in turn (exact, then part matches): the expected people first, the
        exempt (vrijgesteld) last, and within each who is not marked present yet (Enter
        takes the first)."""

        def order(i: int) -> tuple[bool, bool, bool]:
            present = self.model.status(people[i].person_id) == AttendanceStatus.PRESENT
            return (not people[i].expected, people[i].exempt, present)

        return [i for group in groups for i in sorted(group, key=order)]

    def _choose(self, person: AttendanceRow) -> None:
        """Mark ``person`` present (putting them on the list if need be), unless they are
        already: then say so and change nothing (no undo step)."""
        row = self.model.row_of(person.person_id)
        if row is None:
            row = self.model.add(person)
        elif self.model.status(person.person_id) == AttendanceStatus.PRESENT:
            self.feedback.setText(self.tr("%1 is al aanwezig").replace("%1", self._named(person)))
            self.marked.emit(row)
            return
        self._mark(row)

    def _mark(self, row: int) -> None:
        self.model.set_status(row, AttendanceStatus.PRESENT)
        person = self.model.row(row)
        self.feedback.setText(self.tr("✓ %1 aanwezig").replace("%1", self._named(person)))
        self.marked.emit(row)

    def _named(self, person: AttendanceRow) -> str:
        """The name, and when someone else fits it too which one: "Jan van Dam (10087, MZ)"."""
        on_list = Counter(r.name for r in self.model.rows())
        if person.name not in self._namesakes and on_list[person.name] < 2:
            return person.name
        return f"{person.name} ({', '.join(self._where(person))})"

    def say_status(self, row: int) -> None:
        """What a key in the list did: "Kees Kuipers: afwezig" (or "geen" when Delete put
        someone back to no status)."""
        person = self.model.row(row)
        status = self.model.status(person.person_id)
        word = messages.label(status) if status is not None else self.tr("geen")
        self.feedback.setText(f"{self._named(person)}: {word}")

    def undo(self) -> None:
        """Take back the last step, and say whom it put back."""
        people = self.model.undo()
        if len(people) == 1:
            self.feedback.setText(self.tr("↶ %1: teruggezet").replace("%1", self._named(people[0])))
        elif people:
            self.feedback.setText(self.tr("↶ %n persoon/personen teruggezet", "", len(people)))
        else:
            self.feedback.setText(self.tr("Niets om terug te zetten."))

    # --- the pick list -------------------------------------------------------------------

    def picking(self) -> bool:
        return self.picks.isVisible()

    def _offer(self, text: str, choices: list[AttendanceRow]) -> None:
        self._choices = choices[:9]
        self.picks.clear()
        for number, person in enumerate(self._choices, start=1):
            self.picks.addItem(QListWidgetItem(f"{number}   {self._described(person)}"))
        rows = self.picks.sizeHintForRow(0) * len(self._choices)
        self.picks.setFixedHeight(rows + 2 * self.picks.frameWidth())  # every choice whole
        self.picks.setCurrentRow(0)
        self.caption.setText(
            self.tr(
                "Meerdere passen bij '%1': kies met de pijltjes en Enter, of typ het nummer."
            ).replace("%1", text)
        )
        self.caption.show()
        self.picks.show()
        self.feedback.setText("")

    def _described(self, person: AttendanceRow) -> str:
        """A pick-list line: "Jan van Dam   (10087, MZ, Communicatie) · al aanwezig"."""
        where = self._where(person)
        if person.department:
            where.append(person.department)
        notes = []
        if self.model.status(person.person_id) == AttendanceStatus.PRESENT:
            notes.append(self.tr("al aanwezig"))
        if person.exempt:
            notes.append(self.tr("vrijgesteld"))
        elif not person.expected:
            notes.append(self.tr("niet verwacht"))
        return f"{person.name}   ({', '.join(where)})" + "".join(f" · {n}" for n in notes)

    def _where(self, person: AttendanceRow) -> list[str]:
        return [person.staff_number, person.units or self.tr("geen onderdeel")]

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
        person = self._choices[index]
        self._close_picks()
        self._choose(person)
        self.line.setFocus()

    def _close_picks(self) -> None:
        self.picks.hide()
        self.caption.hide()
        self._choices = []
