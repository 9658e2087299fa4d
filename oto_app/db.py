"""The database: which one, how it is opened, and its schema brought up to date.

A bare path or ``sqlite:///`` URL is an embedded SQLite file (foreign keys on, but for a
bulk import's own transaction: see REFERENCES_CHECKED; WAL, a busy timeout); a
``postgresql+psycopg://`` URL is a shared server. On open the schema is created or
upgraded by Alembic in one transaction; a database of a newer program is refused
untouched.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
)
from sqlalchemy.orm import Session, sessionmaker

from oto_app import audit, config, health, identity, marker, migrations, server  # noqa: F401  (audit: the flush listener)
from oto_app.errors import DatabaseError

if TYPE_CHECKING:
    from oto_app.services.rights import Actor

BUSY_TIMEOUT_MS = 5000

#: An execution option for a session's connection (``Session.connection(execution_options=
#: {REFERENCES_CHECKED: True})``, before anything else procures it): the transaction's
#: writer has checked every reference it writes itself, in the same transaction, so on
#: SQLite the database need not check them again row by row (``PRAGMA foreign_keys``,
#: which is set as a transaction begins: a bulk import of 100,000 staff and 120,000
#: attendance rows spent 0.4 s on it, measured). Other writers cannot change what was read
#: meanwhile: SQLite lets one write at a time, and a reader's snapshot that is out of date
#: is refused the write (SQLITE_BUSY_SNAPSHOT). PostgreSQL always checks.
REFERENCES_CHECKED = "oto_references_checked"


#: PostgreSQL's SQLSTATE for "permission denied".
INSUFFICIENT_PRIVILEGE = "42501"


def resolve_url(db: str | None = None) -> URL:
    """``--db`` if given, else ``OTO_DATABASE_URL``, else ``oto.ini`` beside the program,
    else the SQLite file in the data folder (:mod:`oto_app.config`)."""
    return as_url(config.choose_database(db).value)


def as_url(chosen: str) -> URL:
    """A bare path is a SQLite file; anything with ``://`` a URL (refused in Dutch if bad)."""
    if "://" not in chosen:
        return URL.create("sqlite", database=str(Path(chosen).expanduser().resolve()))
    try:
        return make_url(chosen)
    except (ArgumentError, ValueError):  # e.g. a port that is not a number
        raise DatabaseError("db_bad_url", url=chosen.split("@")[-1]) from None


def describe(url: URL) -> str:
    """What the user knows the database by: the file path, or server and database name."""
    if url.get_backend_name() == "sqlite":
        return url.database or ":memory:"
    return f"{url.host or 'localhost'}/{url.database}"


