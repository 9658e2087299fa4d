"""*Beheer > Gebruikers en rechten* on a set-up PostgreSQL server, by hand: the adviser,
signed in with their own login, adds a process lead with a password typed twice, who
can then sign in with exactly that role and no more; then removes them again. The
password is on no screen, in no output, log, setting or trail entry.

On SQLite the dialog does what it did: the OS accounts that started OTO, a role each.
"""

from __future__ import annotations

import os
from pathlib import Path

import psycopg
import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.engine import URL

from oto_app import dberrors
from oto_app.db import Database
from oto_app.models import AuditEntry, UserRole
from oto_app.services import users
from tests.helpers.hands import Hands
from tests.helpers.server import PASSWORD, Login, Server, logins, server_refuses
from ui.dialogs.users_dialog import NewLoginDialog, UsersDialog
from ui.main_window import MainWindow


def _open_users(hands: Hands, inside) -> None:  # type: ignore[no-untyped-def]
    """Beheer > Gebruikers en rechten, by its letters."""
    hands.opens(lambda: hands.menu("Alt+R", "G"), inside)


def _row_of(dialog: UsersDialog, login: str) -> int:
    return [u.login for u in dialog.model.rows()].index(login)


def _everything_written(tmp_path: Path) -> str:
    """Every file OTO and Qt may have written: the data folder (logs, checkpoint), the
    settings (QSettings), this test's folder."""
    seen = []
    for folder in (
        Path(os.environ["OTO_DATA_DIR"]),
        Path(os.environ["XDG_CONFIG_HOME"]),
        tmp_path,
    ):
        for path in folder.rglob("*") if folder.exists() else ():
            if path.is_file() and path.name != "pgpass":
                seen.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(seen)


@pytest.fixture
def adviser_window(app: QApplication, qtbot: QtBot, wall: Server):  # type: ignore[no-untyped-def]
    database = wall.adviser.oto()  # the adviser's own login, from the password file
    window = MainWindow(database)
    qtbot.addWidget(window)
    window.show()
    yield window
    database.close()


def test_the_adviser_adds_a_login_who_then_signs_in_with_that_role_and_no_more(
    qtbot: QtBot,
    adviser_window: MainWindow,
    wall: Server,
    pgpass: Path,
    tmp_path: Path,
    capfd: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
) -> None:
    hands = Hands(qtbot)
    name = f"t{os.getpid()}_{next(logins)}_venster"
    said: list[str] = []

    def new_login(form: QWidget) -> None:
        assert isinstance(form, NewLoginDialog)
        hands.type(name)
        hands.tab()
        hands.choose("procesverantwoordelijke")
        hands.tab()
        hands.tick("OV")
        hands.tab()
        hands.type(PASSWORD)
        assert form.password.displayText() != PASSWORD  # dots on the screen
        hands.tab()
        hands.type(PASSWORD[:-1])  # a typing error in the second one
        hands.enter()
        said.append(form.error.text())
        assert form.isVisible()  # refused: nothing saved, the form stays
        hands.select_all_and_type(PASSWORD)  # the refused field has the focus
        hands.enter()

    def users_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, UsersDialog)
        hands.opens(lambda: hands.click_button(dialog, "Toevoegen…"), new_login)
        row = dialog.model.rows()[_row_of(dialog, name)]
        assert (row.role, row.units) == (UserRole.PROCESS_LEAD, "OV")
        said.extend(label.text() for label in dialog.findChildren(QLabel))

    _open_users(hands, users_dialog)
    assert said[0] == (
        "De twee wachtwoorden zijn niet gelijk; typ het wachtwoord twee keer hetzelfde (of "
        "laat beide leeg voor single sign-on)."
    )

    # The new login signs in (the password from a password file, as a user would).
    pgpass.write_text(pgpass.read_text() + f"*:*:*:{name}:{PASSWORD}\n")
    theirs = Login(
        name,
        URL.create(
            wall.url.drivername, name, None, wall.url.host, wall.url.port, wall.url.database
        ),
    )
    oto = theirs.oto()
    try:
        assert oto.actor is not None and oto.actor.role is UserRole.PROCESS_LEAD
        assert oto.actor.unit_ids == frozenset({wall.ov})
    finally:
        oto.close()
    with theirs.raw() as connection:  # and no more: not CRIB, not the users, not the trail
        assert (
            server_refuses(
                connection,
                f"INSERT INTO participations (activity_id, person_id, status) "
                f"VALUES ({wall.crib_activity}, {wall.person}, 'PRESENT')",
            )
            == "42501"
        )
        assert server_refuses(connection, "UPDATE users SET role = 'ADVISER'") == "42501"
        assert server_refuses(connection, "DELETE FROM audit_log") == "42501"
        with connection.transaction():
            connection.execute(
                f"INSERT INTO participations (activity_id, person_id, status) "
                f"VALUES ({wall.ov_activity}, {wall.person}, 'PRESENT')"
            )

    def remove(dialog: QWidget) -> None:
        assert isinstance(dialog, UsersDialog)
        hands.click_row(dialog.table, _row_of(dialog, name))
        hands.opens(
            lambda: hands.click_button(dialog, "Verwijderen…"),
            lambda box: hands.click_button(box, "Ja"),
        )
        assert name not in [u.login for u in dialog.model.rows()]

    _open_users(hands, remove)
    with pytest.raises(psycopg.OperationalError) as gone:  # a removed login signs in nowhere
        theirs.raw()
    assert "not permitted to log in" in str(gone.value)

    # The password was on no screen and in nothing written.
    with wall.admin.begin() as session:
        entries = session.scalars(select(AuditEntry)).all()
    output = capfd.readouterr()
    for where, content in {
        "screen": "\n".join(said),
        "output": output.out + output.err,
        "log": caplog.text,
        "files": _everything_written(tmp_path),
        "trail": " ".join(f"{e.old} {e.new} {e.login}" for e in entries),
    }.items():
        assert PASSWORD not in content, f"the password is in the {where}"
    assert dberrors.log_path().name == "oto-fouten.log"


