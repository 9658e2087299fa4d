"""Every earlier schema revision, filled with data, upgrades to head without losing a row.

Each revision has a filler below that writes a small but complete database in that
revision's own schema (plain SQL: the models are at head). A new revision must add
its own filler; the first test says so when it is missing.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, create_engine, func, select, text
from sqlalchemy.engine import make_url

from oto_app import marker, migrations, trail
from oto_app.backup import folder_for
from oto_app.db import identify, open_database
from oto_app.models import (
    Activity,
    AuditEntry,
    Evaluation,
    EvaluationAttachment,
    Exemption,
    ImprovementAction,
    Participation,
    Person,
    PlanReview,
    unit_roles,
)
from oto_app.norms import compute
from tests.conftest import ENGINES, POSTGRES_URL

# Rows per table that every filler writes, so the upgraded counts can be checked.
PEOPLE, PARTICIPATIONS, ACTIONS = 3, 4, 2
_databases = itertools.count()


def fill_0001(
    connection: Connection, attachment_column: bool = True, review_column: bool = True
) -> None:
    run = lambda sql: connection.execute(text(sql))  # noqa: E731
    if review_column:
        run(
            "INSERT INTO units (id, code, name, kind, active, position, plan_reviewed_on) "
            "VALUES (1, 'OV', 'Opvangen en Verzorgen', 'DEELPROCES', true, 1, '2023-05-01')"
        )
    else:  # from 0004 on, reviews are a history of their own
        run(
            "INSERT INTO units (id, code, name, kind, active, position) "
            "VALUES (1, 'OV', 'Opvangen en Verzorgen', 'DEELPROCES', true, 1)"
        )
        run("INSERT INTO plan_reviews (unit_id, reviewed_on) VALUES (1, '2023-05-01')")
    run(  # retired before retirement was dated: it counts in no year
        "INSERT INTO units (id, code, name, kind, active, position) "
        "VALUES (2, 'NZ', 'Nazorg', 'DEELPROCES', false, 2)"
    )
    run(
        "INSERT INTO roles (id, name, is_key, min_activities) "
        "VALUES (1, 'Procesmedewerker', false, 1)"
    )
    run("INSERT INTO unit_roles (unit_id, role_id) VALUES (1, 1)")
    for n in range(1, PEOPLE + 1):
        run(
            "INSERT INTO people "
            "(id, staff_number, first_name, infix, last_name, sort_name, active) "
            f"VALUES ({n}, 'M{n}', 'Anna', 'de', 'Vries{n}', 'vries{n} anna de', true)"
        )
        run(
            "INSERT INTO assignments (person_id, unit_id, role_id, kind, start_date) "
            f"VALUES ({n}, 1, 1, 'PRIMARY', '2024-01-01')"
        )
    for n, title in ((1, 'Oefening "Hoog water"'), (2, "Training CRIB")):
        run(
            "INSERT INTO activities (id, title, kind, level, date, organiser, status) "
            f"VALUES ({n}, '{title}', 'EXERCISE', 'MONO', '2025-03-1{n}', 'MUNICIPAL', 'HELD')"
        )
        run(f"INSERT INTO activity_units (activity_id, unit_id) VALUES ({n}, 1)")
    for n, (activity, person) in enumerate(((1, 1), (1, 2), (2, 2), (2, 3)), start=1):
        run(
            "INSERT INTO participations (id, activity_id, person_id, status) "
            f"VALUES ({n}, {activity}, {person}, 'PRESENT')"
        )
    reference = "'S:\\OTO\\verslag hoog water.pdf'"
    columns = "went_well, status" + (", attachment" if attachment_column else "")
    values = "'Opkomst binnen het uur', 'FINAL'" + (f", {reference}" if attachment_column else "")
    run(
        "INSERT INTO evaluations (id, activity_id, activity_title, discipline, author, "
        f"{columns}) VALUES (1, 1, 'Oefening \"Hoog water\"', 'MONO', 'J. Jansen', {values})"
    )
    if not attachment_column:  # from 0002 on, attachments have a table of their own
        run(
            "INSERT INTO evaluation_attachments (evaluation_id, position, reference) "
            f"VALUES (1, 1, {reference})"
        )
    for n in range(1, ACTIONS + 1):
        run(
            "INSERT INTO improvement_actions (evaluation_id, description, unit_id, owner_id, "
            f"due_date, status) VALUES (1, 'Verbeterpunt {n}', 1, 1, '2025-06-01', 'OPEN')"
        )


def fill_0002(connection: Connection) -> None:
    fill_0001(connection, attachment_column=False)


def fill_0003(connection: Connection, review_column: bool = True) -> None:
    fill_0001(connection, attachment_column=False, review_column=review_column)
    connection.execute(
        text("INSERT INTO users (id, login, role) VALUES (1, 'adviseur', 'ADVISER')")
    )
    for n in range(1, PEOPLE + 1):  # a trail of before the hash chain (0006)
        connection.execute(
            text(
                "INSERT INTO audit_log (at, login, action, table_name, record_id, new) "
                f"VALUES ('2025-03-1{n} 10:00:00', 'adviseur', 'insert', 'people', '{n}', "
                f'\'{{"last_name": "Vries{n}"}}\')'
            )
        )


def fill_0004(connection: Connection) -> None:
    fill_0003(connection, review_column=False)
    connection.execute(
        text(
            "INSERT INTO role_terms (role_id, until, is_key, min_activities) "
            "VALUES (1, '2024-06-30', false, 1)"
        )
    )


def fill_0005(connection: Connection) -> None:
    fill_0004(connection)  # the marker row is the revision's own


def fill_0006(connection: Connection) -> None:
    """From the hash chain on, OTO seals every entry it writes; the filler does the same."""
    from oto_app import chain

    fill_0004(connection)
    chain.seal_after(connection, 0)


def fill_0008(connection: Connection) -> None:
    """An exemption, and a unit with its first day (0008); what 0009 dates was undated."""
    fill_0006(connection)
    connection.execute(
        text(
            "INSERT INTO exemptions (person_id, kind, reason, start_date, end_date) "
            "VALUES (1, 'LEAVE', 'Ouderschapsverlof', '2026-01-01', '2026-06-30')"
        )
    )
    connection.execute(text("UPDATE units SET established_on = '2020-01-01' WHERE id = 1"))


def fill_0009(connection: Connection) -> None:
    """A unit's earlier name, a dated formation row and both kinds of reopening (0009)."""
    fill_0008(connection)
    run = lambda sql: connection.execute(text(sql))  # noqa: E731
    run("UPDATE unit_roles SET since = '2024-01-01'")
    run(
        "INSERT INTO unit_terms (unit_id, until, code, name) "
        "VALUES (1, '2024-12-31', 'OPV', 'Opvang')"
    )
    run(
        "INSERT INTO evaluation_reopenings (evaluation_id, closed_on, reopened_on) "
        "VALUES (1, '2025-04-01', '2026-02-01')"
    )
    run(
        "INSERT INTO action_reopenings (action_id, closed_on, reopened_on) "
        "VALUES (1, '2025-05-01', '2026-02-01')"
    )


