"""Which database a workstation opens: --db, OTO_DATABASE_URL, oto.ini beside the program,
the user's own file; and what the About dialog says about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from oto_app import about, cli, config, migrations
from oto_app.db import Database, open_database, resolve_url
from oto_app.errors import DatabaseError


@pytest.fixture
def program(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The folder of the installed program (C:\\Program Files\\OTO), with no oto.ini yet."""
    folder = tmp_path / "Program Files" / "OTO"
    folder.mkdir(parents=True)
    monkeypatch.setattr(config, "program_dir", lambda: folder)
    monkeypatch.delenv("OTO_DATABASE_URL", raising=False)
    return folder


def test_oto_ini_beside_the_program_points_every_user_at_the_server(program: Path) -> None:
    (program / "oto.ini").write_text(
        "; gezet door de beheerder\n[database]\nurl = postgresql+psycopg://regio-db/oto\n",
        encoding="utf-8",
    )
    url = resolve_url(None)
    assert (url.get_backend_name(), url.host, url.database) == ("postgresql", "regio-db", "oto")
    choice = config.choose_database()
    assert (choice.source, choice.ini) == ("ini", program / "oto.ini")


def test_the_order_is_option_then_environment_then_ini_then_own_file(
    program: Path, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert resolve_url(None).database == str(data_dir / "oto.sqlite")
    assert config.choose_database().source == "default"
    (program / "oto.ini").write_text("[database]\nurl = \\\\share\\oto\\oto.sqlite\n")
    assert config.choose_database().source == "ini"
    monkeypatch.setenv("OTO_DATABASE_URL", "postgresql+psycopg://machine/oto")
    assert resolve_url(None).host == "machine"
    assert resolve_url("eigen.sqlite").database == str(Path("eigen.sqlite").resolve())


def test_a_relative_path_in_oto_ini_is_beside_it_and_notepads_bom_is_fine(program: Path) -> None:
    (program / "oto.ini").write_bytes("\ufeff[database]\nurl = gegevens/oto.sqlite\n".encode())
    assert resolve_url(None).database == str(program / "gegevens" / "oto.sqlite")


def test_an_ini_without_a_database_url_changes_nothing(program: Path, data_dir: Path) -> None:
    (program / "oto.ini").write_text("[database]\n\n[iets anders]\nx = 1\n")
    assert resolve_url(None).database == str(data_dir / "oto.sqlite")


@pytest.mark.parametrize(
    "content",
    ["url = zonder sectie\n", "[database]\nurl = a\nurl = b\n", "[database\nurl = x\n"],
)
def test_a_broken_oto_ini_is_refused_with_its_name_not_ignored(
    program: Path, content: str, capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (program / "oto.ini").write_text(content)
    with pytest.raises(DatabaseError) as refused:
        resolve_url(None)
    assert str(program / "oto.ini") in refused.value.message
    assert "niet te lezen" in refused.value.message
    before = set(data_dir.iterdir())
    assert cli.main(["compliance", "--year", "2025"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("oto-app: ") and "oto.ini" in error and "niet te lezen" in error
    assert set(data_dir.iterdir()) == before  # no database was made instead


def test_a_bad_url_is_refused_in_dutch_without_its_password(program: Path) -> None:
    (program / "oto.ini").write_text("[database]\nurl = postgresql+psycopg://u:geheim@:x:y/\n")
    with pytest.raises(DatabaseError) as refused:
        resolve_url(None)
    assert "geen geldig database-adres" in refused.value.message
    assert "geheim" not in refused.value.message


def test_about_says_version_database_revision_and_where_the_backups_are(db: Database) -> None:
    facts = about.describe(db)
    assert facts.revision == migrations.HEAD
    assert facts.version and facts.data_dir.is_dir()
    shown = dict(facts.lines())
    assert shown["Schemaversie"] == f"versie {len(migrations.REVISIONS)}"  # not an English id
    if db.is_sqlite:
        assert not facts.on_server
        assert facts.backups == Path(db.url.database or "").parent / "backups"
        assert shown["Database"].endswith("(bestand op deze computer)")
    else:
        assert facts.on_server and facts.backups is None
        assert shown["Database"].endswith("(gedeelde server)")
        assert "beheerder" in shown["Back-ups"]


def test_about_says_how_the_database_was_chosen(program: Path, tmp_path: Path) -> None:
    path = tmp_path / "regio.sqlite"
    (program / "oto.ini").write_text(f"[database]\nurl = {path}\n")
    database = open_database(resolve_url(None))
    try:
        assert about.describe(database).chosen_by == f"gekozen in {program / 'oto.ini'}"
        assert about.describe(database, str(path)).chosen_by == "gekozen met --db"
        assert dict(about.describe(database).lines())["Instellingen voor alle gebruikers"] == (
            f"{program / 'oto.ini'} (aanwezig)"
        )
    finally:
        database.close()
    other = open_database(str(tmp_path / "ander.sqlite"))
    try:
        assert about.describe(other).chosen_by is None  # not what the settings say: not said
    finally:
        other.close()
