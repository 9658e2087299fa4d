"""The server is the wall: on a PostgreSQL database after `oto-app server init`, a reader's
and a process lead's own logins — with psql, with raw psycopg and with oto-app — cannot
write what they may not, cannot promote themselves and cannot touch the audit trail,
whose entries the server writes (a direct write is recorded too) as the same hash chain.

The test server's login is a superuser; the users' logins are made here, with passwords
from a password file (PGPASSFILE), never in a URL.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL, make_url

from oto_app import server, trail
from oto_app.cli import main
from oto_app.db import Database, open_database
from oto_app.errors import DatabaseError, NotAllowedError, ValidationError
from oto_app.models import (
    ActionStatus,
    AttendanceStatus,
    AuditEntry,
    EvaluationStatus,
    UserRole,
)
from oto_app.norms import compute
from oto_app.norms.results import EvaluationState
from oto_app.services import attendance, evaluations, rights, staff, users
from oto_app.services.attendance import Entry
from oto_app.services.organisation import find_unit
from oto_app.services.staff import PersonData
from tests.conftest import ADVISER, new_postgres_database
from tests.helpers.server import PASSWORD, Login, Server, logins, new_login, server_refuses


def _entries(wall: Server) -> list[AuditEntry]:
    with wall.admin.begin() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


TRAIL_ATTACKS = [
    "INSERT INTO audit_log (at, login, action, table_name, record_id) "
    "VALUES (now(), 'x', 'insert', 'people', '1')",
    "UPDATE audit_log SET login = 'iemand'",
    "DELETE FROM audit_log",
    "TRUNCATE audit_log",
    "ALTER TABLE audit_log DISABLE TRIGGER ALL",
    "ALTER TABLE people DISABLE TRIGGER oto_audit",
    "DROP TRIGGER oto_audit ON people",
    "SELECT oto_append('delete', 'people', '1', NULL, NULL)",
]
PROMOTIONS = [
    "UPDATE users SET role = 'ADVISER'",
    "INSERT INTO users (login, role) VALUES (session_user, 'ADVISER')",
    "INSERT INTO user_units (user_id, unit_id) SELECT id, 1 FROM users",
    "SELECT oto_set_user(session_user::text, 'ADVISER', '{}', NULL, false)",
    "GRANT oto_adviseur TO CURRENT_USER",
    "SET ROLE oto_adviseur",
    "ALTER ROLE CURRENT_USER SUPERUSER",
    "CREATE ROLE handlanger LOGIN",
]


@pytest.mark.parametrize("sql", TRAIL_ATTACKS + PROMOTIONS)
def test_a_reader_and_a_process_lead_cannot_touch_the_trail_or_promote_themselves(
    wall: Server, sql: str
) -> None:
    before = _entries(wall)
    for login in (wall.lezer, wall.lead):
        with login.raw() as connection:
            assert server_refuses(connection, sql) in ("42501", "0LP01")  # insufficient privilege
    assert [e.hash for e in _entries(wall)] == [e.hash for e in before]
    with wall.admin.begin() as session:
        roles = dict(session.execute(text("SELECT login, role FROM users")).all())
    assert roles[wall.lezer.name] == "READER" and roles[wall.lead.name] == "PROCESS_LEAD"


def test_a_reader_reads_everything_and_writes_nothing(wall: Server) -> None:
    with wall.lezer.raw() as connection:
        assert connection.execute("SELECT count(*) FROM people").fetchone() == (1,)
        assert connection.execute("SELECT count(*) FROM audit_log").fetchone()[0] > 0  # type: ignore[index]
        for sql in (
            "INSERT INTO people (staff_number, first_name, infix, last_name, sort_name, active)"
            " VALUES ('X1', 'In', '', 'Dringer', 'dringer in', true)",
            "UPDATE people SET last_name = 'Anders'",
            "DELETE FROM participations",
            f"INSERT INTO participations (activity_id, person_id, status) "
            f"VALUES ({wall.ov_activity}, {wall.person}, 'PRESENT')",
            "UPDATE activities SET title = 'weg'",
            "DELETE FROM units",
        ):
            assert server_refuses(connection, sql) == "42501"


def test_a_process_lead_writes_their_own_units_only(wall: Server) -> None:
    def present(activity: int) -> str:
        return (
            f"INSERT INTO participations (activity_id, person_id, status) "
            f"VALUES ({activity}, {wall.person}, 'PRESENT')"
        )

    with wall.lead.raw() as connection:
        with connection.transaction():  # their own unit: allowed, and recorded
            connection.execute(present(wall.ov_activity))
            connection.execute(
                f"UPDATE activities SET place = 'Stadhuis' WHERE id = {wall.ov_activity}"
            )
        assert server_refuses(connection, present(wall.crib_activity)) == "42501"
        with connection.transaction():  # someone else's activity: not even seen to change
            changed = connection.execute(
                f"UPDATE activities SET title = 'weg' WHERE id = {wall.crib_activity}"
            ).rowcount
            gone = connection.execute(f"DELETE FROM activities WHERE id = {wall.crib_activity}")
            assert changed == 0 and gone.rowcount == 0
        # taking someone else's activity by adding one's own unit to it
        assert (
            server_refuses(
                connection,
                f"INSERT INTO activity_units VALUES ({wall.crib_activity}, {wall.ov})",
            )
            == "42501"
        )
        # a new activity of another unit only: refused at commit
        with pytest.raises(psycopg.Error) as refused, connection.transaction():
            made = connection.execute(
                "INSERT INTO activities (title, kind, date, organiser, status, version) "
                "VALUES ('Stiekem', 'TRAINING', '2025-04-01', 'MUNICIPAL', 'HELD', 1) RETURNING id"
            ).fetchone()
            connection.execute(f"INSERT INTO activity_units VALUES ({made[0]}, {wall.crib})")  # type: ignore[index]
        assert refused.value.sqlstate == "42501"
        assert server_refuses(connection, "UPDATE people SET last_name = 'Anders'") == "42501"
        assert (
            server_refuses(
                connection,
                "INSERT INTO improvement_actions (description, unit_id, status, version) "
                f"VALUES ('niet van mij', {wall.crib}, 'OPEN', 1)",
            )
            == "42501"
        )
    entries = _entries(wall)
    theirs = [e for e in entries if e.login == wall.lead.name]
    assert {(e.action, e.table_name) for e in theirs} == {
        ("insert", "participations"),
        ("update", "activities"),
    }
    assert trail.verify_all(wall.admin).ok  # the server's entries are the same chain


def test_psql_itself_is_refused(wall: Server) -> None:
    psql = shutil.which("psql") or "/usr/lib/postgresql/15/bin/psql"
    if not Path(psql).exists():
        pytest.skip("no psql")
    u = wall.lezer.url
    done = subprocess.run(
        [
            psql,
            "-h",
            str(u.host),
            "-p",
            str(u.port),
            "-U",
            wall.lezer.name,
            "-d",
            str(u.database),
            "-v",
            "ON_ERROR_STOP=1",
            "-c",
            "UPDATE users SET role = 'ADVISER'",
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ),
        check=False,
    )
    assert done.returncode != 0 and "permission denied" in done.stderr


def test_oto_app_as_the_reader_and_the_lead(wall: Server, tmp_path: Path) -> None:
    path = tmp_path / "hr.csv"
    path.write_text("personeelsnummer;voornaam;achternaam\n9;Ik;Adviseur\n", encoding="utf-8")
    env_user = os.environ.get("USER")
    os.environ["USER"] = ADVISER  # the environment changes nothing
    try:
        code = main(["--db", wall.lezer.url.render_as_string(), "import", "staff", str(path)])
    finally:
        if env_user is None:
            os.environ.pop("USER", None)
        else:
            os.environ["USER"] = env_user
    assert code == 1
    lead = wall.lead.oto()
    try:
        assert lead.actor is not None
        assert (lead.actor.login, lead.actor.role) == (wall.lead.name, UserRole.PROCESS_LEAD)
        with pytest.raises(NotAllowedError), lead.begin() as session:
            attendance.record(
                session, wall.crib_activity, [Entry(wall.person, AttendanceStatus.PRESENT)]
            )
        with lead.begin() as session:
            attendance.record(
                session, wall.ov_activity, [Entry(wall.person, AttendanceStatus.PRESENT)]
            )
        # Past the services' own checks (as a modified client would be): the server refuses.
        everything = rights.Actor(wall.lead.name, UserRole.ADVISER)
        lead.sessions.configure(info={**(lead.sessions.kw.get("info") or {}), "actor": everything})
        with pytest.raises(DatabaseError) as refused, lead.begin() as session:
            staff.create_person(session, PersonData("M9", "Zelf", "Gemaakt"))
        assert "rechten" in refused.value.message
    finally:
        lead.close()
    reader = wall.lezer.oto()
    try:
        assert reader.actor is not None and reader.actor.role is UserRole.READER
    finally:
        reader.close()


def test_a_process_lead_sets_back_what_their_unit_finished(wall: Server) -> None:
    """Setting an evaluation back to draft, or an action back to open, keeps the period it
    was finished in (revision 0009); the server lets a process lead write that for their
    own unit's evaluation and action, and the year before still counts them finished."""
    lead = wall.lead.oto()
    final = evaluations.EvaluationData(author="Lead", status=EvaluationStatus.FINAL)
    draft = evaluations.EvaluationData(author="Lead", status=EvaluationStatus.DRAFT)
    try:
        with lead.begin() as session:
            done = evaluations.save(session, wall.ov_activity, final, today=dt.date(2025, 4, 1))
            action = evaluations.add_action(
                session,
                done.value,
                evaluations.ActionData("Draaiboek bijwerken", wall.ov, None, dt.date(2025, 5, 1)),
            ).value
            evaluations.set_action_status(
                session, action, ActionStatus.DONE, "gedaan", today=dt.date(2025, 4, 20)
            )
        with lead.begin() as session:
            evaluations.save(session, wall.ov_activity, draft, today=dt.date(2026, 2, 1))
            evaluations.set_action_status(
                session, action, ActionStatus.OPEN, today=dt.date(2026, 2, 1)
            )
        with lead.begin() as session:
            year = compute(session, 2025, dt.date(2025, 12, 31))
            now = compute(session, 2026, dt.date(2026, 3, 1))
    finally:
        lead.close()
    mine = [e.status for e in year.evaluations if e.activity == str(wall.ov_activity)]
    assert mine == [EvaluationState.DONE] and not year.actions_overdue
    assert [a.id for a in now.actions_overdue] == [action]