@dataclass(frozen=True)
class Database:
    """An open database: the engine and a session factory. Pass it to whoever needs it."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    #: PostgreSQL after ``oto-app server init``: the server writes the trail and holds the
    #: rights (oto_app.server); OTO then writes no trail entries itself.
    server_trail: bool = False

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @property
    def location(self) -> str:
        return describe(self.url)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error.

        Any failure of the database (disk full, locked, read-only, server gone, a value too
        long, the same key saved elsewhere meanwhile) comes out as a DatabaseError in the
        user's words, without the row's data (details in the log, oto_app.dberrors); the
        rollback has left nothing half done.
        """
        self.refuse_if_damaged()
        try:
            with self.sessions.begin() as session:
                yield session
        except DBAPIError as exc:  # every one: a sentence without the row's data
            raise _translate(exc, self.location) from exc

    def refuse_if_damaged(self) -> None:
        """Nothing is written into a SQLite file a check of this process called damaged
        (oto_app.health.known_damage): the refusal names the backup to put back."""
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            from oto_app import health

            damage = health.known_damage(Path(self.url.database or ""))
            if damage is not None:
                raise damage

    @contextmanager
    def rehearsal(self) -> Iterator[Session]:
        """A unit of work that is always rolled back (an import's check). Its failures are
        DatabaseErrors as in :meth:`begin`: the check writes too (the trail inside the
        transaction), so a full disk said the driver's text with the SQL and the row."""
        try:
            with self.sessions() as session:
                try:
                    yield session
                finally:
                    session.rollback()
        except DBAPIError as exc:
            raise _translate(exc, self.location) from exc

    def login(self, name: str | None = None) -> Actor:
        """Sign in for every session of this database from now on; the services check that
        user's rights. The user is the operating-system account (SQLite) or the server's
        login (PostgreSQL, ``session_user``), never an environment variable; ``name`` is
        for tests and tools that act for someone on a file they own."""
        from oto_app.models import UserRole
        from oto_app.services import users
        from oto_app.services.rights import Actor

        with self.begin() as session:
            if not self.is_sqlite:
                server_login = identity.server_login(session)
                owner = self.server_trail and server.is_owner(session.connection())
                if self.server_trail and not owner:
                    name = server_login  # a server's user is who the server says
                name = name or server_login
            name = name or identity.os_login()
            if self.server_trail and owner:  # the administrator, who may do anything anyway
                actor = Actor(name, UserRole.ADVISER)
            else:
                session.info["actor"] = Actor(name, UserRole.READER)  # who adds a first login
                actor = users.login(session, name)
        self.sessions.configure(info={**(self.sessions.kw.get("info") or {}), "actor": actor})
        return actor

    @property
    def actor(self) -> Actor | None:
        """The signed-in user, if any."""
        info = self.sessions.kw.get("info") or {}
        return info.get("actor")

    def close(self) -> None:
        self.engine.dispose()


def open_database(
    url: URL | str | None = None, *, seed: bool = True, check: bool = False
) -> Database:
    """Open (creating or upgrading the schema) or raise :class:`DatabaseError` saying why not.

    A new database gets the default units and roles unless ``seed`` is false (a transfer
    fills it with another database's). With ``check`` an existing SQLite file is first
    checked (``quick_check``, read-only) and a damaged one refused before anything reads or
    writes it (the command line; the GUI checks in the background once its window is up).
    """
    url = resolve_url(url) if url is None or isinstance(url, str) else url
    where = describe(url)
    _check_sqlite_file(url, where)
    identity = _identify_file(url, where)  # before any connection sets a pragma (WAL)
    checked = check and identity is not None and identity.ours
    if checked:
        _check_sound(Path(where))
    checked_at = time.monotonic() if checked else None
    engine = _create_engine(url)
    try:
        identity = identity or _identify_server(engine, where)
        if not identity.ours and identity.kind is not marker.Kind.NEW:
            raise DatabaseError("db_foreign", where=where, detail=identity.detail)
        revision = identity.revision
        if revision != migrations.HEAD or _walls_behind(engine, where):
            if revision is not None and revision not in migrations.REVISIONS:
                raise DatabaseError("db_too_new", where=where, revision=revision)
            if revision is not None and url.get_backend_name() == "sqlite":
                from oto_app import backup  # a copy before every schema upgrade

                backup.automatic(backup.sqlite_path(url), "upgrade", once_a_day=False)
            _upgrade(engine, where, fresh=identity.kind is marker.Kind.NEW and seed)
        walled = _server_trail(engine, where)
    except BaseException:
        engine.dispose()
        raise
    info = {"server_trail": walled, health.SOUND_AT: checked_at}
    sessions = sessionmaker(engine, expire_on_commit=False, info=info)
    if walled:
        event.listen(sessions, "after_begin", _say_actor)
    return Database(url, engine, sessions, walled)


def _walls_behind(engine: Engine, where: str) -> bool:
    """Are the server's walls older than this OTO's (``server.WALLS``)? Then the start
    upgrades them as it upgrades a schema: ``server init`` again, by the owner only."""
    if engine.dialect.name != "postgresql":
        return False
    try:
        with engine.connect() as connection:
            version = server.walls(connection)
    except DBAPIError as exc:
        raise _translate(exc, where) from exc
    return version is not None and version < server.WALLS


