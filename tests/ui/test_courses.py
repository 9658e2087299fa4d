"""Course validity through the GUI: define a course for a role, see each person's standing
in the person panel and the ones expiring on the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from oto_app.dates import add_years
from oto_app.db import Database
from oto_app.models import ActivityKind, ActivityStatus, AttendanceStatus, Validity
from oto_app.services import activities, assignments, attendance, courses, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.staff import PersonData
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.dialogs import save as _save
from ui.dialogs.course_dialogs import CourseDialog, CoursesDialog
from ui.main_window import MainWindow


def test_a_course_required_by_a_role_shows_who_must_renew(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    today = dt.date.today()
    with sqlite_db.begin() as session:
        crib = organisation.find_unit(session, "CRIB").id
        role = organisation.find_role(session, "procesmedewerker").id
        people = {}
        for number, first in (("M1", "Anna"), ("M2", "Bram")):
            people[first] = staff.create_person(session, PersonData(number, first, "Jansen")).value
            assignments.assign(
                session, AssignmentData(people[first], crib, role, start_date=dt.date(2020, 1, 1))
            )

    # The adviser defines the course on the Onderdelen page.
    window.show_page("units")

    def define(dialog: QDialog) -> None:
        assert isinstance(dialog, CoursesDialog)

        def fill(form: QDialog) -> None:
            assert isinstance(form, CourseDialog)
            qtbot.keyClicks(form.name, "Basiscursus crisisbeheersing")
            form.validity.setValue(3)
            for row in range(form.roles.count()):
                if form.roles.item(row).text() == "procesmedewerker":
                    form.roles.item(row).setCheckState(Qt.CheckState.Checked)
            _save(form)

        inner = on_next_dialog(qtbot, fill)
        dialog.new_button.click()
        raise_from(inner)
        assert [(r.name, r.validity_years, r.roles) for r in dialog.model.rows()] == [
            ("Basiscursus crisisbeheersing", 3, ("procesmedewerker",))
        ]
        assert dialog.model.index(0, 1).data() == "3 jaar"

    errors = on_next_dialog(qtbot, define)
    window.units_page.courses_button.click()
    raise_from(errors)

    # Anna took it almost three years ago; Bram never did.
    with sqlite_db.begin() as session:
        [course] = courses.list_courses(session)
        taken = add_years(today, -3) + dt.timedelta(days=30)
        edition = activities.create_activity(
            session,
            ActivityData(
                "Basiscursus",
                ActivityKind.COURSE,
                taken,
                status=ActivityStatus.HELD,
                course_id=course.id,
            ),
        ).value
        attendance.record(session, edition, [Entry(people["Anna"], AttendanceStatus.PRESENT)])

    window.open_person(people["Anna"])
    panel = window.staff_page.panel
    assert [(c.course, c.status) for c in panel.courses.rows()] == [
        ("Basiscursus crisisbeheersing", Validity.EXPIRING)
    ]
    assert panel.courses.index(0, 1).data() == "verloopt binnenkort"

    overview = window.overview_page
    window.show_page("overview")
    with qtbot.waitSignal(overview.refreshed, timeout=10_000):
        overview.refresh()
    assert [(s.name, s.status) for s in overview.expiring.rows()] == [
        ("Anna Jansen", Validity.EXPIRING),
        ("Bram Jansen", Validity.MISSING),
    ]
    # The tab counts what it lists: the missing course too.
    assert overview.tabs.tabText(overview.tab_of["courses"]) == "Opleidingen (2)"
    assert overview.tabs.tabToolTip(overview.tab_of["courses"]).endswith(
        ": 1 verloopt binnenkort, 0 verlopen, 1 ontbreekt"
    )


def test_the_course_tab_counts_every_row_it_lists(qtbot: QtBot, demo_window: MainWindow) -> None:
    overview = demo_window.overview_page
    qtbot.waitUntil(lambda: overview.result is not None, timeout=10_000)
    hands_on = overview.tabs.tabBar()
    index = overview.tab_of["courses"]
    rect = hands_on.tabRect(index)
    qtbot.mouseClick(hands_on, Qt.MouseButton.LeftButton, pos=rect.center())
    assert overview.tabs.currentWidget() is overview.expiring_view
    listed = overview.expiring_view.model().rowCount()
    statuses = {overview.expiring_view.model().index(r, 3).data() for r in range(listed)}
    assert statuses == {"verloopt binnenkort", "ontbreekt"}  # the demo: 12 and 6
    assert hands_on.tabText(index) == f"Opleidingen ({listed})" == "Opleidingen (18)"
