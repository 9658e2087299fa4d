"""Test set-up: a private data folder, offscreen Qt, and fresh databases on both engines.

Every database test gets a brand-new database at the current schema: for SQLite a
copy of a template file migrated once per run, for PostgreSQL (when
``OTO_TEST_POSTGRES_URL`` is set, as ``make test`` does) a ``CREATE DATABASE ...
TEMPLATE`` of a template database migrated once per run.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

_RUN_DIR = Path(tempfile.mkdtemp(prefix="oto-tests-"))
os.environ["OTO_DATA_DIR"] = str(_RUN_DIR / "data")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_RUNTIME_DIR"] = str(_RUN_DIR / "runtime")
(_RUN_DIR / "runtime").mkdir(mode=0o700)
os.environ["XDG_CONFIG_HOME"] = str(_RUN_DIR / "config")  # QSettings stay out of $HOME
os.environ.pop("OTO_DATABASE_URL", None)
os.environ.pop("OTO_LANG", None)

from sqlalchemy import create_engine, event, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from oto_app.db import Database, open_database  # noqa: E402

#: The fixtures of a set-up server with its own logins (``pgpass``, ``wall``).
pytest_plugins = ["tests.helpers.server"]

POSTGRES_URL = os.environ.get("OTO_TEST_POSTGRES_URL")
ENGINES = ["sqlite", "postgresql"]
_counter = itertools.count()

#: The login of the first user of every test database: its adviser.
ADVISER = "adviseur"

#: A fixed "today" for tests that must not depend on the calendar.
TODAY = dt.date(2025, 11, 15)


_UI_TESTS = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/ui drives Qt widgets: mark it ``gui`` (as qutebrowser's
    conftest marks its tests by folder), so ``-m "not gui"`` runs the core alone."""
    for item in items:
        if _UI_TESTS in item.path.parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def sqlite_template() -> Path:
    path = _RUN_DIR / "template.sqlite"
    open_database(str(path)).close()
    return path


@pytest.fixture(scope="session")
def postgres_template() -> str:
    if not POSTGRES_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must test PostgreSQL: OTO_TEST_POSTGRES_URL is not set")
        pytest.skip("no PostgreSQL server (run through make test)")
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP DATABASE IF EXISTS oto_template"))
        connection.execute(text("CREATE DATABASE oto_template"))
    admin.dispose()
    open_database(make_url(POSTGRES_URL).set(database="oto_template")).close()
    return "oto_template"


def new_database_url(request: pytest.FixtureRequest, engine: str) -> str:
    """A URL to a brand-new database at head on ``engine``."""
    if engine == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = _RUN_DIR / f"db-{next(_counter)}.sqlite"
        shutil.copyfile(template, path)
        return str(path)
    return new_postgres_database(request, template=True)


def new_postgres_database(request: pytest.FixtureRequest, template: bool) -> str:
    """A new database on the test server: a copy of the migrated template, or empty (as a
    server administrator makes one). Skips without a server (fails in CI)."""
    template_name: str = request.getfixturevalue("postgres_template")
    name = f"oto_test_{os.getpid()}_{next(_counter)}"
    copy = f" TEMPLATE {template_name}" if template else ""
    admin = create_engine(POSTGRES_URL or "", isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"{copy}'))
    admin.dispose()

    def drop() -> None:
        """Gone after the test, as one OTO database per server is what `server init`
        allows (its group roles are the server's): the next test's may take them."""
        engine = create_engine(POSTGRES_URL or "", isolation_level="AUTOCOMMIT")
        with engine.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()

    request.addfinalizer(drop)
    return make_url(POSTGRES_URL or "").set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=ENGINES)
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh database with the default organisation, on SQLite and on PostgreSQL,
    signed in as its first user (so: the adviser, who may do everything)."""
    database = open_database(new_database_url(request, request.param))
    database.login(ADVISER)
    yield database
    database.close()


@pytest.fixture
def sqlite_db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """A fresh SQLite database (for GUI tests and file-level behaviour), as the adviser."""
    database = open_database(new_database_url(request, "sqlite"))
    database.login(ADVISER)
    yield database
    database.close()


@pytest.fixture
def data_dir() -> Path:
    return Path(os.environ["OTO_DATA_DIR"])


def stop_growing(database: Database) -> Callable[[], None]:
    """Make the SQLite file unable to grow, as on a full disk (SQLITE_FULL); returns the
    function that gives it room again."""
    with database.engine.connect() as connection:
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    def room() -> None:
        event.remove(database.engine, "connect", limit)
        database.engine.dispose()

    event.listen(database.engine, "connect", limit)
    database.engine.dispose()
    return room
