"""``import staff``: people and their role assignments from HR's file (shared/interfaces.md).

All or nothing: every row is checked first; with any problem nothing is written and
every problem is reported. Idempotent: the personeelsnummer is the person's key; an
assignment's key is (person, unit, role, startdatum), or (person, unit, role) and
"still running" when the file gives no start. Writes are bulk statements in the
caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import gt, is_, is_not, itemgetter, not_
from pathlib import Path
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import audit, health
from oto_app.changes import Changes
from oto_app.dates import format_date
from oto_app.exchange.bulk import Columns, insert_rows, lookup, update_rows
from oto_app.exchange.cells import Agreement, Cells, read_date
from oto_app.exchange.report import Counts, ImportReport
from oto_app.exchange.table import Chunk, read_table, taker
from oto_app.limits import length
from oto_app.models import Assignment, AssignmentKind, Person, Role, Unit
from oto_app.names import sort_keys, split_surname
from oto_app.services import organisation, rights
from oto_app.services.common import all_emails, is_email

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
ASSIGNMENT_COLUMNS = ("person_id", "unit_id", "role_id", "kind", "start_date", "end_date")
#: what the import reads of the assignments held
HELD_COLUMNS = (
    Assignment.id,
    Assignment.version,
    Assignment.person_id,
    Assignment.unit_id,
    Assignment.role_id,
    Assignment.kind,
    Assignment.start_date,
    Assignment.end_date,
)
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
#: how those cells are read: rows that spell one value differently agree
PERSON_READINGS = {"email": str.casefold, "actief": str.casefold, "uit_dienst": read_date}
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


class _Role(NamedTuple):
    """A row's role, by name; the rows are parsed as plain tuples of these fields (a
    region's 100,000 are made in C), named where the import looks at them one by one."""

    number: str  #: the person's staff number
    line: int
    unit_id: int
    role_id: int
    kind: AssignmentKind
    start: dt.date | None
    end: dt.date | None


#: a role as parsed: _Role's fields
_RoleRow = tuple[str, int, int, int, AssignmentKind, dt.date | None, dt.date | None]


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
        inactive = people.inactive()
        _write_roles(session, cells, roles, ids, day, report.assignments, inactive)
        _end_roles(session, {ids[n]: on for n, on in leavers.items()}, report.assignments)
    return report


@dataclass
class _People:
    """The file's people field by field: ``columns`` holds each field of ``names``, one
    value a person in the order of their first rows, ``index`` each staff number's place
    in them; 100,000 people are a few lists, not 100,000 lists or dicts."""

    names: list[str] = field(default_factory=list)
    columns: list[list[object]] = field(default_factory=list)
    index: dict[str, int] = field(default_factory=dict)

    def column(self, name: str) -> list[object]:
        return self.columns[self.names.index(name)]

    def add(self, numbers: list[str], fields: list[list[Any]]) -> None:
        """A chunk's rows, each a new person."""
        start = len(self.index)
        self.index.update(zip(numbers, range(start, start + len(numbers)), strict=True))
        for column, values in zip(self.columns, fields, strict=True):
            column += values

    def add_row(self, number: str, fields: list[list[Any]], row: int) -> None:
        """The first row of a new person."""
        self.index[number] = len(self.index)
        for column, values in zip(self.columns, fields, strict=True):
            column.append(values[row])

    def fill(self, number: str, fields: list[list[Any]], row: int) -> None:
        """A later row of a known person: it may fill in what the first left empty."""
        at = self.index[number]
        for column, values in zip(self.columns, fields, strict=True):
            if values[row] and not column[at]:
                column[at] = values[row]

    def picked(self, places: list[int]) -> list[list[object]]:
        """The columns of the people at ``places`` (ascending), in their order."""
        if len(places) == len(self.index):  # everyone, in order: the columns as they are
            return self.columns
        return [list(map(column.__getitem__, places)) for column in self.columns]

    def inactive(self) -> set[str]:
        """The staff numbers of the people the file says are not active."""
        if "active" not in self.names:
            return set()
        return set(compress(self.index, map(is_, self.column("active"), repeat(False))))


