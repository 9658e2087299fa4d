"""The fault suite, continued: the PostgreSQL server drops the connection mid-job.

On every path that talks to the server while it works (each import, each export and report,
the audit trail, the AVG export and anonymising, a transfer onto the server) a second
connection ends ours with ``pg_terminate_backend`` halfway: at the first write of a job
that writes, at the middle statement of one that reads. Each must end with the sentence
that the server cannot be reached, exit code 1, no traceback, no output file, nothing of
the interrupted work in the database, and the same command must then work.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oto_app import cli, demo
from oto_app.db import open_database
from oto_app.models import Person
from tests import faults
from tests.conftest import new_database_url, new_postgres_database
from tests.oto_app.test_faults import (  # noqa: F401  (demo_db: the fixture)
    WRITES,
    YEAR,
    DemoDatabase,
    _made,
    demo_db,
    fingerprint,
)

WRITING = ("INSERT", "UPDATE", "DELETE")

#: the jobs that write into the database: name -> arguments for a folder with its input
JOBS = {
    "import staff": lambda f, d: ["import", "staff", str(f / "nieuw.csv")],
    "import participation": lambda f, d: ["import", "participation", str(f / "p.csv")],
    "import units": lambda f, d: ["import", "units", str(f / "o.csv")],
    "anonymise": lambda f, d: ["privacy", "anonymise", "--years", "0"],
}


@pytest.fixture
def server_demo(demo_db: DemoDatabase) -> DemoDatabase:  # noqa: F811
    if demo_db.engine == "sqlite":
        pytest.skip("a file has no connection to drop")
    return demo_db


def _inputs(folder: Path, person: str) -> None:
    (folder / "nieuw.csv").write_text(
        "personeelsnummer;voornaam;achternaam\n"
        + "".join(f"{88000 + i};Nieuw{i};Mens{i}\n" for i in range(50))
    )
    (folder / "p.csv").write_text(
        "activiteit;titel;datum;soort;niveau;personeelsnummer\n"
        f"DROP-1;Oefening;01-10-{YEAR};oefening;mono;{person}\n"
    )
    (folder / "o.csv").write_text("onderdeel;naam;deelplan_herzien\nOV;;01-02-2026\n")


def _server_down(code: int, captured: pytest.CaptureFixture[str]) -> None:
    out, err = captured.readouterr()
    assert code == 1 and out == "", (out, err)
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    assert err.startswith("oto-app: de databaseserver ") and " is niet bereikbaar; " in err, err


@pytest.mark.parametrize("name", list(JOBS))
def test_a_write_job_whose_connection_drops_leaves_nothing_then_works(
    name: str, server_demo: DemoDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _inputs(tmp_path, server_demo.person)
    arguments = ["--db", server_demo.url, *JOBS[name](tmp_path, server_demo)]
    before = fingerprint(server_demo.url)
    drop = faults.DroppedConnection(server_demo.url)
    with drop.watching(at=1, kinds=WRITING):
        code = cli.main(arguments)
    assert drop.dropped, "the job never wrote"
    _server_down(code, capsys)
    assert fingerprint(server_demo.url) == before

    assert cli.main(arguments) == 0, capsys.readouterr().err
    if name != "anonymise":  # nobody left long enough ago: it finds nothing to do
        assert fingerprint(server_demo.url) != before


@pytest.mark.parametrize("name", [n for n in WRITES if n != "backup"])
def test_a_file_whose_connection_drops_halfway_is_not_written_then_works(
    name: str, server_demo: DemoDatabase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    arguments = ["--db", server_demo.url, *WRITES[name][0](tmp_path, server_demo)]
    drop = faults.DroppedConnection(server_demo.url)
    with drop.watching(at=None, kinds=("SELECT",)):  # how many reads: aim at the middle
        assert cli.main(arguments) == 0, capsys.readouterr().err
    for made in _made(name, server_demo):
        (tmp_path / made).unlink()
    capsys.readouterr()
    with drop.watching(at=max(1, drop.seen // 2), kinds=("SELECT",)):
        code = cli.main(arguments)
    assert drop.dropped
    _server_down(code, capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == []

    assert cli.main(arguments) == 0, capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == _made(name, server_demo)


def test_a_transfer_whose_server_connection_drops_leaves_the_server_empty_then_works(
    request: pytest.FixtureRequest, server_demo: DemoDatabase, capsys: pytest.CaptureFixture[str]
) -> None:
    source = new_database_url(request, "sqlite")
    database = open_database(source)
    database.login()
    with database.begin() as session:
        demo.fill(session, today=dt.date(YEAR, 11, 23))
    database.close()
    target = new_postgres_database(request, template=False)
    arguments = ["--db", source, "transfer", "--to", target]
    drop = faults.DroppedConnection(target)
    with drop.watching(at=5, kinds=("INSERT",)):  # a few tables in
        code = cli.main(arguments)
    assert drop.dropped
    _server_down(code, capsys)
    server = open_database(target)
    try:
        with server.begin() as session:
            assert session.scalar(select(func.count()).select_from(Person)) == 0
    finally:
        server.close()

    assert cli.main(arguments) == 0, capsys.readouterr().err
