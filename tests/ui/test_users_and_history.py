"""Rights and the audit trail in the window: who is signed in, a reader refused in Dutch,
and a person's Geschiedenis after an edit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from oto_app.db import Database, open_database
from oto_app.models import UserRole
from oto_app.services import staff, users
from oto_app.services.staff import PersonData
from tests.helpers.dialogs import on_next_dialog, raise_from
from tests.helpers.dialogs import save as _save
from tests.helpers.dialogs import type_person as _type_person
from tests.helpers.file_dialogs import choose_files
from ui.dialogs.history_dialog import HistoryDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow


def test_the_status_bar_says_who_is_signed_in(window: MainWindow) -> None:
    label = window.statusBar().findChild(QLabel, "userLabel")
    assert label.text() == "Aangemeld als adviseur (adviseur)"
    assert window.users_action.isEnabled()


def test_a_reader_is_refused_in_dutch_and_nothing_is_saved(
    app: QApplication, qtbot: QtBot, sqlite_db: Database
) -> None:
    sqlite_db.login("lezer")
    window = MainWindow(sqlite_db)
    qtbot.addWidget(window)
    window.show()
    assert not window.users_action.isEnabled()
    window.show_page("staff")
    refusals: list[str] = []

    def type_and_save(dialog: QDialog) -> None:
        _type_person(qtbot, dialog, "4711", "Anna", "de", "Vries")
        _save(dialog)
        refusals.append(dialog.error.text())  # type: ignore[attr-defined]

    errors = on_next_dialog(qtbot, type_and_save)
    window.staff_page.new_button.click()
    raise_from(errors)
    assert refusals == [  # in the form, which stays open with what was typed
        "Alleen de adviseur rampenbestrijding mag medewerkers en hun rollen wijzigen; u bent lezer."
    ]
    assert window.staff_page.model.total == 0


def test_geschiedenis_shows_who_changed_what(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    with sqlite_db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
    with sqlite_db.begin() as session:
        staff.update_person(session, person, PersonData("M1", "Anna", "Visser"))
    window.show_page("staff")
    window.staff_page.show_person(person)
    shown: list[list[str]] = []

    def read(dialog: QDialog) -> None:
        assert isinstance(dialog, HistoryDialog)
        model = dialog.model
        shown.extend(
            [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())
        )

    errors = on_next_dialog(qtbot, read)
    window.staff_page.panel.history_button.click()
    raise_from(errors)
    assert [row[1:3] for row in shown] == [["adviseur", "toegevoegd"], ["adviseur", "gewijzigd"]]
    assert "achternaam: Vries → Visser" in shown[1][3]
    assert "tussenvoegsel: de → —" in shown[1][3]


def test_avg_inzage_writes_the_pdf_and_the_json(
    qtbot: QtBot,
    window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with sqlite_db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
    window.show_page("staff")
    window.staff_page.show_person(person)
    choose_files(monkeypatch, tmp_path)
    said: list[str] = []
    errors = on_next_dialog(qtbot, lambda box: said.append(box.text()))  # type: ignore[attr-defined]
    window.staff_page.panel.privacy_button.click()
    raise_from(errors)
    assert said == ["Geschreven: avg-M1.pdf en avg-M1.json."]
    assert (tmp_path / "avg-M1.pdf").read_bytes().startswith(b"%PDF")
    assert '"last_name": "Vries"' in (tmp_path / "avg-M1.json").read_text("utf-8")


def test_anonymising_from_the_menu(
    window: MainWindow, sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    with sqlite_db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
        staff.retire_person(session, person, dt.date(2018, 5, 1))
    asked: list[str] = []

    def confirm(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QInputDialog, "getInt", lambda *a, **k: (5, True))
    monkeypatch.setattr(QMessageBox, "question", confirm)
    window.anonymise_action.trigger()
    assert asked and asked[0].startswith("1 oud-medewerker is langer dan 5 jaar uit dienst. Naam,")
    assert window.statusBar().currentMessage() == "1 oud-medewerker geanonimiseerd."
    with sqlite_db.begin() as session:
        assert staff.person_detail(session, person, dt.date.today()).name.startswith(
            "Geanonimiseerd"
        )


def test_two_workstations_edit_the_same_person(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    """Workstation A has the person open; B saves first. A's save is refused with what B
    changed, A reloads (keeping the dialog), re-types and saves: nothing of B is lost."""
    with sqlite_db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
    other = open_database(sqlite_db.url)  # workstation B, its own connection and login
    other.login("collega")
    with sqlite_db.begin() as session:  # a second adviser
        [colleague] = [u for u in users.list_users(session) if u.login == "collega"]
        users.set_role(session, colleague.id, UserRole.ADVISER)
    other.login("collega")
    window.show_page("staff")
    window.staff_page.show_person(person)
    seen: dict[str, object] = {}

    def conflict(box: QDialog) -> None:
        assert isinstance(box, QMessageBox)
        seen["text"] = box.text()
        [reload] = [b for b in box.buttons() if "laden" in b.text()]
        reload.click()

    def edit(dialog: QDialog) -> None:
        assert isinstance(dialog, PersonDialog)
        with other.begin() as session:  # B, meanwhile
            staff.update_person(session, person, PersonData("M1", "Anna", "Visser"))
        dialog.phone.setText("06-12345678")
        conflicts = on_next_dialog(qtbot, conflict)
        _save(dialog)
        raise_from(conflicts)
        seen["after_reload"] = dialog.last_name.text()
        seen["still_open"] = dialog.isVisible()
        dialog.phone.setText("06-12345678")
        _save(dialog)

    errors = on_next_dialog(qtbot, edit)
    window.staff_page.panel.edit_button.click()
    raise_from(errors)
    other.close()
    text = str(seen["text"])
    assert text.startswith("Deze medewerker is intussen door iemand anders gewijzigd")
    assert "collega om" in text and "achternaam: Vries → Visser" in text
    assert seen["after_reload"] == "Visser" and seen["still_open"]
    with sqlite_db.begin() as session:
        data = staff.person_detail(session, person, dt.date.today()).data
    assert (data.last_name, data.phone) == ("Visser", "06-12345678")
