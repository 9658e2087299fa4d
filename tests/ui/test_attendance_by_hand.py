"""Typing a paper list by hand: exact surnames win, several who fit open a pick list,
the field empties after every Enter, Ctrl+Z undoes, a status letter stays on its row."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from oto_app.dates import format_date
from oto_app.db import Database
from oto_app.models import AttendanceStatus, ExemptionKind
from oto_app.services import attendance, exemptions, staff
from oto_app.services.exemptions import ExemptionData
from oto_app.services.staff import PersonData, StaffQuery
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from tests.helpers.people import unit_members
from ui.main_window import MainWindow

PEOPLE = [
    ("10069", "Carla", "de", "Boer"),
    ("10070", "Jan", "", "Nijboer"),
    ("10071", "Anne", "", "Veenstra"),
    ("10072", "Piet", "", "Veenstra"),
    ("10073", "Kees", "", "Kuipers"),
]


@pytest.fixture
def exercise(sqlite_db: Database) -> int:
    with sqlite_db.begin() as session:
        unit_members(session, "CRAS", PEOPLE, dt.date(2020, 1, 1))
        staff.create_person(session, PersonData("20001", "Olga", "Buitenstaander"))
        return unit_exercise(session, "CRAS", dt.date.today() - dt.timedelta(days=1))


def _open_attendance(hands: Hands, window: MainWindow, inside) -> None:  # type: ignore[no-untyped-def]
    hands.shortcut("Ctrl+4")  # Ga naar > Activiteiten
    page = window.activities_page
    hands.qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    hands.click_row(page.table, 0)
    hands.opens(lambda: hands.click(page.attendance_button), inside)


def _statuses(db: Database, activity: int) -> dict[str, AttendanceStatus | None]:
    with db.begin() as session:
        return {r.name: r.status for r in attendance.expected(session, activity)}


def test_a_paper_list_with_ambiguous_surnames(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def type_the_list(dialog: QWidget) -> None:
        seen["start"] = dialog.totals.text()
        hands.type("Boer")  # Carla de Boer exactly; Jan Nijboer only in part
        hands.enter()
        seen["boer"] = (dialog.quick.text(), dialog.feedback.text())
        hands.type("Veenstra")  # two of them: a pick list, never a dead end
        hands.enter()
        seen["picks"] = [
            dialog.entry.picks.item(i).text() for i in range(dialog.entry.picks.count())
        ]
        seen["field"] = dialog.quick.text()
        hands.type("2")  # the number shown
        seen["veenstra"] = dialog.feedback.text()
        hands.type("veenstra")
        hands.enter()
        hands.key(Qt.Key.Key_Down)  # the arrows and Enter: Piet again, then Anne
        hands.key(Qt.Key.Key_Up)
        hands.enter()
        hands.type("10073")  # a staff number
        hands.enter()
        hands.type("nijb")
        hands.enter()
        hands.key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # not Jan after all
        seen["undone"] = dialog.feedback.text()
        hands.type("Buitenstaander")  # not expected: found among all staff, added
        hands.enter()
        seen["totals"] = dialog.totals.text()
        hands.click_button(dialog, "Opslaan")

    _open_attendance(hands, window, type_the_list)
    assert seen["start"] == "0 aanwezig van 5 verwacht, 0 afgemeld"
    assert seen["boer"] == ("", "✓ Carla de Boer aanwezig")
    assert seen["picks"] == [
        "1   Anne Veenstra   (10071, CRAS)",
        "2   Piet Veenstra   (10072, CRAS)",
    ]
    assert seen["field"] == ""
    assert seen["veenstra"] == "✓ Piet Veenstra aanwezig"
    assert seen["undone"] == "↶ Jan Nijboer: teruggezet"
    # four of the five expected came, and the outsider: said, so the figures add up
    assert seen["totals"] == "5 aanwezig (waarvan 1 niet verwacht) van 5 verwacht, 0 afgemeld"
    assert _statuses(sqlite_db, exercise) == {
        "Carla de Boer": AttendanceStatus.PRESENT,
        "Kees Kuipers": AttendanceStatus.PRESENT,
        "Jan Nijboer": None,
        "Anne Veenstra": AttendanceStatus.PRESENT,
        "Piet Veenstra": AttendanceStatus.PRESENT,
        "Olga Buitenstaander": AttendanceStatus.PRESENT,
    }


def test_a_status_letter_changes_the_selected_row_and_stays(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def letters(dialog: QWidget) -> None:
        hands.click_row(dialog.table, 0)  # Carla de Boer, first by surname
        hands.type("x")
        hands.key(Qt.Key.Key_Delete)
        seen["reset"] = dialog.feedback.text()
        hands.type("ff")  # one key too many
        seen["totals"] = dialog.totals.text()
        seen["row"] = dialog.table.currentIndex().row()
        seen["said"] = dialog.feedback.text()
        hands.click_button(dialog, "Opslaan")

    _open_attendance(hands, window, letters)
    assert seen == {
        "reset": "Carla de Boer: geen",  # Delete: back to no status, as the list opened
        "totals": "0 aanwezig van 5 verwacht, 1 afgemeld",
        "row": 0,
        "said": "Carla de Boer: afgemeld",
    }
    statuses = _statuses(sqlite_db, exercise)
    assert statuses["Carla de Boer"] == AttendanceStatus.EXCUSED
    assert statuses["Kees Kuipers"] is None


def test_escape_after_marks_asks_and_saves_nothing(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)

    def mark_then_escape(dialog: QWidget) -> None:
        hands.type("Boer")
        hands.enter()
        assert dialog.isVisible()
        hands.opens(hands.escape, lambda _question: hands.type("w"))

    _open_attendance(hands, window, mark_then_escape)
    assert set(_statuses(sqlite_db, exercise).values()) == {None}


def test_everyone_expected_present_is_one_undo_step_and_one_person_can_be_reset(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def bulk_then_undo(dialog: QWidget) -> None:
        hands.type("Boer")  # Carla de Boer, by name
        hands.enter()
        hands.shortcut("Alt+A")  # Alle verwachten aanwezig: the other four
        qtbot.waitUntil(lambda: dialog.totals.text().startswith("5"))  # a button's click
        seen["bulk"] = (dialog.totals.text(), dialog.feedback.text())
        hands.shortcut("Ctrl+Z")  # takes back the four at once, not Carla
        seen["undone"] = (dialog.totals.text(), dialog.feedback.text())
        hands.shortcut("Ctrl+Z")  # and then Carla
        seen["carla"] = (dialog.totals.text(), dialog.feedback.text())
        hands.shortcut("Alt+A")  # all five; Kees Kuipers turns out not to have come
        qtbot.waitUntil(lambda: dialog.totals.text().startswith("5"))
        kees = next(
            row for row in range(dialog.model.rowCount()) if "Kuipers" in dialog.model.row(row).name
        )
        hands.click_row(dialog.table, kees)
        hands.key(Qt.Key.Key_Delete)  # back to what it was: nothing
        seen["reset"] = dialog.totals.text()
        hands.click_button(dialog, "Opslaan")

    _open_attendance(hands, window, bulk_then_undo)
    assert seen["bulk"] == (
        "5 aanwezig van 5 verwacht, 0 afgemeld",
        "✓ 4 personen aanwezig gemeld; Ctrl+Z zet dat terug",
    )
    assert seen["undone"] == ("1 aanwezig van 5 verwacht, 0 afgemeld", "↶ 4 personen teruggezet")
    assert seen["carla"] == ("0 aanwezig van 5 verwacht, 0 afgemeld", "↶ Carla de Boer: teruggezet")
    assert seen["reset"] == "4 aanwezig van 5 verwacht, 0 afgemeld"
    statuses = _statuses(sqlite_db, exercise)
    assert statuses.pop("Kees Kuipers") is None
    assert set(statuses.values()) == {AttendanceStatus.PRESENT}


@pytest.fixture
def namesakes_and_exempt(sqlite_db: Database, exercise: int) -> int:
    """Two Jan van Dams and Eva Veenstra, exempt (sick) since last month, in CRAS too."""
    others = [("10080", "Jan", "van", "Dam"), ("10081", "Jan", "van", "Dam")]
    others.append(("10074", "Eva", "", "Veenstra"))
    with sqlite_db.begin() as session:
        unit_members(session, "CRAS", others, dt.date(2020, 1, 1))
        eva = next(p.id for p in staff.list_people(session, StaffQuery(search="10074")))
        since = dt.date.today() - dt.timedelta(days=30)
        exemptions.add(session, ExemptionData(eva, ExemptionKind.ILLNESS, "ziek", since))
    return exercise


def test_namesakes_are_told_apart_the_exempt_come_last_and_enter_in_the_list_saves(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, namesakes_and_exempt: int
) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def type_the_list(dialog: QWidget) -> None:
        seen["start"] = dialog.totals.text()
        hands.type("van Dam")
        hands.enter()
        hands.type("2")  # the second Jan van Dam
        seen["dam"] = dialog.feedback.text()
        hands.type("10081")
        hands.enter()
        seen["again"] = dialog.feedback.text()
        hands.type("10080")  # the other one, by mistake
        hands.enter()
        hands.shortcut("Ctrl+Z")
        seen["undone"] = dialog.feedback.text()
        hands.type("Veenstra")  # Anne and Piet are expected, Eva is exempt: last
        hands.enter()
        seen["picks"] = [
            dialog.entry.picks.item(i).text() for i in range(dialog.entry.picks.count())
        ]
        hands.click_row(dialog.table, 0)
        hands.enter()  # the pick list is open: Enter in the list does not save yet
        seen["still open"] = dialog.isVisible()
        hands.click(dialog.quick)
        hands.type("3")  # she came anyway
        seen["eva"] = (dialog.feedback.text(), dialog.totals.text())
        hands.click_row(dialog.table, 0)
        hands.enter()  # in the list, Enter saves as Opslaan does

    _open_attendance(hands, window, type_the_list)
    assert seen["start"] == "0 aanwezig van 7 verwacht, 0 afgemeld"
    assert seen["dam"] == "✓ Jan van Dam (10081, CRAS) aanwezig"
    assert seen["again"] == "Jan van Dam (10081, CRAS) is al aanwezig"
    assert seen["undone"] == "↶ Jan van Dam (10080, CRAS): teruggezet"
    assert seen["picks"] == [
        "1   Anne Veenstra   (10071, CRAS)",
        "2   Piet Veenstra   (10072, CRAS)",
        "3   Eva Veenstra   (10074, CRAS) · vrijgesteld",
    ]
    assert seen["still open"] is True
    assert seen["eva"] == (
        "✓ Eva Veenstra aanwezig",
        "2 aanwezig (waarvan 1 niet verwacht) van 7 verwacht, 0 afgemeld",
    )
    with sqlite_db.begin() as session:
        present = {
            (r.name, r.staff_number)
            for r in attendance.expected(session, namesakes_and_exempt)
            if r.status == AttendanceStatus.PRESENT
        }
    assert present == {("Jan van Dam", "10081"), ("Eva Veenstra", "10074")}


def test_a_name_that_fits_nobody_stays_in_the_field_selected(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, exercise: int
) -> None:
    """A typo is mended, not typed again: the text stays, selected, so typing replaces it
    and an arrow key lets one correct it."""
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def type_the_list(dialog: QWidget) -> None:
        hands.type("Kuipres")
        hands.enter()
        seen["said"] = dialog.feedback.text()
        seen["field"] = (dialog.quick.text(), dialog.quick.selectedText())
        hands.key(Qt.Key.Key_End)  # mend it: the last three letters
        for _ in range(3):
            hands.key(Qt.Key.Key_Backspace)
        hands.type("ers")
        hands.enter()
        seen["mended"] = dialog.feedback.text()
        hands.type("Pietersen")
        hands.enter()
        hands.type("Boer")  # typing replaces what was not found
        hands.enter()
        seen["replaced"] = dialog.feedback.text()
        hands.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    _open_attendance(hands, window, type_the_list)
    assert seen["said"] == "Niemand gevonden voor 'Kuipres'."
    assert seen["field"] == ("Kuipres", "Kuipres")
    assert seen["mended"] == "✓ Kees Kuipers aanwezig"
    assert seen["replaced"] == "✓ Carla de Boer aanwezig"
    statuses = _statuses(sqlite_db, exercise)
    assert statuses["Kees Kuipers"] == statuses["Carla de Boer"] == AttendanceStatus.PRESENT


def test_ahead_of_its_date_the_form_says_what_can_be_recorded_and_keeps_it(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """A fresh user typed names as present for next week's exercise, was refused twice
    (not held yet; cannot be held in the future) and could only press Annuleren. Ahead of its
    date the form says so, offers no 'uitgevoerd', and an excuse typed by letter is kept."""
    with sqlite_db.begin() as session:
        unit_members(session, "CRAS", PEOPLE, dt.date(2020, 1, 1))
        soon = dt.date.today() + dt.timedelta(days=7)
        activity = unit_exercise(session, "CRAS", soon, held=False)
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def excuse_one(dialog: QWidget) -> None:
        seen["ahead"] = dialog.ahead.isVisible() and dialog.ahead.text()
        seen["held offered"] = dialog.mark_held.isEnabled()
        everyone = next(b for b in dialog.findChildren(QPushButton) if "verwachten" in b.text())
        seen["everyone offered"] = everyone.isEnabled()
        hands.click_row(dialog.table, 0)
        hands.key(Qt.Key.Key_F)  # afgemeld
        hands.click_button(dialog, "Opslaan")

    _open_attendance(hands, window, excuse_one)
    assert seen["ahead"] == (
        f"Deze activiteit is op {format_date(soon)}: aanwezig melden kan vanaf die dag. Nu kunt "
        "u wie niet komt afmelden (F) of iemand uitnodigen (U)."
    )
    assert seen["held offered"] is False and seen["everyone offered"] is False
    assert AttendanceStatus.EXCUSED in _statuses(sqlite_db, activity).values()