def _server_trail(engine: Engine, where: str) -> bool:
    if engine.dialect.name != "postgresql":
        return False
    try:
        with engine.connect() as connection:
            return server.is_initialised(connection)
    except DBAPIError as exc:
        raise _translate(exc, where) from exc


def _say_actor(session: Session, _transaction: object, connection: Connection) -> None:
    """Tell the server for whom this transaction acts; it believes only the owner (tools,
    tests, a transfer) and records everyone else as their own login."""
    actor = session.info.get("actor")
    if actor is not None:
        connection.execute(
            text("SELECT set_config('oto.actor', :login, true)"), {"login": actor.login}
        )


def _create_engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy, not the driver, decide where transactions begin, so that DDL
        # (migrations) and SAVEPOINTs are transactional too.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        # only outside a transaction does SQLite take the pragma: set for each one, so a
        # connection back in the pool after a bulk job checks references again
        checked = connection.get_execution_options().get(REFERENCES_CHECKED, False)
        connection.exec_driver_sql(f"PRAGMA foreign_keys = {'OFF' if checked else 'ON'}")
        connection.exec_driver_sql("BEGIN")

    return engine


def _check_sqlite_file(url: URL, where: str) -> None:
    """Refuse a SQLite file we could not write safely, before SQLite touches it."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return
    path = Path(url.database)
    folder = path.parent
    if not folder.is_dir():
        raise DatabaseError("db_unreachable", where=where, detail=f"map {folder} bestaat niet")
    if path.exists() and path.is_dir():
        raise DatabaseError("db_not_a_database", where=where, detail="dit is een map")
    if (path.exists() and not os.access(path, os.W_OK)) or not os.access(folder, os.W_OK):
        raise DatabaseError("db_read_only", where=where)


def identify(url: URL | str) -> marker.Identity:
    """Whose database this is (OTO's, new, another program's), without writing to it."""
    url = resolve_url(url) if isinstance(url, str) else url
    where = describe(url)
    found = _identify_file(url, where)
    if found is not None:
        return found
    engine = create_engine(url)
    try:
        return _identify_server(engine, where)
    finally:
        engine.dispose()


def _identify_file(url: URL, where: str) -> marker.Identity | None:
    """Ours, new or foreign, for a SQLite file, read without writing; None for a server."""
    if url.get_backend_name() != "sqlite":
        return None
    if url.database in (None, "", ":memory:"):
        return marker.Identity(marker.Kind.NEW)
    try:
        return marker.identify_sqlite(Path(url.database))
    except sqlite3.DatabaseError as error:
        from oto_app import health

        raise health.unreadable(Path(where), error) from None


def _identify_server(engine: Engine, where: str) -> marker.Identity:
    try:
        with engine.connect() as connection:
            return marker.identify_connection(connection)
    except DBAPIError as exc:
        raise _translate(exc, where) from exc


def _check_sound(path: Path) -> None:
    verdict = health.check_file(path)
    if verdict != "ok":
        raise health.damaged(path, verdict)


def _upgrade(engine: Engine, where: str, fresh: bool) -> None:
    """Bring the schema to head in one transaction (all of it or none of it).

    A fresh database also gets the default organisation in that same transaction.
    """
    from alembic import command
    from alembic.config import Config

    from oto_app.seed import seed_defaults

    config = Config()
    config.set_main_option("script_location", "oto_app:migrations")
    try:
        with engine.begin() as connection:
            if server.is_initialised(connection) and not server.is_owner(connection):
                raise DatabaseError("server_upgrade_needed", where=where)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            if server.is_initialised(connection):  # new tables get their walls too
                server.init(connection)
            if fresh:
                with Session(bind=connection) as session:
                    seed_defaults(session)
                    session.flush()
    except DBAPIError as exc:
        raise _translate(exc, where) from exc


def _translate(exc: DBAPIError, where: str) -> DatabaseError:
    """Turn a driver error into the user's words (oto_app.dberrors; details to its log)."""
    from oto_app import dberrors

    return dberrors.translate(exc, where)
