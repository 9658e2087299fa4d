"""``import participation``: activities and attendance from the regional system's file.

One row per person per activity; rows with the same ``activiteit`` are one activity
and must agree on it. All or nothing, idempotent (keys: the activity's exchange key,
and (activity, person)), bulk writes in the caller's transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import is_, is_not
from pathlib import Path
from typing import Any, NamedTuple, cast

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from oto_app import audit, health
from oto_app.changes import Changes
from oto_app.exchange.bulk import Columns, insert_rows, lookup, update_rows
from oto_app.exchange.cells import Agreement, Cells, read_codes, read_date, runs
from oto_app.exchange.report import Counts, ImportReport
from oto_app.exchange.table import Chunk, read_table, taker
from oto_app.limits import length
from oto_app.messages import label
from oto_app.models import (
    Activity,
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    ExerciseLevel,
    Participation,
    Person,
    Unit,
    activity_units,
)
from oto_app.services import rights

COLUMNS = (
    "activiteit",
    "titel",
    "datum",
    "soort",
    "niveau",
    "onderdelen",
    "status",
    "personeelsnummer",
    "aanwezigheid",
    "uren",
)
REQUIRED = ("activiteit", "titel", "datum", "soort")
LIMITS = {
    "activiteit": length(Activity.exchange_key),
    "titel": length(Activity.title),
    "personeelsnummer": length(Person.staff_number),
}
ACTIVITY_CELLS = ("titel", "datum", "soort", "niveau", "onderdelen", "status")
#: how those cells are read: rows that spell one value differently agree
ACTIVITY_READINGS = {
    "datum": read_date,
    "soort": str.casefold,
    "niveau": str.casefold,
    "status": str.casefold,
    "onderdelen": read_codes,
}
KINDS = {k.value: k for k in ActivityKind}
LEVELS = {level.value: level for level in ExerciseLevel}
STATUSES = {s.value: s for s in ActivityStatus}
PRESENCE = {s.value: s for s in AttendanceStatus}
ATTENDANCE_COLUMNS = ("activity_id", "person_id", "status", "hours")


@dataclass
class ParticipationReport(ImportReport):
    activities: Counts = field(
        default_factory=Counts,
        metadata={"what": "what_activities", "changes": Changes.ACTIVITIES},
    )
    participations: Counts = field(
        default_factory=Counts,
        metadata={"what": "what_participations", "changes": Changes.ATTENDANCE},
    )


@dataclass
class _Activity:
    values: dict[str, object]
    units: tuple[int, ...]
    attendance: dict[int, tuple[AttendanceStatus, float | None]] = field(default_factory=dict)


def import_participation(session: Session, path: Path | str) -> ParticipationReport:
    rights.require_adviser(session, "do_import")
    health.ensure_sound(session)  # never write into a damaged file
    table = read_table(Path(path), COLUMNS)
    cells = Cells(table, REQUIRED, LIMITS)
    activities = _parse(session, cells)
    cells.check()
    report = ParticipationReport(warnings=cells.warnings)
    with audit.importing(session, table.path):
        ids = _write_activities(session, activities, report.activities)
        _write_attendance(session, activities, ids, report.participations)
    return report


def _parse(session: Session, cells: Cells) -> dict[str, _Activity]:
    units = {code.lower(): uid for uid, code in session.execute(select(Unit.id, Unit.code))}
    people = lookup(session, Person.staff_number, Person.id)
    agreement = Agreement(cells, ACTIVITY_CELLS, ACTIVITY_READINGS)
    activities: dict[str, _Activity] = {}
    for chunk in cells.chunks():
        keys = cells.texts(chunk, "activiteit", required=True)
        firsts = agreement.firsts(chunk, keys)
        new = list(compress(range(len(firsts)), firsts))
        for index, parsed in zip(
            new, _parse_activities(cells, chunk.subset(new), units), strict=True
        ):
            if parsed is not None:
                activities[keys[index]] = parsed
        _parse_attendance(cells, chunk, keys, activities, people)
    return activities


def _parse_attendance(
    cells: Cells,
    chunk: Chunk,
    keys: list[str],
    activities: dict[str, _Activity],
    people: dict[str, int],
) -> None:
    """Add each row's attendance to its activity, the cells checked column by column."""
    numbers = chunk.get("personeelsnummer")
    found = list(map(people.get, numbers))  # None for an empty or unknown number
    given = list(range(len(chunk)))  # the rows of an activity naming a known person
    if None in found:  # an activity's row without attendance, or an unknown person
        given = list(compress(given, map(is_not, found, repeat(None))))
        for index in compress(range(len(chunk)), map(is_, found, repeat(None))):
            if keys[index] and numbers[index]:
                line, number = chunk.lines[index], numbers[index]
                cells.refuse(line, "personeelsnummer", "cell_unknown_person", value=number)
    if "" in keys:  # a row without its activity (refused already)
        given = [index for index in given if keys[index]]
    if not given:
        return
    part = chunk.subset(given, ("personeelsnummer", "aanwezigheid", "uren"))
    presences = cast(  # never None: an empty or refused cell reads as present
        list[AttendanceStatus],
        cells.choices(part, "aanwezigheid", PRESENCE, default=AttendanceStatus.PRESENT),
    )
    hours = cells.numbers(part, "uren")
    present = AttendanceStatus.PRESENT
    if presences.count(present) != len(presences):  # hours count only for who was present
        hours = [h if p == present else None for p, h in zip(presences, hours, strict=True)]
    take = taker(given)
    given_rows = list(zip(presences, hours, strict=True))
    rows = _Rows(part.lines, part.get("personeelsnummer"), presences, given_rows, list(take(found)))
    row_keys = list(take(keys))
    # a file lists an activity's rows together: each run of one key is taken at once
    for first, end in runs(row_keys):
        activity = activities.get(row_keys[first])
        if activity is not None:
            _attend(cells, activity, rows, first, end)


