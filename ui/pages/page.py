"""The base of the pages: load when first shown, and reload on relevant changes.

A hidden page only notes that its data went stale and reloads when it is shown,
so start-up loads just the first page and a change reloads just what is on screen.
A page reads and writes through its :class:`~ui.operations.Operations`, whose writes
publish the changes the services return.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

from oto_app.changes import Changes
from ui.operations import Operations

if TYPE_CHECKING:
    from ui.dialogs.history_dialog import HistoryDialog


class Page(QWidget):
    #: The kinds of change that make this page's data stale.
    relevant: Changes = Changes.EVERYTHING

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.stale = True
        ops.bus.changed.connect(self._on_change)

    def reload(self) -> None:
        raise NotImplementedError

    def open_history(self, table: str, record_id: object, title: str) -> None:
        self.history_dialog(table, record_id, title).exec()

    def history_dialog(self, table: str, record_id: object, title: str) -> HistoryDialog:
        """Geschiedenis of one record, with its CSV export."""
        from oto_app import audit
        from ui.dialogs.history_dialog import HistoryDialog

        def export(path: Path) -> int:
            return self.ops.read(lambda s: audit.export(s, path, table, record_id))

        suggested = self.tr("geschiedenis-%1-%2.csv").replace("%1", table)
        suggested = suggested.replace("%2", str(record_id))
        changes = self.ops.history(table, record_id)
        return HistoryDialog(changes, export, suggested, title, self)

    def form(self, dialog: QDialog, view: QAbstractItemView) -> bool:
        """Run a form (or any dialog) opened from ``view``'s row; whether it was saved.
        Afterwards the list has the keyboard, on its row (a reload keeps it chosen), with
        the focus mark showing: the focus went wherever a button greyed out by the
        reload passed it on, the sidebar, and the next keys typed went nowhere."""
        done = bool(dialog.exec())
        self.window().setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
        view.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def refresh(self) -> None:
        """Reload now and note the page is current."""
        self.stale = False
        self.reload()

    def _on_change(self, change: Changes) -> None:
        if change & self.relevant:
            self.stale = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()
