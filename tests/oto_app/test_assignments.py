"""Role assignments: periods, overlaps, ending, and history kept."""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import replace

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from oto_app.db import Database, open_database
from oto_app.errors import ValidationError
from oto_app.services import assignments, organisation, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.staff import PersonData
from tests.conftest import ADVISER

D = dt.date


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    with db.begin() as session:
        return {
            "anna": staff.create_person(session, PersonData("1", "Anna", "Bakker")).value,
            "cras": organisation.find_unit(session, "CRAS").id,
            "pv": organisation.find_role(session, "procesverantwoordelijke").id,
        }


def _assign(
    db: Database, ids: dict[str, int], start: dt.date, end: dt.date | None = None, **kwargs: object
) -> int:
    with db.begin() as session:
        return assignments.assign(
            session,
            AssignmentData(
                ids["anna"], ids["cras"], ids["pv"], start_date=start, end_date=end, **kwargs
            ),
        ).value


def test_assignment_is_active_up_to_and_including_its_end(
    db: Database, ids: dict[str, int]
) -> None:
    _assign(db, ids, D(2025, 1, 1), D(2025, 3, 31))
    with db.begin() as session:
        holders = lambda day: organisation.unit_detail(session, ids["cras"], day).holders  # noqa: E731
        assert holders(D(2024, 12, 31)) == []
        assert [h.name for h in holders(D(2025, 3, 31))] == ["Anna Bakker"]
        assert holders(D(2025, 4, 1)) == []


def test_end_before_start_is_refused(db: Database, ids: dict[str, int]) -> None:
    with pytest.raises(ValidationError) as caught:
        _assign(db, ids, D(2025, 5, 1), D(2025, 4, 30))
    assert caught.value.message == "einddatum 30-04-2025 ligt vóór startdatum 01-05-2025"


def test_the_same_role_twice_at_once_is_refused(db: Database, ids: dict[str, int]) -> None:
    _assign(db, ids, D(2024, 1, 1))
    with pytest.raises(ValidationError, match="heeft al de rol procesverantwoordelijke"):
        _assign(db, ids, D(2025, 1, 1))


def test_ending_then_reassigning_keeps_both_periods(db: Database, ids: dict[str, int]) -> None:
    first = _assign(db, ids, D(2023, 1, 1))
    with db.begin() as session:
        assignments.end_assignment(session, first, D(2023, 12, 31))
    _assign(db, ids, D(2025, 1, 1))
    with db.begin() as session:
        detail = staff.person_detail(session, ids["anna"], D(2025, 6, 1))
    periods = [(a.start_date, a.end_date, a.active) for a in detail.assignments]
    assert periods == [(D(2025, 1, 1), None, True), (D(2023, 1, 1), D(2023, 12, 31), False)]


def test_ending_twice_or_before_the_start_is_refused(db: Database, ids: dict[str, int]) -> None:
    held = _assign(db, ids, D(2024, 6, 1))
    with pytest.raises(ValidationError, match="ligt vóór startdatum"), db.begin() as session:
        assignments.end_assignment(session, held, D(2024, 5, 1))
    with db.begin() as session:
        assignments.end_assignment(session, held, D(2024, 12, 31))
    with pytest.raises(ValidationError, match="al beëindigd op 31-12-2024"), db.begin() as session:
        assignments.end_assignment(session, held, D(2025, 1, 31))


def test_no_new_roles_in_a_retired_unit_or_for_someone_who_left(
    db: Database, ids: dict[str, int]
) -> None:
    with db.begin() as session:
        organisation.set_unit_active(session, ids["cras"], False)
    with pytest.raises(ValidationError, match="is opgeheven"):
        _assign(db, ids, D(2025, 1, 1))
    with db.begin() as session:
        organisation.set_unit_active(session, ids["cras"], True)
        staff.retire_person(session, ids["anna"], D(2025, 1, 1))
    with pytest.raises(ValidationError, match="is niet actief"):
        _assign(db, ids, D(2025, 2, 1))


def test_a_role_held_in_a_unit_joins_its_formation(db: Database, ids: dict[str, int]) -> None:
    with db.begin() as session:
        role = organisation.find_role(session, "lid beleidsteam").id
        assignments.assign(
            session, AssignmentData(ids["anna"], ids["cras"], role, start_date=D(2025, 1, 1))
        )
        assert (
            "lid beleidsteam" in organisation.unit_detail(session, ids["cras"], D(2025, 1, 2)).roles
        )


def test_the_same_role_from_two_workstations_at_the_same_moment(
    db: Database, ids: dict[str, int]
) -> None:
    """Both check, both insert: the database refuses the second (PostgreSQL's exclusion
    constraint; SQLite's write lock from check to insert) with the usual sentence."""
    other = open_database(db.url)
    other.login(ADVISER)
    outcome: list[BaseException] = []
    data = AssignmentData(ids["anna"], ids["cras"], ids["pv"], start_date=D(2026, 1, 1))
    try:
        with db.begin() as session:
            assignments.assign(session, data)

            def second_workstation() -> None:
                try:
                    with other.begin() as elsewhere:
                        assignments.assign(elsewhere, replace(data, start_date=D(2026, 3, 1)))
                except BaseException as error:
                    outcome.append(error)

            thread = threading.Thread(target=second_workstation)
            thread.start()
            _until_waiting(session, thread)
        thread.join()
    finally:
        other.close()
    [error] = outcome
    assert isinstance(error, ValidationError), error
    assert error.message == "Anna Bakker heeft al de rol procesverantwoordelijke bij " + (
        "Centraal Registratiebureau Afhandeling Schade vanaf 01-01-2026"
    ), error.message
    with db.begin() as session:
        count = session.scalar(text("SELECT count(*) FROM assignments"))
    assert count == 1


def _until_waiting(session: Session, thread: threading.Thread) -> None:
    """Until the second workstation waits for the first (a lock it cannot get)."""
    if session.connection().dialect.name == "postgresql":
        waiting = text("SELECT count(*) FROM pg_locks WHERE NOT granted")
        while thread.is_alive() and not session.execute(waiting).scalar():
            time.sleep(0.02)
    else:  # SQLite: it waits inside its busy timeout; give it the moment to get there
        thread.join(0.3)
