"""Rapporten: make the annual overview off the GUI thread, then print it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from oto_app import demo
from oto_app.db import Database
from tests.helpers.file_dialogs import choose_files
from ui import printing
from ui.main_window import MainWindow
from ui.operations import Operations
from ui.pages.reports_page import ReportsPage


def test_make_and_print_the_annual_overview(
    qtbot: QtBot, ops: Operations, sqlite_db: Database, tmp_path: Path
) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    page = ReportsPage(ops)  # the page alone: nothing here needs the window
    qtbot.addWidget(page)
    page.show()
    assert not page.print_button.isEnabled()
    page.year.setValue(2025)
    assert page.on.date().toString("dd-MM-yyyy") == "31-12-2025"
    target = tmp_path / "jaaroverzicht.pdf"
    with qtbot.waitSignal(page.made, timeout=30_000):
        page.make_to(target)
    assert page.print_button.isEnabled()
    assert "Opgeslagen als" in page.state.text()
    assert "Jaaroverzicht OTO 2025" in PdfReader(target).pages[0].extract_text()
    printed = tmp_path / "afdruk.pdf"
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    assert printing.print_pdf(page, target, printer)
    assert len(PdfReader(printed).pages) == len(PdfReader(target).pages)


def test_attendance_sheet_from_the_activities_page(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    target = tmp_path / "lijst.pdf"
    choose_files(monkeypatch, target)
    opened: list[Path] = []
    monkeypatch.setattr("ui.operations.open_pdf", lambda path, _parent: opened.append(path))
    page = window.activities_page
    window.show_page("activities")
    page.year.setValue(2026)
    page.table.selectRow(0)
    page.sheet_button.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    assert "Presentielijst" in PdfReader(target).pages[0].extract_text()


def test_personal_overview_from_the_staff_page(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from oto_app.services import staff

    with sqlite_db.begin() as session:
        person = staff.create_person(session, staff.PersonData("77", "Anna", "Vries", "de")).value
    target = tmp_path / "anna.pdf"
    choose_files(monkeypatch, target)
    opened: list[Path] = []
    monkeypatch.setattr("ui.operations.open_pdf", lambda path, _parent: opened.append(path))
    window.show_page("staff")
    window.staff_page.reload(select_id=person)
    window.staff_page.panel.overview_button.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    assert "Anna de Vries" in PdfReader(target).pages[0].extract_text()
