"""The audit trail's hash chain: `oto-app audit verify` finds the first entry that was
rewritten, deleted or inserted outside OTO; a trail rewritten with every hash recomputed
is caught by the checkpoint kept outside the database; anonymisation keeps the chain."""

from __future__ import annotations

import datetime as dt
import os
import pwd
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select, text

from oto_app import chain, demo, privacy, trail
from oto_app.cli import main
from oto_app.db import Database, open_database
from oto_app.exchange.staff_import import import_staff
from oto_app.models import AuditEntry, Person
from oto_app.services import staff
from oto_app.services.staff import PersonData
from tests.conftest import TODAY


def _some_changes(db: Database, tmp_path: Path) -> None:
    with db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
    with db.begin() as session:
        staff.update_person(session, person, PersonData("M1", "Anna", "Visser"))
    path = tmp_path / "hr.csv"
    path.write_text(
        "personeelsnummer;voornaam;achternaam;onderdeel;rol\n"
        + "".join(f"{n};Zoë;Wal{n};OV;procesmedewerker\n" for n in range(10, 40)),
        encoding="utf-8",
    )
    with db.begin() as session:
        import_staff(session, path)


def _verify(db: Database, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["--db", db.location, "audit", "verify"])
    out = capsys.readouterr()
    return code, (out.out + out.err).strip()


def _raw(db: Database, sql: str) -> None:
    """A change with any SQLite tool, not through OTO."""
    with db.engine.begin() as connection:
        connection.execute(text(sql))


def test_the_chain_holds_after_forms_imports_and_on_both_engines(
    db: Database, tmp_path: Path
) -> None:
    _some_changes(db, tmp_path)
    verdict = trail.verify_all(db)
    assert verdict.ok, verdict.message
    with db.begin() as session:
        entries = session.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
        imported = session.scalars(
            select(AuditEntry.table_name).where(AuditEntry.action == "import")
        ).all()
    assert verdict.checked == entries  # every entry, the import's too
    assert sorted(imported) == ["assignments", "people"]  # 30 people and roles, one each


@pytest.fixture
def filled(sqlite_db: Database, tmp_path: Path) -> Database:
    _some_changes(sqlite_db, tmp_path)
    return sqlite_db


