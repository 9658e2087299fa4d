"""The parts of the evaluation dialog beyond plain fields: the rated objectives and the
attachments (documents by reference)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.models import Rating
from oto_app.services.evaluations import Objective
from ui.widgets import ask_open_paths

Index = QModelIndex | QPersistentModelIndex
RATING_COLUMN = 1


def _stack(owner: QWidget, view: QWidget, *buttons: QPushButton) -> None:
    """A list or table with a row of buttons under it, filling ``owner``."""
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(view)
    layout.addLayout(row)
    owner.setFocusProxy(view)


class RatingDelegate(QStyledItemDelegate):
    """Edits the rating column with a P/S/M/U list; the item keeps the Rating's name."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for rating in Rating:
            editor.addItem(messages.label(rating), rating.name)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor: QWidget, model: object, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]


class ObjectivesTable(QTableWidget):
    """The objectives' cells, a stop on the form's way and no trap: Tab on a cell leaves
    the table for the next field (the arrows move from cell to cell). While a cell is
    being edited Tab goes on to the next cell, as in Excel, so an objective, its rating
    and its note are typed in one go; from the last cell it leaves the table, Shift+Tab
    from the first cell goes back to the field before it, and Ctrl+Tab always leaves."""

    def __init__(self) -> None:
        super().__init__(0, 3)
        self.setTabKeyNavigation(False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        last = self.model().index(self.rowCount() - 1, self.columnCount() - 1)
        control = QApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier
        next_cell = hint == QAbstractItemDelegate.EndEditHint.EditNextItem
        previous_cell = hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem
        forward = next_cell and (current == last or bool(control))
        back = previous_cell and (current.row() == current.column() == 0 or bool(control))
        if not (forward or back):
            super().closeEditor(editor, hint)
            return
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.focusNextPrevChild(forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self.focusNextPrevChild(event.key() == Qt.Key.Key_Tab)
            return
        super().keyPressEvent(event)


class ObjectivesEditor(QWidget):
    """A small table: objective, rating (P/S/M/U), note; rows added and removed by button."""

    def __init__(self, objectives: tuple[Objective, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.table = ObjectivesTable()
        self.table.setObjectName("objectivesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Doelstelling"), self.tr("Beoordeling"), self.tr("Toelichting")]
        )
        self.table.verticalHeader().hide()
        self.table.setItemDelegateForColumn(RATING_COLUMN, RatingDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.AllEditTriggers
            & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        width = self.fontMetrics().horizontalAdvance(messages.label(Rating.M)) + 40
        self.table.setColumnWidth(RATING_COLUMN, width)
        self.table.setColumnWidth(2, 200)
        self.table.setFixedHeight(130)
        # Typing P, S, M or U on a rating cell opens the list on that rating.
        self.add_button = QPushButton(self.tr("Doelstelling toe&voegen"))
        self.remove_button = QPushButton(self.tr("Doelstelling verwijderen"))
        for objective in objectives:
            rating = objective.rating if isinstance(objective.rating, Rating) else Rating.P
            self.add_row(objective.objective, rating, objective.note or "")
        _stack(self, self.table, self.add_button, self.remove_button)
        self.add_button.clicked.connect(self._add_and_edit)
        self.remove_button.clicked.connect(self._remove)

    def add_row(self, objective: str = "", rating: Rating = Rating.P, note: str = "") -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(objective))
        rated = QTableWidgetItem(messages.label(rating))
        rated.setData(Qt.ItemDataRole.UserRole, rating.name)
        self.table.setItem(row, RATING_COLUMN, rated)
        self.table.setItem(row, 2, QTableWidgetItem(note))
        return row

    def _add_and_edit(self) -> None:
        row = self.add_row()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def objectives(self) -> tuple[Objective, ...]:
        def cell(row: int, column: int) -> QTableWidgetItem:
            return self.table.item(row, column) or QTableWidgetItem()

        return tuple(
            Objective(
                cell(row, 0).text(),
                str(cell(row, RATING_COLUMN).data(Qt.ItemDataRole.UserRole) or ""),
                cell(row, 2).text(),
            )
            for row in range(self.table.rowCount())
            if cell(row, 0).text().strip() or cell(row, 2).text().strip()
        )


class AttachmentsEditor(QWidget):
    """Documents that belong to the evaluation, kept where they are: a path or a web address."""

    def __init__(self, references: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("attachmentList")
        self.list.addItems(list(references))
        self.list.setFixedHeight(64)
        self.file_button = QPushButton(self.tr("Bestand &kiezen…"))
        self.address_button = QPushButton(self.tr("&Webadres…"))
        self.open_button = QPushButton(self.tr("O&penen"))
        self.remove_button = QPushButton(self.tr("Bijlage ve&rwijderen"))
        _stack(
            self,
            self.list,
            self.file_button,
            self.address_button,
            self.open_button,
            self.remove_button,
        )
        self.file_button.clicked.connect(self.add_file)
        self.address_button.clicked.connect(self.add_address)
        self.open_button.clicked.connect(self.open_current)
        self.remove_button.clicked.connect(self.remove_current)
        self.list.itemActivated.connect(lambda _item: self.open_current())

    def add_file(self) -> None:
        names = ask_open_paths(self, self.tr("Bijlage kiezen"), "", many=True)
        self.list.addItems([str(n) for n in names])

    def add_address(self) -> None:
        address, ok = QInputDialog.getText(
            self, self.tr("Bijlage"), self.tr("Webadres of pad van het document:")
        )
        if ok and address.strip():
            self.list.addItem(address.strip())

    def open_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        reference = item.text()
        url = QUrl(reference) if "://" in reference else QUrl.fromLocalFile(str(Path(reference)))
        QDesktopServices.openUrl(url)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def references(self) -> tuple[str, ...]:
        return tuple(self.list.item(row).text() for row in range(self.list.count()))