def _parse(session: Session, cells: Cells) -> tuple[_People, list[_RoleRow]]:
    """The file's people and the rows' roles."""
    units = {code.lower(): uid for uid, code in session.execute(select(Unit.id, Unit.code))}
    role_ids = {name.lower(): rid for rid, name in session.execute(select(Role.id, Role.name))}
    agreement = Agreement(cells, PERSON_COLUMNS, PERSON_READINGS)
    people = _People()
    roles: list[_RoleRow] = []
    for chunk in cells.chunks():
        numbers = cells.texts(chunk, "personeelsnummer", required=True)
        names, fields = _person_fields(cells, chunk)
        if not people.names:
            people.names, people.columns = names, [[] for _name in names]
        firsts = agreement.firsts(chunk, numbers)
        if all(firsts):  # a row per person: nothing to merge
            people.add(numbers, fields)
        else:
            for row, (number, first) in enumerate(zip(numbers, firsts, strict=True)):
                if first:
                    people.add_row(number, fields, row)
                elif number in people.index:
                    people.fill(number, fields, row)
        roles += _parse_roles(cells, chunk, numbers, units, role_ids)
    return people, roles


def _person_fields(cells: Cells, chunk: Chunk) -> tuple[list[str], list[list[Any]]]:
    """The names of the fields of a person, and each field's values (one a row), its
    cells checked column by column."""
    lines = chunk.lines
    firsts = cells.texts(chunk, "voornaam", required=True)
    surnames = cells.texts(chunk, "achternaam", required=True)
    givens = chunk.get("tussenvoegsel")
    infixes, lasts = list(givens), list(surnames)
    # only a surname of more than one word, given without a tussenvoegsel, may hold one
    words = map(len, map(str.split, surnames))
    for index in compress(range(len(surnames)), map(gt, words, repeat(1))):
        if not givens[index]:
            infixes[index], lasts[index] = split_surname(surnames[index])
    if max(map(len, lasts)) > _LAST or max(map(len, infixes)) > _INFIX:
        for line, infix, last, surname in zip(lines, infixes, lasts, surnames, strict=True):
            if len(last) > _LAST or len(infix) > _INFIX:
                cells.refuse(line, "achternaam", "text_too_long", length=len(surname), max=_LAST)
    emails = chunk.get("email")
    if not all_emails(filter(None, emails)):
        for line, email in zip(lines, emails, strict=True):
            if email and not is_email(email):
                cells.refuse(line, "email", "invalid_email", value=email)
    names = ["first_name", "infix", "last_name"]
    columns: list[list[Any]] = [firsts, infixes, lasts]
    for name, column in (("email", "email"), ("phone", "telefoon"), ("department", "afdeling")):
        if column in chunk.columns:
            names.append(name)
            columns.append(_or_none(chunk.columns[column]))
    active = cells.choices(chunk, "actief", YES_NO)
    left = cells.dates(chunk, "uit_dienst")
    if any(left):
        for line, on, yes in zip(lines, left, active, strict=True):
            if on and yes:
                cells.refuse(line, "uit_dienst", "left_but_active", day=format_date(on))
    if "actief" in chunk.columns or "uit_dienst" in chunk.columns:
        names += ["active", "left_on"]
        # an empty actief is ja; a leaving date, nee
        if any(left):
            columns.append(
                [not on and yes is not False for on, yes in zip(left, active, strict=True)]
            )
        else:
            columns.append(list(map(is_not, active, repeat(False))))
        columns.append(list(left))
    return names, columns


def _or_none(values: list[str]) -> list[str | None]:
    """The cells, an empty one as None (a column of a file is often all full or all empty)."""
    if "" not in values:
        return list(values)
    if not any(values):
        return [None] * len(values)
    return [value or None for value in values]