def test_users_are_managed_by_the_command_line_and_the_password_stays_secret(
    wall: Server,
    pgpass: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    owner = wall.url.render_as_string(hide_password=False)
    name = f"t{os.getpid()}_{next(logins)}_nieuw"
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert (
        main(
            [
                "--db",
                owner,
                "server",
                "add-user",
                name,
                "--role",
                "procesverantwoordelijke",
                "--units",
                "OV,CRIB",
            ]
        )
        == 0
    )
    assert main(["--db", owner, "server", "set-role", name, "--role", "lezer"]) == 0
    assert main(["--db", owner, "server", "add-user", name, "--role", "lezer"]) == 1  # exists
    assert main(["--db", owner, "server", "set-role", "niemand", "--role", "lezer"]) == 1
    said = capsys.readouterr()
    assert name in said.out and "bestaat al" in said.err and "niemand" in said.err
    with wall.admin.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        ).scalar()
        members = (
            connection.execute(
                text(
                    "SELECT r.rolname FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.roleid "
                    "JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = :n"
                ),
                {"n": name},
            )
            .scalars()
            .all()
        )
    assert str(stored).startswith("SCRAM-SHA-256$")  # only the verifier reached the server
    assert members == ["oto_lezer"]
    pgpass.write_text(pgpass.read_text() + f"*:*:*:{name}:{PASSWORD}\n")
    with psycopg.connect(
        host=wall.url.host, port=wall.url.port, dbname=wall.url.database, user=name
    ) as connection:
        assert connection.execute("SELECT session_user").fetchone() == (name,)
    # An adviser's own login manages users too; a process lead's does not.
    adviser = wall.adviser.url.render_as_string()
    lead = wall.lead.url.render_as_string()
    assert main(["--db", lead, "server", "remove-user", name]) == 1
    assert main(["--db", adviser, "server", "remove-user", name]) == 0
    said = capsys.readouterr()
    assert "alleen de adviseur" in said.err
    # the trail, the output and the errors never hold the password
    everything = said.out + said.err + " ".join(f"{e.old} {e.new}" for e in _entries(wall))
    assert PASSWORD not in everything
    with pytest.raises(psycopg.OperationalError) as wrong:
        psycopg.connect(
            host=wall.url.host,
            port=wall.url.port,
            dbname=wall.url.database,
            user=wall.lezer.name,
            password=PASSWORD + "x",
        )
    assert PASSWORD not in str(wrong.value)


