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


def test_compliance_json_follows_the_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = str(tmp_path / "demo.sqlite")
    assert cli.main(["--db", path, "init", "--demo"]) == 0
    capsys.readouterr()
    year = __import__("datetime").date.today().year - 1
    assert cli.main(["--db", path, "compliance", "--year", str(year), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {
        "year",
        "reference_date",
        "summary",
        "persons",
        "units",
        "administrative_exercise",
        "evaluations",
        "staffing",
        "improvement_actions_overdue",
        "plans",
    }
    assert data["reference_date"] == f"{year}-12-31"
    assert set(data["summary"]) == {
        "persons_in_scope",
        "persons_compliant",
        "persons_exempt",
        "units_exercised",
        "units_total",
    }
    numbers = [p["staff_number"] for p in data["persons"]]
    assert numbers == sorted(numbers) and len(numbers) == data["summary"]["persons_in_scope"]
    assert {p["status"] for p in data["persons"]} <= {
        "compliant",
        "pending",
        "non_compliant",
        "new",
        "exempt",
    }
    assert [u["code"] for u in data["units"]] == sorted(u["code"] for u in data["units"])
    assert all(k.startswith("DEMO-") for p in data["persons"] for k in p["activities"])
    assert {e["status"] for e in data["evaluations"]} <= {"done", "open", "overdue"}
    assert set(data["staffing"][0]) >= {"unit", "role", "primary", "deputy", "met"}


def test_compliance_json_is_compact_unless_indented_and_the_same_either_way(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    from oto_app import norms
    from oto_app.db import open_database
    from oto_app.norms import render

    monkeypatch.setattr(render, "_CHUNK", 3)  # the demo's people span several chunks
    path = str(tmp_path / "demo.sqlite")
    assert cli.main(["--db", path, "init", "--demo"]) == 0
    capsys.readouterr()
    year = __import__("datetime").date.today().year - 1
    command = ["--db", path, "compliance", "--year", str(year), "--format", "json"]
    assert cli.main(command) == 0
    compact = capsys.readouterr().out
    assert cli.main([*command, "--indent"]) == 0
    indented = capsys.readouterr().out
    database = open_database(path)
    with database.begin() as session:
        expected = render.to_json(norms.compute(session, year))
    database.close()
    assert len(expected["persons"]) > 3
    assert compact.count("\n") == 1 and compact.endswith("}\n")
    assert json.loads(compact) == json.loads(indented) == json.loads(json.dumps(expected))
    # exactly what the standard library writes with indent=2, names with accents as they are
    assert indented == json.dumps(expected, ensure_ascii=False, indent=2) + "\n"


def test_compliance_json_of_an_empty_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    path = str(tmp_path / "leeg.sqlite")
    for extra in ([], ["--indent"]):
        assert (
            cli.main(["--db", path, "compliance", "--year", "2025", "--format", "json", *extra])
            == 0
        )
        data = json.loads(capsys.readouterr().out)
        assert data["persons"] == [] and data["summary"]["persons_in_scope"] == 0


def test_compliance_text_and_refused_reference_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "leeg.sqlite")
    assert cli.main(["--db", path, "compliance", "--year", "2025", "--on", "2025-06-30"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("OTO-normen 2025, peildatum 30-06-2025")
    assert "N2 Onderdelen geoefend: 0 van 10" in out
    assert cli.main(["--db", path, "compliance", "--year", "2025", "--on", "2024-06-30"]) == 1
    assert capsys.readouterr().err == "oto-app: peildatum 30-06-2024 ligt niet in 2025\n"
    with pytest.raises(SystemExit) as caught:
        cli.main(["--db", path, "compliance", "--year", "2025", "--on", "31-02-2025"])
    assert caught.value.code == 2


def test_an_implausible_reference_date_is_refused_with_a_sentence(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "leeg.sqlite")
    with pytest.raises(SystemExit) as caught:
        cli.main(["--db", path, "compliance", "--year", "2025", "--on", "01-12-2611"])
    assert caught.value.code == 2
    assert "peildatum 01-12-2611 kan niet kloppen: kies een datum van 01-01-1950" in (
        capsys.readouterr().err
    )


def test_commands_run_as_their_own_processes_export_import_and_report(tmp_path: Path) -> None:
    """As a shell or a scheduled task runs them (``oto-app ...``, its own arguments): such a
    process keeps what it loaded out of the cycle collector's way (gc.freeze, which the
    in-process calls above do not reach). The weekly round trip still works: the staff
    exported, imported again as unchanged, and the year's figures written."""
    import json
    import subprocess
    import sys

    database, staff = str(tmp_path / "proces.sqlite"), tmp_path / "medewerkers.csv"

    def oto(*args: str) -> str:
        command = [sys.executable, "-m", "ui.launcher", "--db", database, *args]
        done = subprocess.run(command, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        return done.stdout

    oto("init", "--demo")
    oto("export", "staff", "--out", str(staff))
    assert "ongewijzigd" in oto("import", "staff", str(staff))
    year = __import__("datetime").date.today().year - 1  # the demo's full year
    document = json.loads(oto("compliance", "--year", str(year), "--format", "json"))
    assert document["year"] == year and document["persons"]
