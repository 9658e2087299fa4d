"""The fault suite: every write path on the bad day, on SQLite and on PostgreSQL.

Each write (every export, report, the audit trail, the AVG export, a backup) is run into
a full disk and into a read-only folder. Each must end with one Dutch sentence that names
the folder (and the free space), exit code 1, no traceback, not a byte left behind in the
folder, the database unchanged, and then, the fault repaired, the same command must work.
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import random
import shutil
import sqlite3
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select, text

from oto_app import backup, cli, commands, demo, health
from oto_app.db import Database, open_database
from oto_app.errors import OtoError
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


# --- a database to be made in a read-only folder ---------------------------------------

INTO_FOLDER = {
    "restore": lambda d, target: ["--db", str(target), "restore", "--from", d.url],
    "transfer": lambda d, target: ["--db", d.url, "transfer", "--to", str(target)],
}


@pytest.mark.parametrize("job", list(INTO_FOLDER))
def test_a_database_in_a_read_only_folder_is_one_sentence_then_a_retry_works(
    job: str, demo_db: DemoDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    """A restore failed on its work lock (``oto.sqlite.bezig``), a transfer on removing the
    new file it never made: each a traceback after (or instead of) the sentence."""
    if job == "restore" and demo_db.engine != "sqlite":
        pytest.skip("a server is restored with pg_restore")
    before = fingerprint(demo_db.url)
    with faults.read_only_folder(size_kb=65536) as fault:  # room for the copy, repaired
        target = fault.folder / "oto.sqlite"
        arguments = INTO_FOLDER[job](demo_db, target)
        assert cli.main(arguments) == 1
        captured = capsys.readouterr()
        assert captured.out == "" and captured.err == (
            f"oto-app: de database {target} is alleen-lezen; OTO kan er niet in schrijven\n"
        )
        assert fault.files() == []
        assert fingerprint(demo_db.url) == before

        fault.repair()
        assert cli.main(arguments) == 0, capsys.readouterr().err
        assert "oto.sqlite" in fault.files()
    assert fingerprint(demo_db.url) == before


def test_restoring_a_file_that_is_not_there_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It read as an empty file: "is geen OTO-database (leeg)"."""
    missing = tmp_path / "weg.sqlite"
    target = tmp_path / "oto.sqlite"
    assert cli.main(["--db", str(target), "restore", "--from", str(missing)]) == 1
    assert capsys.readouterr().err == f"oto-app: {missing} bestaat niet\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == []


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


def _damage_table(path: Path, table: str) -> None:
    """Random bytes over the first page of ``table``: whoever reads its rows meets them."""
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        [root] = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table])
        [size] = connection.execute("PRAGMA page_size")
    finally:
        connection.close()
    noise = random.Random(18)
    with path.open("r+b") as handle:
        handle.seek((root[0] - 1) * size[0])
        handle.write(bytes(noise.randrange(256) for _ in range(size[0])))


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

    # the way out the sentence names; then it works
    assert cli.main(["--db", str(path), "restore", "--from", str(good)]) == 0, capsys.readouterr()
    assert cli.main(["--db", str(path), *WRITE_JOBS[job](folder)]) == 0, capsys.readouterr()
    assert list(backup.folder_for(path).glob("*-beschadigd.sqlite.kapot"))