def _parse_roles(
    cells: Cells,
    chunk: Chunk,
    numbers: list[str],
    units: dict[str, int],
    role_ids: dict[str, int],
) -> list[_RoleRow]:
    """The role of each row with a staff number that names a known role in a known unit."""
    unit_cells, role_cells = chunk.get("onderdeel"), chunk.get("rol")
    if "" not in unit_cells and "" not in role_cells:  # every row has both
        given = list(range(len(chunk)))
    else:
        given = []  # the rows with a unit and a role
        for index, (line, unit, role) in enumerate(
            zip(chunk.lines, unit_cells, role_cells, strict=True)
        ):
            if unit and role:
                given.append(index)
            elif unit:
                cells.refuse(line, "rol", "cell_unit_without_role")
            elif role:
                cells.refuse(line, "onderdeel", "cell_role_without_unit")
    if not given:
        return []
    part = chunk.subset(given, ("onderdeel", "rol", "type", "startdatum", "einddatum"))
    kinds = cells.choices(part, "type", KINDS, default=AssignmentKind.PRIMARY)
    starts = cells.dates(part, "startdatum")
    ends = cells.dates(part, "einddatum")
    pairs = list(zip(part.columns["onderdeel"], part.columns["rol"], strict=True))
    named = {pair: _role_named(*pair, units, role_ids) for pair in set(pairs)}
    found = list(map(named.__getitem__, pairs))
    unknown = any(None in ids[:2] for ids in named.values())
    backwards = any(ends) and any(  # the rows with an end only
        start and end and end < start
        for start, end in compress(zip(starts, ends, strict=True), ends)
    )
    if unknown or backwards:
        for line, pair, (unit_id, role_id, _deputy), start, end in zip(
            part.lines, pairs, found, starts, ends, strict=True
        ):
            if unit_id is None:
                cells.refuse(line, "onderdeel", "cell_unknown_unit", value=pair[0])
            if role_id is None:
                cells.refuse(line, "rol", "cell_unknown_role", value=pair[1])
            if start and end and end < start:
                cells.refuse(
                    line,
                    "einddatum",
                    "end_before_start",
                    start=format_date(start),
                    end=format_date(end),
                )
    if any(deputy for _unit, _role, deputy in named.values()):
        deputy = AssignmentKind.DEPUTY
        kinds = [deputy if ids[2] else kind for ids, kind in zip(found, kinds, strict=True)]
    rows = zip(
        taker(given)(numbers),
        part.lines,
        map(itemgetter(0), found),
        map(itemgetter(1), found),
        kinds,
        starts,
        ends,
        strict=True,
    )
    if unknown or "" in numbers:  # a row without a staff number, unit or role: refused
        return [
            r
            for r in map(_Role._make, rows)
            if r.number and r.unit_id is not None and r.role_id is not None
        ]
    return list(rows)


def _role_named(
    unit: str, role: str, units: dict[str, int], role_ids: dict[str, int]
) -> tuple[int | None, int | None, bool]:
    """The unit's and the role's id (None: unknown), and whether the role's name says
    *plaatsvervangend* (a deputy of the role named after it)."""
    name = role.lower()
    deputy = name not in role_ids and name.startswith(DEPUTY_PREFIX)
    if deputy:
        name = name[len(DEPUTY_PREFIX) :]
    return units.get(unit.lower()), role_ids.get(name), deputy


