"""The fault suite, continued: the disk that fills is the database's own.

An import, a transfer and a restore write into the database file (or the new one), not a
file of their own. When that disk fills: one Dutch sentence with the free space, exit code
1, no half-made file beside it, the database byte for byte as it was, and once there is
room again the same job works. Also: the free space a sentence names is the space there is
once the half-written file has gone, and a folder given where a file belongs is a sentence.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oto_app import backup, cli, dberrors, files, jobs
from oto_app.db import as_url, open_database
from oto_app.errors import DatabaseError, OtoError
from oto_app.exchange import bulk
from oto_app.exchange.preview import ImportKind
from oto_app.models import Person
from tests import faults
from tests.oto_app.test_faults import YEAR, DemoDatabase, demo_db  # noqa: F401  (fixture)

NEW_PEOPLE = 3000


def _people(path: Path | str) -> int:
    database = open_database(str(path))
    try:
        with database.begin() as session:
            return session.scalar(select(func.count()).select_from(Person)) or 0
    finally:
        database.close()


def _files(folder: Path) -> list[str]:
    """What the user finds there, the filler of a full disk and the lock file (which stays
    beside the database after every import, by design: oto_app.worklock) left out."""
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.name not in (".filler", "oto.sqlite.bezig")
    )


@pytest.fixture
def sqlite_demo(demo_db: DemoDatabase) -> DemoDatabase:  # noqa: F811
    if demo_db.engine != "sqlite":
        pytest.skip("the server's own disk is the server's (a full one: SQLSTATE 53100)")
    return demo_db


#: what is left on the disk: nothing (the file cannot even be opened: SQLite must make its
#: -shm beside it), or some room, which the import fills halfway
ROOM = {"vol": 0, "bijna vol": 256 * 1024}


@pytest.fixture(params=list(ROOM))
def database_on_full_disk(
    request: pytest.FixtureRequest, sqlite_demo: DemoDatabase
) -> Iterator[tuple[faults.Fault, Path]]:
    """The demo database on a small disk with no room left, or hardly any."""
    with faults.full_disk(size_kb=4096) as fault:
        _need_a_real_disk(fault)
        fault.repair()
        path = fault.folder / "oto.sqlite"
        shutil.copyfile(sqlite_demo.url, path)
        fault.fill(leave=ROOM[request.param])
        yield fault, path


def _need_a_real_disk(fault: faults.Fault) -> None:
    """Without root the full disk is a file-size limit; SQLite then says "disk I/O error"
    (EFBIG), which OTO cannot tell from a failing disk: the sentence is the general one."""
    if not fault.mounted:
        pytest.skip("needs a real full disk (a tmpfs, as root)")


def _staff_file(folder: Path, people: int = NEW_PEOPLE) -> Path:
    rows = ["personeelsnummer;voornaam;achternaam;email;afdeling;onderdeel;rol"]
    rows += [
        f"{70000 + i};Voornaam{i};Achternaam{i};p{i}@voorbeeld.nl;Afdeling;OV;procesmedewerker"
        for i in range(people)
    ]
    path = folder / "veel-nieuwe-mensen.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _participation_file(folder: Path, person: str) -> Path:
    rows = ["activiteit;titel;datum;soort;niveau;personeelsnummer;uren"]
    rows += [
        f"VOL-{i};Training {i} met een lange titel;01-03-{YEAR};training;;{person};2"
        for i in range(NEW_PEOPLE)
    ]
    path = folder / "veel-activiteiten.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _refused(code: int, err: str) -> str:
    assert code == 1, err
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err.strip()


def test_the_wizards_check_on_a_full_disk_is_the_same_sentence_without_sql_or_data(
    database_on_full_disk: tuple[faults.Fault, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The check (the import wizard's Controle) rolls back, but writes first, the trail too:
    on a full disk it showed the driver's text, the SQL and the trail row's personal data."""
    fault, path = database_on_full_disk
    # more than SQLite's page cache holds (its default of 2 MB, not the import's 64 MB),
    # so that even the check, which rolls back, must write to the disk
    monkeypatch.setattr(bulk, "IMPORT_CACHE_KIB", 2048)
    source = _staff_file(tmp_path, people=15_000)
    before, logged = faults.digest(path), _log_size()
    with fault.active(), pytest.raises(DatabaseError) as refused:
        jobs.import_file(as_url(str(path)), None, ImportKind.STAFF, source, True)
    message = refused.value.message
    assert message.startswith(f"de schijf met de database {path} is vol (nog "), message
    assert "INSERT" not in message and "Voornaam" not in message and "sqlalche" not in message
    assert "OperationalError" in dberrors.log_path().read_text(encoding="utf-8")[logged:]
    assert faults.digest(path) == before


