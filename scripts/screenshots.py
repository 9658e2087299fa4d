"""Render the main screens in a real window and save PNGs (run under Xvfb: make screenshots).

    xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python scripts/screenshots.py out/screenshots

Builds a fresh demo database in a temporary folder, so the pictures are the same
on every machine, then shows each page at 1366x768 and 1920x1080.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

SIZES = ((1366, 768), (1920, 1080))
PAGES = ("overview", "staff", "units", "activities", "plan", "evaluations", "reports")


def settle(app: QApplication, ms: int = 150) -> None:
    """Let the event loop run a while (QApplication.quit() would close the windows)."""
    loop = QEventLoop(app)
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def grab(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="oto-shots-"))
    os.environ["OTO_DATA_DIR"] = str(work)
    os.environ["XDG_CONFIG_HOME"] = str(work)  # window geometry stays out of the user's settings
    from oto_app import demo
    from oto_app.db import open_database
    from oto_app.exchange.export import write_staff
    from oto_app.models import UserRole
    from oto_app.norms.results import NormSettings
    from oto_app.services import activities as activity_service
    from oto_app.services import courses, evaluations, organisation, staff, users
    from ui.app import create_application
    from ui.dialogs.assignment_dialogs import AssignmentDialog, EndAssignmentDialog, ending
    from ui.dialogs.course_dialogs import CourseDialog
    from ui.dialogs.evaluation_dialogs import ActionDialog, EvaluationDialog
    from ui.dialogs.guide_dialog import GuideDialog
    from ui.dialogs.import_wizard import ImportWizard
    from ui.dialogs.norms_dialog import NormsDialog
    from ui.dialogs.person_dialog import PersonDialog
    from ui.dialogs.unit_dialog import UnitDialog
    from ui.dialogs.users_dialog import RoleDialog
    from ui.main_window import MainWindow

    database = open_database(str(work / "demo.sqlite"))
    for login in ("adviseur.rb", "p.jansen", "m.bakker"):  # the first is the adviser
        database.login(login)
    database.login("adviseur.rb")
    with database.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
        lead = next(u for u in users.list_users(session) if u.login == "p.jansen")
        ov = organisation.find_unit(session, "OV").id
        users.set_role(session, lead.id, UserRole.PROCESS_LEAD, (ov,))
    database.login("adviseur.rb")
    app = create_application()
    window = MainWindow(database)
    for width, height in SIZES:
        window.resize(width, height)
        window.show()
        for page in PAGES:
            window.show_page(page)
            if page == "staff":
                window.staff_page.table.selectRow(2)
            if page == "activities":
                window.activities_page.table.selectRow(0)
            if page == "plan":
                window.plan_page.year.setValue(2026)
            settle(app)
            while window.overview_page.result is None:
                settle(app, 50)
            grab(window, out / f"{page}-{width}x{height}.png")
            if page == "overview":  # every tab behind the cards, the trend once it is in
                overview = window.overview_page
                while overview.trend.model.rowCount() == 0:
                    settle(app, 50)
                for name, index in overview.tab_of.items():
                    if index == 0 or name in ("N3",):  # the first is the page's own picture
                        continue
                    overview.tabs.setCurrentIndex(index)
                    settle(app)
                    grab(window, out / f"overview-{name.lower()}-{width}x{height}.png")
                overview.tabs.setCurrentIndex(0)
    activities = window.activities_page
    with database.begin() as session:
        detail = activity_service.detail(session, activities.model.row(3).id)
    attendance = activities.attendance_dialog(activities.model.row(3).id)
    export = work / "medewerkers.xlsx"
    with database.begin() as session:
        write_staff(session, export)
    wizard = ImportWizard(window.ops.import_file, window)
    wizard.choose.path.setText(str(export))
    wizard.show()
    wizard.next()
    while not wizard.check.ok:
        settle(app, 50)
    grab(wizard, out / "dialog-import.png")
    wizard.done(QDialog.DialogCode.Rejected)  # the program closes it: reject() asks first
    with database.begin() as session:
        evaluated = next(r for r in evaluations.to_evaluate(session, 2025) if r.evaluation_id)
        evaluation = evaluations.get(session, evaluated.activity_id)
        [action] = evaluations.list_actions(session, dt.date(2026, 11, 23))[:1]
        action_data = evaluations.get_action(session, action.id)
        units = organisation.list_units(session, dt.date(2026, 11, 23))
        people = staff.choices(session)
        roles = organisation.list_roles(session)
        course = courses.list_courses(session)[0]
        user_rows = users.list_users(session)
    edited = window.staff_page.panel.detail
    with database.begin() as session:  # something to show in its Geschiedenis
        data = edited.data
        staff.update_person(
            session, edited.id, replace(data, phone="06-12345678", department="Burgerzaken")
        )
    for name, dialog in (
        ("person", PersonDialog(lambda _d: None, window.staff_page.panel.detail.data, window)),
        ("activity", activities._dialog(lambda _d: None, detail.data)),
        ("evaluation", EvaluationDialog(evaluated.title, lambda _d: None, evaluation, window)),
        ("action", ActionDialog(units, people, lambda _d: None, action_data, window)),
        ("courses", window.units_page.courses_dialog()),
        ("course", CourseDialog(roles, lambda _d: None, course.data(), window)),
        ("attendance", attendance),
        ("norms", NormsDialog(2026, NormSettings(), lambda _d: None, window)),
        ("users", window.users_dialog()),
        ("role", RoleDialog(user_rows[1], units, lambda _d: None, window)),
        ("history", window.staff_page.history_dialog("people", edited.id, edited.name)),
        (
            "assignment",
            AssignmentDialog(edited.id, edited.name, units, roles, lambda _d: None, window),
        ),
        (
            "end-assignment",
            EndAssignmentDialog(
                ending(edited.name, "procesmedewerker", "VC", dt.date(2022, 6, 4)),
                lambda _d: None,
                window,
            ),
        ),
        ("unit", UnitDialog(lambda _d: None, parent=window)),
        ("guide", GuideDialog(window)),
    ):
        dialog.show()
        settle(app)
        grab(dialog, out / f"dialog-{name}.png")
        dialog.done(QDialog.DialogCode.Rejected)
    window.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screenshots")))
