"""Activiteiten as a fresh user found it: the Aanwezig column sorts by number and says what
the attendance form says; the chosen row stays chosen after a click on a column title;
a greyed *Markeer uitgevoerd* says why; the activity form shows every unit and lets a
refusal go once the field is put right."""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from oto_app.dates import format_date
from oto_app.db import Database
from oto_app.models import ActivityKind, ActivityStatus, AttendanceStatus, ExerciseLevel
from oto_app.services import activities, attendance, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.attendance import Entry
from tests.helpers.activities import unit_exercise
from tests.helpers.hands import Hands
from tests.helpers.people import unit_members
from ui.main_window import MainWindow

PRESENT = 6  #: the Aanwezig column


def _open_activities(hands: Hands, window: MainWindow) -> None:
    hands.shortcut("Ctrl+4")  # Ga naar > Activiteiten
    page = window.activities_page
    hands.qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    assert page.model.headerData(PRESENT, Qt.Orientation.Horizontal) == "Aanwezig"


def _shown(window: MainWindow, column: int) -> list[str]:
    model = window.activities_page.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_aanwezig_sorts_by_number_the_chosen_row_follows_and_the_form_agrees(
    qtbot: QtBot, demo_window: MainWindow
) -> None:
    window, hands = demo_window, Hands(qtbot)
    _open_activities(hands, window)
    page = window.activities_page
    hands.click_row(page.table, 3)
    chosen = page.current()
    assert chosen is not None

    hands.click_header(page.table, PRESENT)
    counts = [tuple(int(n) for n in text.split(" / ")) for text in _shown(window, PRESENT)]
    assert counts in (sorted(counts), sorted(counts, reverse=True))
    assert counts != sorted(counts, key=str)  # the text order would differ (5 / 10 after 26)
    [highlighted] = page.table.selectionModel().selectedRows()
    assert page.model.row(highlighted.row()).id == chosen.id  # the highlight followed
    assert page.table.currentIndex().row() == highlighted.row()

    said: list[tuple[str, str]] = []  # (the list's Aanwezig, the form's totals)
    for row in range(page.model.rowCount()):
        if page.model.row(row).status == ActivityStatus.CANCELLED:
            continue  # no attendance for a cancelled activity
        hands.click_row(page.table, row)
        listed = _shown(window, PRESENT)[row]
        hands.opens(
            lambda: hands.click(page.attendance_button),
            lambda dialog, listed=listed: said.append((listed, dialog.totals.text())),
        )
    assert len(said) > 5
    for listed, form in said:
        present, expected = listed.split(" / ")
        walk_ins = r"(\(waarvan \d+ niet verwacht\) )?"
        agrees = re.match(rf"{present} aanwezig {walk_ins}van {expected} ", form)
        assert agrees, (listed, form)


def _what_the_button_says(hands: Hands, window: MainWindow, name: str) -> dict[str, object]:
    """For each activity listed (clicked in turn): whether the button is enabled, and its
    tooltip."""
    _open_activities(hands, window)
    page = window.activities_page
    button = getattr(page, name)
    seen: dict[str, object] = {}
    for row in range(page.model.rowCount()):
        hands.click_row(page.table, row)
        activity = page.current()
        assert activity is not None
        seen[activity.title] = (button.isEnabled(), button.toolTip())
    return seen


def test_a_greyed_markeer_uitgevoerd_says_why(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    soon = dt.date.today() + dt.timedelta(days=20)
    with sqlite_db.begin() as session:
        vc = organisation.find_unit(session, "VC").id
        for title, day in (("Later", soon), ("Gisteren", dt.date.today() - dt.timedelta(days=1))):
            activities.create_activity(
                session,
                ActivityData(title, ActivityKind.EXERCISE, day, ExerciseLevel.MONO, unit_ids=(vc,)),
            )
    seen = _what_the_button_says(Hands(qtbot), window, "held_button")
    assert seen == {
        "Later": (False, f"Kan pas vanaf {format_date(soon)}: de activiteit is nog niet geweest"),
        "Gisteren": (True, "Zet de status op uitgevoerd"),
    }


def test_activiteit_annuleren_is_greyed_with_the_reason_when_people_attended(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """It used to be enabled there, and pressing it only gave a "Niet gelukt" box."""
    yesterday = dt.date.today() - dt.timedelta(days=1)
    with sqlite_db.begin() as session:
        unit_members(session, "VC", [("10001", "Anna", "", "Aanwezig")], dt.date(2020, 1, 1))
        attended = unit_exercise(session, "VC", yesterday, held=True)
        person = staff.find_person(session, "10001")
        assert person is not None
        attendance.record(session, attended, [Entry(person.id, AttendanceStatus.PRESENT)])
        vc = organisation.find_unit(session, "VC").id
        activities.create_activity(
            session,
            ActivityData(
                "Leeg", ActivityKind.EXERCISE, yesterday, ExerciseLevel.MONO, unit_ids=(vc,)
            ),
        )
    hands = Hands(qtbot)
    seen = _what_the_button_says(hands, window, "cancel_button")
    page = window.activities_page
    assert seen.pop("Leeg") == (True, "Zet de status op geannuleerd")
    assert list(seen.values()) == [
        (False, "Kan niet: 1 aanwezig gemeld; zet hun presentie eerst terug (Presentie…)")
    ]
    hands.key_combination("Alt+A")  # greyed: the letter does nothing, no "Niet gelukt" box
    assert QApplication.activeModalWidget() is None
    assert page.current() is not None and page.current().status == ActivityStatus.HELD


def test_the_activity_form_shows_every_unit_and_drops_a_mended_refusal(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")
    seen: dict[str, object] = {}

    def plan(dialog: QWidget) -> None:
        units = dialog.units  # type: ignore[attr-defined]
        inside = units.viewport().rect()
        seen["units whole"] = [
            units.item(i).text().split(" — ")[0]
            for i in range(units.count())
            if inside.contains(units.visualItemRect(units.item(i)))
        ]
        seen["units"] = units.count()
        hands.field("Testoefening datum")
        hands.tab_to("Datum")
        hands.type("31022026")
        hands.enter()
        seen["refused"] = (dialog.error.isVisible(), dialog.error.text())  # type: ignore[attr-defined]
        hands.type("26112026")  # the refused date, put right: the red sentence goes
        seen["mended"] = dialog.error.isVisible()  # type: ignore[attr-defined]
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+N"), plan)
    assert seen["units"] >= 10 and len(seen["units whole"]) == seen["units"]  # type: ignore[arg-type]
    assert seen["refused"] == (True, "Datum '31022026' is geen datum; typ bijvoorbeeld 26-11-2026.")
    assert seen["mended"] is False
    with sqlite_db.begin() as session:
        [saved] = activities.list_activities(session, 2026)
    assert (saved.title, saved.date) == ("Testoefening datum", dt.date(2026, 11, 26))