FILLERS: dict[str, Callable[[Connection], None]] = {
    "0001": fill_0001,
    "0002": fill_0002,
    "0003": fill_0003,
    "0004_dated_history": fill_0004,
    "0005_oto_marker": fill_0004,  # only the marker was added
    "0006_audit_chain": fill_0006,
    "0007_assignment_overlap": fill_0006,
    "0008_exemptions": fill_0008,
    "0009_dated_formation": fill_0009,
}


def test_every_earlier_revision_has_a_filler() -> None:
    assert sorted(FILLERS) == list(migrations.REVISIONS[:-1])


@pytest.fixture(params=ENGINES)
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "old.sqlite")
        return
    if not POSTGRES_URL:
        if os.environ.get("CI") == "true":
            pytest.fail("CI must test PostgreSQL: OTO_TEST_POSTGRES_URL is not set")
        pytest.skip("no PostgreSQL server (run through make test)")
    name = f"oto_migration_{os.getpid()}_{next(_databases)}"  # each its own trail checkpoint
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    yield make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False)
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _build_at(url: str, revision: str) -> None:
    engine = create_engine(f"sqlite:///{url}" if "://" not in url else url)
    config = Config()
    config.set_main_option("script_location", "oto_app:migrations")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        FILLERS[revision](connection)
    engine.dispose()


