"""The preview, About, invitation and reminder windows are English in an English OTO."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from oto_app import about
from oto_app.db import Database
from oto_app.exchange import invitations
from oto_app.models import ActivityStatus
from oto_app.services import activities
from tests.ui.test_translations import _dutch_left, _texts, english  # noqa: F401 (fixture)
from ui.dialogs.about_dialog import AboutDialog
from ui.dialogs.invite_dialog import InviteDialog
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.main_window import MainWindow
from ui.printing import open_pdf

pytestmark = pytest.mark.gui


@pytest.mark.usefixtures("english")
def test_the_office_windows_show_no_dutch(
    qtbot: QtBot, demo_window: MainWindow, sqlite_db: Database, tmp_path: Path
) -> None:
    from oto_app.reports import attendance_sheet

    with sqlite_db.begin() as session:
        rows = activities.list_activities(session, 2026, None, None)
        planned = next(r for r in rows if r.status == ActivityStatus.PLANNED)
        attendance_sheet.write(session, planned.key, tmp_path / "lijst.pdf")
        people = invitations.invitees(session, planned.id)
        people[0] = dataclasses.replace(people[0], email=None)  # one without an address
    windows = [
        open_pdf(tmp_path / "lijst.pdf", demo_window),
        AboutDialog(about.describe(sqlite_db), demo_window),
        InviteDialog(planned, people, lambda _c, folder: folder, "adviseur", demo_window),
        ReminderDialog(people, lambda _c, folder: folder, "adviseur", demo_window),
    ]
    for window in windows:
        qtbot.addWidget(window)
        assert _dutch_left(_texts(window)) == [], type(window).__name__
    assert windows[0].print_button.text() == "Prin&t…"  # (&Previous has the P)
    assert windows[2].make_button.text() == "&Make and open the invitation"
