"""`oto-app transfer --to URL`: a workstation's SQLite database onto the region's server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from oto_app import demo, norms, transfer
from oto_app.cli import main
from oto_app.db import Database, open_database, resolve_url
from oto_app.errors import ValidationError
from oto_app.models import Person
from oto_app.norms import render
from oto_app.services import staff
from oto_app.services.staff import PersonData
from tests.conftest import _RUN_DIR, ADVISER, TODAY, _counter, new_postgres_database


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A URL of a database with nothing in it, as a server administrator creates one."""
    if request.param == "sqlite":
        yield str(_RUN_DIR / f"empty-{next(_counter)}.sqlite")
        return
    yield new_postgres_database(request, template=False)


@pytest.fixture
def filled(sqlite_db: Database) -> Database:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    return sqlite_db


def _counts(database: Database) -> dict[str, int]:
    with database.begin() as session:
        return {
            t.name: session.execute(select(func.count()).select_from(t)).scalar_one()
            for t in transfer.copied_tables()
        }


def test_everything_arrives_and_the_norms_are_the_same(filled: Database, empty_url: str) -> None:
    moved = transfer.transfer(filled, resolve_url(empty_url), today=TODAY)
    assert moved.years and TODAY.year in moved.years
    copy = open_database(empty_url)
    copy.login(ADVISER)  # the audit trail came along: the adviser is known there
    try:
        assert _counts(copy) == _counts(filled) == moved.counts
        assert moved.counts["people"] > 100 and moved.counts["participations"] > 500
        for year in moved.years:
            on = norms.reference_date(year, today=TODAY)
            with filled.begin() as a, copy.begin() as b:
                assert render.to_json(norms.compute(a, year, on)) == render.to_json(
                    norms.compute(b, year, on)
                )
        with copy.begin() as session:  # work goes on: new ids follow the copied ones
            person = staff.create_person(session, PersonData("NIEUW-1", "Nina", "Nieuw")).value
            assert (
                person
                > session.execute(
                    select(func.max(Person.id)).where(Person.id != person)
                ).scalar_one()
            )
    finally:
        copy.close()


def test_a_database_that_holds_data_is_refused_and_left_alone(
    filled: Database, db: Database
) -> None:
    before = _counts(db)
    with pytest.raises(ValidationError) as refused:
        transfer.transfer(filled, db.url)
    assert "bevat al gegevens" in refused.value.message
    assert _counts(db) == before


def test_a_failure_halfway_leaves_the_target_empty(
    filled: Database, empty_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy_table = transfer._copy
    done: list[str] = []

    def copy_then_fail(original, copy, table):  # type: ignore[no-untyped-def]
        if table.name == "participations":
            raise RuntimeError("verbinding verbroken")
        done.append(table.name)
        return copy_table(original, copy, table)

    monkeypatch.setattr(transfer, "_copy", copy_then_fail)
    with pytest.raises(RuntimeError):
        transfer.transfer(filled, resolve_url(empty_url), today=TODAY)
    assert "people" in done  # it had got well under way
    monkeypatch.undo()
    target = open_database(empty_url, seed=False)
    try:
        assert set(_counts(target).values()) == {0}  # nothing half-written
    finally:
        target.close()
    transfer.transfer(filled, resolve_url(empty_url), today=TODAY)  # and a retry succeeds


def test_the_command_line(
    filled: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "server.sqlite"
    assert main(["--db", filled.location, "transfer", "--to", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Overgezet naar" in out and "zijn gelijk" in out
    assert main(["--db", filled.location, "transfer", "--to", str(target)]) == 1
    assert "bevat al gegevens" in capsys.readouterr().err
    assert main(["--db", filled.location, "transfer", "--to", filled.location]) == 1
    assert "dezelfde database" in capsys.readouterr().err
