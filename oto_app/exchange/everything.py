"""The whole database as one Excel workbook, and back: ``export all`` / ``import all``.

One sheet per kind of record, for a person to read (Dutch headers, Dutch dates, the
header row frozen, filters, column widths) and for ``import all`` to read back into an
empty database, which then gives the same compliance (N1-N7) for every year, every key.
References are by what a person recognises (a unit's code, a role's name, a personeel-
nummer, a course's name); records that have no such key carry their number (``Nr``), and
an import keeps those numbers, because the compliance JSON names activities and
improvement actions by them.

The sheets are described once, in :mod:`oto_app.exchange.sheets`; export and import follow that
description, so a column cannot be written without being read. What is not carried: the
users and their rights (a new database gets its own) and the audit trail (it belongs to
the database it happened in).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from oto_app import audit
from oto_app.changes import Changes
from oto_app.dates import parse_date
from oto_app.errors import ImportRefused, ValidationError
from oto_app.exchange.bulk import insert_rows
from oto_app.exchange.cells import Cells
from oto_app.exchange.report import ImportReport

#: Tables a workbook does not carry (a test checks every other table has a sheet).
from oto_app.exchange.sheets import (
    BY_TITLE,
    IMPORT_ORDER,
    NO,
    SHEETS,
    YES,
    Col,
    Link,
    Sheet,
    table_of,
)
from oto_app.exchange.table import read_table
from oto_app.exchange.workbook import new_workbook, open_checked, text_cells
from oto_app.files import filling, save_workbook
from oto_app.limits import length
from oto_app.models import (
    Activity,
    Course,
    Evaluation,
    ImprovementAction,
    Person,
    PlanReview,
    Role,
    RoleTerm,
    Setting,
    Unit,
    UnitTerm,
    YearNorms,
    role_courses,
    unit_roles,
)
from oto_app.services import rights
from oto_app.transfer import restart_sequences

BATCH = 5000
#: The rows of one Excel sheet, the header included.
EXCEL_ROWS = 1_048_576

# --- export --------------------------------------------------------------------------------


def export_all(session: Session, path: Path) -> dict[str, int]:
    """Write every sheet; returns the number of rows per sheet."""
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("export_all_xlsx", file=path.name)
    for sheet in SHEETS:  # refused before anything is written
        rows = session.scalar(select(func.count()).select_from(sheet.table)) or 0
        if rows > EXCEL_ROWS - 1:
            raise ValidationError(
                "export_all_too_many", sheet=sheet.title, rows=rows, most=EXCEL_ROWS - 1
            )
    keys = {s.title: _keys(session, s) for s in SHEETS if s.key}
    workbook = new_workbook()
    counts = {}
    with filling(workbook):
        for sheet in SHEETS:
            counts[sheet.title] = _write_sheet(session, workbook, sheet, keys)
    save_workbook(workbook, path)
    return counts


def _keys(session: Session, sheet: Sheet) -> dict[Any, Any]:
    """id -> natural key of every record of ``sheet``."""
    table, key = sheet.table, sheet.key or ""
    pk = table.primary_key.columns.values()[0]
    return dict(session.execute(select(pk, table.c[key])).all())


def _write_sheet(
    session: Session, workbook: Any, sheet: Sheet, keys: dict[str, dict[Any, Any]]
) -> int:
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    out = workbook.create_sheet(sheet.title)
    widths = [c.width for c in sheet.columns] + [link.width for link in sheet.links]
    for index, width in enumerate(widths, start=1):
        out.column_dimensions[get_column_letter(index)].width = width
    out.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for title in sheet.headers:
        cell = WriteOnlyCell(out, value=title)
        cell.font = bold
        header.append(cell)
    out.append(header)
    linked = [_linked(session, link, keys) for link in sheet.links]
    table = sheet.table
    order = list(table.primary_key.columns)
    query = select(*(table.c[c.name] for c in sheet.columns)).order_by(*order)
    count = 0
    for row in session.execute(query.execution_options(yield_per=BATCH)):
        values = [_export_value(c, v, keys) for c, v in zip(sheet.columns, row, strict=True)]
        own = row[0]
        values += ["|".join(links.get(own, ())) for links in linked]
        out.append(_cells(out, values))
        count += 1
    last = get_column_letter(len(widths))
    out.auto_filter.ref = f"A1:{last}{count + 1}"
    return count


def _linked(session: Session, link: Link, keys: dict[str, dict[Any, Any]]) -> dict[Any, list[str]]:
    names = keys[link.ref]
    found: dict[Any, list[str]] = {}
    for own, other in session.execute(select(link.table.c[link.own], link.table.c[link.other])):
        found.setdefault(own, []).append(str(names[other]))
    return {own: sorted(values) for own, values in found.items()}


def _export_value(column: Col, value: Any, keys: dict[str, dict[Any, Any]]) -> Any:
    if value is None:
        return None
    if column.kind == "ref":
        return keys[column.ref or ""][value]
    if column.kind == "bool":
        return YES if value else NO
    if column.kind == "enum":
        return value.value
    return value


def _cells(sheet: Any, values: list[Any]) -> list[Any]:
    cells = text_cells(sheet, values)
    for cell, value in zip(cells, values, strict=True):
        if isinstance(value, dt.date):
            cell.number_format = "DD-MM-YYYY"
    return cells


# --- import --------------------------------------------------------------------------------


@dataclass
class AllReport(ImportReport):
    sheets: dict[str, int] = field(default_factory=dict)

    @property
    def changes(self) -> Changes:
        return Changes.EVERYTHING

    def lines(self) -> list[str]:
        return [f"{title}: {count} ingelezen" for title, count in self.sheets.items()]


@dataclass
class _Reader:
    """What the sheets read so far hold: natural key -> id, and the numbers per sheet."""

    session: Session
    path: Path
    workbook: Any  #: opened once for all sheets (opening it is a pass over every sheet)
    ids: dict[str, dict[Any, Any]] = field(default_factory=dict)
    numbers: dict[str, set[int]] = field(default_factory=dict)
    problems: list[Any] = field(default_factory=list)


def import_all(session: Session, path: Path | str) -> AllReport:
    """Read a workbook of :func:`export_all` into this empty database, all or nothing."""
    rights.require_adviser(session, "do_import")
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise ValidationError("export_all_xlsx", file=path.name)
    _refuse_unless_empty(session)
    _clear_defaults(session)
    reader = _Reader(session, path, open_checked(path))
    report = AllReport()
    try:
        with audit.importing(session, path):
            for title in IMPORT_ORDER:
                report.sheets[title] = _read_sheet(reader, BY_TITLE[title])
    finally:
        reader.workbook.close()
    if reader.problems:
        raise ImportRefused(reader.problems)
    restart_sequences(session)
    session.flush()
    return report


#: Records that make a database not empty (the default units and roles do not).
_DATA = (Person, Activity, Evaluation, ImprovementAction, Course)


def _refuse_unless_empty(session: Session) -> None:
    for model in _DATA:
        if session.scalar(select(func.count()).select_from(model)):
            raise ValidationError("import_all_not_empty", table=model.__tablename__)


#: What a new database holds before anything is added: the workbook's replaces it.
_DEFAULTS = (
    unit_roles,
    role_courses,
    table_of(PlanReview),
    table_of(RoleTerm),
    table_of(UnitTerm),
    table_of(Unit),
    table_of(Role),
    table_of(YearNorms),
    table_of(Setting),
)


def _clear_defaults(session: Session) -> None:
    """The default organisation of a new database makes way for the workbook's (audited)."""
    for table in _DEFAULTS:
        pk = list(table.primary_key.columns)
        rows = session.execute(select(table)).mappings().all()
        if not rows:
            continue
        session.execute(delete(table))
        audit.write(
            session,
            "delete",
            table.name,
            (("/".join(str(r[c.name]) for c in pk), dict(r), None) for r in rows),
        )