@pytest.mark.parametrize("revision", migrations.REVISIONS[:-1])
def test_an_old_database_upgrades_to_head_without_loss(empty_url: str, revision: str) -> None:
    _build_at(empty_url, revision)

    database = open_database(empty_url)
    with database.begin() as session:
        count = lambda model: session.scalar(select(func.count()).select_from(model))  # noqa: E731
        assert count(Person) == PEOPLE
        assert count(Participation) == PARTICIPATIONS
        assert count(ImprovementAction) == ACTIONS
        assert count(Activity) == 2
        evaluation = session.scalars(select(Evaluation)).one()
        assert evaluation.activity_id == 1
        assert evaluation.went_well == "Opkomst binnen het uur"
        assert [a.reference for a in evaluation.attachments] == ["S:\\OTO\\verslag hoog water.pdf"]
        assert session.scalar(select(func.count()).select_from(EvaluationAttachment)) == 1
        # The year's figures come out as before: every person trained in 2025.
        result = compute(session, 2025, on=dt.date(2025, 12, 31))
        assert result.persons_compliant == PEOPLE
        # The one review date of a unit became the first of its history (0004).
        reviews = session.execute(select(PlanReview.unit_id, PlanReview.reviewed_on)).all()
        assert reviews == [(1, dt.date(2023, 5, 1))]
        assert [(p.unit, p.last_review, p.current) for p in result.plans] == [
            ("OV", dt.date(2023, 5, 1), True)
        ]
        assert [u.code for u in result.units] == ["OV"]
        # The formation of before 0009 counts on every date (no "since").
        since = session.execute(select(unit_roles.c.since)).scalars().all()
        assert since == ([dt.date(2024, 1, 1)] if revision >= "0009" else [None])
        # an action closed in 2025 and reopened in 2026 was not overdue at the end of 2025
        assert len(result.actions_overdue) == (ACTIONS - 1 if revision >= "0009" else ACTIONS)
        assert [(s.unit, s.role) for s in result.staffing] == []  # no key role in OV
        if revision >= "0008":
            assert session.scalar(select(Exemption.reason)) == "Ouderschapsverlof"
        # It now carries our marker (revision 0005_oto_marker).
        assert session.scalar(text("SELECT application FROM oto_marker")) == "OTO"
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()
        if revision >= "0003":  # the trail of before the chain, chained on the upgrade
            assert [e.new for e in entries[:PEOPLE]] == [
                f'{{"last_name": "Vries{n}"}}' for n in range(1, PEOPLE + 1)
            ]
    assert trail.verify_all(database).ok
    database.close()
    assert identify(empty_url).kind is marker.Kind.OURS
    if "://" not in empty_url:
        assert list(folder_for(Path(empty_url)).glob("*.sqlite")), "no backup before upgrade"


def test_the_dated_formation_downgrades_and_upgrades_again(tmp_path: Path) -> None:
    """0009 has a downgrade: its tables and ``unit_roles.since`` go, every other row stays."""
    url = str(tmp_path / "terug.sqlite")
    _build_at(url, "0008_exemptions")
    config = Config()
    config.set_main_option("script_location", "oto_app:migrations")
    engine = create_engine(f"sqlite:///{url}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009_dated_formation")
        connection.execute(text("UPDATE unit_roles SET since = '2024-01-01'"))
        command.downgrade(config, "0008_exemptions")
        tables = set(connection.execute(text("SELECT name FROM sqlite_master")).scalars())
        assert not tables & {"unit_terms", "evaluation_reopenings", "action_reopenings"}
        assert connection.execute(text("SELECT * FROM unit_roles")).all() == [(1, 1)]
        command.upgrade(config, "head")
        assert connection.execute(text("SELECT since FROM unit_roles")).all() == [(None,)]
        assert connection.execute(text("SELECT count(*) FROM people")).scalar() == PEOPLE
    engine.dispose()