def _leaving(session: Session, people: _People, day: dt.date) -> dict[str, dt.date]:
    """``actief: nee`` means what *Uit dienst melden* does: the leaving date is the
    ``uit_dienst`` cell, else the day a leaver already has, else the import date. Returns
    staff number -> leaving date for those whose running roles must end that day."""
    had = {
        number: (active, left_on)
        for number, active, left_on in session.connection()
        .execute(select(Person.staff_number, Person.active, Person.left_on))
        .all()
    }
    active, left = people.column("active"), people.column("left_on")
    if any(left):  # a later row may have given one to someone active
        for at in compress(range(len(active)), active):
            left[at] = None
    leavers: dict[str, dt.date] = {}
    for number in compress(people.index, map(not_, active)):
        at = people.index[number]
        was_active, left_on = had.get(number, (True, None))
        on = left[at] or (left_on if not was_active and left_on else day)
        left[at] = on
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
    session: Session, people: _People, fields: list[str], counts: Counts
) -> dict[str, int]:
    """Insert new people and update changed ones in bulk; returns staff number -> id.

    Only ``fields`` (those whose column the file has) are compared and written."""
    existing = {
        p.staff_number: p
        for p in session.connection()
        .execute(
            select(
                Person.id,
                Person.staff_number,
                Person.version,
                *(getattr(Person, f) for f in PERSON_FIELDS),
            )
        )
        .all()
    }
    names = people.names
    columns = ("staff_number", *(f for f in DEFAULTS if f not in names), *names, "sort_name")
    defaults = [DEFAULTS[f] for f in DEFAULTS if f not in names]
    # the compared fields (never fewer than three: the names are required) as stored, in a
    # row of ``existing``, and as given
    stored = itemgetter(*[3 + PERSON_FIELDS.index(f) for f in fields])
    values = zip(*map(people.column, fields), strict=True)
    adding: list[str] = []
    changing: list[tuple[Any, int]] = []  # (the row as stored, the person's place)
    if existing:
        for (number, at), compared in zip(people.index.items(), values, strict=True):
            old = existing.get(number)
            if old is None:
                adding.append(number)
            elif stored(old) == compared:
                counts.unchanged += 1
            else:
                changing.append((old, at))
    else:  # the first import: everyone is new
        adding = list(people.index)
    given = people.picked(list(map(people.index.__getitem__, adding)))
    # column by column: the staff numbers, the defaults, the fields, the sort names
    fixed = [[value] * len(adding) for value in defaults]
    new = Columns(columns, [adding, *fixed, *given, _sort_names(given)])
    update = people.picked([at for _old, at in changing])
    changed = [
        {
            "id": old.id,
            "version": old.version,
            **dict(zip(names, row, strict=True)),
            "sort_name": key,
        }
        for (old, _at), row, key in zip(
            changing, zip(*update, strict=True), _sort_names(update), strict=True
        )
    ]
    made: list[int] = []
    if new:
        insert_rows(session, Person, new, columns, ids=made)
    if changed:  # bulk UPDATE by primary key; the ORM checks and bumps "version"
        update_rows(session, Person, changed, {p.id: p for p in existing.values()})
    counts.added, counts.updated = len(new), len(changed)
    if len(made) < len(new):  # not all known: read them
        return lookup(session, Person.staff_number, Person.id)
    ids = {number: old.id for number, old in existing.items()}
    ids.update(zip(adding, made, strict=True))
    return ids


def _sort_names(columns: Sequence[Sequence[Any]]) -> list[str]:
    """The sort name of each person, from the fields' columns (the names come first:
    _person_fields)."""
    if not columns:  # a file without people
        return []
    return sort_keys(zip(columns[0], columns[1], columns[2], strict=True))


