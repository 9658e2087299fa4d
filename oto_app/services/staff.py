"""Staff: create, edit, retire; the searchable, sortable, paged list; a person's detail."""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.errors import ValidationError
from oto_app.models import Assignment, AssignmentKind, Person, Role, Unit
from oto_app.names import display_name, fold
from oto_app.services import common, rights


@dataclass(frozen=True)
class PersonData:
    staff_number: str
    first_name: str
    last_name: str
    infix: str = ""
    email: str | None = None
    phone: str | None = None
    department: str | None = None
    active: bool = True


class StaffSort(enum.Enum):
    """The columns the staff list can be sorted by (in SQL, so sorting stays lazy)."""

    NAME = "name"
    STAFF_NUMBER = "staff_number"
    DEPARTMENT = "department"
    ROLES = "roles"
    EMAIL = "email"
    PHONE = "phone"
    ACTIVE = "active"


@dataclass(frozen=True)
class StaffQuery:
    search: str = ""
    only_active: bool = False
    sort: StaffSort = StaffSort.NAME
    descending: bool = False
    on: dt.date = field(default_factory=dt.date.today)


@dataclass(frozen=True)
class PersonRow:
    id: int
    staff_number: str
    name: str
    department: str | None
    email: str | None
    phone: str | None
    active: bool
    roles: str


@dataclass(frozen=True)
class AssignmentRow:
    id: int
    unit_id: int
    unit_code: str
    unit_name: str
    role: str
    kind: AssignmentKind
    start_date: dt.date
    end_date: dt.date | None
    active: bool


@dataclass(frozen=True)
class PersonDetail:
    id: int
    data: PersonData
    name: str
    version: int
    assignments: list[AssignmentRow]


def _apply(session: Session, person: Person, data: PersonData) -> None:
    number = common.required(data.staff_number, "field_staff_number", Person.staff_number)
    holder = session.scalar(
        select(Person).where(Person.staff_number == number, Person.id != person.id)
    )
    if holder is not None:
        raise ValidationError(
            "staff_number_taken", field="field_staff_number", number=number, name=holder.name
        )
    person.staff_number = number
    person.first_name = common.required(data.first_name, "field_first_name", Person.first_name)
    person.infix = common.limited(data.infix, "field_infix", Person.infix) or ""
    person.last_name = common.required(data.last_name, "field_last_name", Person.last_name)
    person.email = common.email(data.email)
    person.phone = common.limited(data.phone, "field_phone", Person.phone)
    person.department = common.limited(data.department, "field_department", Person.department)
    person.active = data.active


def create_person(session: Session, data: PersonData) -> Done[int]:
    rights.require_adviser(session, "do_edit_staff")
    person = Person()
    _apply(session, person, data)
    session.add(person)
    session.flush()
    return Done(person.id, Changes.STAFF)


def update_person(
    session: Session, person_id: int, data: PersonData, version: int | None = None
) -> Changes:
    """Save edits; ``version`` is what the editor read, to refuse overwriting someone else."""
    rights.require_adviser(session, "do_edit_staff")
    person = common.fetch(session, Person, person_id, "unknown_person")
    common.check_version(person, version, "what_person")
    was_active = person.active
    _apply(session, person, data)
    if was_active and not data.active:
        _leave(session, person, dt.date.today())
    elif data.active:
        person.left_on = None
    common.flush(session, "what_person")
    return Changes.STAFF | Changes.ASSIGNMENTS


def retire_person(session: Session, person_id: int, on: dt.date) -> Done[int]:
    """Mark someone as left on ``on`` and end their open assignments; returns how many ended."""
    rights.require_adviser(session, "do_edit_staff")
    person = common.fetch(session, Person, person_id, "unknown_person")
    person.active = False
    ended = _leave(session, person, on)
    common.flush(session, "what_person")
    return Done(ended, Changes.STAFF | Changes.ASSIGNMENTS)


def _leave(session: Session, person: Person, on: dt.date) -> int:
    person.left_on = on
    open_ones = [a for a in person.assignments if a.end_date is None or a.end_date > on]
    for assignment in open_ones:
        assignment.end_date = max(on, assignment.start_date)
    return len(open_ones)


# --- the list ------------------------------------------------------------------------------


def _roles_label() -> ColumnElement[str]:
    return func.aggregate_strings(Unit.code + " " + Role.name, ", ")


def _roles_held(on: dt.date) -> Select[int, str]:
    """Per person, "CODE rol" for every role held on ``on``, joined with commas."""
    return (
        select(Assignment.person_id, _roles_label().label("roles"))
        .join(Unit, Unit.id == Assignment.unit_id)
        .join(Role, Role.id == Assignment.role_id)
        .where(Assignment.active_on_clause(on))
        .group_by(Assignment.person_id)
    )


