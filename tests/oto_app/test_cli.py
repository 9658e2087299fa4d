"""The oto-app command line: exit codes and messages scripts rely on."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from oto_app import cli
from oto_app.db import open_database
from oto_app.models import Activity, Person


def test_init_creates_the_database_in_the_data_folder(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["init"]) == 0
    assert (data_dir / "oto.sqlite").exists()
    assert "is klaar" in capsys.readouterr().out


def test_init_demo_fills_once_and_if_empty_skips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "demo.sqlite")
    assert cli.main(["--db", path, "init", "--demo"]) == 0
    database = open_database(path)
    with database.begin() as session:
        people = session.scalar(select(func.count(Person.id)))
        activities = session.scalar(select(func.count(Activity.id)))
    database.close()
    assert 130 <= (people or 0) <= 170
    assert (activities or 0) > 20
    capsys.readouterr()
    assert cli.main(["--db", path, "init", "--demo"]) == 1
    assert "bevat al gegevens" in capsys.readouterr().err
    assert cli.main(["--db", path, "init", "--demo", "--if-empty"]) == 0


def test_a_bad_database_is_refused_with_exit_1_and_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "kapot.sqlite"
    path.write_text("geen database")
    assert cli.main(["--db", str(path), "init"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("oto-app: ") and "geen OTO-database" in err


def test_the_environment_variable_chooses_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "via-env.sqlite"
    monkeypatch.setenv("OTO_DATABASE_URL", f"sqlite:///{path}")
    assert cli.main(["init"]) == 0
    assert path.exists()


def test_wrong_usage_exits_2() -> None:
    with pytest.raises(SystemExit) as caught:
        cli.main(["bestaat-niet"])
    assert caught.value.code == 2


def test_no_command_opens_the_gui_or_says_it_cannot(
    capsys: pytest.CaptureFixture[str],
) -> None:
    opened: list[str | None] = []
    assert cli.main(["--db", "x.sqlite"], open_gui=lambda db: opened.append(db) or 0) == 0
    assert opened == ["x.sqlite"]
    assert cli.main([]) == 2
    assert "geen grafische omgeving" in capsys.readouterr().err
