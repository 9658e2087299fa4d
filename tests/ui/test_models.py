"""The Qt table models on their own, without a main window: each passes pytest-qt's
model tester (Qt's QAbstractItemModelTester) with rows in it, and shows what a user reads."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from oto_app.db import Database
from oto_app.models import AttendanceStatus, Validity
from oto_app.norms.validity import Standing
from oto_app.services import staff
from oto_app.services.attendance import AttendanceRow, Entry
from oto_app.services.staff import PersonData
from ui.dialogs.attendance_dialog import AttendanceModel
from ui.models.rows import Column, RowsTableModel
from ui.models.staff_table import PAGE, StaffTableModel
from ui.models.standings import standings_model


def _cells(model: Any, row: int) -> list[str]:
    return [model.index(row, c).data() for c in range(model.columnCount())]


def test_the_rows_model(qtmodeltester: ModelTester) -> None:
    model = RowsTableModel[tuple[str, dt.date, float, bool]](
        [
            Column("Titel", lambda r: r[0]),
            Column("Datum", lambda r: r[1]),
            Column("Uren", lambda r: r[2], align_right=True),
            Column("Actief", lambda r: r[3]),
        ],
        muted=lambda r: not r[3],
    )
    model.set_rows(
        [("Oefening", dt.date(2025, 3, 4), 3.5, True), ("Cursus", dt.date(2024, 1, 9), 8.0, False)]
    )
    qtmodeltester.check(model, force_py=True)
    assert _cells(model, 0) == ["Oefening", "04-03-2025", "3,5", "ja"]
    model.sort(1)
    qtmodeltester.check(model, force_py=True)
    assert _cells(model, 0) == ["Cursus", "09-01-2024", "8", "nee"]


def test_the_standings_model(qtmodeltester: ModelTester) -> None:
    model = standings_model(with_person=True)
    model.set_rows(
        [
            Standing(
                1, "Anna Bakker", "1", 1, "Basiscursus", None, None, Validity.MISSING, "nooit"
            ),
        ]
    )
    qtmodeltester.check(model, force_py=True)
    assert _cells(model, 0)[:2] == ["Anna Bakker", "1"]


def test_the_attendance_model_keeps_what_was_typed(qtmodeltester: ModelTester) -> None:
    rows = [
        AttendanceRow(1, "1", "P Aalders", "aalders", "CRAS", None, None, None),
        AttendanceRow(2, "2", "P de Wit", "wit", "CRAS", AttendanceStatus.EXCUSED, None, None),
    ]
    model = AttendanceModel(rows)
    qtmodeltester.check(model, force_py=True)
    model.set_status(0, AttendanceStatus.PRESENT)
    model.add(AttendanceRow(3, "3", "O Buiten", "buiten", "", None, None, None))
    qtmodeltester.check(model, force_py=True)
    assert model.entries() == [Entry(1, AttendanceStatus.PRESENT)]
    assert model.rowCount() == 3


def test_the_staff_model_reads_page_by_page(
    qtmodeltester: ModelTester, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        for n in range(PAGE + 5):
            staff.create_person(session, PersonData(f"{n:04}", "P", f"Naam{n:04}"))

    def read(query: Any) -> Any:
        with sqlite_db.begin() as session:
            return query(session)

    model = StaffTableModel(read)
    assert model.rowCount() == 0  # nothing is read before the list is shown
    model.reload()
    assert (model.total, model.rowCount()) == (PAGE + 5, PAGE)
    model.sort(1, Qt.SortOrder.DescendingOrder)  # in SQL: the first page anew
    assert model.rowCount() == PAGE and _cells(model, 0)[1] == f"{PAGE + 4:04}"
    # The tester fetches the rest, as a scrolling view would. (Not across a reset: pytest-qt
    # 4.5 runs its checks, fetchMore included, before it notes that the reset ended.)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == PAGE + 5 and not model.canFetchMore()