def test_a_rewritten_entry_is_named(filled: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert _verify(filled, capsys)[0] == 0
    _raw(filled, "UPDATE audit_log SET new = replace(new, 'Visser', 'Jansen') WHERE id = 20")
    with filled.begin() as session:
        entry = session.get(AuditEntry, 20)
        assert entry is not None and "Jansen" in (entry.new or "")
    code, said = _verify(filled, capsys)
    assert code == 1
    assert said.startswith("oto-app: logboekregel 20 (")
    assert "buiten OTO om gewijzigd, verwijderd of tussengevoegd" in said


def test_a_rewritten_login_or_time_is_named(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _raw(filled, "UPDATE audit_log SET login = 'a.adviseur' WHERE id = 22")  # the import
    assert _verify(filled, capsys)[1].startswith("oto-app: logboekregel 22 (")
    _raw(filled, "UPDATE audit_log SET login = 'adviseur' WHERE id = 22")  # put back
    assert _verify(filled, capsys)[0] == 0
    _raw(filled, "UPDATE audit_log SET at = '2020-01-01 08:00:00.000000' WHERE id = 12")
    code, said = _verify(filled, capsys)
    assert code == 1 and "logboekregel 12 (01-01-2020 08:00:00" in said


def test_a_deleted_entry_is_found_at_the_next(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _raw(filled, "DELETE FROM audit_log WHERE id = 21")
    code, said = _verify(filled, capsys)
    assert code == 1 and said.startswith("oto-app: logboekregel 22 (")


def test_an_inserted_entry_is_named(filled: Database, capsys: pytest.CaptureFixture[str]) -> None:
    # A forged entry copied from a real one, hash and all, with a free id in between.
    _raw(filled, "UPDATE audit_log SET id = id + 1000 WHERE id > 21")
    _raw(
        filled,
        "INSERT INTO audit_log (id, at, login, action, table_name, record_id, new, salt, hash) "
        "SELECT 22, at, 'a.adviseur', action, table_name, record_id, new, salt, hash "
        "FROM audit_log WHERE id = 21",
    )
    code, said = _verify(filled, capsys)
    assert code == 1 and said.startswith("oto-app: logboekregel 22 (") and "a.adviseur" in said


def test_an_entry_added_without_a_hash_is_named(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    _raw(
        filled,
        "INSERT INTO audit_log (at, login, action, table_name, record_id, new) "
        "VALUES ('2025-01-01 00:00:00', 'a.adviseur', 'insert', 'people', '99', '{}')",
    )
    code, said = _verify(filled, capsys)
    assert code == 1 and "geen hash" in said


def test_a_rewrite_with_every_hash_recomputed_is_caught_by_the_checkpoint(
    filled: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _verify(filled, capsys)[0] == 0  # the checkpoint: outside the database
    _raw(filled, "DELETE FROM audit_log WHERE id = 3")
    with filled.engine.begin() as connection:  # an attacker who knows the algorithm
        connection.execute(text("UPDATE audit_log SET hash = NULL"))
        chain.seal_after(connection, 0)
    code, said = _verify(filled, capsys)
    assert code == 1 and "na een eerdere controle gewijzigd of verwijderd" in said


def test_anonymising_keeps_the_chain_and_blanking_alone_does_not(
    sqlite_db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
        person = session.scalars(select(Person).order_by(Person.id).limit(1)).one()
        staff.retire_person(session, person.id, dt.date(2018, 1, 31))
    with sqlite_db.begin() as session:
        assert privacy.anonymise(session, 5, TODAY).value == 1
    assert _verify(sqlite_db, capsys)[0] == 0
    with sqlite_db.begin() as session:
        theirs = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "people", AuditEntry.record_id == str(person.id)
            )
        ).all()
        assert all(person.last_name not in f"{e.old} {e.new}" for e in theirs)
        assert theirs[-1].action == "anonymise"
        other = session.scalars(
            select(AuditEntry.id).where(
                AuditEntry.table_name == "people", AuditEntry.record_id != str(person.id)
            )
        ).first()
    with sqlite_db.engine.begin() as connection:  # blanking someone else without a record
        chain.scrub(connection, AuditEntry.id == other)
    code, said = _verify(sqlite_db, capsys)
    assert code == 1 and f"logboekregel {other} (" in said and "anonimisering" in said


def test_the_app_checks_only_new_entries_at_start(filled: Database) -> None:
    assert trail.verify_all(filled).ok
    with filled.begin() as session:
        staff.create_person(session, PersonData("M2", "Bo", "Berg"))
    verdict = trail.verify_new(filled)
    assert verdict.ok and verdict.checked == 1


def test_the_newest_entry_rewritten_is_caught_at_the_next_start(filled: Database) -> None:
    """The checkpoint is the newest entry: its own content is checked at start too, not
    only that it still carries its hash."""
    assert trail.verify_new(filled).ok
    _raw(
        filled,
        "UPDATE audit_log SET login = 'a.adviseur' WHERE id = (SELECT max(id) FROM audit_log)",
    )
    verdict = trail.verify_new(filled)
    assert not verdict.ok and "a.adviseur" in verdict.message
    assert not trail.verify_new(filled).ok  # and again, until someone looks into it


def test_a_restored_backup_is_no_rewritten_trail_on_the_command_line(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    older = tmp_path / "maandag.sqlite"
    assert main(["--db", filled.location, "backup", "--out", str(older)]) == 0
    with filled.begin() as session:
        staff.create_person(session, PersonData("M2", "Bo", "Berg"))
    assert _verify(filled, capsys)[0] == 0  # the checkpoint: Bo's entry, not in the backup
    filled.close()
    assert main(["--db", filled.location, "restore", "--from", str(older)]) == 0
    said = capsys.readouterr()
    assert said.out.startswith("Back-up van ") and "teruggezet (31 medewerkers" in said.out
    assert said.err == ""
    with sqlite3.connect(older) as file:  # the backup's own trail, without Bo
        (entries,) = file.execute("SELECT count(*) FROM audit_log").fetchone()
    file.close()
    assert _verify(filled, capsys) == (
        0,
        f"logboek gecontroleerd: {entries} regels, de hashketen klopt",
    )
    restored = open_database(filled.location)
    try:
        assert trail.verify_new(restored).ok  # the next start: nothing to warn about
        _raw(restored, "UPDATE audit_log SET login = 'a.adviseur' WHERE id = 5")
        code, said_now = _verify(restored, capsys)
        assert code == 1 and said_now.startswith("oto-app: logboekregel 5 (")
    finally:
        restored.close()


def test_a_server_is_not_restored_by_us(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    url = "postgresql+psycopg://oto@nergens.invalid/oto"
    assert main(["--db", url, "restore", "--from", str(tmp_path / "x.sqlite")]) == 1
    assert "pg_restore" in capsys.readouterr().err


def test_identity_comes_from_the_os_not_the_environment(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        monkeypatch.setenv(name, "a.adviseur")
    fresh = open_database(str(tmp_path / "nieuw.sqlite"))
    try:
        assert fresh.login().login == pwd.getpwuid(os.getuid()).pw_name != "a.adviseur"
    finally:
        fresh.close()