def test_the_last_adviser_stays(
    wall: Server, pgpass: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    owner = wall.url.render_as_string(hide_password=False)
    assert main(["--db", owner, "server", "remove-user", wall.adviser.name]) == 1
    assert main(["--db", owner, "server", "set-role", wall.adviser.name, "--role", "lezer"]) == 1
    assert f"{wall.adviser.name} is de laatste adviseur" in capsys.readouterr().err
    second = new_login(wall.admin, wall.url, pgpass, UserRole.ADVISER)
    assert (
        main(["--db", second.url.render_as_string(), "server", "remove-user", wall.adviser.name])
        == 0
    )


def test_server_init_again_changes_nothing_and_the_chain_holds(wall: Server) -> None:
    owner = wall.url.render_as_string(hide_password=False)
    before = len(_entries(wall))
    assert main(["--db", owner, "server", "init"]) == 0
    assert len(_entries(wall)) == before
    with wall.lead.raw() as connection, connection.transaction():
        connection.execute(
            f"INSERT INTO participations (activity_id, person_id, status) "
            f"VALUES ({wall.ov_activity}, {wall.person}, 'PRESENT')"
        )
    assert trail.verify_all(wall.admin).ok


def test_walls_older_than_this_oto_are_raised_by_the_owner_and_refused_to_others(
    wall: Server,
) -> None:
    """A server set up by an earlier OTO (its walls changed without a schema revision)
    is brought up to date at the owner's next start; a user's start says who must act."""
    with wall.admin.engine.begin() as connection:
        assert server.walls(connection) == server.WALLS
        connection.exec_driver_sql(
            "COMMENT ON FUNCTION oto_append(text,text,text,text,text) IS NULL"
        )
        assert server.walls(connection) == 0
    with pytest.raises(DatabaseError) as refused:
        wall.lead.oto()
    assert "oto-app server init" in str(refused.value)
    open_database(wall.url).close()  # the owner's start runs server init again
    with wall.admin.engine.connect() as connection:
        assert server.walls(connection) == server.WALLS
    wall.lead.oto().close()
    assert trail.verify_all(wall.admin).ok


def test_a_transfer_onto_a_server_sets_it_up_and_keeps_every_role(
    request: pytest.FixtureRequest, sqlite_db: Database, pgpass: Path
) -> None:
    lead, reader = f"t{os.getpid()}_{next(logins)}_pv", f"t{os.getpid()}_{next(logins)}_lz"
    sqlite_db.login(lead)
    sqlite_db.login(reader)
    sqlite_db.login(ADVISER)
    with sqlite_db.begin() as session:
        ids = {u.login: u.id for u in users.list_users(session)}
        users.set_role(session, ids[lead], UserRole.PROCESS_LEAD, (find_unit(session, "OV").id,))
    target = make_url(new_postgres_database(request, template=False))
    code = main(
        [
            "--db",
            sqlite_db.location,
            "transfer",
            "--to",
            target.render_as_string(hide_password=False),
        ]
    )
    assert code == 0
    copy = open_database(target)
    try:
        assert copy.server_trail
        with copy.engine.begin() as connection:
            on_server = {u.login: (u.role, u.units) for u in server.users(connection)}
            assert on_server[lead] == (UserRole.PROCESS_LEAD, ("OV",))
            assert on_server[reader] == (UserRole.READER, ())
            assert on_server[ADVISER] == (UserRole.ADVISER, ())
            for login, group in ((lead, "oto_procesverantwoordelijke"), (reader, "oto_lezer")):
                assert connection.execute(
                    text("SELECT oto_member(:l, :g)"), {"l": login, "g": group}
                ).scalar()
            server.set_user(connection, lead, UserRole.PROCESS_LEAD, ("OV",), PASSWORD)
        assert trail.verify_all(copy).ok  # the SQLite trail's chain, carried over whole
    finally:
        copy.close()
    with pgpass.open("a", encoding="utf-8") as handle:
        handle.write(f"*:*:*:{lead}:{PASSWORD}\n")
    theirs = Login(
        lead, URL.create(target.drivername, lead, None, target.host, target.port, target.database)
    ).oto()
    try:
        assert theirs.actor is not None and theirs.actor.role is UserRole.PROCESS_LEAD
    finally:
        theirs.close()


def test_a_new_login_is_checked_before_the_server_sees_it() -> None:
    for login, key in (
        ("", "server_login_empty"),
        ("j jansen", "server_login_characters"),
        ("'; DROP ROLE x; --", "server_login_characters"),
        ("oto_adviseur", "server_login_reserved"),
        ("pg_monitor", "server_login_reserved"),
        ("x" * 64, "server_login_long"),
    ):
        with pytest.raises(ValidationError) as refused:
            server.check_login(login)
        assert (refused.value.key, refused.value.field) == (key, "login")
    server.check_login("j.jansen@GEMEENTE.NL")
    assert server.chosen_password("", "") is None  # none: single sign-on
    with pytest.raises(ValidationError) as refused:
        server.chosen_password(PASSWORD, PASSWORD + "x")
    assert refused.value.field == "password_again"
    assert PASSWORD not in refused.value.message


def test_the_adviser_adds_and_removeslogins_through_the_services(
    wall: Server, pgpass: Path
) -> None:
    """The services the dialog uses call the command line's core: the server's refusals
    come out as the same Dutch sentences, and a lead may manage nobody."""
    name = f"t{os.getpid()}_{next(logins)}_gui"
    adviser = wall.adviser.oto()
    ov = (wall.ov,)
    try:
        with pytest.raises(ValidationError) as refused, adviser.begin() as session:
            users.add_user(session, name, UserRole.PROCESS_LEAD, ov, PASSWORD, "anders")
        assert refused.value.key == "server_passwords_differ"
        with adviser.begin() as session:
            users.add_user(session, name, UserRole.PROCESS_LEAD, ov, PASSWORD, PASSWORD)
        with pytest.raises(ValidationError) as refused, adviser.begin() as session:
            users.add_user(session, name, UserRole.READER)
        assert refused.value.message.startswith(f"gebruiker {name} bestaat al")
        with adviser.begin() as session:
            row = next(u for u in users.list_users(session) if u.login == name)
        assert (row.role, row.units) == (UserRole.PROCESS_LEAD, "OV")
        lead = wall.lead.oto()
        try:
            with pytest.raises(NotAllowedError), lead.begin() as session:
                users.remove_user(session, row.id)
        finally:
            lead.close()
        with pytest.raises(ValidationError) as refused, adviser.begin() as session:
            last = next(u for u in users.list_users(session) if u.login == wall.adviser.name)
            users.remove_user(session, last.id)
        assert refused.value.key in ("server_last_adviser", "rights_last_adviser")
        with adviser.begin() as session:
            users.remove_user(session, row.id, row.version)
        with adviser.begin() as session:
            assert name not in [u.login for u in users.list_users(session)]
    finally:
        adviser.close()
    pgpass.write_text(pgpass.read_text() + f"*:*:*:{name}:{PASSWORD}\n")
    for database in (wall.url.database, "postgres"):  # nor the server's other databases
        with pytest.raises(psycopg.OperationalError) as gone:
            psycopg.connect(host=wall.url.host, port=wall.url.port, dbname=database, user=name)
        assert "not permitted to log in" in str(gone.value)


def test_one_oto_database_per_server_as_its_group_roles_are_the_servers(
    wall: Server, request: pytest.FixtureRequest
) -> None:
    """A second OTO database on the same server would share oto_adviseur and the others:
    a role given in one counted in the other (the administrator's trial made a process
    lead of one an adviser of both). Its server init and a transfer onto it are refused
    with a sentence naming both; once the first is gone, the second may take them."""
    second = new_postgres_database(request, template=True)
    assert main(["--db", second, "server", "init"]) == 1
    database = open_database(second)
    try:
        with pytest.raises(ValidationError) as refused, database.engine.begin() as connection:
            server.init(connection)
    finally:
        database.close()
    said = refused.value.message
    assert f"horen al bij de database {wall.url.database}" in said, said
    assert "eigen databaseserver" in said
    wall.admin.close()
    admin = create_engine(wall.url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE "{wall.url.database}" WITH (FORCE)'))
    admin.dispose()
    assert main(["--db", second, "server", "init"]) == 0


def test_on_sqlite_nobody_is_added_by_hand(sqlite_db: Database) -> None:
    with pytest.raises(ValidationError) as refused, sqlite_db.begin() as session:
        users.add_user(session, "p.jansen", UserRole.READER)
    assert "vanzelf in de lijst" in refused.value.message


def test_a_login_made_outside_oto_gets_no_password_from_oto(
    wall: Server, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """An adviser may give an existing login (a Kerberos account, another program's) OTO
    rights, but not a new password: that would take the login over, on every database
    of the server."""
    name = f"t{os.getpid()}_{next(logins)}_elders"
    with wall.admin.engine.begin() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {name} LOGIN PASSWORD 'van-een-ander'")
        before = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        ).scalar()
    adviser = wall.adviser.url.render_as_string()
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert main(["--db", adviser, "server", "add-user", name, "--role", "lezer"]) == 1
    assert "bestond al op de server buiten OTO" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("\n"))  # none: single sign-on
    assert main(["--db", adviser, "server", "add-user", name, "--role", "lezer"]) == 0
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "\n"))
    assert main(["--db", adviser, "server", "set-role", name, "--role", "lezer", "--password"]) == 1
    with wall.admin.engine.connect() as connection:
        after = connection.execute(
            text("SELECT rolpassword FROM pg_authid WHERE rolname = :n"), {"n": name}
        ).scalar()
    assert after == before
    # a login OTO made keeps getting its password from the adviser
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO(PASSWORD + "x\n"))
    lead = ["server", "set-role", wall.lead.name, "--role", "procesverantwoordelijke"]
    assert main(["--db", adviser, *lead, "--units", "OV", "--password"]) == 0


def test_a_group_role_is_no_user_even_for_the_adviser_with_psql(wall: Server) -> None:
    """``oto_set_user('oto_lezer', 'ADVISER')`` would grant the adviser group to the reader
    group: every reader an adviser on the server while OTO lists them as readers."""
    with wall.adviser.raw() as connection:
        for group in ("oto_lezer", "OTO_procesverantwoordelijke", "pg_monitor"):
            sql = f"SELECT oto_set_user('{group}', 'ADVISER', '{{}}', NULL, true)"
            assert server_refuses(connection, sql) == "42939"  # reserved name
    with wall.lezer.raw() as connection:
        assert connection.execute("SELECT pg_has_role('oto_adviseur', 'MEMBER')").fetchone() == (
            False,
        )
