"""A second import on the same SQLite file waits for the first ("wacht op een andere
import…"), and after the limit says which kind of work holds the file."""

from __future__ import annotations

import getpass
import threading
from pathlib import Path

import pytest

from oto_app import cli, worklock
from oto_app.db import open_database
from tests import faults
from tests.conftest import new_database_url

STAFF = "personeelsnummer;voornaam;achternaam\n{n};Anna;Bakker\n"


@pytest.fixture
def database(request: pytest.FixtureRequest) -> Path:
    """A SQLite file whose adviser is the login the command line runs as."""
    url = new_database_url(request, "sqlite")
    opened = open_database(url)
    opened.login(getpass.getuser())
    opened.close()
    return Path(url)


def test_a_second_import_waits_for_the_first_then_runs(
    database: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    staff_file = tmp_path / "medewerkers.csv"
    staff_file.write_text(STAFF.format(n="501"))
    started, release = threading.Event(), threading.Event()

    def first_import() -> None:  # holds the file as a running import does
        with worklock.hold(database, worklock.IMPORT):
            started.set()
            release.wait(10)

    first = threading.Thread(target=first_import)
    first.start()
    started.wait(10)
    threading.Timer(0.5, release.set).start()
    try:
        code = cli.main(["--db", str(database), "import", "staff", str(staff_file)])
    finally:
        release.set()
        first.join()
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert captured.err.splitlines()[0] == "oto-app: wacht op een andere import…"


def test_after_the_limit_it_says_what_holds_the_file_and_changes_nothing(
    database: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(worklock, "WAIT_SECONDS", 0.5)
    staff_file = tmp_path / "medewerkers.csv"
    staff_file.write_text(STAFF.format(n="502"))
    before = faults.digest(database)
    with worklock.hold(database, worklock.ANONYMISE):
        code = cli.main(["--db", str(database), "import", "staff", str(staff_file)])
    captured = capsys.readouterr()
    assert code == 1
    waited, refused = captured.err.splitlines()
    assert waited == "oto-app: wacht tot de anonimisering die nu loopt klaar is…"
    assert refused.startswith(
        f"oto-app: de database {database} is na 0.5 seconden wachten nog bezet door een "
        "anonimisering in OTO ("
    )
    assert refused.endswith("); probeer het straks opnieuw. Er is niets veranderd")
    assert faults.digest(database) == before
    assert cli.main(["--db", str(database), "import", "staff", str(staff_file)]) == 0
