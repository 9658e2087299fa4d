"""Our database is known by our own marker, before anything is written: another program's
file is refused byte for byte untouched, whatever its Alembic revision is called."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from oto_app import cli, marker, migrations
from oto_app.db import Database, identify, open_database
from oto_app.errors import DatabaseError
from tests import faults
from tests.conftest import new_postgres_database


def _other_program(path: Path, revision: str | None, wal: bool = False, app_id: int = 0) -> None:
    connection = sqlite3.connect(path)
    if wal:
        connection.execute("PRAGMA journal_mode = WAL")
    if app_id:
        connection.execute(f"PRAGMA application_id = {app_id}")
    connection.execute("CREATE TABLE klanten (id INTEGER PRIMARY KEY, naam TEXT)")
    connection.execute("INSERT INTO klanten (naam) VALUES ('Jansen')")
    if revision is not None:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES (?)", (revision,))
    connection.commit()
    connection.close()


@pytest.mark.parametrize(
    ("revision", "wal", "app_id"),
    [
        (None, False, 0),  # plain SQLite of another program
        ("0001", False, 0),  # another Alembic application whose first revision is 0001
        ("3f2a9c1b7d", False, 0),  # another Alembic application
        ("0001", True, 0),  # ... in WAL mode
        (None, False, 0x12345678),  # another program with its own application_id
    ],
)
def test_another_programs_file_is_refused_and_left_as_it_was(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    revision: str | None,
    wal: bool,
    app_id: int,
) -> None:
    path = tmp_path / "klanten.db"
    _other_program(path, revision, wal, app_id)
    before, header = faults.digest(path), path.read_bytes()[18:20]
    assert cli.main(["--db", str(path), "compliance", "--year", "2026"]) == 1
    line = capsys.readouterr().err.strip()
    assert line.startswith(f"oto-app: {path} is geen OTO-database (")
    assert line.endswith("OTO heeft het bestand niet aangeraakt")
    assert "nieuwere" not in line
    assert faults.digest(path) == before and path.read_bytes()[18:20] == header
    assert not (tmp_path / "backups").exists()  # no upgrade backup of a foreign file
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith("-shm")) in (
        ["klanten.db"],
        ["klanten.db", "klanten.db-wal"],  # a WAL file the other program left, unchanged
    )


def test_a_new_database_carries_the_marker_in_its_header(tmp_path: Path) -> None:
    path = tmp_path / "oto.sqlite"
    open_database(str(path)).close()
    header = path.read_bytes()[:100]
    assert int.from_bytes(header[68:72], "big") == marker.APPLICATION_ID
    assert identify(str(path)).kind is marker.Kind.OURS


def test_an_oto_database_from_before_the_marker_gets_it(tmp_path: Path, db: Database) -> None:
    """Simulate a database made before the marker's revision: no marker, the one before."""
    before = migrations.REVISIONS[migrations.REVISIONS.index("0005_oto_marker") - 1]
    with db.engine.begin() as connection:
        connection.execute(text("DROP TABLE oto_marker"))
        # ... and without what the revisions after it made (0006: exemptions, unit start)
        connection.execute(text("DROP TABLE exemptions"))
        connection.execute(text("ALTER TABLE units DROP COLUMN established_on"))
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": before})
        if db.is_sqlite:
            connection.exec_driver_sql("PRAGMA application_id = 0")
    url = db.url.render_as_string(hide_password=False)
    db.close()
    assert identify(url).kind is marker.Kind.OLD_OURS
    open_database(url).close()
    assert identify(url).kind is marker.Kind.OURS


def test_another_alembic_application_on_postgresql_is_refused_untouched(
    request: pytest.FixtureRequest,
) -> None:
    url = new_postgres_database(request, template=False)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE alembic_version (version_num VARCHAR(32))"))
        connection.execute(text("INSERT INTO alembic_version VALUES ('0001')"))
        connection.execute(text("CREATE TABLE klanten (id INTEGER)"))
    try:
        with pytest.raises(DatabaseError) as refused:
            open_database(url)
        assert refused.value.key == "db_foreign"
        assert "geen OTO-database" in refused.value.message
        with engine.connect() as connection:
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            ).scalars()
            assert list(tables) == ["alembic_version", "klanten"]
            version = connection.execute(text("SELECT version_num FROM alembic_version"))
            assert version.scalar() == "0001"
    finally:
        engine.dispose()
