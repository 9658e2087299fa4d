"""Backups, and nothing lost when the program is killed in the middle of writing."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from oto_app import backup, cli, demo
from oto_app.db import open_database
from oto_app.errors import DatabaseError, ValidationError
from oto_app.services import evaluations


@pytest.fixture
def demo_file(tmp_path: Path) -> Path:
    path = tmp_path / "oto.sqlite"
    database = open_database(str(path))
    database.login("adviseur")
    with database.begin() as session:
        demo.fill(session, today=dt.date(2026, 11, 23))
    database.close()
    return path


def test_backup_is_a_checked_copy_with_the_same_data(
    demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "kopie.sqlite"
    assert cli.main(["--db", str(demo_file), "backup", "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Back-up gemaakt en gecontroleerd: {target} (")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kopie.sqlite", "oto.sqlite"]
    original, copy = backup.inspect(demo_file), backup.inspect(target)
    assert copy.counts == original.counts and copy.counts["people"] > 100
    assert cli.main(["--db", str(demo_file), "backup", "--out", str(target)]) == 1
    assert "bestaat al" in capsys.readouterr().err


def test_a_damaged_file_is_recognised(tmp_path: Path, demo_file: Path) -> None:
    data = bytearray(demo_file.read_bytes())
    data[5000:9000] = b"\xff" * 4000
    broken = tmp_path / "kapot.sqlite"
    broken.write_bytes(bytes(data))
    with pytest.raises(DatabaseError, match="beschadigd"):
        backup.inspect(broken)


def test_automatic_copies_once_a_day_and_keep_the_newest(demo_file: Path) -> None:
    start = dt.datetime(2026, 1, 1, 9, 0)
    assert backup.automatic(demo_file, "start", now=start) is not None
    assert backup.automatic(demo_file, "start", now=start.replace(hour=17)) is None
    for day in range(2, 20):
        backup.automatic(demo_file, "start", now=start.replace(day=day))
    copies = sorted(backup.folder_for(demo_file).glob("*.sqlite"))
    assert len(copies) == backup.KEEP
    assert copies[-1].name == "oto-20260119-090000-start.sqlite"


def test_an_upgrade_is_preceded_by_a_backup(
    demo_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from oto_app import db as dbmod
    from oto_app import migrations

    # Pretend this program knows a newer schema than the file has.
    monkeypatch.setattr(migrations, "REVISIONS", (*migrations.REVISIONS, "9999"))
    monkeypatch.setattr(migrations, "HEAD", "9999")
    upgraded: list[bool] = []
    monkeypatch.setattr(dbmod, "_upgrade", lambda *_a, **_k: upgraded.append(True))
    open_database(str(demo_file)).close()
    [copy] = backup.folder_for(demo_file).glob("*-upgrade.sqlite")
    assert upgraded == [True]
    assert backup.inspect(copy).counts == backup.inspect(demo_file).counts


def test_a_server_database_is_not_backed_up_by_us() -> None:
    from sqlalchemy.engine import make_url

    with pytest.raises(ValidationError, match="pg_dump"):
        backup.sqlite_path(make_url("postgresql+psycopg://u@server/oto"))


IMPORT = """
import sys
from oto_app.db import open_database
from oto_app.exchange.participation_import import import_participation
database = open_database(sys.argv[1])
database.login("adviseur")
with database.begin() as session:
    import_participation(session, sys.argv[2])