def _read_sheet(reader: _Reader, sheet: Sheet) -> int:
    """Check every row of one sheet and insert them while nothing was refused."""
    table = read_table(
        reader.path, sheet.headers, sheet=sheet.title, allow_empty=True, workbook=reader.workbook
    )
    columns = sheet.table.c
    cells = Cells(
        table,
        tuple(c.header for c in sheet.columns if _required(columns[c.name])),
        {c.header: length(columns[c.name]) for c in sheet.columns if c.kind in ("text", "lines")},
        tuple(c.header for c in sheet.columns if c.kind == "lines"),
    )
    keys: dict[Any, Any] = {}
    numbers: set[int] = set()
    links: list[tuple[Link, Any, str, int]] = []
    pk = next(iter(sheet.table.primary_key.columns)).name

    def rows() -> Iterator[dict[str, Any]]:
        for line, row in cells.rows():
            values = {
                c.name: _import_value(reader, cells, sheet, c, line, row.get(c.header, ""))
                for c in sheet.columns
            }
            if values[pk] is not None:  # known to the sheets after this one
                numbers.add(values[pk])
                if sheet.key:
                    keys[values[sheet.key]] = values[pk]
            if cells.problems or reader.problems:
                continue  # still read on: every refused row is reported
            if sheet.derive is not None:
                sheet.derive(values)
            links.extend(
                (link, values[pk], name.strip(), line)
                for link in sheet.links
                for name in row.get(link.header, "").split("|")
                if name.strip()
            )
            yield values

    count = insert_rows(reader.session, sheet.table, rows())
    reader.ids[sheet.title] = keys
    reader.numbers[sheet.title] = numbers
    _write_links(reader, cells, links)
    reader.problems.extend(cells.problems)
    return count


