"""AVG: everything about one person on request; people who left long ago forgotten,
with the figures of past years unchanged and nothing of them left in the audit trail."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from oto_app import audit, demo, norms, privacy
from oto_app.db import Database
from oto_app.errors import NotAllowedError
from oto_app.models import AuditEntry, ExemptionKind, Person
from oto_app.norms import render
from oto_app.services import exemptions, staff
from tests.conftest import ADVISER, TODAY


@pytest.fixture
def municipality(db: Database) -> Database:
    with db.begin() as session:
        demo.fill(session, today=TODAY)
    return db


def _someone_who_left(session, on: dt.date) -> Person:  # type: ignore[no-untyped-def]
    person = session.scalars(select(Person).where(Person.active.is_(True)).limit(1)).one()
    staff.update_person(
        session,
        person.id,
        staff.PersonData(
            person.staff_number, person.first_name, "Geheimnaam", email="geheim@gemeente.nl"
        ),
    )
    staff.retire_person(session, person.id, on)
    return person


def test_an_export_holds_everything_and_is_recorded(municipality: Database, tmp_path: Path) -> None:
    with municipality.begin() as session:
        person = session.scalars(select(Person).order_by(Person.id).limit(1)).one()
        pdf, data = privacy.export_person(session, person.staff_number, tmp_path).value
    assert pdf.read_bytes().startswith(b"%PDF")
    held = json.loads(data.read_text("utf-8"))
    assert held["person"]["staff_number"] == person.staff_number
    assert held["roles"] and held["activities"]
    assert held["audit_trail"][0]["action"] == "insert"
    assert "exemptions" in held
    with municipality.begin() as session:
        assert audit.history(session, "people", person.id)[-1].action == "export"


def test_people_who_left_long_ago_are_forgotten_but_the_figures_stay(
    municipality: Database,
) -> None:
    years = (2023, 2024, 2025)
    with municipality.begin() as session:
        gone = _someone_who_left(session, dt.date(2019, 6, 30))
        recent = _someone_who_left(session, dt.date(2024, 6, 30))
        exemptions.add(
            session,
            exemptions.ExemptionData(
                gone.id, ExemptionKind.ILLNESS, "Burn-out na reorganisatie", dt.date(2019, 1, 1)
            ),
        )
    with municipality.begin() as session:
        before = {y: render.to_json(norms.compute(session, y)) for y in years}
    with municipality.begin() as session:
        assert [p.id for p in privacy.due(session, 5, TODAY)] == [gone.id]
        assert privacy.anonymise(session, 5, TODAY).value == 1
        assert privacy.anonymise(session, 5, TODAY).value == 0  # once is enough
    with municipality.begin() as session:
        forgotten = session.get(Person, gone.id)
        assert forgotten is not None
        assert (forgotten.first_name, forgotten.last_name) == ("Geanonimiseerd", f"AVG-{gone.id}")
        assert forgotten.email is None
        assert session.get(Person, recent.id).last_name == "Geheimnaam"  # type: ignore[union-attr]
        trail = " ".join(
            f"{e.old} {e.new}"
            for e in session.scalars(
                select(AuditEntry).where(
                    AuditEntry.table_name == "people", AuditEntry.record_id == str(gone.id)
                )
            )
        )
        assert "Geheimnaam" not in trail and "geheim@gemeente.nl" not in trail
        # An exemption's reason is forgotten too (its kind and period stay for the figures).
        [kept] = exemptions.of_person(session, gone.id)
        assert (kept.kind, kept.reason) == (ExemptionKind.ILLNESS, "geanonimiseerd")
        every = " ".join(f"{e.old} {e.new}" for e in session.scalars(select(AuditEntry)))
        assert "Burn-out" not in every
        assert audit.history(session, "people", gone.id)[-1].action == "anonymise"
        assert audit.history(session, "people", gone.id)[-1].login == ADVISER
        after = {y: render.to_json(norms.compute(session, y)) for y in years}
    for year in years:  # the same people counted; only names differ
        assert after[year]["summary"] == before[year]["summary"]
        assert after[year]["units"] == before[year]["units"]
        statuses = [
            [(p["status"], p["activities"]) for p in r[year]["persons"]] for r in (before, after)
        ]
        assert sorted(statuses[0]) == sorted(statuses[1])


def test_only_the_adviser_anonymises(municipality: Database) -> None:
    municipality.login("lezer")
    with pytest.raises(NotAllowedError), municipality.begin() as session:
        privacy.anonymise(session, 5, TODAY)
