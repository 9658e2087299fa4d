"""Journeys on the Medewerkers page, through the real widgets."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.errors import DatabaseError
from oto_app.models import AssignmentKind
from oto_app.services import staff
from oto_app.services.staff import PersonData, StaffQuery
from tests.conftest import stop_growing
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.dialogs import save as _save
from tests.helpers.dialogs import type_person as _type_person
from tests.helpers.people import person_in_a_role
from ui.dialogs.assignment_dialogs import AssignmentDialog, EndAssignmentDialog
from ui.main_window import MainWindow
from ui.pages.staff_page import StaffPage
from ui.pages.units_page import UnitsPage


def test_add_a_person_and_see_them_selected(qtbot: QtBot, staff_page: StaffPage) -> None:
    page = staff_page
    errors = on_next_dialog(
        qtbot, lambda d: (_type_person(qtbot, d, "4711", "Anna", "de", "Vries"), _save(d))
    )
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    assert page.model.total == 1
    assert page.panel.title.text() == "Anna de Vries"
    assert page.panel.values["email"].text() == "anna@gemeente.nl"
    assert page.count.text() == "1 medewerker"


def test_a_refused_save_keeps_the_dialog_and_the_typing(
    qtbot: QtBot, staff_page: StaffPage, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("4711", "Bram", "Bakker"))
    staff_page.reload()
    seen: dict[str, object] = {}

    def handle(dialog: QDialog) -> None:
        _type_person(qtbot, dialog, "4711", "Anna", "de", "Vries")
        _save(dialog)
        seen["still_open"] = dialog.isVisible()
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]
        seen["first"] = dialog.first_name.text()  # type: ignore[attr-defined]
        seen["focus"] = dialog.focusWidget() is dialog.staff_number  # type: ignore[attr-defined]
        dialog.staff_number.setText("4712")  # type: ignore[attr-defined]
        _save(dialog)

    errors = on_next_dialog(qtbot, handle)
    staff_page.new_person()
    raise_from(errors)
    assert seen == {
        "still_open": True,
        "error": "Personeelsnummer 4711 is al in gebruik bij Bram Bakker.",
        "first": "Anna",
        "focus": True,
    }
    assert staff_page.model.total == 2


def test_assign_a_role_then_end_it(qtbot: QtBot, window: MainWindow, sqlite_db: Database) -> None:
    with sqlite_db.begin() as session:
        person = staff.create_person(session, PersonData("1", "Carla", "Wal", "van der")).value
    page = window.staff_page
    window.show_page("staff")
    page.reload(select_id=person)
    assert page.panel.title.text() == "Carla van der Wal"

    def choose(dialog: QDialog) -> None:
        assert isinstance(dialog, AssignmentDialog)
        dialog.unit.setCurrentIndex(dialog.unit.findText("CRAS", Qt.MatchFlag.MatchStartsWith))
        dialog.role.setCurrentIndex(
            dialog.role.findText("procesverantwoordelijke", Qt.MatchFlag.MatchStartsWith)
        )
        dialog.kind.setCurrentIndex(dialog.kind.findData(AssignmentKind.DEPUTY))
        _save(dialog)

    errors = on_next_dialog(qtbot, choose)
    qtbot.mouseClick(page.panel.assign_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    [row] = page.panel.assignments.rows()
    assert (row.unit_code, row.role, row.kind, row.end_date) == (
        "CRAS",
        "procesverantwoordelijke",
        AssignmentKind.DEPUTY,
        None,
    )
    assert page.model.row(0).roles == "CRAS procesverantwoordelijke"
    # The Onderdelen page heard of it too.
    units = window.units_page
    window.show_page("units")
    units.select_unit(next(u.id for u in units.model.rows() if u.code == "CRAS"))
    assert [h.name for h in units.panel.holders.rows()] == ["Carla van der Wal"]

    window.show_page("staff")
    page.panel.assignment_view.selectRow(0)
    assert page.panel.end_button.isEnabled()

    def end(dialog: QDialog) -> None:
        assert isinstance(dialog, EndAssignmentDialog)
        _save(dialog)

    errors = on_next_dialog(qtbot, end)
    qtbot.mouseClick(page.panel.end_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    [ended] = page.panel.assignments.rows()
    assert ended.end_date == dt.date.today()
    assert page.panel.assignments.index(0, 4).data() == dt.date.today().strftime("%d-%m-%Y")


def test_search_and_only_active(qtbot: QtBot, staff_page: StaffPage, sqlite_db: Database) -> None:
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("1", "Anna", "Vries", "de"))
        staff.create_person(session, PersonData("2", "Bram", "Bakker", active=False))
    page = staff_page
    page.reload()
    assert page.model.total == 1  # only active people by default
    page.only_active.setChecked(False)
    assert page.model.total == 2
    qtbot.keyClicks(page.search, "vries")
    qtbot.waitUntil(lambda: page.model.total == 1)
    assert page.model.row(0).name == "Anna de Vries"
    assert page.table.model().index(0, 0).data() == "Anna de Vries"


def test_clicking_a_header_sorts_in_the_database(
    staff_page: StaffPage, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        for number, last in (("3", "Aalders"), ("1", "Zwart"), ("2", "Mulder")):
            staff.create_person(session, PersonData(number, "P", last))
    page = staff_page
    page.reload()
    assert [r.staff_number for r in page.model.rows()] == ["3", "2", "1"]
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [r.staff_number for r in page.model.rows()] == ["3", "2", "1"]
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert [r.staff_number for r in page.model.rows()] == ["1", "2", "3"]


def test_the_list_loads_more_as_you_scroll(
    qtbot: QtBot, staff_page: StaffPage, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        for n in range(450):
            staff.create_person(session, PersonData(f"{n:05d}", "P", f"Naam {n:05d}"))
    page = staff_page
    page.reload()
    assert page.model.rowCount() == 200 and page.model.total == 450
    for _ in range(5):
        page.table.scrollToBottom()
        qtbot.wait(10)
    qtbot.waitUntil(lambda: page.model.rowCount() == 450)
    assert page.model.row(449).staff_number == "00449"


def test_retire_a_person_ends_their_roles(
    qtbot: QtBot, staff_page: StaffPage, sqlite_db: Database, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    person = person_in_a_role(sqlite_db, since=dt.date(2024, 1, 1))
    page = staff_page
    page.only_active.setChecked(False)
    page.reload(select_id=person)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.panel.retire_button, Qt.MouseButton.LeftButton)
    assert page.panel.values["status"].text() == "uit dienst"
    [ended] = page.panel.assignments.rows()
    assert ended.end_date == dt.date.today()
    assert not page.panel.assign_button.isEnabled()
    with sqlite_db.begin() as session:
        assert staff.count_people(session, StaffQuery(only_active=True)) == 0


def test_models_pass_the_qt_model_tester(
    qtmodeltester,
    staff_page: StaffPage,  # type: ignore[no-untyped-def]
    units_page: UnitsPage,
    sqlite_db: Database,
) -> None:
    with sqlite_db.begin() as session:
        for n in range(5):
            staff.create_person(session, PersonData(str(n), "P", f"Naam{n}"))
    staff_page.reload()
    qtmodeltester.check(staff_page.model)
    qtmodeltester.check(units_page.model)


def test_a_full_disk_keeps_the_dialog_and_the_typing(
    qtbot: QtBot, staff_page: StaffPage, sqlite_db: Database
) -> None:
    """The database refusing to grow (as on a full disk or a lost server) is said in the
    dialog; what was typed stays, and saving again once there is room works."""
    room = stop_growing(sqlite_db)
    filled = 0
    # Fill the space there is, till the "disk" is full: with large rows, then with rows as
    # small as the one the dialog will save, so none of those fits either.
    for name in ("Ruimte" * 20, "Vries"):
        with pytest.raises(DatabaseError):
            while filled < 5000:
                with sqlite_db.begin() as session:
                    staff.create_person(session, PersonData(f"F{filled}", "Vul", name))
                filled += 1
    staff_page.reload()
    seen: dict[str, object] = {}

    def handle(dialog: QDialog) -> None:
        _type_person(qtbot, dialog, "4711", "Anna", "de", "Vries")
        _save(dialog)
        seen["error"] = dialog.error.text()  # type: ignore[attr-defined]
        seen["kept"] = dialog.first_name.text()  # type: ignore[attr-defined]
        room()
        _save(dialog)
        seen["closed"] = not dialog.isVisible()

    errors = on_next_dialog(qtbot, handle)
    staff_page.new_person()
    raise_from(errors)
    assert re.search(
        r"is vol \(nog .+ vrij\); maak ruimte en probeer het opnieuw", str(seen["error"])
    )
    assert seen["kept"] == "Anna" and seen["closed"]
    assert staff_page.model.total == filled + 1


def test_the_person_panel_shows_three_roles_whole_at_1366(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """A trial at 1366 x 768: the roles had room for 1½ rows (a scroll bar beside two
    roles) while an empty list of exemptions below kept its 90 pixels. A person's roles
    come first: three whole; the lists below as high as their rows."""
    from oto_app.services import assignments, organisation
    from oto_app.services.assignments import AssignmentData

    person = person_in_a_role(sqlite_db, since=dt.date(2020, 1, 1))
    with sqlite_db.begin() as session:
        role = organisation.list_roles(session)[0].id
        for code in ("CRAS", "CRIB"):
            unit = organisation.find_unit(session, code).id
            assignments.assign(
                session,
                AssignmentData(person, unit, role, AssignmentKind.PRIMARY, dt.date(2021, 1, 1)),
            )
    window.resize(1340, 720)
    window.show_page("staff")
    page = window.staff_page
    page.reload(select_id=person)
    qtbot.waitUntil(lambda: page.panel.assignments.rowCount() == 3)
    view = page.panel.assignment_view
    qtbot.waitUntil(
        lambda: view.viewport().height() >= 3 * view.verticalHeader().defaultSectionSize()
    )
    empty = page.panel.exemption_view
    assert empty.height() < view.height()