def _write_roles(
    session: Session,
    cells: Cells,
    roles: list[_RoleRow],
    ids: dict[str, int],
    today: dt.date,
    counts: Counts,
    inactive: set[str],
) -> None:
    """Add or update the roles of the file; a leaver gets no new running role (a row of
    theirs without a startdatum is the role they held, not a new one). A role the person
    holds for part of the same time already, or that two rows give differently, is
    refused (ImportRefused; the transaction rolls back): the file may hold a role once."""
    held: dict[tuple[int, int, int], list[Any]] = {}
    # all (a file may name more than SQL binds), as Core rows: an ORM object each took
    # seconds for a region, and the ORM's result rows a second more
    for a in session.connection().execute(select(*HELD_COLUMNS)).all():
        held.setdefault((a.person_id, a.unit_id, a.role_id), []).append(a)
    changed: dict[int, dict[str, Any]] = {}  # id -> the update, as later rows see it
    given: dict[int, _Role] = {}  # held assignment id -> the row that matched it first
    unmatched = roles if not held else []  # a first import: every row is a new role
    for role in map(_Role._make, roles) if held else ():
        current = held.get((ids[role.number], role.unit_id, role.role_id))
        if current is None:  # the usual case of a new file
            match = None
        elif role.start and len(current) == 1:  # of a file imported before
            match = current[0] if current[0].start_date == role.start else None
        elif role.start:
            match = _best([a for a in current if a.start_date == role.start], role, given)
        else:
            running = [a for a in current if _running(a, changed, today)]
            match = _best(running, role, given)
        if match is None:
            unmatched.append(role)
        elif match.id in given:  # a second row for this role
            first = given[match.id]
            if (first.kind, first.end) != (role.kind, role.end):
                column = "type" if first.kind != role.kind else "einddatum"
                cells.refuse(role.line, column, "role_twice", other=first.line)
            counts.unchanged += 1
        elif (
            (match.kind, match.end_date) if match.id not in changed else _set(match, changed)
        ) != (role.kind, role.end):
            changed[match.id] = {
                "id": match.id,
                "version": match.version,
                "kind": role.kind,
                "end_date": role.end,
            }
            counts.updated += 1
        else:
            counts.unchanged += 1
        if match is not None:
            given.setdefault(match.id, role)
    # a new role each, taken at once (a region's 100,000), but for a leaver's row without a
    # start: that is the role they held
    wanted = (
        [r for r in map(_Role._make, unmatched) if r.start or r.number not in inactive]
        if inactive
        else unmatched
    )
    counts.unchanged += len(unmatched) - len(wanted)
    new, lines = _new_roles(wanted, ids, today)
    kept = _once(cells, held, changed, new, lines)
    counts.unchanged += len(new) - len(kept)
    new = kept
    before = {a.id: a for rows in held.values() for a in rows if a.id in changed}
    # a later row of the file may have set an assignment back as it was: nothing to write
    writes = [
        u for u in changed.values() if _set(before[u["id"]], changed) != _stored(before[u["id"]])
    ]
    if writes:  # bulk UPDATE by primary key; the ORM checks and bumps "version"
        update_rows(session, Assignment, writes, before)
    if new:
        insert_rows(session, Assignment, new, ASSIGNMENT_COLUMNS)
        _join_formations(session, new)
    counts.added = len(new)
    session.flush()


def _new_roles(
    roles: Sequence[_RoleRow], ids: dict[str, int], today: dt.date
) -> tuple[list[tuple[Any, ...]], list[int]]:
    """The assignment rows (ASSIGNMENT_COLUMNS) of new roles, one that gives no start
    starting ``today``, and the line of each; made column by column (a region's 100,000)."""
    if not roles:
        return [], []
    numbers, lines, units, role_ids, kinds, starts, ends = zip(*roles, strict=True)
    if None in starts:
        starts = tuple(start or today for start in starts)
    people = map(ids.__getitem__, numbers)
    return list(zip(people, units, role_ids, kinds, starts, ends, strict=True)), list(lines)


def _best(candidates: list[Any], role: _Role, given: dict[int, _Role]) -> Any:
    """Which held assignment a row is about: one no earlier row took, as the row gives it
    if there is one (a database from before the import held a role once at a time may
    hold it twice, say as primary and as deputy: its own export must read back), else the
    first. None without candidates."""
    free = [a for a in candidates if a.id not in given]
    alike = (a for a in free if (a.kind, a.end_date) == (role.kind, role.end))
    return next(alike, None) or next(iter(free or candidates), None)


