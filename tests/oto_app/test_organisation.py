"""Units and roles are data the adviser keeps: add, rename, retire."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.models import AssignmentKind, UnitKind
from oto_app.services import assignments, organisation, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.organisation import RoleData, UnitData
from oto_app.services.staff import PersonData

D = dt.date


def test_a_new_unit_comes_last_and_codes_are_unique(db: Database) -> None:
    with db.begin() as session:
        organisation.create_unit(session, UnitData("ict", "ICT-continuïteit", UnitKind.TEAM))
    with db.begin() as session:
        units = organisation.list_units(session, D(2025, 1, 1))
    assert (units[-1].code, units[-1].name) == ("ICT", "ICT-continuïteit")
    with (
        pytest.raises(ValidationError, match="onderdeelcode CRAS bestaat al"),
        db.begin() as session,
    ):
        organisation.create_unit(session, UnitData("cras", "Nog een CRAS"))


def test_retired_units_stay_listed_unless_asked(db: Database) -> None:
    with db.begin() as session:
        nz = organisation.find_unit(session, "NZ")
        organisation.set_unit_active(session, nz.id, False)
    with db.begin() as session:
        current = [u.code for u in organisation.list_units(session, D(2025, 1, 1), False)]
        every = organisation.list_units(session, D(2025, 1, 1))
    assert "NZ" not in current
    assert [u.active for u in every if u.code == "NZ"] == [False]


def test_unit_detail_shows_who_holds_which_role(db: Database) -> None:
    with db.begin() as session:
        cras = organisation.find_unit(session, "CRAS").id
        pv = organisation.find_role(session, "procesverantwoordelijke").id
        pm = organisation.find_role(session, "procesmedewerker").id
        for number, role, kind in (
            ("1", pv, AssignmentKind.PRIMARY),
            ("2", pv, AssignmentKind.DEPUTY),
            ("3", pm, AssignmentKind.PRIMARY),
        ):
            person = staff.create_person(session, PersonData(number, "P", f"Naam{number}")).value
            assignments.assign(
                session, AssignmentData(person, cras, role, kind, start_date=D(2024, 1, 1))
            )
    with db.begin() as session:
        detail = organisation.unit_detail(session, cras, D(2025, 1, 1))
        listed = {u.code: u.people for u in organisation.list_units(session, D(2025, 1, 1))}
    assert [(h.role, h.kind, h.name) for h in detail.holders] == [
        ("procesverantwoordelijke", AssignmentKind.PRIMARY, "P Naam1"),
        ("procesverantwoordelijke", AssignmentKind.DEPUTY, "P Naam2"),
        ("procesmedewerker", AssignmentKind.PRIMARY, "P Naam3"),
    ]
    assert detail.unit.people == 3
    assert listed["CRAS"] == 3 and listed["OV"] == 0


def test_role_names_are_unique_ignoring_case(db: Database) -> None:
    with db.begin() as session:
        organisation.create_role(session, RoleData("Crisiscoördinator", is_key=True))
    with pytest.raises(ValidationError, match="bestaat al"), db.begin() as session:
        organisation.create_role(session, RoleData("crisiscoördinator"))
    with pytest.raises(ValidationError, match="0 of meer"), db.begin() as session:
        organisation.create_role(session, RoleData("Nieuw", min_activities=-1))
    with db.begin() as session:
        roles = organisation.list_roles(session)
    assert roles[0].is_key
    assert "Crisiscoördinator" in [r.name for r in roles]
