"""The fault suite: every write path on the bad day, on SQLite and on PostgreSQL.

Each write (every export, report, the audit trail, the AVG export, a backup) is run into
a full disk and into a read-only folder. Each must end with one Dutch sentence that names
the folder (and the free space), exit code 1, no traceback, not a byte left behind in the
folder, the database unchanged, and then, the fault repaired, the same command must work.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from oto_app import backup, cli, demo
from oto_app.db import Database, open_database
from oto_app.models import Activity, Evaluation, Person
from tests import faults
from tests.conftest import ENGINES, new_database_url

YEAR = 2026


@dataclass(frozen=True)
class DemoDatabase:
    url: str
    engine: str
    activity: str  #: an activity key with an evaluation
    person: str  #: a staff number


@pytest.fixture(scope="module", params=ENGINES)
def demo_db(request: pytest.FixtureRequest) -> DemoDatabase:
    """The demo municipality, its first user the login the CLI uses (the OS account; on
    PostgreSQL the server login)."""
    url = new_database_url(request, request.param)
    database = open_database(url)
    database.login()
    with database.begin() as session:
        demo.fill(session, today=dt.date(YEAR, 11, 23))
    with database.begin() as session:
        activity = session.scalar(
            select(Activity.exchange_key).join(Evaluation).order_by(Activity.id).limit(1)
        )
        person = session.scalar(select(Person.staff_number).order_by(Person.id).limit(1))
    database.close()
    assert activity and person
    return DemoDatabase(url, request.param, activity, person)


def fingerprint(url: str) -> str:
    """The database's content: its bytes (SQLite) or every row of every table (PostgreSQL)."""
    if "://" not in url:
        return faults.digest(Path(url))
    database: Database = open_database(url)
    try:
        with database.engine.connect() as connection:
            tables = connection.execute(
                text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
            ).scalars()
            every_row = "SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) FROM \"{}\" t"
            rows = [str(connection.execute(text(every_row.format(n))).scalar()) for n in tables]
    finally:
        database.close()
    return hashlib.sha256("".join(rows).encode()).hexdigest()


#: name -> (the command's arguments for a target folder, the files it makes there)
Command = Callable[[Path, DemoDatabase], list[str]]
WRITES: dict[str, tuple[Command, list[str]]] = {
    "export participation csv": (
        lambda f, d: ["export", "participation", "--year", str(YEAR), "--out", str(f / "d.csv")],
        ["d.csv"],
    ),
    "export participation xlsx": (
        lambda f, d: ["export", "participation", "--year", str(YEAR), "--out", str(f / "d.xlsx")],
        ["d.xlsx"],
    ),
    "export staff csv": (lambda f, d: ["export", "staff", "--out", str(f / "s.csv")], ["s.csv"]),
    "export staff xlsx": (lambda f, d: ["export", "staff", "--out", str(f / "s.xlsx")], ["s.xlsx"]),
    "export calendar": (
        lambda f, d: ["export", "calendar", "--year", str(YEAR), "--out", str(f / "oto.ics")],
        ["oto.ics"],
    ),
    "report compliance": (
        lambda f, d: ["report", "compliance", "--year", str(YEAR), "--out", str(f / "r.pdf")],
        ["r.pdf"],
    ),
    "report attendance sheet": (
        lambda f, d: [
            "report",
            "attendance-sheet",
            "--activity",
            d.activity,
            "--out",
            str(f / "p.pdf"),
        ],
        ["p.pdf"],
    ),
    "report person": (
        lambda f, d: ["report", "person", "--staff-number", d.person, "--out", str(f / "o.pdf")],
        ["o.pdf"],
    ),
    "report evaluation": (
        lambda f, d: ["report", "evaluation", "--activity", d.activity, "--out", str(f / "e.pdf")],
        ["e.pdf"],
    ),
    "audit --out": (lambda f, d: ["audit", "--out", str(f / "audit.csv")], ["audit.csv"]),
    "privacy export": (
        lambda f, d: ["privacy", "export", "--staff-number", d.person, "--out", str(f)],
        [],  # filled in below: avg-<number>.pdf and .json
    ),
    "backup": (lambda f, d: ["backup", "--out", str(f / "kopie.sqlite")], ["kopie.sqlite"]),
}


def _made(name: str, d: DemoDatabase) -> list[str]:
    if name == "privacy export":
        return [f"avg-{d.person}.json", f"avg-{d.person}.pdf"]
    return WRITES[name][1]


@pytest.fixture(params=["schijf vol", "map alleen-lezen"])
def fault(request: pytest.FixtureRequest) -> Iterator[faults.Fault]:
    make = faults.full_disk if request.param == "schijf vol" else faults.read_only_folder
    with make() as made:
        yield made


SENTENCE = {True: "is niet opgeslagen: de schijf is vol (nog ", False: "mag OTO niet schrijven"}