class _Rows(NamedTuple):
    """The attendance rows of a chunk that name a known person, column by column."""

    lines: list[int]
    numbers: list[str]
    presences: list[AttendanceStatus]
    given: list[tuple[AttendanceStatus, float | None]]  #: each row's presence and hours
    people: list[int]


def _attend(cells: Cells, activity: _Activity, rows: _Rows, first: int, end: int) -> None:
    """Add rows ``first`` to ``end`` (one activity's) to its attendance."""
    people = rows.people[first:end]
    given = rows.given[first:end]
    attendance = activity.attendance
    status = activity.values["status"]
    if (
        (status is ActivityStatus.HELD or AttendanceStatus.PRESENT not in rows.presences[first:end])
        and len(set(people)) == len(people)
        and attendance.keys().isdisjoint(people)
    ):  # the usual case: nothing to refuse
        attendance.update(zip(people, given, strict=True))
        return
    for index, person, row in zip(range(first, end), people, given, strict=True):
        earlier = attendance.get(person)
        if earlier is not None:  # the same person twice: fine only if the rows agree
            if earlier != row:
                cells.refuse(
                    rows.lines[index], "aanwezigheid", "attendance_twice", name=rows.numbers[index]
                )
            continue
        if row[0] == AttendanceStatus.PRESENT and status != ActivityStatus.HELD:
            key = (
                "present_at_cancelled"
                if status == ActivityStatus.CANCELLED
                else "present_at_planned"
            )
            cells.refuse(rows.lines[index], "aanwezigheid", key, title=activity.values["title"])
            continue
        attendance[person] = row


def _parse_activities(
    cells: Cells, chunk: Chunk, units: dict[str, int]
) -> Iterator[_Activity | None]:
    """The activity of each row (None for one refused), its cells checked by column."""
    titles = cells.texts(chunk, "titel", required=True)
    days = cells.dates(chunk, "datum", required=True, activity=True)
    kinds = cells.choices(chunk, "soort", KINDS, required=True)
    levels = cells.choices(chunk, "niveau", LEVELS)
    statuses = cells.choices(chunk, "status", STATUSES, default=ActivityStatus.HELD)
    today = dt.date.today()
    for line, title, day, kind, level, status, named in zip(
        chunk.lines, titles, days, kinds, levels, statuses, chunk.get("onderdelen"), strict=True
    ):
        if kind == ActivityKind.EXERCISE and level is None and not cells.refused(line, "niveau"):
            cells.refuse(line, "niveau", "level_required")
        if kind in (ActivityKind.COURSE, ActivityKind.TRAINING) and level is not None:
            cells.refuse(line, "niveau", "level_not_allowed", kind=label(kind))
        codes = [c.strip().lower() for c in named.split("|") if c.strip()]
        for code in codes:
            if code not in units:
                cells.refuse(line, "onderdelen", "cell_unknown_unit", value=code.upper())
        if not (title and day and kind) or any(code not in units for code in codes):
            yield None
            continue
        if status == ActivityStatus.HELD and day > today:
            cells.refuse(line, "status", "held_in_future")
        values = {"title": title, "date": day, "kind": kind, "level": level, "status": status}
        yield _Activity(values, tuple(dict.fromkeys(units[c] for c in codes)))