def _log_size() -> int:
    log = dberrors.log_path()
    return log.stat().st_size if log.exists() else 0


@pytest.mark.parametrize("kind", ["staff", "participation"])
def test_an_import_into_a_database_whose_disk_fills_is_refused_whole_then_works(
    kind: str,
    database_on_full_disk: tuple[faults.Fault, Path],
    sqlite_demo: DemoDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fault, path = database_on_full_disk
    made = _staff_file if kind == "staff" else _participation_file
    source = made(tmp_path) if kind == "staff" else made(tmp_path, sqlite_demo.person)  # type: ignore[call-arg]
    before, listing = faults.digest(path), _files(fault.folder)
    arguments = ["--db", str(path), "import", kind, str(source)]
    with fault.active():
        code = cli.main(arguments)
    line = _refused(code, capsys.readouterr().err)
    assert line.startswith(f"oto-app: de schijf met de database {path} is vol (nog "), line
    assert " vrij); maak ruimte en probeer het opnieuw. Er is niets half opgeslagen" in line
    assert faults.digest(path) == before
    assert _files(fault.folder) == listing  # no -wal, -shm or journal left

    fault.repair()
    assert cli.main(arguments) == 0, capsys.readouterr().err
    if kind == "staff":
        assert _people(path) == _people(sqlite_demo.url) + NEW_PEOPLE


def test_a_transfer_into_a_full_disk_leaves_no_half_database_then_works(
    sqlite_demo: DemoDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    with faults.full_disk(size_kb=4096) as fault:
        _need_a_real_disk(fault)
        target = fault.folder / "elders.sqlite"
        before = faults.digest(Path(sqlite_demo.url))
        arguments = ["--db", sqlite_demo.url, "transfer", "--to", str(target)]
        with fault.active():
            code = cli.main(arguments)
        line = _refused(code, capsys.readouterr().err)
        assert f"de schijf met de database {target} is vol (nog " in line, line
        assert fault.files() == []  # not the new file, nor its -wal, -shm or journal
        assert faults.digest(Path(sqlite_demo.url)) == before

        fault.repair()
        assert cli.main(arguments) == 0, capsys.readouterr().err
        assert _people(target) == _people(sqlite_demo.url)


@pytest.mark.parametrize("room", ["geen ruimte", "ruimte voor één kopie"])
def test_a_restore_onto_a_full_disk_changes_nothing_then_works(
    room: str,
    database_on_full_disk: tuple[faults.Fault, Path],
    sqlite_demo: DemoDatabase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The restore first copies the current database aside (to undo it), then the backup
    beside it: the disk may fill at either; the undo copy then goes too."""
    fault, path = database_on_full_disk
    copy = tmp_path / "kopie.sqlite"
    backup.backup(Path(sqlite_demo.url), copy)
    if room != "geen ruimte":
        fault.repair()
        fault.fill(leave=path.stat().st_size + 512 * 1024)
    before, listing = faults.digest(path), _files(fault.folder)
    arguments = ["--db", str(path), "restore", "--from", str(copy)]
    with fault.active():
        code = cli.main(arguments)
    line = _refused(code, capsys.readouterr().err)
    assert line.startswith(
        f"oto-app: de back-up {copy} is niet teruggezet: de schijf met de database is vol (nog "
    ), line
    assert line.endswith(
        f" vrij in de map {fault.folder}); maak ruimte en probeer het opnieuw. "
        "De database is zoals hij was"
    ), line
    assert faults.digest(path) == before
    assert _files(fault.folder) == listing  # no undo copy, no backups folder

    fault.repair()
    assert cli.main(arguments) == 0, capsys.readouterr().err
    assert _people(path) == _people(copy)


def _leavers(path: Path) -> int:
    """How many leavers still have their names (not yet anonymised)."""
    database = open_database(str(path))
    try:
        with database.begin() as session:
            named = select(func.count()).select_from(Person)
            named = named.where(Person.left_on.is_not(None), Person.last_name.like("Achternaam%"))
            return session.scalar(named) or 0
    finally:
        database.close()


def test_anonymising_on_a_disk_that_fills_forgets_nobody_halfway_then_works(
    sqlite_demo: DemoDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """AVG: thousands of long-gone leavers are forgotten in one transaction; the disk fills
    halfway through it: nobody is half forgotten, the trail is whole, and then it works."""
    with faults.full_disk(size_kb=8192) as fault:
        _need_a_real_disk(fault)
        fault.repair()
        path = fault.folder / "oto.sqlite"
        shutil.copyfile(sqlite_demo.url, path)
        staff = _staff_file(tmp_path)
        lines = staff.read_text(encoding="utf-8").splitlines()
        leavers = [lines[0] + ";uit_dienst"] + [f"{line};01-01-2015" for line in lines[1:]]
        staff.write_text("\n".join(leavers) + "\n", encoding="utf-8")
        assert cli.main(["--db", str(path), "import", "staff", str(staff)]) == 0
        capsys.readouterr()
        assert _leavers(path) == NEW_PEOPLE
        fault.fill(leave=64 * 1024)
        before, listing = faults.digest(path), _files(fault.folder)
        arguments = ["--db", str(path), "privacy", "anonymise", "--years", "5"]
        with fault.active():
            code = cli.main(arguments)
        line = _refused(code, capsys.readouterr().err)
        assert line.startswith(f"oto-app: de schijf met de database {path} is vol (nog "), line
        assert faults.digest(path) == before
        assert _files(fault.folder) == listing

        fault.repair()
        assert cli.main(arguments) == 0, capsys.readouterr().err
        assert _leavers(path) == 0
        assert cli.main(["--db", str(path), "audit", "verify"]) == 0, capsys.readouterr()


def test_the_free_space_named_is_what_is_free_once_the_half_file_is_gone() -> None:
    """It said "nog 0 B vrij" with 24 KB free: measured while the temporary filled the disk."""
    with faults.full_disk(size_kb=1024) as fault:
        if not fault.mounted:
            pytest.skip("a file-size limit has no free space to measure")
        fault.repair()
        fault.fill(leave=24 * 1024)
        with pytest.raises(OtoError) as refused:
            files.write_bytes(fault.folder / "groot.pdf", b"x" * 200_000)
        assert "de schijf is vol (nog 24 KB vrij in de map" in refused.value.message
        assert fault.files() == []


@pytest.mark.parametrize(
    ("size", "shown"),
    [(0, "minder dan 1 KB"), (24 * 1024, "24 KB"), (1536 * 1024, "1,5 MB"), (812 << 20, "812 MB")],
)
def test_sizes_read_as_people_say_them(size: int, shown: str) -> None:
    assert files.readable_size(size) == shown


def test_a_folder_given_where_a_file_belongs_is_a_dutch_sentence(
    sqlite_demo: DemoDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`report --out MAP` said "Is a directory"."""
    folder = tmp_path / "rapporten"
    folder.mkdir()
    for command in (
        ["report", "compliance", "--year", str(YEAR), "--out", str(folder)],
        ["audit", "--out", str(folder)],
    ):
        line = _refused(cli.main(["--db", sqlite_demo.url, *command]), capsys.readouterr().err)
        assert line == (
            f"oto-app: er is niets opgeslagen: {folder} is een map, geen bestand; "
            "geef een bestandsnaam in die map"
        )
        assert list(folder.iterdir()) == [] and list(tmp_path.glob(".rapporten*")) == []
    a_file = tmp_path / "kopie.txt"
    a_file.write_text("")
    arguments = ["privacy", "export", "--staff-number", sqlite_demo.person, "--out", str(a_file)]
    line = _refused(cli.main(["--db", sqlite_demo.url, *arguments]), capsys.readouterr().err)
    assert line == (
        f"oto-app: de map {a_file} kan niet worden gemaakt: er staat al een bestand met die "
        "naam; kies een andere map"
    )