@pytest.mark.parametrize("name", list(WRITES))
def test_a_failed_write_leaves_nothing_and_says_why_then_a_retry_works(
    name: str, demo_db: DemoDatabase, fault: faults.Fault, capsys: pytest.CaptureFixture[str]
) -> None:
    if name == "backup" and demo_db.engine != "sqlite":
        pytest.skip("a server is backed up with pg_dump")
    arguments = ["--db", demo_db.url, *WRITES[name][0](fault.folder, demo_db)]
    before = fingerprint(demo_db.url)
    full = fault.folder.name.startswith("oto-full-")
    with fault.active():
        code = cli.main(arguments)
    captured = capsys.readouterr()
    assert code == 1, captured
    assert captured.out == ""
    assert len(captured.err.splitlines()) == 1, captured.err
    line = captured.err.strip()
    assert line.startswith("oto-app: ") and SENTENCE[full] in line, line
    assert f"map {fault.folder}" in line and "vrij" in line, line
    assert fault.files() == []
    assert fingerprint(demo_db.url) == before

    fault.repair()
    assert cli.main(arguments) == 0, capsys.readouterr().err
    assert fault.files() == _made(name, demo_db)
    for made in fault.files():
        assert (fault.folder / made).stat().st_size > 0


# --- a damaged database is never written to -------------------------------------------


def _damage(path: Path, how: str) -> None:
    """Three zeroed pages (as a failing disk leaves them), or random bytes mid-file."""
    data = bytearray(path.read_bytes())
    page, pages = 4096, len(data) // 4096
    if how == "zeroed":
        for k in (pages // 3, pages // 2, 2 * pages // 3):
            data[k * page : (k + 1) * page] = bytes(page)
    else:
        noise = random.Random(18)
        middle = len(data) // 2
        data[middle : middle + 20_000] = bytes(noise.randrange(256) for _ in range(20_000))
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(tmp_path: Path, demo_db: DemoDatabase) -> tuple[Path, Path]:
    """A copy of the demo database with a good backup beside it, then damaged."""
    if demo_db.engine != "sqlite":
        pytest.skip("a server guards its own pages")
    path = tmp_path / "oto.sqlite"
    shutil.copyfile(demo_db.url, path)
    good = backup.automatic(path, "start", now=dt.datetime(2026, 11, 30, 8, 0))
    assert good is not None
    return path, good.path


WRITE_JOBS: dict[str, Callable[[Path], list[str]]] = {
    "import staff": lambda folder: ["import", "staff", str(folder / "nieuw.csv")],
    "import participation": lambda folder: ["import", "participation", str(folder / "p.csv")],
    "anonymise": lambda folder: ["privacy", "anonymise", "--years", "0"],
    "transfer": lambda folder: ["transfer", "--to", str(folder / "elders.sqlite")],
}


@pytest.mark.parametrize("how", ["zeroed", "random"])
@pytest.mark.parametrize("job", list(WRITE_JOBS))
def test_a_damaged_database_is_not_written_and_the_good_backup_is_named(
    job: str,
    how: str,
    damaged: tuple[Path, Path],
    demo_db: DemoDatabase,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path, good = damaged
    folder = path.parent
    (folder / "nieuw.csv").write_text("personeelsnummer;voornaam;achternaam\n99999;Nina;Nieuw\n")
    (folder / "p.csv").write_text(
        "activiteit;titel;datum;soort;niveau;personeelsnummer\n"
        f"F-1;Oefening;01-10-2026;oefening;mono;{demo_db.person}\n"
    )
    _damage(path, how)
    before = faults.digest(path)
    code = cli.main(["--db", str(path), *WRITE_JOBS[job](folder)])
    captured = capsys.readouterr()
    assert code == 1, captured
    assert len(captured.err.splitlines()) == 1, captured.err
    assert f"de database {path} is beschadigd (" in captured.err
    assert f"Zet de nieuwste goede back-up terug: {good}" in captured.err
    assert faults.digest(path) == before
    assert not (folder / "elders.sqlite").exists()

    backup.restore(good, path)  # the way out the sentence names; then it works
    assert cli.main(["--db", str(path), *WRITE_JOBS[job](folder)]) == 0, capsys.readouterr()
    assert list(backup.folder_for(path).glob("*-beschadigd.sqlite.kapot"))


@pytest.mark.parametrize("how", ["zeroed", "random"])
def test_reading_a_damaged_database_is_a_sentence_not_a_traceback(
    how: str, damaged: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = damaged
    _damage(path, how)
    out = str(path.parent / "s.csv")
    for command in (["compliance", "--year", "2026"], ["export", "staff", "--out", out]):
        code = cli.main(["--db", str(path), *command])
        err = capsys.readouterr().err
        if code == 0:  # the damage missed what this command reads
            continue
        assert code == 1 and len(err.splitlines()) == 1, err
        assert "is beschadigd" in err and str(good) in err and "Traceback" not in err
