"""Units (deelprocessen and teams) and roles: create, edit, retire, list, detail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from oto_app.errors import ValidationError
from oto_app.models import Assignment, AssignmentKind, Person, Role, Unit, UnitKind
from oto_app.services import common, rights


@dataclass(frozen=True)
class UnitData:
    code: str
    name: str
    kind: UnitKind = UnitKind.DEELPROCES
    active: bool = True
    plan_note: str | None = None
    plan_reviewed_on: dt.date | None = None


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    kind: UnitKind
    active: bool
    plan_note: str | None
    plan_reviewed_on: dt.date | None
    people: int
    version: int


@dataclass(frozen=True)
class HolderRow:
    """Who holds which role in a unit, as of a date."""

    assignment_id: int
    role: str
    is_key: bool
    kind: AssignmentKind
    person_id: int
    staff_number: str
    name: str
    start_date: dt.date
    end_date: dt.date | None


@dataclass(frozen=True)
class UnitDetail:
    unit: UnitRow
    holders: list[HolderRow]
    roles: list[str]


@dataclass(frozen=True)
class RoleData:
    name: str
    is_key: bool = False
    min_activities: int = 1
    description: str | None = None


@dataclass(frozen=True)
class RoleRow:
    id: int
    name: str
    is_key: bool
    min_activities: int
    description: str | None


# --- units ---------------------------------------------------------------------------------


def _apply_unit(session: Session, unit: Unit, data: UnitData) -> None:
    code = common.required(data.code, "field_unit_code", 16).upper()
    taken = session.scalar(select(Unit.id).where(Unit.code == code, Unit.id != unit.id))
    if taken is not None:
        raise ValidationError("unit_code_taken", field="field_unit_code", code=code)
    unit.code = code
    unit.name = common.required(data.name, "field_unit_name", 120)
    unit.kind = data.kind
    unit.active = data.active
    unit.plan_note = common.limited(data.plan_note, "field_plan_note", 200)
    unit.plan_reviewed_on = data.plan_reviewed_on


def create_unit(session: Session, data: UnitData) -> int:
    rights.require_adviser(session, "do_edit_organisation")
    position = session.scalar(select(func.coalesce(func.max(Unit.position), 0))) or 0
    unit = Unit(position=position + 1)
    _apply_unit(session, unit, data)
    session.add(unit)
    session.flush()
    return unit.id


def update_unit(session: Session, unit_id: int, data: UnitData, version: int | None = None) -> None:
    rights.require_adviser(session, "do_edit_organisation")
    unit = common.fetch(session, Unit, unit_id, "unknown_unit")
    common.check_version(unit, version, "what_unit")
    _apply_unit(session, unit, data)
    common.flush(session, "what_unit")


def set_unit_active(session: Session, unit_id: int, active: bool) -> None:
    """Retire (or revive) a unit; its history stays."""
    rights.require_adviser(session, "do_edit_organisation")
    common.fetch(session, Unit, unit_id, "unknown_unit").active = active
    common.flush(session, "what_unit")


def list_units(session: Session, on: dt.date, include_retired: bool = True) -> list[UnitRow]:
    """All units in their fixed order, each with the number of people holding a role on ``on``."""
    people = (
        select(Assignment.unit_id, func.count(func.distinct(Assignment.person_id)).label("n"))
        .where(Assignment.active_on_clause(on))
        .group_by(Assignment.unit_id)
        .subquery()
    )
    query = (
        select(Unit, func.coalesce(people.c.n, 0))
        .outerjoin(people, people.c.unit_id == Unit.id)
        .order_by(Unit.position, Unit.code)
    )
    if not include_retired:
        query = query.where(Unit.active.is_(True))
    return [_unit_row(unit, count) for unit, count in session.execute(query)]


def _unit_row(unit: Unit, people: int) -> UnitRow:
    return UnitRow(
        unit.id,
        unit.code,
        unit.name,
        unit.kind,
        unit.active,
        unit.plan_note,
        unit.plan_reviewed_on,
        people,
        unit.version,
    )


def unit_detail(session: Session, unit_id: int, on: dt.date) -> UnitDetail:
    """The unit, who holds which role in it on ``on``, and the roles of its formation."""
    unit = common.fetch(session, Unit, unit_id, "unknown_unit")
    rows = session.execute(
        select(Assignment, Role, Person)
        .join(Role, Role.id == Assignment.role_id)
        .join(Person, Person.id == Assignment.person_id)
        .where(Assignment.unit_id == unit_id, Assignment.active_on_clause(on))
        .order_by(
            Role.is_key.desc(),
            Role.name,
            case((Assignment.kind == AssignmentKind.PRIMARY, 0), else_=1),
            Person.sort_name,
        )
    )
    holders = [
        HolderRow(
            a.id, r.name, r.is_key, a.kind, p.id, p.staff_number, p.name, a.start_date, a.end_date
        )
        for a, r, p in rows
    ]
    count = len({h.person_id for h in holders})
    return UnitDetail(_unit_row(unit, count), holders, [role.name for role in unit.roles])


def find_unit(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code.strip().upper()))
    if unit is None:
        raise ValidationError("unknown_unit", ref=code)
    return unit


# --- roles ---------------------------------------------------------------------------------


def _apply_role(session: Session, role: Role, data: RoleData) -> None:
    name = common.required(data.name, "field_role_name", 120)
    taken = session.scalar(
        select(Role.id).where(func.lower(Role.name) == name.lower(), Role.id != role.id)
    )
    if taken is not None:
        raise ValidationError("role_name_taken", field="field_role_name", name=name)
    if data.min_activities < 0:
        raise ValidationError("min_activities")
    role.name = name
    role.is_key = data.is_key
    role.min_activities = data.min_activities
    role.description = common.limited(data.description, "field_description", 2000)


def create_role(session: Session, data: RoleData) -> int:
    rights.require_adviser(session, "do_edit_organisation")
    role = Role()
    _apply_role(session, role, data)
    session.add(role)
    session.flush()
    return role.id


def update_role(session: Session, role_id: int, data: RoleData, version: int | None = None) -> None:
    rights.require_adviser(session, "do_edit_organisation")
    role = common.fetch(session, Role, role_id, "unknown_role")
    common.check_version(role, version, "what_role")
    _apply_role(session, role, data)
    common.flush(session, "what_role")


def list_roles(session: Session) -> list[RoleRow]:
    roles = session.scalars(select(Role).order_by(Role.is_key.desc(), Role.name))
    return [RoleRow(r.id, r.name, r.is_key, r.min_activities, r.description) for r in roles]


def find_role(session: Session, name: str) -> Role:
    role = session.scalar(select(Role).where(func.lower(Role.name) == name.strip().lower()))
    if role is None:
        raise ValidationError("unknown_role", ref=name)
    return role


def add_role_to_unit(session: Session, unit_id: int, role_id: int) -> None:
    """Make ``role`` part of the unit's formation (N5 checks the key roles of a formation)."""
    rights.require_adviser(session, "do_edit_organisation")
    unit = common.fetch(session, Unit, unit_id, "unknown_unit")
    role = common.fetch(session, Role, role_id, "unknown_role")
    if role not in unit.roles:
        unit.roles.append(role)
