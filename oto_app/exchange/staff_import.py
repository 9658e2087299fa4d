"""``import staff``: people and their role assignments from HR's file (shared/interfaces.md).

All or nothing: every row is checked first; with any problem nothing is written and
every problem is reported. Idempotent: the personeelsnummer is the person's key; an
assignment's key is (person, unit, role, startdatum), or (person, unit, role) and
"still running" when the file gives no start. Writes are bulk statements in the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import audit, health
from oto_app.changes import Changes
from oto_app.dates import format_date
from oto_app.exchange.bulk import insert_rows, lookup, update_rows
from oto_app.exchange.cells import Agreement, Cells
from oto_app.exchange.report import Counts, ImportReport
from oto_app.exchange.table import read_table
from oto_app.limits import length
from oto_app.models import Assignment, AssignmentKind, Person, Role, Unit
from oto_app.names import sort_key, split_surname
from oto_app.services import organisation, rights
from oto_app.services.common import is_email

REQUIRED = ("personeelsnummer", "voornaam", "achternaam")
LIMITS = {
    "personeelsnummer": length(Person.staff_number),
    "voornaam": length(Person.first_name),
    "tussenvoegsel": length(Person.infix),
    "achternaam": length(Person.infix) + 1 + length(Person.last_name),
    "email": length(Person.email),
    "telefoon": length(Person.phone),
    "afdeling": length(Person.department),
    "onderdeel": length(Unit.code),
    "rol": length(Role.name),
}
YES_NO = {"ja": True, "j": True, "nee": False, "n": False}
KINDS = {"primair": AssignmentKind.PRIMARY, "plaatsvervanger": AssignmentKind.DEPUTY}
DEPUTY_PREFIX = "plaatsvervangend "
#: The fields of a person a staff file can set, and the column each comes from. A field
#: whose column the file lacks (or that it spells so that it is not recognised) is never
#: changed: only an empty cell in a column that is there clears a field.
FIELD_COLUMNS = {
    "first_name": "voornaam",
    "infix": "achternaam",  # the tussenvoegsel is split off the surname, or given apart
    "last_name": "achternaam",
    "email": "email",
    "phone": "telefoon",
    "department": "afdeling",
    "active": "actief",
    "left_on": "actief",  # or uit_dienst: see _leaving
}
PERSON_FIELDS = tuple(FIELD_COLUMNS)
#: What a new person gets for a field the file does not give.
DEFAULTS: dict[str, object] = {
    "email": None,
    "phone": None,
    "department": None,
    "active": True,
    "left_on": None,
}
PERSON_COLUMNS = (
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "email",
    "telefoon",
    "afdeling",
    "actief",
    "uit_dienst",
)
COLUMNS = (
    "personeelsnummer",
    *PERSON_COLUMNS,
    "onderdeel",
    "rol",
    "type",
    "startdatum",
    "einddatum",
)

#: read once: asking a mapped attribute for its column's size takes SQLAlchemy's slow path
_LAST, _INFIX = length(Person.last_name), length(Person.infix)


@dataclass
class StaffReport(ImportReport):
    people: Counts = field(
        default_factory=Counts, metadata={"what": "what_people", "changes": Changes.STAFF}
    )
    assignments: Counts = field(
        default_factory=Counts,
        # an assignment may make its role part of the unit's formation
        metadata={
            "what": "what_assignments",
            "changes": Changes.ASSIGNMENTS | Changes.ROLES | Changes.UNITS,
        },
    )


@dataclass(frozen=True)
class _Role:
    line: int
    unit_id: int
    role_id: int
    kind: AssignmentKind
    start: dt.date | None
    end: dt.date | None


def import_staff(session: Session, path: Path | str, today: dt.date | None = None) -> StaffReport:
    """Check the whole file, then write it; raises ImportRefused with every problem."""
    rights.require_adviser(session, "do_import")
    health.ensure_sound(session)  # never write into a damaged file
    table = read_table(Path(path), COLUMNS)
    cells = Cells(table, REQUIRED, LIMITS)
    people, roles = _parse(session, cells)
    cells.check()
    report = StaffReport(warnings=cells.warnings)
    day = today or dt.date.today()
    present = set(table.known_columns) | (
        {"actief"} if "uit_dienst" in table.known_columns else set()
    )
    fields = [f for f, c in FIELD_COLUMNS.items() if c in present]
    leavers = _leaving(session, people, day) if "active" in fields else {}
    with audit.importing(session, table.path):
        ids = _write_people(session, people, fields, report.people)
        inactive = {n for n, v in people.items() if v.get("active") is False}
        _write_roles(session, roles, ids, day, report.assignments, inactive)
        _end_roles(session, {ids[n]: on for n, on in leavers.items()}, report.assignments)
    return report


def _parse(
    session: Session, cells: Cells
) -> tuple[dict[str, dict[str, object]], dict[str, list[_Role]]]:
    units = {code.lower(): uid for uid, code in session.execute(select(Unit.id, Unit.code))}
    role_ids = {name.lower(): rid for rid, name in session.execute(select(Role.id, Role.name))}
    agreement = Agreement(cells, PERSON_COLUMNS)
    people: dict[str, dict[str, object]] = {}
    roles: dict[str, list[_Role]] = {}
    present = set(cells.table.known_columns)
    for line, row in cells.rows():
        number = cells.text(line, row, "personeelsnummer", required=True)
        first = cells.text(line, row, "voornaam", required=True)
        surname = cells.text(line, row, "achternaam", required=True)
        infix, last = (
            (row.get("tussenvoegsel", ""), surname)
            if row.get("tussenvoegsel")
            else split_surname(surname)
        )
        if len(last) > _LAST or len(infix) > _INFIX:
            cells.refuse(line, "achternaam", "text_too_long", length=len(surname), max=_LAST)
        email = row.get("email", "")
        if email and not is_email(email):
            cells.refuse(line, "email", "invalid_email", value=email)
        active = cells.choice(line, row, "actief", YES_NO)
        left = cells.date(line, row, "uit_dienst")
        if left and active:
            cells.refuse(line, "uit_dienst", "left_but_active", day=format_date(left))
        values: dict[str, object] = {"first_name": first, "infix": infix, "last_name": last}
        if "email" in present:
            values["email"] = email or None
        if "telefoon" in present:
            values["phone"] = row.get("telefoon") or None
        if "afdeling" in present:
            values["department"] = row.get("afdeling") or None
        if "actief" in present or "uit_dienst" in present:
            values["active"] = not left and active is not False  # empty: ja
            values["left_on"] = left
        if number and agreement.check(number, line, row):
            people[number] = values
        elif number in people:  # a later row may fill in what the first left empty
            known = people[number]
            known.update({f: v for f, v in values.items() if v and not known.get(f)})
        role = _parse_role(cells, line, row, units, role_ids)
        if role is not None and number:
            roles.setdefault(number, []).append(role)
    return people, roles


def _parse_role(
    cells: Cells, line: int, row: dict[str, str], units: dict[str, int], role_ids: dict[str, int]
) -> _Role | None:
    unit, role = row.get("onderdeel", ""), row.get("rol", "")
    if not unit and not role:
        return None
    if not unit:
        cells.refuse(line, "onderdeel", "cell_role_without_unit")
        return None
    if not role:
        cells.refuse(line, "rol", "cell_unit_without_role")
        return None
    kind = cells.choice(line, row, "type", KINDS, default=AssignmentKind.PRIMARY)
    name = role.lower()
    if name not in role_ids and name.startswith(DEPUTY_PREFIX):
        name, kind = name[len(DEPUTY_PREFIX) :], AssignmentKind.DEPUTY
    start = cells.date(line, row, "startdatum")
    end = cells.date(line, row, "einddatum")
    if unit.lower() not in units:
        cells.refuse(line, "onderdeel", "cell_unknown_unit", value=unit)
    if name not in role_ids:
        cells.refuse(line, "rol", "cell_unknown_role", value=role)
    if start and end and end < start:
        cells.refuse(
            line, "einddatum", "end_before_start", start=format_date(start), end=format_date(end)
        )
    if unit.lower() not in units or name not in role_ids:
        return None
    return _Role(
        line, units[unit.lower()], role_ids[name], kind or AssignmentKind.PRIMARY, start, end
    )


def _leaving(
    session: Session, people: dict[str, dict[str, object]], day: dt.date
) -> dict[str, dt.date]:
    """``actief: nee`` means what *Uit dienst melden* does: the leaving date is the
    ``uit_dienst`` cell, else the day a leaver already has, else the import date. Returns
    staff number -> leaving date for those whose running roles must end that day."""
    had = {
        number: (active, left_on)
        for number, active, left_on in session.execute(
            select(Person.staff_number, Person.active, Person.left_on)
        )
    }
    leavers: dict[str, dt.date] = {}
    for number, values in people.items():
        if values["active"]:
            values["left_on"] = None
            continue
        was_active, left_on = had.get(number, (True, None))
        on = values["left_on"] or (left_on if not was_active and left_on else day)
        values["left_on"] = on
        if was_active or on != left_on:
            leavers[number] = on  # type: ignore[assignment]
    return leavers


def _end_roles(session: Session, leavers: dict[int, dt.date], counts: Counts) -> None:
    """End every role of a leaver still running after the leaving day (audited)."""
    if not leavers:
        return
    running = session.scalars(
        select(Assignment).where(
            Assignment.end_date.is_(None) | (Assignment.end_date > min(leavers.values()))
        )
    )
    for assignment in running:
        on = leavers.get(assignment.person_id)
        if on is not None and (assignment.end_date is None or assignment.end_date > on):
            assignment.end_date = max(on, assignment.start_date)
            counts.updated += 1
    session.flush()


def _write_people(
    session: Session, people: dict[str, dict[str, object]], fields: list[str], counts: Counts
) -> dict[str, int]:
    """Insert new people and update changed ones in bulk; returns staff number -> id.

    Only ``fields`` (those whose column the file has) are compared and written."""
    existing = {
        p.staff_number: p
        for p in session.execute(
            select(
                Person.id,
                Person.staff_number,
                Person.version,
                *(getattr(Person, f) for f in PERSON_FIELDS),
            )
        ).all()
    }
    new, changed = [], []
    for number, values in people.items():
        values["sort_name"] = sort_key(
            str(values["first_name"]), str(values["infix"]), str(values["last_name"])
        )
        old = existing.get(number)
        if old is None:
            new.append({"staff_number": number, **DEFAULTS, **values})
        elif any(getattr(old, f) != values[f] for f in fields):
            changed.append({"id": old.id, "version": old.version, **values})
        else:
            counts.unchanged += 1
    if new:
        insert_rows(session, Person, new)
    if changed:  # bulk UPDATE by primary key; the ORM checks and bumps "version"
        update_rows(session, Person, changed, {p.id: p for p in existing.values()})
    counts.added, counts.updated = len(new), len(changed)
    return lookup(session, Person.staff_number, Person.id)


def _write_roles(
    session: Session,
    roles: dict[str, list[_Role]],
    ids: dict[str, int],
    today: dt.date,
    counts: Counts,
    inactive: set[str],
) -> None:
    """Add or update the roles of the file; a leaver gets no new running role (a row of
    theirs without a startdatum is the role they held, not a new one)."""
    held: dict[tuple[int, int, int], list[Assignment]] = {}
    for a in session.scalars(select(Assignment)):  # all: a file may name more than SQL binds
        held.setdefault((a.person_id, a.unit_id, a.role_id), []).append(a)
    new: list[dict[str, Any]] = []
    for number, wanted in roles.items():
        person = ids[number]
        for role in wanted:
            current = held.get((person, role.unit_id, role.role_id), [])
            match = (
                next((a for a in current if a.start_date == role.start), None)
                if role.start
                else next((a for a in current if a.end_date is None or a.end_date >= today), None)
            )
            if match is None and role.start is None and number in inactive:
                counts.unchanged += 1
            elif match is None:
                new.append(
                    {
                        "person_id": person,
                        "unit_id": role.unit_id,
                        "role_id": role.role_id,
                        "kind": role.kind,
                        "start_date": role.start or today,
                        "end_date": role.end,
                    }
                )
            elif (match.kind, match.end_date) != (role.kind, role.end):
                match.kind, match.end_date = role.kind, role.end
                counts.updated += 1
            else:
                counts.unchanged += 1
    if new:
        insert_rows(session, Assignment, new)
        _join_formations(session, new)
    counts.added = len(new)
    session.flush()


def _join_formations(session: Session, new: list[dict[str, Any]]) -> None:
    """A role held in a unit becomes part of its formation from the first start on (as
    assigning one by hand does)."""
    pairs: dict[tuple[int, int], dt.date] = {}
    for row in new:
        pair = (row["unit_id"], row["role_id"])
        pairs[pair] = min(pairs.get(pair, row["start_date"]), row["start_date"])
    organisation.join_formations(session, pairs)
