"""The three journeys, start to end, by hands alone (keys, clicks on what is visible):
a new person with a role; an exercise planned, its attendance typed from a paper list with
an ambiguous surname, marked held, evaluated with an improvement action; the year
overview made, shown and printed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from oto_app.dates import format_date
from oto_app.db import Database
from oto_app.models import (
    ActivityStatus,
    AttendanceStatus,
    Discipline,
    EvaluationStatus,
    ExerciseLevel,
)
from oto_app.services import activities, attendance, evaluations, staff
from oto_app.services.staff import StaffQuery
from tests.helpers.hands import Hands
from tests.helpers.people import unit_members
from ui.main_window import MainWindow


def test_a_new_person_with_a_role(qtbot: QtBot, window: MainWindow, sqlite_db: Database) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+2")  # Medewerkers

    def person(dialog: QWidget) -> None:
        hands.field("4711")
        hands.field("Carla")
        hands.field("de")
        hands.field("Boer")
        hands.type("carla.deboer@gemeente.nl")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+N"), person)
    page = window.staff_page
    qtbot.waitUntil(lambda: page.panel.title.text() == "Carla de Boer")

    def role(dialog: QWidget) -> None:
        hands.choose("CRAS")
        hands.tab()
        hands.choose("procesverantwoordelijke")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+T"), role)
    with sqlite_db.begin() as session:
        [found] = staff.list_people(session, StaffQuery())
        detail = staff.person_detail(session, found.id, dt.date.today())
    assert (found.staff_number, found.name, found.email) == (
        "4711",
        "Carla de Boer",
        "carla.deboer@gemeente.nl",
    )
    assert [(a.unit_code, a.role, a.start_date) for a in detail.assignments] == [
        ("CRAS", "procesverantwoordelijke", dt.date.today())
    ]
    assert page.panel.assignments.index(0, 1).data() == "procesverantwoordelijke"


PAPER_LIST = [
    ("10069", "Carla", "de", "Boer"),
    ("10070", "Jan", "", "Nijboer"),
    ("10071", "Anne", "", "Veenstra"),
    ("10072", "Piet", "", "Veenstra"),
    ("10073", "Kees", "", "Kuipers"),
]


def test_an_exercise_from_plan_to_evaluation(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        unit_members(session, "CRAS", PAPER_LIST, dt.date(2020, 1, 1))
    day = dt.date.today() - dt.timedelta(days=1)
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")  # Activiteiten

    def plan(dialog: QWidget) -> None:
        hands.field("Oefening CRAS stroomstoring")
        hands.tab()  # Soort: oefening
        hands.choose("multidisciplinair")
        hands.tab_to("Datum")
        hands.type(day.strftime("%d%m%Y"))
        hands.tab_to("Onderdelen")
        hands.tick("CRAS")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+N"), plan)
    page = window.activities_page
    qtbot.waitUntil(lambda: page.current() is not None)
    exercise = page.current().id  # type: ignore[union-attr]

    def take_attendance(dialog: QWidget) -> None:
        assert dialog.mark_held.isChecked()  # the day has passed
        hands.type("Boer")  # Carla de Boer, not Jan Nijboer
        hands.enter()
        hands.type("Veenstra")  # two: the pick list
        hands.enter()
        hands.type("1")
        hands.type("Kuipers")
        hands.enter()
        hands.key_combination("Ctrl+S")

    hands.opens(lambda: hands.shortcut("Alt+P"), take_attendance)
    with sqlite_db.begin() as session:
        assert activities.detail(session, exercise).data.status == ActivityStatus.HELD
        present = {
            r.name
            for r in attendance.expected(session, exercise)
            if r.status == AttendanceStatus.PRESENT
        }
    assert present == {"Carla de Boer", "Anne Veenstra", "Kees Kuipers"}

    hands.shortcut("Ctrl+6")  # Evaluaties
    evaluations_page = window.evaluations_page
    qtbot.waitUntil(lambda: evaluations_page.todo.rowCount() == 1)
    hands.click_row(evaluations_page.todo_view, 0)
    seen: dict[str, object] = {}

    def evaluate(dialog: QWidget) -> None:
        seen["discipline"] = dialog.discipline.currentData()  # follows the exercise
        hands.tab_to("Auteur")
        hands.type("A. Adviseur")
        hands.tab()
        hands.type("De meldkamer was snel op de hoogte.")
        hands.tab()
        hands.type("Noodstroom testen.")
        hands.tab_to("Status")
        hands.choose("afgerond")
        hands.tab_to("Auteur")
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+E"), evaluate)
    qtbot.waitUntil(lambda: evaluations_page.todo.index(0, 2).data() == "afgerond")
    hands.click_row(evaluations_page.todo_view, 0)
    due = dt.date.today() + dt.timedelta(days=60)

    def action(dialog: QWidget) -> None:
        seen["title"] = dialog.windowTitle()
        hands.type("Noodstroomaggregaat jaarlijks testen")
        hands.tab()
        hands.choose("CRAS")
        hands.tab_to("Gereed op")
        hands.key_combination("Space")  # uiterlijk: ticked
        hands.tab()
        hands.type(format_date(due))
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+V"), action)
    assert seen == {
        "discipline": Discipline.MULTI,
        "title": "Nieuw verbeterpunt — Oefening CRAS stroomstoring",
    }
    with sqlite_db.begin() as session:
        written = evaluations.get(session, exercise)
        [improvement] = evaluations.list_actions(session, day.year)
    assert written is not None
    assert (written.status, written.author, written.to_improve) == (
        EvaluationStatus.FINAL,
        "A. Adviseur",
        "Noodstroom testen.",
    )
    assert (improvement.description, improvement.unit, improvement.due_date) == (
        "Noodstroomaggregaat jaarlijks testen",
        "CRAS",
        due,
    )
    assert ExerciseLevel.MULTI


def test_the_year_overview_made_and_printed(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database, tmp_path: Path
) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+7")  # Rapporten
    page = window.reports_page
    target = tmp_path / "jaaroverzicht.pdf"

    def save_as(dialog: QWidget) -> None:
        hands.select_all_and_type(str(target))
        hands.enter()

    with qtbot.waitSignal(page.made, timeout=30_000):
        hands.opens(lambda: hands.shortcut("Alt+J"), save_as)
    assert f"Jaaroverzicht OTO {dt.date.today().year}" in PdfReader(target).pages[0].extract_text()
    printed = tmp_path / "afdruk.pdf"
    # It opens in OTO's own preview, where Ctrl+P prints.
    qtbot.waitUntil(lambda: type(QApplication.activeWindow()).__name__ == "PdfPreview")

    def print_to_file(dialog: QWidget) -> None:
        hands.tab_until(lambda field: field.objectName() == "filename", "Bestand")
        hands.select_all_and_type(str(printed))
        hands.enter()

    hands.opens(lambda: hands.shortcut("Ctrl+P"), print_to_file)
    assert len(PdfReader(printed).pages) == len(PdfReader(target).pages)