def _required(column: Any) -> bool:
    return not column.nullable and column.default is None and column.server_default is None


def _write_links(reader: _Reader, cells: Cells, links: list[tuple[Link, Any, str, int]]) -> None:
    per_table: dict[str, tuple[Link, list[dict[str, Any]]]] = {}
    for link, own, name, line in links:
        other = reader.ids.get(link.ref, {}).get(name)
        if other is None:
            cells.refuse(line, link.header, "all_unknown_ref", value=name, sheet=link.ref)
            continue
        per_table.setdefault(link.table.name, (link, []))[1].append(
            {link.own: own, link.other: other}
        )
    if cells.problems or reader.problems:
        return
    for link, rows in per_table.values():
        insert_rows(reader.session, link.table, rows)


def _import_value(
    reader: _Reader, cells: Cells, sheet: Sheet, column: Col, line: int, text: str
) -> Any:
    target = sheet.table.c[column.name]
    if not text:
        return _empty(cells, target, column, line)
    kind = column.kind
    if kind in ("text", "lines"):
        return text
    if kind == "bool":
        return _choice(cells, column, line, text, {YES: True, NO: False})
    if kind == "enum":
        return _choice(cells, column, line, text, {m.value.lower(): m for m in column.enum or ()})
    if kind == "date":
        try:
            return parse_date(text)
        except ValueError:
            cells.refuse(line, column.header, "cell_bad_date", value=text)
            return None
    if kind == "ref":
        found = reader.ids.get(column.ref or "", {}).get(text)
        if found is None:
            cells.refuse(line, column.header, "all_unknown_ref", value=text, sheet=column.ref)
        return found
    return _number(reader, cells, column, line, text)


def _empty(cells: Cells, target: Any, column: Col, line: int) -> Any:
    """An empty cell: None, the column's default, or refused when the field is required."""
    if target.nullable:
        return None
    default = target.default
    if default is not None and not callable(default.arg):
        return default.arg
    cells.refuse(line, column.header, "cell_required")
    return None


def _choice(cells: Cells, column: Col, line: int, text: str, options: dict[str, Any]) -> Any:
    if text.lower() not in options:
        cells.refuse(line, column.header, "cell_bad_choice", value=text, choices=", ".join(options))
        return None
    return options[text.lower()]


def _number(reader: _Reader, cells: Cells, column: Col, line: int, text: str) -> Any:
    try:
        number: float | int = float(text.replace(",", ".")) if column.kind == "float" else int(text)
    except ValueError:
        cells.refuse(line, column.header, "cell_bad_number", value=text)
        return None
    if column.kind == "nr" and number not in reader.numbers.get(column.ref or "", set()):
        cells.refuse(line, column.header, "all_unknown_nr", value=text, sheet=column.ref)
        return None
    return number
