"""Plan an exercise, take attendance from a paper list with the keyboard, watch the overview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import (
    ActivityKind,
    ActivityStatus,
    Evaluation,
    ExerciseLevel,
)
from oto_app.services import activities, assignments, evaluations, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.evaluations import EvaluationData
from oto_app.services.staff import PersonData
from tests.helpers.activities import unit_exercise
from tests.helpers.file_dialogs import choose_files
from tests.helpers.hands import Hands
from tests.ui.conftest import on_next_dialog, raise_from
from tests.ui.test_staff_page import _save
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.attendance_dialog import AttendanceDialog
from ui.main_window import MainWindow

SURNAMES = [f"Achter{chr(65 + i // 26)}{chr(65 + i % 26)}" for i in range(32)]


def _staff_cras(db: Database, count: int = 32) -> list[int]:
    with db.begin() as session:
        cras = organisation.find_unit(session, "CRAS").id
        role = organisation.find_role(session, "procesmedewerker").id
        ids = []
        for n in range(count):
            person = staff.create_person(
                session, PersonData(f"{500 + n}", "Piet", SURNAMES[n])
            ).value
            assignments.assign(
                session, AssignmentData(person, cras, role, start_date=dt.date(2020, 1, 1))
            )
            ids.append(person)
    return ids


def _wait_overview(qtbot: QtBot, window: MainWindow) -> None:
    with qtbot.waitSignal(window.overview_page.refreshed, timeout=10_000):
        window.overview_page.refresh()


def test_plan_an_exercise_through_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    page = window.activities_page
    window.show_page("activities")
    assert page.empty.isVisible()
    assert "Nog geen activiteiten in" in page.empty.text()

    def plan(dialog: QDialog) -> None:
        assert isinstance(dialog, ActivityDialog)
        qtbot.keyClicks(dialog.title, "Oefening CRAS stroomstoring")
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.COURSE))
        assert not dialog.level.isEnabled()  # a course has no level
        dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.EXERCISE))
        assert dialog.level.isEnabled()
        dialog.level.setCurrentIndex(dialog.level.findData(ExerciseLevel.MULTI))
        dialog.scenario.setCurrentText("cybercrisis")
        for row in range(dialog.units.count()):
            if dialog.units.item(row).text().startswith("CRAS"):
                dialog.units.item(row).setCheckState(Qt.CheckState.Checked)
        _save(dialog)

    errors = on_next_dialog(qtbot, plan)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    [row] = page.model.rows()
    assert (row.title, row.kind, row.level, row.units, row.status) == (
        "Oefening CRAS stroomstoring",
        ActivityKind.EXERCISE,
        ExerciseLevel.MULTI,
        "CRAS",
        ActivityStatus.PLANNED,
    )
    assert not page.empty.isVisible()
    assert page.current() == row


def test_thirty_names_from_a_paper_list_by_keyboard_then_the_overview_changes(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    people = _staff_cras(sqlite_db)
    day = dt.date.today() - dt.timedelta(days=1)
    with sqlite_db.begin() as session:
        cras = organisation.find_unit(session, "CRAS").id
        exercise = unit_exercise(session, "CRAS", day, hours=3)
    overview = window.overview_page
    overview.year.setValue(day.year)
    _wait_overview(qtbot, window)
    before = overview.result
    assert before is not None and before.persons_compliant == 0
    assert not {u.code: u.exercised for u in before.units}["CRAS"]

    page = window.activities_page
    window.show_page("activities")
    page.year.setValue(day.year)
    page.reload()  # the exercise was made behind the page's back
    page.select(exercise)
    assert page.attendance_button.isEnabled()
    typed: dict[str, object] = {}

    hands = Hands(qtbot)

    def type_the_list(dialog: QDialog) -> None:
        assert isinstance(dialog, AttendanceDialog)
        assert dialog.model.rowCount() == 32
        assert dialog.mark_held.isChecked()  # the date has passed
        for surname in SURNAMES[:30]:  # surname, Enter: thirty times, no mouse
            hands.type(surname)
            hands.enter()
        hands.type("Piet")  # everyone is a Piet: a pick list; typing on starts anew
        hands.enter()
        typed["ambiguous"] = dialog.entry.caption.text()
        hands.escape()  # closes the pick list, not the dialog
        # The two who sent apologies: in the list, F = afgemeld, row by row.
        hands.tab_to("Presentielijst")  # on the last one marked
        hands.key(Qt.Key.Key_Down)
        hands.type("f")
        hands.key(Qt.Key.Key_Down)
        hands.type("f")
        typed["totals"] = dialog.totals.text()
        hands.key(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    hands.opens(lambda: hands.click(page.attendance_button), type_the_list)
    assert str(typed["ambiguous"]).startswith("Meerdere passen bij 'Piet'")
    assert typed["totals"] == "30 aanwezig van 32 verwacht, 2 afgemeld"
    [row] = page.model.rows()
    assert (row.status, row.present, row.expected) == (ActivityStatus.HELD, 30, 32)

    window.show_page("overview")
    qtbot.waitUntil(
        lambda: overview.result is not before and overview.result is not None, timeout=10_000
    )
    after = overview.result
    assert after.persons_compliant == 30
    assert {u.code: u.exercised for u in after.units}["CRAS"]
    units = overview.units
    cras = next(i for i, u in enumerate(units.rows()) if u.code == "CRAS")
    assert units.index(cras, 5).data().endswith("Oefening CRAS")  # drill-down: which one
    assert overview.cards["N1"].text().splitlines()[1].startswith("30 van 32 getraind")
    assert overview.people.rowCount() == 2
    assert {p.staff_number for p in overview.people.rows()} == {"530", "531"}
    with sqlite_db.begin() as session:
        hours = {
            r.staff_number: r.hours
            for r in __import__("oto_app.services.attendance", fromlist=["x"]).expected(
                session, exercise
            )
        }
    assert hours["500"] == 3 and hours["530"] is None
    assert people


def test_a_drill_down_opens_the_person(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    people = _staff_cras(sqlite_db, 3)
    window.show_page("overview")
    _wait_overview(qtbot, window)
    overview = window.overview_page
    overview.drill_down("N1")
    assert overview.tabs.currentIndex() == overview.tab_of["N1"]
    Hands(qtbot).double_click_row(overview.people_view, 0)
    assert window.pages.currentWidget() is window.staff_page
    assert window.staff_page.current_person_id() in people
    overview.drill_down("N5")
    assert overview.tabs.tabText(overview.tabs.currentIndex()) == "Sleutelfuncties"


def test_overview_models_pass_the_model_tester(
    qtmodeltester,
    qtbot: QtBot,  # type: ignore[no-untyped-def]
    window: MainWindow,
    sqlite_db: Database,
) -> None:
    _staff_cras(sqlite_db, 3)
    _wait_overview(qtbot, window)
    for model in (
        window.overview_page.people,
        window.overview_page.units,
        window.overview_page.staffing,
        window.activities_page.model,
    ):
        qtmodeltester.check(model)


def test_deleting_an_evaluated_exercise_asks_saves_the_report_and_keeps_the_evaluation(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    day = dt.date.today() - dt.timedelta(days=30)
    with sqlite_db.begin() as session:
        activity = activities.create_activity(
            session,
            ActivityData(
                "Oefening per ongeluk",
                ActivityKind.EXERCISE,
                day,
                ExerciseLevel.MONO,
                status=ActivityStatus.HELD,
            ),
        ).value
        evaluation = evaluations.save(session, activity, EvaluationData(went_well="Bewaren")).value
    page = window.activities_page
    window.show_page("activities")
    page.year.setValue(day.year)
    page.select(activity)
    saved = tmp_path / "bewaard.pdf"
    choose_files(monkeypatch, saved, chosen="PDF (*.pdf)")

    def cancel(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        assert "De evaluatie en haar verbeterpunten blijven bewaard" in box.text()
        box.reject()

    errors = on_next_dialog(qtbot, cancel)
    page.delete_button.click()
    raise_from(errors)
    assert [r.title for r in page.model.rows()] == ["Oefening per ongeluk"]

    def save_report_and_delete(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        [report] = [b for b in box.buttons() if b.text().startswith("Verslag &opslaan")]
        report.click()

    errors = on_next_dialog(qtbot, save_report_and_delete)
    page.delete_button.click()
    raise_from(errors)
    assert page.model.rows() == []
    assert "Bewaren" in " ".join(p.extract_text() for p in PdfReader(saved).pages)
    with sqlite_db.begin() as session:
        kept = session.get(Evaluation, evaluation)
        assert (kept.activity_id, kept.activity_title) == (None, "Oefening per ongeluk")
