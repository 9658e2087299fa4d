"""The one place pages learn that data changed, and what (see oto_app.changes.Change)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from oto_app.changes import Changes


class ChangeBus(QObject):
    """Signals:
    changed(Changes): a use case finished and changed these kinds of data.
    """

    changed = Signal(object)

    def publish(self, change: Changes) -> None:
        self.changed.emit(change)