@pytest.mark.parametrize(("fresh", "checks"), [(10.0, 1), (0.0, 2)])
def test_an_import_checks_the_file_once_from_the_command_line_and_again_when_it_is_old(
    fresh: float,
    checks: int,
    damaged: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The command line checks the file as it opens it; the import's own check, moments
    later, found the same (a region's file: 0.5 s each). A check older than FRESH_S is
    taken again, as for the GUI, whose window may stand open for hours."""
    path, good = damaged
    shutil.copyfile(good, path)  # sound again
    (path.parent / "nieuw.csv").write_text("personeelsnummer;voornaam;achternaam\n9;Nina;Nieuw\n")
    ran: list[object] = []
    on_open, in_import = health._quick_check, health._session_check
    monkeypatch.setattr(health, "_quick_check", lambda p: ran.append(p) or on_open(p))
    monkeypatch.setattr(health, "_session_check", lambda s: ran.append(s) or in_import(s))
    monkeypatch.setattr(health, "FRESH_S", fresh)
    assert cli.main(["--db", str(path), "import", "staff", str(path.parent / "nieuw.csv")]) == 0
    assert "1 toegevoegd" in capsys.readouterr().out
    assert len(ran) == checks


#: every command, each must refuse a damaged file before it reads or writes anything
EVERY_COMMAND: dict[str, Callable[[Path, str], list[str]]] = {
    "compliance": lambda f, p: ["compliance", "--year", str(YEAR)],
    "compliance json": lambda f, p: ["compliance", "--year", str(YEAR), "--format", "json"],
    "trend": lambda f, p: ["compliance", "--years", f"{YEAR - 2}-{YEAR}"],
    "report compliance": lambda f, p: [
        "report",
        "compliance",
        "--year",
        str(YEAR),
        "--out",
        str(f / "uit" / "r.pdf"),
    ],
    "report person": lambda f, p: [
        "report",
        "person",
        "--staff-number",
        p,
        "--out",
        str(f / "uit" / "o.pdf"),
    ],
    "import staff": lambda f, p: ["import", "staff", str(f / "nieuw.csv")],
    "import participation": lambda f, p: ["import", "participation", str(f / "p.csv")],
    "import all": lambda f, p: ["import", "all", str(f / "alles.xlsx")],
    "export staff": lambda f, p: ["export", "staff", "--out", str(f / "uit" / "s.csv")],
    "export participation xlsx": lambda f, p: [
        "export",
        "participation",
        "--year",
        str(YEAR),
        "--out",
        str(f / "uit" / "d.xlsx"),
    ],
    "export all": lambda f, p: ["export", "all", "--out", str(f / "uit" / "a.xlsx")],
    "export calendar": lambda f, p: ["export", "calendar", "--out", str(f / "uit" / "c.ics")],
    "init": lambda f, p: ["init"],
    "init --demo --if-empty": lambda f, p: ["init", "--demo", "--if-empty"],
    "backup": lambda f, p: ["backup", "--out", str(f / "uit" / "kopie.sqlite")],
    "audit --out": lambda f, p: ["audit", "--out", str(f / "uit" / "audit.csv")],
    "audit verify": lambda f, p: ["audit", "verify"],
    "privacy export": lambda f, p: ["privacy", "export", "--staff-number", p, "--out", str(f)],
    "anonymise": lambda f, p: ["privacy", "anonymise", "--years", "0"],
    "transfer": lambda f, p: ["transfer", "--to", str(f / "uit" / "elders.sqlite")],
}


def _listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("how", ["zeroed", "random"])
@pytest.mark.parametrize("command", list(EVERY_COMMAND))
def test_every_command_refuses_a_damaged_database_before_it_reads_or_writes(
    command: str,
    how: str,
    damaged: tuple[Path, Path],
    demo_db: DemoDatabase,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Three zeroed pages read as empty tables (compliance said 0 activities, `init` said
    "klaar"); random bytes gave tracebacks. Now every command checks first."""
    path, good = damaged
    folder = path.parent
    (folder / "uit").mkdir()
    (folder / "nieuw.csv").write_text("personeelsnummer;voornaam;achternaam\n99999;Nina;Nieuw\n")
    (folder / "p.csv").write_text(
        "activiteit;titel;datum;soort;niveau;personeelsnummer\n"
        f"F-1;Oefening;01-10-2026;oefening;mono;{demo_db.person}\n"
    )
    assert (
        cli.main(["--db", demo_db.url, "export", "all", "--out", str(folder / "alles.xlsx")]) == 0
    )
    _damage(path, how)
    before, files_before = faults.digest(path), _listing(folder)
    capsys.readouterr()
    code = cli.main(["--db", str(path), *EVERY_COMMAND[command](folder, demo_db.person)])
    captured = capsys.readouterr()
    assert code == 1, captured
    assert captured.out == "" and len(captured.err.splitlines()) == 1, captured
    assert f"oto-app: de database {path} is beschadigd (" in captured.err
    assert "***" not in captured.err  # SQLite's heading, not a finding
    assert f"Zet de nieuwste goede back-up terug: {good}" in captured.err
    assert faults.digest(path) == before
    assert _listing(folder) == files_before  # no -wal/-shm, no lock file, no output


@pytest.mark.parametrize("how", ["zeroed", "random"])
def test_a_damaged_backup_is_not_restored_and_not_copied(
    how: str, damaged: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = damaged
    bad = tmp_path / "kapotte-kopie.sqlite"
    shutil.copyfile(good, bad)
    _damage(bad, how)
    before = faults.digest(path)
    assert cli.main(["--db", str(path), "restore", "--from", str(bad)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1 and "***" not in err, err
    assert err.startswith(f"oto-app: de back-up {bad} is beschadigd (")
    assert err.rstrip().endswith("kies een andere back-up. Er is niets veranderd")
    assert faults.digest(path) == before
    with pytest.raises(OtoError) as refused:  # a copy of it names it, not the temporary
        backup.backup(bad, tmp_path / "kopie.sqlite")
    assert refused.value.message.startswith(f"de database {bad} is beschadigd (")
    assert not (tmp_path / "kopie.sqlite").exists()
    assert not list(tmp_path.glob(".kopie.sqlite*"))


def test_a_database_error_mid_workbook_leaves_no_file_and_prints_nothing_more(
    damaged: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """openpyxl's row writer, left open when the rows stop coming, printed "Exception
    ignored … I/O operation on closed file" under the sentence."""
    path, _good = damaged
    _damage_table(path, "participations")
    ignored: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", ignored.append)
    database = open_database(str(path))  # without the check, as if the damage came later
    try:
        database.login()
        arguments = ["export", "participation", "--year", str(YEAR)]
        args = cli.build_parser().parse_args([*arguments, "--out", str(path.parent / "d.xlsx")])
        with pytest.raises(OtoError, match="is beschadigd"):
            commands.export_command(args, database)
    finally:
        database.close()
    gc.collect()
    assert ignored == []
    assert not list(path.parent.glob("*d.xlsx*"))
