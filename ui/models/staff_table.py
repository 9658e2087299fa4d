"""The staff list: lazy (fetchMore by pages), filtered and sorted in SQL by the service.

Sorting and searching happen in the database rather than in a QSortFilterProxyModel,
because a proxy would have to load every row first; see docs/decisions/0001.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from oto_app.services import staff
from oto_app.services.staff import PersonRow, StaffQuery, StaffSort
from ui.models.rows import Column, RowsTableModel

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

Index = QModelIndex | QPersistentModelIndex
#: How the model reads: a query of a session in, its result out (Operations.read).
Read = Callable[[Callable[["Session"], Any]], Any]
PAGE = 200


class StaffTableModel(RowsTableModel[PersonRow]):
    """One row per person; fetches the next page when the view scrolls near the end."""

    SORTS = (
        StaffSort.NAME,
        StaffSort.STAFF_NUMBER,
        StaffSort.DEPARTMENT,
        StaffSort.ROLES,
        StaffSort.EMAIL,
        StaffSort.PHONE,
        StaffSort.ACTIVE,
    )

    def __init__(self, read: Read, parent: Any = None) -> None:
        columns: list[Column[PersonRow]] = [
            Column(self.tr("Naam"), lambda r: r.name, width=24),
            Column(self.tr("Personeelsnr."), lambda r: r.staff_number, width=12),
            Column(self.tr("Afdeling"), lambda r: r.department, width=20),
            Column(self.tr("Rollen"), lambda r: r.roles, width=36),
            Column(self.tr("E-mail"), lambda r: r.email, width=28),
            Column(self.tr("Telefoon"), lambda r: r.phone, width=14),
            Column(self.tr("Actief"), lambda r: r.active, width=6),
        ]
        super().__init__(columns, muted=lambda r: not r.active, parent=parent)
        self._read = read
        self._query = StaffQuery()
        self._total = 0
        self._loaded = False  # nothing is read before the list is first shown

    @property
    def total(self) -> int:
        """How many people match the current search (all pages)."""
        return self._total

    @property
    def query(self) -> StaffQuery:
        return self._query

    def set_query(self, query: StaffQuery) -> None:
        """Search, filter or sort anew; read at once once the list has been shown."""
        self._query = query
        if self._loaded:
            self.reload()

    def reload(self) -> None:
        self._loaded = True
        query = self._query
        self._total, first = self._read(
            lambda s: (staff.count_people(s, query), staff.list_people(s, query, 0, PAGE))
        )
        self.set_rows(first)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self.rowCount() < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        query, offset = self._query, self.rowCount()
        self.append_rows(self._read(lambda s: staff.list_people(s, query, offset, PAGE)))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORTS):
            return
        sort = self.SORTS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self._query, sort=sort, descending=descending))

    def row_of(self, person_id: int) -> int | None:
        """The row showing ``person_id`` among those loaded, if any."""
        return next((i for i, r in enumerate(self.rows()) if r.id == person_id), None)
