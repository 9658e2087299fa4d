"""A PostgreSQL server set up by ``oto-app server init`` with its own logins: a reader, a
process lead of OV and an adviser, signing in through a password file (PGPASSFILE), never
a password in a URL. Fixtures ``pgpass`` and ``wall`` (registered in tests/conftest.py),
for tests/oto_app/test_server.py and the users dialog on a server (tests/ui).
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

from oto_app import server
from oto_app.cli import main
from oto_app.db import Database, open_database
from oto_app.models import ActivityKind, ActivityStatus, ExerciseLevel, UserRole
from oto_app.services import activities, staff
from oto_app.services.activities import ActivityData
from oto_app.services.organisation import find_unit
from oto_app.services.staff import PersonData
from tests.conftest import ADVISER, new_postgres_database

PASSWORD = "Geheim-Wachtwoord-17!"
logins = itertools.count()


@dataclass
class Login:
    name: str
    url: URL  #: no password in it: libpq finds it in PGPASSFILE

    def raw(self) -> psycopg.Connection:  # type: ignore[type-arg]
        u = self.url
        return psycopg.connect(host=u.host, port=u.port, dbname=u.database, user=self.name)

    def oto(self) -> Database:
        database = open_database(self.url)
        database.login()
        return database


@dataclass
class Server:
    admin: Database  #: the owner (the test server's superuser), signed in as the adviser
    url: URL
    lezer: Login
    lead: Login  #: process lead of OV
    adviser: Login
    ov: int
    crib: int
    ov_activity: int
    crib_activity: int
    person: int


def _url(request: pytest.FixtureRequest) -> URL:
    return make_url(new_postgres_database(request, template=True))


@pytest.fixture
def pgpass(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pgpass"
    path.write_text("", encoding="utf-8")
    path.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(path))
    for name in ("PGPASSWORD", "PGUSER"):
        monkeypatch.delenv(name, raising=False)
    return path


def new_login(admin: Database, url: URL, pgpass: Path, role: UserRole, units=()) -> Login:  # type: ignore[no-untyped-def]
    name = f"t{os.getpid()}_{next(logins)}_{role.name.lower()}"
    with admin.engine.begin() as connection:
        server.set_user(connection, name, role, units, PASSWORD, creating=True)
    with pgpass.open("a", encoding="utf-8") as handle:
        handle.write(f"{url.host}:{url.port}:*:{name}:{PASSWORD}\n")
    bare = URL.create(url.drivername, name, None, url.host, url.port, url.database)
    return Login(name, bare)


@pytest.fixture
def wall(request: pytest.FixtureRequest, pgpass: Path) -> Iterator[Server]:
    url = _url(request)
    assert main(["--db", url.render_as_string(hide_password=False), "server", "init"]) == 0
    admin = open_database(url)
    admin.login(ADVISER)
    with admin.begin() as session:
        ov, crib = find_unit(session, "OV").id, find_unit(session, "CRIB").id
        made = [
            activities.create_activity(
                session,
                ActivityData(
                    f"Oefening {code}",
                    ActivityKind.EXERCISE,
                    dt.date(2025, 3, 12),
                    level=ExerciseLevel.MONO,
                    status=ActivityStatus.HELD,
                    unit_ids=(unit,),
                ),
            ).value
            for code, unit in (("OV", ov), ("CRIB", crib))
        ]
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries")).value
    bare = url
    yield Server(
        admin,
        url,
        new_login(admin, bare, pgpass, UserRole.READER),
        new_login(admin, bare, pgpass, UserRole.PROCESS_LEAD, ("OV",)),
        new_login(admin, bare, pgpass, UserRole.ADVISER),
        ov,
        crib,
        made[0],
        made[1],
        person,
    )
    admin.close()


def server_refuses(connection, sql: str, params=None) -> str:  # type: ignore[no-untyped-def]
    """Run ``sql`` and return the server's SQLSTATE (it must refuse)."""
    with pytest.raises(psycopg.Error) as refused, connection.transaction():
        connection.execute(sql, params)
        raise AssertionError(f"the server allowed: {sql}")
    return str(refused.value.sqlstate)