_LIKE_SPECIAL = re.compile(r"[\\%_]")


def _filtered(query: StaffQuery, statement: Select[Any]) -> Select[Any]:
    if query.only_active:
        statement = statement.where(Person.active.is_(True))
    for word in fold(query.search).split():
        # % and _ are what the user typed, not LIKE's wildcards (a "%" matched everyone)
        pattern = "%" + _LIKE_SPECIAL.sub(r"\\\g<0>", word) + "%"
        statement = statement.where(
            or_(
                Person.sort_name.like(pattern, escape="\\"),
                func.lower(Person.staff_number).like(pattern, escape="\\"),
                func.lower(Person.department).like(pattern, escape="\\"),
                func.lower(Person.email).like(pattern, escape="\\"),
            )
        )
    return statement


def count_people(session: Session, query: StaffQuery) -> int:
    return session.scalar(_filtered(query, select(func.count(Person.id)))) or 0


def list_people(
    session: Session, query: StaffQuery, offset: int = 0, limit: int = 200
) -> list[PersonRow]:
    """One page of the staff list, filtered and sorted in SQL.

    The roles are looked up for the page's people only, so a page costs the same with
    a hundred or a hundred thousand people (except when sorting by roles).
    """
    statement = _filtered(query, select(Person))
    if query.sort == StaffSort.ROLES:
        held = _roles_held(query.on).subquery()
        order: Any = func.coalesce(held.c.roles, "")
        statement = statement.outerjoin(held, held.c.person_id == Person.id)
    else:
        order = {
            StaffSort.NAME: Person.sort_name,
            StaffSort.STAFF_NUMBER: Person.staff_number,
            StaffSort.DEPARTMENT: func.coalesce(Person.department, ""),
            StaffSort.EMAIL: func.coalesce(Person.email, ""),
            StaffSort.PHONE: func.coalesce(Person.phone, ""),
            StaffSort.ACTIVE: Person.active,
        }[query.sort]
    statement = statement.order_by(order.desc() if query.descending else order.asc(), Person.id)
    people = session.scalars(statement.offset(offset).limit(limit)).all()
    roles: dict[int, str] = dict(
        session.execute(
            _roles_held(query.on).where(Assignment.person_id.in_([p.id for p in people]))
        ).all()
    )
    return [
        PersonRow(
            p.id,
            p.staff_number,
            p.name,
            p.department,
            p.email,
            p.phone,
            p.active,
            roles.get(p.id, ""),
        )
        for p in people
    ]


def person_detail(session: Session, person_id: int, on: dt.date) -> PersonDetail:
    person = common.fetch(session, Person, person_id, "unknown_person")
    rows = session.execute(
        select(Assignment, Unit, Role)
        .join(Unit, Unit.id == Assignment.unit_id)
        .join(Role, Role.id == Assignment.role_id)
        .where(Assignment.person_id == person_id)
        .order_by(Assignment.end_date.is_not(None), Assignment.start_date.desc())
    )
    assignments = [
        AssignmentRow(
            a.id, u.id, u.code, u.name, r.name, a.kind, a.start_date, a.end_date, a.active_on(on)
        )
        for a, u, r in rows
    ]
    data = PersonData(
        person.staff_number,
        person.first_name,
        person.last_name,
        person.infix,
        person.email,
        person.phone,
        person.department,
        person.active,
    )
    name = display_name(person.first_name, person.infix, person.last_name)
    return PersonDetail(person.id, data, name, person.version, assignments)


def find_person(session: Session, staff_number: str) -> Person | None:
    return session.scalar(select(Person).where(Person.staff_number == staff_number.strip()))


@dataclass(frozen=True)
class Choice:
    """A person to pick in a form: "Anna de Vries (M0042)"."""

    id: int
    name: str
    staff_number: str

    @property
    def label(self) -> str:
        return f"{self.name} ({self.staff_number})"


def choices(session: Session, ids: tuple[int, ...] | None = None) -> list[Choice]:
    """Active people in surname order (or just ``ids``, active or not) to pick from."""
    statement = select(
        Person.id, Person.first_name, Person.infix, Person.last_name, Person.staff_number
    ).order_by(Person.sort_name)
    statement = (
        statement.where(Person.id.in_(ids)) if ids is not None else statement.where(Person.active)
    )
    return [
        Choice(pid, display_name(first, infix, last), number)
        for pid, first, infix, last, number in session.execute(statement)
    ]
