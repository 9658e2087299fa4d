"""Exports in the exchange format: participation per year, and staff with their roles.

The files import back (``import participation``, ``import staff``) to the same data:
an export of a database, imported into an empty one, gives the same compliance.
CSV is written for Excel: UTF-8 with BOM, ``;`` separator, Dutch dates and decimal
commas, and a leading ``'`` on a cell Excel would run as a formula (which the imports
take off again: :mod:`oto_app.exchange.guard`). XLSX is written row by row (openpyxl's
write-only mode), every cell as text, never as a formula.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.exchange import participation_import, staff_import
from oto_app.exchange.guard import guard
from oto_app.exchange.workbook import new_workbook, text_cells
from oto_app.files import atomic_write, filling, save_workbook
from oto_app.models import (
    Activity,
    Assignment,
    Participation,
    Person,
    Role,
    Unit,
    activity_units,
)

BATCH = 5000


def export_participation(session: Session, year: int, path: Path) -> int:
    """One row per person per activity of ``year`` (and one per activity without anyone)."""
    codes = (
        select(activity_units.c.activity_id, func.aggregate_strings(Unit.code, "|").label("codes"))
        .join(Unit, Unit.id == activity_units.c.unit_id)
        .group_by(activity_units.c.activity_id)
        .subquery()
    )
    key = func.coalesce(Activity.exchange_key, cast(Activity.id, String))
    query = (
        select(
            key,
            Activity.title,
            Activity.date,
            Activity.kind,
            Activity.level,
            codes.c.codes,
            Activity.status,
            Person.staff_number,
            Participation.status,
            Participation.hours,
        )
        .outerjoin(codes, codes.c.activity_id == Activity.id)
        .outerjoin(Participation, Participation.activity_id == Activity.id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .where(Activity.date >= dt.date(year, 1, 1), Activity.date <= dt.date(year, 12, 31))
        .order_by(Activity.date, Activity.id, Person.staff_number)
        .execution_options(yield_per=BATCH)
    )

    def rows() -> Iterator[list[str]]:
        for k, title, day, kind, level, units, status, number, presence, hours in session.execute(
            query
        ):
            yield [
                k,
                title,
                format_date(day),
                kind.value,
                level.value if level else "",
                _sorted_codes(units),
                status.value,
                number or "",
                presence.value if presence else "",
                _hours(hours),
            ]

    return write_table(path, participation_import.COLUMNS, rows())


def export_staff(session: Session) -> Iterator[list[str]]:
    """Every person, one row per assignment (ended ones too), in the staff import format."""
    query = (
        select(
            Person,
            Unit.code,
            Role.name,
            Assignment.kind,
            Assignment.start_date,
            Assignment.end_date,
        )
        .outerjoin(Assignment, Assignment.person_id == Person.id)
        .outerjoin(Unit, Unit.id == Assignment.unit_id)
        .outerjoin(Role, Role.id == Assignment.role_id)
        .order_by(Person.staff_number, Assignment.start_date)
        .execution_options(yield_per=BATCH)
    )
    for p, code, role, kind, start, end in session.execute(query):
        yield [
            p.staff_number,
            p.first_name,
            p.infix,
            p.last_name,
            p.email or "",
            p.phone or "",
            p.department or "",
            "ja" if p.active else "nee",
            format_date(p.left_on),
            code or "",
            role or "",
            kind.value if kind else "",
            format_date(start),
            format_date(end),
        ]


def write_staff(session: Session, path: Path) -> int:
    return write_table(path, staff_import.COLUMNS, export_staff(session))


def _sorted_codes(joined: str | None) -> str:
    return "|".join(sorted((joined or "").split("|"))) if joined else ""


def _hours(hours: float | None) -> str:
    return "" if hours is None else f"{hours:g}".replace(".", ",")


def write_table(path: Path, header: Sequence[str], rows: Iterable[list[str]]) -> int:
    """Write a header and rows as .csv or .xlsx (by the extension); returns the row count."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, delimiter=";")
            writer.writerow(header)
            count = 0
            for row in rows:
                writer.writerow([guard(cell) for cell in row])
                count += 1
        return count
    if suffix == ".xlsx":
        return _write_xlsx(path, header, rows)
    raise ValidationError("file_type", file=path.name, suffix=suffix or "(geen)")


def _write_xlsx(path: Path, header: Sequence[str], rows: Iterable[list[str]]) -> int:
    workbook = new_workbook()
    sheet = workbook.create_sheet("OTO")
    sheet.append(list(header))
    count = 0
    with filling(workbook):
        for row in rows:
            sheet.append(text_cells(sheet, row))  # text, never a formula
            count += 1
    save_workbook(workbook, path)
    return count
