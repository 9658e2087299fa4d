"""Units (deelprocessen and teams) and roles: create, edit, retire, list, detail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import case, func, insert, select, update
from sqlalchemy.orm import Session

from oto_app import audit
from oto_app.changes import Changes, Done
from oto_app.errors import ValidationError
from oto_app.models import (
    Assignment,
    AssignmentKind,
    Person,
    PlanReview,
    Role,
    RoleTerm,
    Unit,
    UnitKind,
    UnitTerm,
    unit_roles,
)
from oto_app.services import common, rights


@dataclass(frozen=True)
class UnitData:
    code: str
    name: str
    kind: UnitKind = UnitKind.DEELPROCES
    active: bool = True
    plan_note: str | None = None
    #: A review of the deelplan on this day: added to the unit's history if new.
    plan_reviewed_on: dt.date | None = None
    #: The first day it counts in the norms; None: it always did.
    established_on: dt.date | None = None


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    kind: UnitKind
    active: bool
    plan_note: str | None
    plan_reviewed_on: dt.date | None  #: the last review on or before the list's date
    people: int
    version: int
    retired_on: dt.date | None = None
    reviews: tuple[dt.date, ...] = ()  #: every review, oldest first
    established_on: dt.date | None = None


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


def _apply_unit(session: Session, unit: Unit, data: UnitData, today: dt.date | None = None) -> None:
    code = common.required(data.code, "field_unit_code", Unit.code).upper()
    taken = session.scalar(select(Unit.id).where(Unit.code == code, Unit.id != unit.id))
    if taken is not None:
        raise ValidationError("unit_code_taken", field="field_unit_code", code=code)
    name = common.required(data.name, "field_unit_name", Unit.name)
    if unit.id is not None and (unit.code, unit.name) != (code, name):
        _keep_unit_term(unit, (today or dt.date.today()) - dt.timedelta(days=1))
    unit.code, unit.name = code, name
    unit.kind = data.kind
    _set_active(unit, data.active, today)
    unit.plan_note = common.limited(data.plan_note, "field_plan_note", Unit.plan_note)
    unit.established_on = data.established_on
    if data.plan_reviewed_on is not None:
        add_plan_review(session, unit, data.plan_reviewed_on)


def _keep_unit_term(unit: Unit, until: dt.date) -> None:
    """What the unit was called up to ``until`` (the years before name it so); a second
    rename the same day keeps the first name."""
    if all(term.until != until for term in unit.earlier):
        unit.earlier.append(UnitTerm(until=until, code=unit.code, name=unit.name))


def _set_active(unit: Unit, active: bool, today: dt.date | None) -> None:
    """Retiring records the day (the unit still counts on every day before it)."""
    if active:
        unit.retired_on = None
    elif unit.active or unit.active is None:
        unit.retired_on = today or dt.date.today()
    unit.active = active


def add_plan_review(session: Session, unit: Unit, day: dt.date, note: str | None = None) -> bool:
    """Add a review of the unit's deelplan on ``day`` to its history; False if it was there."""
    common.plausible_date(day, "plan_reviewed_on", "field_reviewed_on")
    if any(r.reviewed_on == day for r in unit.reviews):
        return False
    unit.reviews.append(
        PlanReview(reviewed_on=day, note=common.limited(note, "field_plan_note", Unit.plan_note))
    )
    return True


def create_unit(session: Session, data: UnitData) -> Done[int]:
    rights.require_adviser(session, "do_edit_organisation")
    position = session.scalar(select(func.coalesce(func.max(Unit.position), 0))) or 0
    unit = Unit(position=position + 1)
    _apply_unit(session, unit, data)
    session.add(unit)
    session.flush()
    return Done(unit.id, Changes.UNITS)


def update_unit(
    session: Session,
    unit_id: int,
    data: UnitData,
    version: int | None = None,
    today: dt.date | None = None,
) -> Changes:
    rights.require_adviser(session, "do_edit_organisation")
    unit = common.fetch(session, Unit, unit_id, "unknown_unit")
    common.check_version(unit, version, "what_unit")
    _apply_unit(session, unit, data, today)
    common.flush(session, "what_unit")
    return Changes.UNITS


def set_unit_active(
    session: Session, unit_id: int, active: bool, today: dt.date | None = None
) -> Changes:
    """Retire (or revive) a unit; its history stays, and it counts in the years before."""
    rights.require_adviser(session, "do_edit_organisation")
    _set_active(common.fetch(session, Unit, unit_id, "unknown_unit"), active, today)
    common.flush(session, "what_unit")
    return Changes.UNITS


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
    return [_unit_row(unit, count, on) for unit, count in session.execute(query)]


