"""The one place pages learn that data changed, and what (see oto_app.changes.Change)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from oto_app.changes import Change


class ChangeBus(QObject):
    """Signals:
    changed(Change): a use case finished and changed these kinds of data.
    """

    changed = Signal(object)

    def publish(self, change: Change) -> None:
        self.changed.emit(change)
