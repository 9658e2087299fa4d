"""Opening databases: schema at head, the default organisation, and every refusal."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, select, text

from oto_app import db as dbmod
from oto_app import migrations
from oto_app.db import Database, open_database, resolve_url
from oto_app.errors import DatabaseError, ImportRefused
from oto_app.exchange.bulk import working
from oto_app.exchange.preview import ImportKind, run_import
from oto_app.models import Base, Person, Unit
from oto_app.services import staff
from oto_app.services.staff import PersonData
from tests.conftest import stop_growing
from tests.helpers.files import write


def test_revisions_constant_matches_the_alembic_scripts() -> None:
    config = Config()
    config.set_main_option("script_location", "oto_app:migrations")
    scripts = ScriptDirectory.from_config(config)
    ordered = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == migrations.REVISIONS


def test_migrations_build_exactly_the_models(db: Database) -> None:
    with db.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []


def test_new_database_has_the_default_units_in_order(db: Database) -> None:
    with db.begin() as session:
        codes = session.scalars(select(Unit.code).order_by(Unit.position)).all()
    assert codes == ["OV", "PLT", "CRIB", "VC", "CRAS", "MZ", "UH", "NZ", "BT", "AC"]


def test_reopening_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "oto.sqlite"
    first = open_database(str(path))
    with first.begin() as session:
        session.add(Person(staff_number="1", first_name="Anna", last_name="Bakker"))
    first.close()
    again = open_database(str(path))
    with again.begin() as session:
        assert session.scalars(select(Person.first_name)).all() == ["Anna"]
        assert session.scalar(select(Unit.id).where(Unit.code == "CRAS")) is not None
        # seeding happened once only
        assert session.scalar(text("SELECT count(*) FROM units")) == 10
    again.close()


def _refuses_a_dangling_reference(database: Database) -> None:
    with pytest.raises(DatabaseError, match="weigerde de wijziging"), database.begin() as session:
        session.execute(
            text(
                "INSERT INTO assignments (person_id, unit_id, role_id, kind, start_date, version)"
                " VALUES (999, 999, 999, 'PRIMARY', '2025-01-01', 1)"
            )
        )


def test_sqlite_enforces_foreign_keys_and_uses_wal(sqlite_db: Database) -> None:
    with sqlite_db.begin() as session:
        assert session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    _refuses_a_dangling_reference(sqlite_db)


def test_an_import_checks_its_own_references_and_the_database_checks_again_after(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """An import looks up every unit, role and person it writes in its own transaction, so
    SQLite's row-by-row check is off for it (oto_app.db.REFERENCES_CHECKED, 0.4 s of a
    region's import); every transaction after it, a refused import's too, checks again."""
    with sqlite_db.begin() as session, working(session):
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 0
    _refuses_a_dangling_reference(sqlite_db)
    header = "personeelsnummer;voornaam;achternaam;onderdeel;rol"
    good = write(tmp_path, "goed.csv", header, "1001;Anna;de Vries;CRAS;procesverantwoordelijke")
    run_import(sqlite_db, ImportKind.STAFF, good)
    _refuses_a_dangling_reference(sqlite_db)
    bad = write(tmp_path, "fout.csv", header, "1002;Bram;Bakker;XXX;procesverantwoordelijke")
    with pytest.raises(ImportRefused):
        run_import(sqlite_db, ImportKind.STAFF, bad)
    _refuses_a_dangling_reference(sqlite_db)
    with sqlite_db.begin() as session:
        assert session.execute(text("PRAGMA foreign_key_check")).all() == []
        assert session.scalar(text("SELECT count(*) FROM assignments")) == 1


def _stamp(path: Path, revision: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "oto.sqlite"
    open_database(str(path)).close()
    _stamp(path, "9999")
    before = path.read_bytes()
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert "nieuwere versie van OTO" in caught.value.message
    assert "9999" in caught.value.message
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notities.sqlite"
    path.write_text("boodschappenlijst")
    with pytest.raises(DatabaseError) as caught:
        open_database(str(path))
    assert "geen OTO-database" in caught.value.message
    assert path.read_text() == "boodschappenlijst"


def test_a_sqlite_database_of_another_program_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ander.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE klanten (id INTEGER)")
    with pytest.raises(DatabaseError, match="geen OTO-database"):
        open_database(str(path))


def test_a_truncated_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "oto.sqlite"
    database = open_database(str(path))
    database.close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    with pytest.raises(DatabaseError, match="beschadigd"):
        open_database(str(path))


def test_a_read_only_file_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "oto.sqlite"
    open_database(str(path)).close()
    path.chmod(0o444)
    if os.geteuid() == 0:  # root ignores permissions: report what a normal user would see
        monkeypatch.setattr(dbmod.os, "access", lambda p, _mode: Path(p) != path)
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        open_database(str(path))


def test_a_read_only_folder_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Root can write anywhere, so simulate what os.access reports for a read-only share.
    monkeypatch.setattr(dbmod.os, "access", lambda _path, _mode: False)
    with pytest.raises(DatabaseError, match="alleen-lezen"):
        open_database(str(tmp_path / "oto.sqlite"))


def test_a_locked_database_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dbmod, "BUSY_TIMEOUT_MS", 100)
    path = tmp_path / "oto.sqlite"
    blocker = sqlite3.connect(path, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseError, match="vergrendeld"):
            open_database(str(path))
    finally:
        blocker.rollback()
        blocker.close()


def test_a_missing_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="bestaat niet"):
        open_database(str(tmp_path / "weg" / "oto.sqlite"))


def test_database_choice(monkeypatch: pytest.MonkeyPatch, data_dir: Path) -> None:
    monkeypatch.delenv("OTO_DATABASE_URL", raising=False)
    assert resolve_url(None).database == str(data_dir / "oto.sqlite")
    monkeypatch.setenv("OTO_DATABASE_URL", "postgresql+psycopg://u@server/oto")
    assert resolve_url(None).get_backend_name() == "postgresql"
    assert resolve_url("relatief.sqlite").database == str(Path("relatief.sqlite").resolve())
    assert dbmod.describe(resolve_url("postgresql+psycopg://u:geheim@server/oto")) == "server/oto"


def test_a_full_disk_is_a_clear_refusal_and_nothing_is_half_saved(sqlite_db: Database) -> None:
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("M0", "Anna", "Vries", "de"))
    stop_growing(sqlite_db)
    with (
        pytest.raises(DatabaseError, match=r"is vol \(nog .+ vrij\); maak ruimte") as refusal,
        sqlite_db.begin() as session,
    ):
        for n in range(1, 3000):
            staff.create_person(session, PersonData(f"M{n}", "Piet", f"Achternaam{n}"))
    assert "Er is niets half opgeslagen" in refusal.value.message
    with sqlite_db.begin() as session:
        assert session.scalar(select(func.count(Person.id))) == 1
        assert session.execute(text("PRAGMA integrity_check")).scalar() == "ok"