def _write_activities(
    session: Session, activities: dict[str, _Activity], counts: Counts
) -> dict[str, int]:
    existing = {
        a.exchange_key: a
        for a in session.connection()
        .execute(
            select(
                Activity.id,
                Activity.exchange_key,
                Activity.version,
                Activity.title,
                Activity.date,
                Activity.kind,
                Activity.level,
                Activity.status,
            ).where(Activity.exchange_key.is_not(None))
        )
        .all()
    }
    covered: dict[int, set[int]] = {}
    for activity_id, unit_id in session.execute(select(activity_units)):
        covered.setdefault(activity_id, set()).add(unit_id)
    new, changed, rewire = [], [], []
    for key, parsed in activities.items():
        old = existing.get(key)
        if old is None:
            new.append({"exchange_key": key, **parsed.values})
            continue
        same = all(getattr(old, f) == v for f, v in parsed.values.items())
        if not same:
            changed.append({"id": old.id, "version": old.version, **parsed.values})
        if covered.get(old.id, set()) != set(parsed.units):
            rewire.append(old.id)
        if same and old.id not in rewire:
            counts.unchanged += 1
        else:
            counts.updated += 1
    if new:
        insert_rows(session, Activity, new)
    if changed:
        update_rows(session, Activity, changed, {a.id: a for a in existing.values()})
    counts.added = len(new)
    # All keyed activities rather than an IN list: a file may name more than SQLite binds.
    keyed = lookup(session, Activity.exchange_key, Activity.id)
    ids = {key: keyed[key] for key in activities}
    if rewire:
        session.execute(delete(activity_units).where(activity_units.c.activity_id.in_(rewire)))
        audit.write(
            session,
            "delete",
            activity_units.name,
            (
                (f"{a}/{u}", {"activity_id": a, "unit_id": u}, None)
                for a in rewire
                for u in sorted(covered.get(a, ()))
            ),
        )
    links = [
        {"activity_id": ids[k], "unit_id": u}
        for k, a in activities.items()
        if ids[k] in rewire or k not in existing
        for u in a.units
    ]
    if links:
        insert_rows(session, activity_units, links)
    return ids


def _write_attendance(
    session: Session, activities: dict[str, _Activity], ids: dict[str, int], counts: Counts
) -> None:
    existing = {
        (p.activity_id, p.person_id): p
        for p in session.connection()
        .execute(
            select(
                Participation.id,
                Participation.activity_id,
                Participation.person_id,
                Participation.status,
                Participation.hours,
                Participation.version,
            )
            .join(Activity, Activity.id == Participation.activity_id)
            .where(Activity.exchange_key.is_not(None))
        )
        .all()
    }
    changed: list[dict[str, Any]] = []
    had = {activity_id for activity_id, _person in existing}

    # the new rows, column by column (activity, person, status, hours); changes and the
    # unchanged counted
    made: tuple[list[Any], ...] = ([], [], [], [])
    activity_ids, people, statuses, spent = made
    for key, parsed in activities.items():
        activity_id = ids[key]
        attendance = parsed.attendance
        if activity_id not in had and attendance:  # all its attendance is new: at once
            activity_ids += [activity_id] * len(attendance)
            people += attendance
            given = list(zip(*attendance.values(), strict=True))
            statuses += given[0]
            spent += given[1]
            continue
        for person_id, (status, hours) in attendance.items():
            old = existing.get((activity_id, person_id))
            if old is None:
                for column, value in zip(
                    made, (activity_id, person_id, status, hours), strict=True
                ):
                    column.append(value)
            elif (old.status, old.hours) != (status, hours):
                changed.append(
                    {"id": old.id, "version": old.version, "status": status, "hours": hours}
                )
            else:
                counts.unchanged += 1
    new = Columns(ATTENDANCE_COLUMNS, made)
    counts.added = insert_rows(session, Participation, new)
    if changed:
        update_rows(session, Participation, changed, {p.id: p for p in existing.values()})
    counts.updated = len(changed)
    session.flush()
