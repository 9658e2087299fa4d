"""Annuleren of a long write (oto_app.cancel): the work stops at its next statement or in
the statement running, and nothing of it is written."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from oto_app.cancel import Cancelled, Switch
from oto_app.db import Database
from oto_app.errors import OtoError
from oto_app.models import Person
from oto_app.services import staff
from oto_app.services.staff import PersonData


def people(database: Database) -> int:
    with database.begin() as session:
        return session.scalar(select(func.count()).select_from(Person)) or 0


def test_a_cancelled_write_leaves_nothing_of_what_it_did_before(db: Database) -> None:
    switch = Switch()
    before = people(db)
    with pytest.raises(Cancelled) as stopped, db.begin() as session, switch.watching(session):
        staff.create_person(session, PersonData("9001", "Anna", "Bakker"))
        session.flush()  # written inside the transaction
        switch.cancel()  # Annuleren, pressed while the work goes on
        staff.create_person(session, PersonData("9002", "Bram", "Visser"))
        session.flush()
    assert stopped.value.message == "geannuleerd; er is niets veranderd"
    assert people(db) == before


def test_a_long_statement_is_stopped_while_it_runs(db: Database) -> None:
    long = (
        "SELECT pg_sleep(60)"
        if not db.is_sqlite
        else "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT count(*) FROM (SELECT i FROM n LIMIT 1000000000)"
    )
    switch = Switch()
    threading.Timer(0.3, switch.cancel).start()
    started = time.monotonic()
    with pytest.raises(OtoError), db.begin() as session, switch.watching(session):
        session.execute(text(long))
    assert time.monotonic() - started < 10  # not the minute or the billion rows
    assert switch.cancelled