def _once(
    cells: Cells,
    held: dict[tuple[int, int, int], list[Any]],
    changed: dict[int, dict[str, Any]],
    new: list[tuple[int, int, int, AssignmentKind, dt.date, dt.date | None]],
    lines: list[int],
) -> list[tuple[int, int, int, AssignmentKind, dt.date, dt.date | None]]:
    """The new assignments, each once: a row repeating another exactly counts once; one
    overlapping another row's, or an assignment of the same role held already (as the
    file leaves it), is refused: a person holds a role in a unit once at a time (as
    *Rol toewijzen* refuses it, and PostgreSQL's constraint)."""
    roles = list(map(_HELD, new))
    if len(set(roles)) == len(roles) and held.keys().isdisjoint(roles):  # the usual case
        cells.check()
        return new
    kept = []
    earlier: dict[tuple[int, int, int], list[tuple[tuple[Any, ...], int]]] = {}
    for row, line in zip(new, lines, strict=True):
        _person, _unit, _role, _kind, start, end = row
        same_role = earlier.setdefault(row[:3], [])
        if any(other == row for other, _ in same_role):
            continue
        clash = next((o for o in same_role if _overlap(o[0][4], o[0][5], start, end)), None)
        first = None if clash is None else clash[1]
        if clash is not None:
            cells.refuse(line, _differing(clash[0], row), "role_twice", other=first)
        for a in held.get(row[:3], ()):
            if first is None and _overlap(a.start_date, _end(a, changed), start, end):
                cells.refuse(line, "startdatum", "role_held", start=format_date(a.start_date))
                break
        same_role.append((row, line))
        kept.append(row)
    cells.check()
    return kept


_HELD = itemgetter(0, 1, 2)  # an assignment row's person, unit and role


def _differing(first: tuple[Any, ...], row: tuple[Any, ...]) -> str:
    """The column in which two rows of one role for the same time differ, as the file
    names it (a row is person, unit, role, kind, start, end)."""
    if first[4] != row[4]:
        return "startdatum"
    return "type" if first[3] != row[3] else "einddatum"


def _overlap(
    start: dt.date, end: dt.date | None, other_start: dt.date, other_end: dt.date | None
) -> bool:
    """Do the two periods (an end of None: still running) share a day?"""
    return start <= (other_end or dt.date.max) and other_start <= (end or dt.date.max)


def _set(held: Any, changed: dict[int, dict[str, Any]]) -> tuple[AssignmentKind, dt.date | None]:
    """An assignment's kind and end as an earlier row of the file set them."""
    update = changed[held.id]
    return update["kind"], update["end_date"]


def _stored(held: Any) -> tuple[AssignmentKind, dt.date | None]:
    """An assignment's kind and end as the database holds them."""
    return held.kind, held.end_date


def _running(held: Any, changed: dict[int, dict[str, Any]], today: dt.date) -> bool:
    """Does the assignment still run today (as an earlier row of the file left it)?"""
    end = _end(held, changed)
    return end is None or end >= today


def _end(held: Any, changed: dict[int, dict[str, Any]]) -> dt.date | None:
    """An assignment's end as the file leaves it (an earlier row may have changed it)."""
    return changed[held.id]["end_date"] if held.id in changed else held.end_date


def _join_formations(session: Session, new: list[tuple[Any, ...]]) -> None:
    """A role held in a unit becomes part of its formation from the first start on (as
    assigning one by hand does). ``new``: assignment rows of ASSIGNMENT_COLUMNS."""
    pairs: dict[tuple[int, int], dt.date] = {}
    for _person, unit_id, role_id, _kind, start, _end in new:
        pair = (unit_id, role_id)
        first = pairs.get(pair)
        if first is None or start < first:
            pairs[pair] = start
    organisation.join_formations(session, pairs)
