"""Typing a paper list by hand, as a fresh user did: every person who fits is offered, on
the list or not, marked already or not; several exact surnames give the pick list with
the expected people first; a repeat says "al aanwezig" and is no undo step; the pick
list tells two Jan van Dams apart; who was added shows their unit."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import AttendanceStatus
from oto_app.services import assignments, attendance, organisation, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.staff import PersonData
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from ui.main_window import MainWindow

#: number, first name, infix, surname, unit, department
PEOPLE = [
    ("10059", "Wietske", "de", "Boer", "VC", "Openbare Ruimte"),
    ("10087", "Jan", "van", "Dam", "VC", "Communicatie"),
    ("10089", "Jan", "van", "Dam", "VC", "Financiën"),
    ("10064", "Carla", "de", "Boer", "CRAS", "Welzijn"),
    ("10073", "Jan", "", "Nijboer", "CRAS", "Wonen"),
    ("10126", "Harm", "", "Nijboer", "BT", "Wonen"),
]


@pytest.fixture
def exercise(sqlite_db: Database) -> int:
    """An exercise of VC, yesterday: Wietske and the two Jan van Dams are expected."""
    with sqlite_db.begin() as session:
        role = organisation.find_role(session, "procesmedewerker").id
        for number, first, infix, last, unit, department in PEOPLE:
            data = PersonData(number, first, last, infix=infix, department=department)
            person = staff.create_person(session, data).value
            unit_id = organisation.find_unit(session, unit).id
            assignments.assign(
                session, AssignmentData(person, unit_id, role, start_date=dt.date(2020, 1, 1))
            )
        return unit_exercise(session, "VC", dt.date.today() - dt.timedelta(days=1))


def _picks(dialog: QWidget) -> list[str]:
    """The pick list's lines, each one wholly in sight."""
    picks = dialog.entry.picks  # type: ignore[attr-defined]
    if not picks.isVisible():
        return []
    inside = picks.viewport().rect()
    assert all(inside.contains(picks.visualItemRect(picks.item(i))) for i in range(picks.count()))
    return [picks.item(i).text() for i in range(picks.count())]


def _cells(dialog: QWidget, name: str) -> list[str]:
    """The row of ``name`` in the list, as it reads on screen."""
    model = dialog.model  # type: ignore[attr-defined]
    [row] = [i for i, r in enumerate(model.rows()) if r.name == name]
    return [str(model.index(row, column).data()) for column in range(model.columnCount())]


def test_everyone_who_fits_is_offered_and_a_repeat_changes_nothing(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def type_the_list(dialog: QWidget) -> None:
        seen["start"] = dialog.totals.text()  # type: ignore[attr-defined]
        hands.type("boer")  # two exact (Wietske expected, Carla not), two Nijboers in part
        hands.enter()
        seen["boer"] = _picks(dialog)
        hands.enter()  # the first: the expected Wietske
        hands.type("Nijboer")  # two exact, neither expected
        hands.enter()
        seen["nijboer"] = _picks(dialog)
        hands.type("2")  # Jan Nijboer, added to the list
        seen["jan"] = _cells(dialog, "Jan Nijboer")
        hands.type("Nijboer")  # both still offered; Jan marked already
        hands.enter()
        seen["again"] = _picks(dialog)
        hands.type("2")
        seen["repeat"] = dialog.feedback.text()  # type: ignore[attr-defined]
        hands.type("Wietske de Boer")  # the whole name: one person, marked already
        hands.enter()
        seen["whole"] = dialog.feedback.text()  # type: ignore[attr-defined]
        hands.key_combination("Ctrl+Z")  # undoes the last real mark: Jan Nijboer
        seen["undo"] = (dialog.feedback.text(), _cells(dialog, "Jan Nijboer")[3])  # type: ignore[attr-defined]
        hands.type("van dam")  # two Jan van Dams: the department tells them apart
        hands.enter()
        seen["dam"] = _picks(dialog)
        hands.type("2")
        seen["totals"] = dialog.totals.text()  # type: ignore[attr-defined]
        hands.key_combination("Ctrl+S")

    hands.shortcut("Ctrl+4")  # Activiteiten
    page = window.activities_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hands.click_row(page.table, 0)
    hands.opens(lambda: hands.click(page.attendance_button), type_the_list)

    assert seen["start"] == "0 aanwezig van 3 verwacht, 0 afgemeld"
    assert seen["boer"] == [
        "1   Wietske de Boer   (10059, VC, Openbare Ruimte)",
        "2   Carla de Boer   (10064, CRAS, Welzijn) · niet verwacht",
        "3   Harm Nijboer   (10126, BT, Wonen) · niet verwacht",
        "4   Jan Nijboer   (10073, CRAS, Wonen) · niet verwacht",
    ]
    assert seen["nijboer"] == [
        "1   Harm Nijboer   (10126, BT, Wonen) · niet verwacht",
        "2   Jan Nijboer   (10073, CRAS, Wonen) · niet verwacht",
    ]
    assert seen["jan"] == ["Jan Nijboer", "10073", "CRAS", "aanwezig"]  # his unit shows
    assert seen["again"] == [  # who is not marked yet first
        "1   Harm Nijboer   (10126, BT, Wonen) · niet verwacht",
        "2   Jan Nijboer   (10073, CRAS, Wonen) · al aanwezig · niet verwacht",
    ]
    assert seen["repeat"] == "Jan Nijboer is al aanwezig"
    assert seen["whole"] == "Wietske de Boer is al aanwezig"
    assert seen["undo"] == ("↶ Jan Nijboer: teruggezet", "")
    assert seen["dam"] == [
        "1   Jan van Dam   (10087, VC, Communicatie)",
        "2   Jan van Dam   (10089, VC, Financiën)",
    ]
    assert seen["totals"] == "2 aanwezig van 3 verwacht, 0 afgemeld"
    qtbot.waitUntil(lambda: page.model.index(0, 6).data() == "2 / 3")  # the list agrees
    with sqlite_db.begin() as session:
        present = {
            (r.staff_number, r.name)
            for r in attendance.expected(session, exercise)
            if r.status == AttendanceStatus.PRESENT
        }
    assert present == {("10059", "Wietske de Boer"), ("10089", "Jan van Dam")}
