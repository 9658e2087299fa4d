"""Uitnodigen… on Activiteiten and the reminder buttons on the Overzicht: the files they
write, handed to the system's mail program (patched: it records what it was given)."""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.utils import getaddresses
from pathlib import Path

import pytest
from icalendar import Calendar
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.models import ActivityStatus, Person
from oto_app.norms.results import PersonStatus
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.file_dialogs import choose_files
from ui.dialogs.invite_dialog import InviteDialog
from ui.dialogs.reminder_dialog import ReminderDialog
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


@pytest.fixture
def handed(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """What was handed to the mail or calendar program."""
    given: list[Path] = []

    def open_url(url) -> bool:  # type: ignore[no-untyped-def]
        given.append(Path(url.toLocalFile()))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return given


def fill_in_and_make(qtbot: QtBot, made: list[Path], without: list[int]):  # type: ignore[no-untyped-def]
    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, InviteDialog | ReminderDialog)
        dialog.name.clear()
        qtbot.keyClicks(dialog.name, "Ria Adviseur")
        dialog.email.clear()
        qtbot.keyClicks(dialog.email, "r.adviseur@wierdenmeer.nl")
        table = dialog.findChild(QTableView, "withoutEmailTable")
        without.append(table.model().rowCount() if table else 0)
        qtbot.mouseClick(dialog.make_button, Qt.MouseButton.LeftButton)
        assert "geopend in uw mailprogramma" in dialog.outcome.text(), dialog.outcome.text()
        assert dialog.made is not None
        made.append(dialog.made)

    return on_next_dialog(qtbot, handle)


def test_invite_then_cancel_from_the_activities_page(
    qtbot: QtBot, demo_window: MainWindow, sqlite_db: Database, handed: list[Path]
) -> None:
    page = demo_window.activities_page
    demo_window.show_page("activities")
    page.year.setValue(2026)
    planned = next(i for i, r in enumerate(page.model.rows()) if r.status == ActivityStatus.PLANNED)
    page.table.selectRow(planned)
    row = page.current()
    assert row is not None
    with sqlite_db.begin() as session:  # someone in its units without an address
        person = session.get(Person, page_people(sqlite_db, row.id)[0])
        assert person is not None
        person.email = None
    made: list[Path] = []
    without: list[int] = []
    errors = fill_in_and_make(qtbot, made, without)
    qtbot.mouseClick(page.invite_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    assert without == [1]
    assert handed == made and made[0].name.startswith("uitnodiging-")
    request = Calendar.from_ical(made[0].read_text(encoding="utf-8"))
    assert str(request["METHOD"]) == "REQUEST"
    event = request.walk("VEVENT")[0]
    assert len(event["ATTENDEE"]) == len(page_people(sqlite_db, row.id)) - 1
    # Cancelled: the same button makes the cancellation, which replaces the meeting.
    page.cancel_button.click()
    page.select(row.id)
    assert page.invite_button.text() == "Af&zeggen…"
    errors = fill_in_and_make(qtbot, made, without)
    qtbot.mouseClick(page.invite_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    cancel = Calendar.from_ical(made[1].read_text(encoding="utf-8"))
    assert str(cancel["METHOD"]) == "CANCEL" and made[1].name.startswith("afzegging-")
    cancelled = cancel.walk("VEVENT")[0]
    assert str(cancelled["UID"]) == str(event["UID"])
    assert int(cancelled["SEQUENCE"]) > int(event["SEQUENCE"])
    # A held activity has nobody left to invite.
    held = next(i for i, r in enumerate(page.model.rows()) if r.status == ActivityStatus.HELD)
    page.table.selectRow(held)
    assert not page.invite_button.isEnabled()


def page_people(database: Database, activity_id: int) -> list[int]:
    """Who is asked to the activity: its presentielijst (not who is exempt that day and
    was only invited)."""
    from oto_app.services import attendance

    with database.begin() as session:
        return [r.person_id for r in attendance.expected(session, activity_id) if r.asked]


def test_reminder_draft_and_merge_list_from_the_overview(
    qtbot: QtBot,
    demo_window: MainWindow,
    handed: list[Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = demo_window.overview_page
    demo_window.show_page("overview")
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.year.setValue(2026)
    page.drill_down("N1")
    people = page.people.rows()
    assert people and page.remind_button.isEnabled()
    made: list[Path] = []
    errors = fill_in_and_make(qtbot, made, [])
    qtbot.mouseClick(page.remind_button, Qt.MouseButton.LeftButton)
    raise_from(errors)
    assert handed == made and made[0].suffix == ".eml"
    mail = message_from_bytes(made[0].read_bytes(), policy=policy.default)
    assert mail["X-Unsent"] == "1"
    assert getaddresses([mail["To"]]) == [("Ria Adviseur", "r.adviseur@wierdenmeer.nl")]
    bcc = {address for _name, address in getaddresses([mail["Bcc"]])}
    assert page.result is not None
    exempt = [p for p in page.result.persons if p.status == PersonStatus.EXEMPT]
    assert exempt, "the demo has people on sick leave or seconded"
    assert not [p for p in people if p in exempt]  # nor in the list the reminder is for
    assert bcc == {p.email for p in people if p.email}
    assert not bcc & {p.email for p in exempt}
    # Each activity stands under the units it is for, all of them the addressees' units.
    body = mail.get_content()
    headings = [line for line in body.splitlines() if line.startswith("Voor ")]
    assert headings
    codes = {code for line in headings for code in re.findall(r"\((\w+)\)", line)}
    assert codes <= {u for p in people if p not in exempt for u in p.units}
    # The list for Word's mail merge: one row per person on the list.
    target = tmp_path / "samenvoegen.xlsx"
    choose_files(monkeypatch, target)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    page.merge_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert str(target) in told[0]
    rows = list(load_workbook(target).active.iter_rows(values_only=True))
    assert len(rows) == len({p.person_id for p in people if p not in exempt}) + 1
    assert not {p.staff_number for p in exempt} & {str(r[0]) for r in rows}
    # Tabs without people have no reminder.
    page.drill_down("N4")
    assert not page.remind_button.isEnabled()
    page.drill_down("courses")
    assert page.remind_button.isEnabled() == bool(page.expiring.rows())