def _unit_row(unit: Unit, people: int, on: dt.date) -> UnitRow:
    return UnitRow(
        unit.id,
        unit.code,
        unit.name,
        unit.kind,
        unit.active,
        unit.plan_note,
        unit.last_review(on),
        people,
        unit.version,
        unit.retired_on,
        tuple(r.reviewed_on for r in unit.reviews),
        unit.established_on,
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
    return UnitDetail(_unit_row(unit, count, on), holders, [role.name for role in unit.roles])


def find_unit(session: Session, code: str) -> Unit:
    unit = session.scalar(select(Unit).where(Unit.code == code.strip().upper()))
    if unit is None:
        raise ValidationError("unknown_unit", ref=code)
    return unit


# --- roles ---------------------------------------------------------------------------------


def _apply_role(session: Session, role: Role, data: RoleData, today: dt.date | None = None) -> None:
    name = common.required(data.name, "field_role_name", Role.name)
    taken = session.scalar(
        select(Role.id).where(func.lower(Role.name) == name.lower(), Role.id != role.id)
    )
    if taken is not None:
        raise ValidationError("role_name_taken", field="field_role_name", name=name)
    if data.min_activities < 0:
        raise ValidationError("min_activities")
    if role.id is not None and (role.is_key, role.min_activities, role.name) != (
        data.is_key,
        data.min_activities,
        name,
    ):
        _keep_term(role, (today or dt.date.today()) - dt.timedelta(days=1))
    role.name = name
    role.is_key = data.is_key
    role.min_activities = data.min_activities
    role.description = common.limited(data.description, "field_description", 2000)


def _keep_term(role: Role, until: dt.date) -> None:
    """What the role asked and was called up to ``until``; a second change the same day
    keeps the first."""
    if all(term.until != until for term in role.earlier):
        role.earlier.append(
            RoleTerm(
                until=until, is_key=role.is_key, min_activities=role.min_activities, name=role.name
            )
        )


def create_role(session: Session, data: RoleData) -> Done[int]:
    rights.require_adviser(session, "do_edit_organisation")
    role = Role()
    _apply_role(session, role, data)
    session.add(role)
    session.flush()
    return Done(role.id, Changes.ROLES)


def update_role(
    session: Session,
    role_id: int,
    data: RoleData,
    version: int | None = None,
    today: dt.date | None = None,
) -> Changes:
    """Save a role; a new key-role flag or minimum counts from ``today`` (default: today)
    on, and what it asked before is kept for the years before."""
    rights.require_adviser(session, "do_edit_organisation")
    role = common.fetch(session, Role, role_id, "unknown_role")
    common.check_version(role, version, "what_role")
    _apply_role(session, role, data, today)
    common.flush(session, "what_role")
    return Changes.ROLES


def list_roles(session: Session) -> list[RoleRow]:
    roles = session.scalars(select(Role).order_by(Role.is_key.desc(), Role.name))
    return [RoleRow(r.id, r.name, r.is_key, r.min_activities, r.description) for r in roles]


def find_role(session: Session, name: str) -> Role:
    role = session.scalar(select(Role).where(func.lower(Role.name) == name.strip().lower()))
    if role is None:
        raise ValidationError("unknown_role", ref=name)
    return role


def formations(session: Session) -> dict[int, set[int]]:
    """For each unit, the ids of the roles in its formation (one query)."""
    found: dict[int, set[int]] = {}
    for unit_id, role_id in session.execute(select(unit_roles.c.unit_id, unit_roles.c.role_id)):
        found.setdefault(unit_id, set()).add(role_id)
    return found


def _pair(row: dict[str, object]) -> str:
    return f"{row['unit_id']}/{row['role_id']}"


def add_role_to_unit(
    session: Session, unit_id: int, role_id: int, since: dt.date | None = None
) -> Changes:
    """Make ``role`` part of the unit's formation from ``since`` (default: today) on; N5
    checks the key roles of the formation as it stood on the reference date."""
    rights.require_adviser(session, "do_edit_organisation")
    unit = common.fetch(session, Unit, unit_id, "unknown_unit")
    common.fetch(session, Role, role_id, "unknown_role")
    if not join_formations(session, {(unit.id, role_id): since or dt.date.today()}):
        return Changes.NONE
    session.expire(unit, ["roles"])
    return Changes.ROLES | Changes.UNITS


def join_formations(session: Session, pairs: dict[tuple[int, int], dt.date]) -> bool:
    """Each (unit, role) part of the unit's formation from its date on: added if new, its
    first day moved earlier if it was later (a role held in a unit from a date was part
    of the formation from then). Returns whether anything changed."""
    rows = session.execute(select(unit_roles.c.unit_id, unit_roles.c.role_id, unit_roles.c.since))
    known = {(u, r): since for u, r, since in rows}
    missing = [
        {"unit_id": u, "role_id": r, "since": day}
        for (u, r), day in pairs.items()
        if (u, r) not in known
    ]
    if missing:  # Core statements, so recorded in the trail here (as the imports do)
        session.execute(insert(unit_roles), missing)
        audit.write(session, "insert", "unit_roles", ((_pair(r), None, r) for r in missing))
    earlier = [(pair, day) for pair, day in pairs.items() if (known.get(pair) or day) > day]
    for (unit_id, role_id), day in earlier:
        session.execute(
            update(unit_roles)
            .where(unit_roles.c.unit_id == unit_id, unit_roles.c.role_id == role_id)
            .values(since=day)
        )
    audit.write(
        session,
        "update",
        "unit_roles",
        ((f"{u}/{r}", {"since": known[(u, r)]}, {"since": day}) for (u, r), day in earlier),
    )
    return bool(missing or earlier)
