"""A shared PostgreSQL server that is down, refuses the password, or grants no rights:
each is a Dutch sentence saying what to do, never a driver's traceback."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from oto_app.db import open_database
from oto_app.errors import DatabaseError
from tests.conftest import POSTGRES_URL, new_database_url


def test_a_server_that_is_down() -> None:
    with pytest.raises(DatabaseError) as refused:
        open_database("postgresql+psycopg://oto:geheim@127.0.0.1:1/oto")
    assert refused.value.key == "db_server_down"
    assert refused.value.message.startswith(
        "de databaseserver 127.0.0.1/oto is niet bereikbaar; controleer de netwerkverbinding"
    )


@pytest.fixture
def server(request: pytest.FixtureRequest) -> str:
    if not POSTGRES_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must test PostgreSQL: OTO_TEST_POSTGRES_URL is not set")
        pytest.skip("no PostgreSQL server (run through make test)")
    return new_database_url(request, "postgresql")


def test_a_wrong_password(server: str) -> None:
    wrong = make_url(server).set(password="fout").render_as_string(hide_password=False)
    with pytest.raises(DatabaseError) as refused:
        open_database(wrong)
    if refused.value.key == "db_server_down":  # a server that trusts local connections
        pytest.skip("this server does not check passwords")
    assert refused.value.key == "db_wrong_password"
    assert "gebruikersnaam of wachtwoord klopt niet" in refused.value.message


def test_no_rights_on_the_database(server: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text("DROP ROLE IF EXISTS oto_gast"))
        connection.execute(text("CREATE ROLE oto_gast LOGIN PASSWORD 'gast'"))
        connection.execute(text("REVOKE ALL ON SCHEMA public FROM PUBLIC"))
    admin.dispose()
    guest = make_url(server).set(username="oto_gast", password="gast")
    try:
        with pytest.raises(DatabaseError) as refused:
            open_database(guest.render_as_string(hide_password=False))
        assert refused.value.key == "db_no_rights", refused.value.message
        assert refused.value.message.startswith("u hebt geen rechten op de database")
    finally:
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text("DROP OWNED BY oto_gast"))
            connection.execute(text("DROP ROLE oto_gast"))
        admin.dispose()
