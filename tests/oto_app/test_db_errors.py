"""Every database error is a Dutch sentence without the row's data; the details are in the
log file in the user's data folder, which the sentence names."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import create_engine, insert, text

from oto_app import dberrors
from oto_app.db import Database, open_database
from oto_app.errors import DatabaseError
from oto_app.models import Person
from oto_app.services import staff
from tests.conftest import ADVISER, new_database_url


def _log_size() -> int:
    path = dberrors.log_path()
    return path.stat().st_size if path.exists() else 0


def test_a_value_too_long_is_a_sentence_without_the_data(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("SQLite does not enforce a column's length")
    before = _log_size()
    with pytest.raises(DatabaseError) as refused, db.begin() as session:
        session.execute(
            insert(Person).values(
                staff_number="X" * 40, first_name="Geheimnaam", last_name="Privé", sort_name="p"
            )
        )
    message = refused.value.message
    assert refused.value.key == "db_value_too_long"
    assert "Geheimnaam" not in message and "X" * 40 not in message and "INSERT" not in message
    assert str(dberrors.log_path()) in message
    logged = dberrors.log_path().read_text(encoding="utf-8")[before:]
    assert "StringDataRightTruncation" in logged or "too long" in logged


def test_the_same_staff_number_from_two_workstations_at_once(
    request: pytest.FixtureRequest,
) -> None:
    """Both check that 1234 is free, both insert: the second gets the usual sentence."""
    url = new_database_url(request, "postgresql")
    first, second = open_database(url), open_database(url)
    first.login(ADVISER)
    second.login(ADVISER)
    outcome: list[BaseException] = []
    try:
        with first.begin() as session:
            staff.create_person(session, staff.PersonData("1234", "Anna", "Bakker"))

            def other_workstation() -> None:
                try:
                    with second.begin() as other:
                        staff.create_person(other, staff.PersonData("1234", "Bram", "Visser"))
                except BaseException as error:
                    outcome.append(error)

            thread = threading.Thread(target=other_workstation)
            thread.start()
            while not session.execute(
                text("SELECT count(*) FROM pg_locks WHERE NOT granted")
            ).scalar():
                time.sleep(0.02)  # until the second waits on the first's new row
        thread.join()
    finally:
        first.close()
        second.close()
    [error] = outcome
    assert isinstance(error, DatabaseError) and error.key == "db_conflict"
    assert error.message.startswith(
        "dit personeelsnummer is intussen al door iemand anders vastgelegd; er is niets "
        "opgeslagen. Laad opnieuw en probeer het nog eens (details in "
    )
    assert "1234" not in error.message and "Bram" not in error.message


def test_a_dropped_server_connection_mid_write_then_a_retry_works(db: Database) -> None:
    if db.is_sqlite:
        pytest.skip("a file has no connection to drop")
    with pytest.raises(DatabaseError) as refused, db.begin() as session:
        staff.create_person(session, staff.PersonData("55", "Anna", "Bakker"))
        backend = session.execute(text("SELECT pg_backend_pid()")).scalar()
        admin = create_engine(db.url)
        with admin.connect() as connection:
            connection.execute(text("SELECT pg_terminate_backend(:p)"), {"p": backend})
        admin.dispose()
        staff.create_person(session, staff.PersonData("56", "Bram", "Visser"))
    assert refused.value.key == "db_server_down"
    assert "Anna" not in refused.value.message
    with db.begin() as session:  # the next unit of work gets a new connection
        staff.create_person(session, staff.PersonData("55", "Anna", "Bakker"))
    with db.begin() as session:
        assert session.scalar(text("SELECT count(*) FROM people")) == 1


def test_a_database_name_the_server_does_not_know_is_said_as_such() -> None:
    """A mistyped database name on a reachable server was called 'niet bereikbaar;
    controleer de netwerkverbinding': the wrong cause (found by the administrator's trial)."""
    from sqlalchemy.engine import make_url

    from tests.conftest import POSTGRES_URL

    if not POSTGRES_URL:
        pytest.skip("no PostgreSQL server (run through make test)")
    url = make_url(POSTGRES_URL).set(database="bestaat_niet")
    with pytest.raises(DatabaseError) as refused:
        open_database(url)
    said = str(refused.value)
    assert said.startswith("de databaseserver kent geen database "), said
    assert "bestaat_niet" in said and "netwerkverbinding" not in said
