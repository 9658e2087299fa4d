"""The base of the pages: load when first shown, and reload on relevant changes.

A hidden page only notes that its data went stale and reloads when it is shown,
so start-up loads just the first page and a change reloads just what is on screen.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from oto_app.changes import Change
from ui.changes import ChangeBus


class Page(QWidget):
    #: The kinds of change that make this page's data stale.
    relevant: Change = Change.EVERYTHING

    def __init__(self, bus: ChangeBus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bus = bus
        self.stale = True
        bus.changed.connect(self._on_change)

    def reload(self) -> None:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload now and note the page is current."""
        self.stale = False
        self.reload()

    def _on_change(self, change: Change) -> None:
        if change & self.relevant:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