def test_an_existing_login_or_a_bad_name_is_refused_in_dutch_in_the_form(
    qtbot: QtBot, adviser_window: MainWindow, wall: Server
) -> None:
    hands = Hands(qtbot)
    said: list[str] = []

    def taken(form: QWidget) -> None:
        hands.type(wall.lead.name)  # exists already
        hands.enter()
        said.append(form.error.text())  # type: ignore[attr-defined]
        hands.select_all_and_type("j jansen")
        hands.enter()
        said.append(form.error.text())  # type: ignore[attr-defined]

    _open_users(
        hands,
        lambda dialog: hands.opens(lambda: hands.click_button(dialog, "Toevoegen…"), taken),
    )
    assert said == [
        f"Gebruiker {wall.lead.name} bestaat al; wijzig de rol (Rol wijzigen… of 'oto-app "
        "server set-role').",
        "De login 'j jansen' mag alleen letters, cijfers en . _ - @ bevatten en begint met "
        "een letter of cijfer.",
    ]


def test_on_sqlite_the_adviser_gives_a_newcomer_a_role_by_hand(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    sqlite_db.login("p.jansen")  # started OTO once: now known, as reader
    sqlite_db.login("adviseur")
    hands = Hands(qtbot)

    def make_lead(form: QWidget) -> None:
        hands.choose("procesverantwoordelijke")
        hands.tab()
        hands.tick("OV")
        hands.enter()

    def users_dialog(dialog: QWidget) -> None:
        assert isinstance(dialog, UsersDialog)
        buttons = [b.text() for b in dialog.findChildren(type(dialog.edit_button))]
        assert "&Toevoegen…" not in buttons  # the OS accounts come by themselves
        hands.click_row(dialog.table, _row_of(dialog, "p.jansen"))
        hands.opens(lambda: hands.click_button(dialog, "Rol wijzigen…"), make_lead)
        row = dialog.model.rows()[_row_of(dialog, "p.jansen")]
        assert (row.role, row.units) == (UserRole.PROCESS_LEAD, "OV")

    _open_users(hands, users_dialog)
    actor = sqlite_db.login("p.jansen")
    assert actor.role is UserRole.PROCESS_LEAD
    with sqlite_db.begin() as session:
        assert [u.units for u in users.list_users(session) if u.login == "p.jansen"] == ["OV"]