print("done")
"""


def test_killing_an_import_at_random_moments_loses_nothing(demo_file: Path, tmp_path: Path) -> None:
    """SIGKILL mid-import: the database stays sound and holds all of it or none of it."""
    path = demo_file
    numbers = [r[0] for r in sqlite3.connect(path).execute("SELECT staff_number FROM people")]
    rows = ["activiteit;titel;datum;soort;niveau;onderdelen;status;personeelsnummer;aanwezigheid"]
    for n in range(3000):
        rows += [
            f"K{n};Training {n};01-03-2025;training;;;;{numbers[(n * 7 + i) % len(numbers)]};"
            for i in range(10)
        ]
    source = tmp_path / "groot.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    before = backup.inspect(path).counts
    rng = random.Random(7)
    finished = 0
    for attempt in range(6):
        process = subprocess.Popen(
            [sys.executable, "-c", IMPORT, str(path), str(source)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(rng.uniform(0.3, 4.0))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        finished += process.returncode == 0
        after = backup.inspect(path).counts  # integrity_check is ok, or this raises
        added = after["participations"] - before["participations"]
        assert added in (0, 30_000), (attempt, added)  # all or nothing
        assert after["people"] == before["people"]  # nothing earlier lost
        if added:
            break
    assert finished <= 1


SAVES = """
import sys
from oto_app.db import open_database
from oto_app.services import evaluations
from oto_app.services.evaluations import EvaluationData, Objective
database = open_database(sys.argv[1])
database.login("adviseur")
activity = int(sys.argv[2])
for n in range(100_000):
    objectives = tuple(Objective(f"doel {k}", "PSMU"[n % 4], f"versie {n}") for k in range(40))
    data = EvaluationData(went_well=f"versie {n}", objectives=objectives)
    with database.begin() as session:
        evaluations.save(session, activity, data)
    if n == 0:
        print("saved", flush=True)
"""


def test_killing_saves_at_random_moments_leaves_each_save_whole(demo_file: Path) -> None:
    """SIGKILL while an evaluation is saved over and over: every save is all or nothing."""
    with open_database(str(demo_file)).begin() as session:
        [first] = [r for r in evaluations.to_evaluate(session, 2025) if r.evaluation_id][:1]
    rng = random.Random(11)
    before = backup.inspect(demo_file).counts
    for _attempt in range(5):
        process = subprocess.Popen(
            [sys.executable, "-c", SAVES, str(demo_file), str(first.activity_id)],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        process.stdout.readline()  # one save made, however busy the machine is
        time.sleep(rng.uniform(0.2, 2.0))
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        after = backup.inspect(demo_file).counts  # integrity_check ok, or this raises
        assert after == before  # nothing else changed, nothing lost
        with open_database(str(demo_file)).begin() as session:
            saved = evaluations.get(session, first.activity_id)
        assert saved is not None and len(saved.objectives) == 40
        assert {o.note for o in saved.objectives} == {saved.went_well}  # one save, whole


def test_restore_puts_a_backup_back_and_keeps_what_it_replaced(
    demo_file: Path, tmp_path: Path
) -> None:
    copy = backup.backup(demo_file, tmp_path / "maandag.sqlite")
    connection = sqlite3.connect(demo_file)
    with connection:
        connection.execute("DELETE FROM participations")
    connection.close()
    assert backup.inspect(demo_file).counts["participations"] == 0

    restored = backup.restore(copy.path, demo_file, now=dt.datetime(2026, 11, 23, 9, 0))
    assert restored.counts == copy.counts
    assert backup.inspect(demo_file).counts == copy.counts
    [replaced] = backup.folder_for(demo_file).glob("*-voor-terugzetten.sqlite")
    assert backup.inspect(replaced).counts["participations"] == 0  # the undo is there
    with open_database(str(demo_file)).begin() as session:  # and the program opens it
        assert evaluations.to_evaluate(session, 2025)


def test_restore_refuses_what_it_cannot_trust(demo_file: Path, tmp_path: Path) -> None:
    before = backup.inspect(demo_file).counts
    not_a_db = tmp_path / "foto.sqlite"
    not_a_db.write_bytes(b"\x89PNG" + b"\0" * 4000)
    other = tmp_path / "ander.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE people (id INTEGER)").connection.close()
    for source in (not_a_db, other):
        with pytest.raises(DatabaseError):
            backup.restore(source, demo_file)
    newer = tmp_path / "nieuwer.sqlite"
    backup.backup(demo_file, newer)
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="nieuwere versie"):
        backup.restore(newer, demo_file)
    assert backup.inspect(demo_file).counts == before
