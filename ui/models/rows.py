"""A read-only table model over a list of plain result rows, described by columns.

Every list in the app shows service results (frozen dataclasses); a page says
which columns it wants and this model does the Qt part once.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from oto_app import messages
from oto_app.dates import format_date
from oto_app.names import fold

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  #: the row object behind an index
MUTED = QBrush(QColor("#8a8a8a"))


@dataclass(frozen=True)
class Column(Generic[Row]):
    title: str
    value: Callable[[Row], Any]
    align_right: bool = False
    width: int | None = None  #: default width in characters
    colour: Callable[[Row], str] | None = None  #: text colour of the cell, e.g. a traffic light
    sort: Callable[[Row], Any] | None = None  #: sort key, when the shown text sorts wrongly
    stretch: bool = False  #: this column takes the spare width


def sort_value(value: Any) -> Any:
    """A comparable key: numbers as they are, dates as ISO text, text folded."""
    if isinstance(value, tuple):  # e.g. (present, expected): number by number
        return tuple(sort_value(part) for part in value)
    if isinstance(value, bool) or value is None:
        return int(bool(value))
    if isinstance(value, int | float):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return messages.label(value)
    return fold(str(value))


def display(value: Any, yes: str, no: str) -> str:
    """How a plain value reads in a cell: Dutch dates, ja/nee, enumeration labels."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return yes if value else no
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, enum.Enum):
        return messages.label(value)
    if isinstance(value, float):
        return f"{value:g}".replace(".", ",")
    return str(value)


class RowsTableModel(QAbstractTableModel, Generic[Row]):
    """Rows in, cells out. ``muted(row)`` greys a row out (retired, ended)."""

    def __init__(
        self,
        columns: Sequence[Column[Row]],
        muted: Callable[[Row], bool] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._muted = muted
        self._yes, self._no = self.tr("ja"), self.tr("nee")

    @property
    def columns(self) -> list[Column[Row]]:
        return self._columns

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def append_rows(self, rows: Sequence[Row]) -> None:
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort the rows themselves (a proxy calling data() per comparison is far slower).

        The selection and the current row move with their rows (persistent indexes), so
        after a click on a column title the chosen row is still the one highlighted.
        """
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        key = self._sort_key(column)
        positions = sorted(
            range(len(self._rows)),
            key=lambda i: key(self._rows[i]),
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        moved = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[old] for old in positions]
        before = self.persistentIndexList()
        self.changePersistentIndexList(
            before, [self.index(moved[i.row()], i.column()) for i in before]
        )
        self.layoutChanged.emit()

    def sorted_rows(
        self, rows: Sequence[Row], column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder
    ) -> list[Row]:
        """``rows`` in the order :meth:`sort` would give; touches no Qt object, so a worker
        thread can sort a long list before it reaches the GUI thread."""
        if not 0 <= column < len(self._columns):
            return list(rows)
        return sorted(
            rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder
        )

    def _sort_key(self, column: int) -> Callable[[Row], Any]:
        """What a column sorts by: its sort key when the shown text would sort wrongly
        ("5 / 10" after "26 / 34"), else its value."""
        spec = self._columns[column]
        key = spec.sort or spec.value
        return lambda row: sort_value(key(row))

    def row(self, index: int) -> Row:
        return self._rows[index]

    def rows(self) -> list[Row]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return display(column.value(row), self._yes, self._no)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight if column.align_right else Qt.AlignmentFlag.AlignLeft
            )
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column.colour is not None:
                return QBrush(QColor(column.colour(row)))
            if self._muted and self._muted(row):
                return MUTED
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None
