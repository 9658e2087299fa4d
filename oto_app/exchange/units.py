"""``import units`` / ``export units``: units and their deelplan reviews (shared/interfaces.md).

One row per review: ``onderdeel`` (the unit code, required), ``naam``, ``deelplan_herzien``
(a review date: added to the unit's history if it is not there). An unknown code with a
``naam`` is a new unit; without one it is refused. All or nothing, like the other imports;
importing the same file again changes nothing. The export writes every unit with every
review (a unit never reviewed on one row with the date empty), so it reads back as itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oto_app.dates import format_date
from oto_app.exchange.cells import Agreement, Cells
from oto_app.exchange.export import write_table
from oto_app.exchange.report import Counts, ImportReport
from oto_app.exchange.table import read_table
from oto_app.limits import length
from oto_app.models import PlanReview, Unit, UnitKind
from oto_app.services import rights

REQUIRED = ("onderdeel",)
COLUMNS = ("onderdeel", "naam", "deelplan_herzien")
LIMITS = {"onderdeel": length(Unit.code), "naam": length(Unit.name)}


@dataclass
class UnitsReport(ImportReport):
    units: Counts = field(default_factory=Counts, metadata={"what": "what_units"})
    reviews: Counts = field(default_factory=Counts, metadata={"what": "what_reviews"})


@dataclass
class _Unit:
    line: int
    name: str
    reviews: set[dt.date] = field(default_factory=set)


def import_units(session: Session, path: Path | str, today: dt.date | None = None) -> UnitsReport:
    """Check the whole file, then write it; raises ImportRefused with every problem."""
    rights.require_adviser(session, "do_import")
    table = read_table(Path(path), COLUMNS)
    cells = Cells(table, REQUIRED, LIMITS)
    known = {u.code: u for u in session.scalars(select(Unit))}
    parsed = _parse(cells, known, today or dt.date.today())
    cells.check()
    report = UnitsReport(warnings=cells.warnings)
    _write(session, parsed, known, report, today or dt.date.today())
    return report


def _parse(cells: Cells, known: dict[str, Unit], today: dt.date) -> dict[str, _Unit]:
    agreement = Agreement(cells, ("naam",))
    found: dict[str, _Unit] = {}
    for line, row in cells.rows():
        code = cells.text(line, row, "onderdeel", required=True).upper()
        name = cells.text(line, row, "naam")
        day = cells.date(line, row, "deelplan_herzien")
        if day is not None and day > today:
            cells.refuse(line, "deelplan_herzien", "cell_review_future", date=format_date(day))
            day = None
        if not code:
            continue
        agreement.check(code, line, row)  # rows of one unit agree on its name
        entry = found.setdefault(code, _Unit(line, name))
        entry.name = entry.name or name
        if day is not None:
            entry.reviews.add(day)
    for code, entry in found.items():
        if code not in known and not entry.name:
            cells.refuse(entry.line, "onderdeel", "cell_unknown_unit_no_name", value=code)
    return found


def _write(
    session: Session,
    parsed: dict[str, _Unit],
    known: dict[str, Unit],
    report: UnitsReport,
    today: dt.date,
) -> None:
    """A new unit counts from today on (earlier years stay as they were printed)."""
    position = session.scalar(select(func.coalesce(func.max(Unit.position), 0))) or 0
    for code, entry in parsed.items():
        unit = known.get(code)
        if unit is None:
            position += 1
            unit = Unit(
                code=code,
                name=entry.name,
                kind=UnitKind.DEELPROCES,
                position=position,
                established_on=today,
            )
            session.add(unit)
            report.units.added += 1
        elif entry.name and entry.name != unit.name:
            unit.name = entry.name
            report.units.updated += 1
        else:
            report.units.unchanged += 1
        had = {r.reviewed_on for r in unit.reviews}
        for day in sorted(entry.reviews - had):
            unit.reviews.append(PlanReview(reviewed_on=day))
        report.reviews.added += len(entry.reviews - had)
        report.reviews.unchanged += len(entry.reviews & had)
    session.flush()


def export_units(session: Session) -> Iterator[list[str]]:
    """Every unit in its order, a row per review (oldest first)."""
    for unit in session.scalars(select(Unit).order_by(Unit.position, Unit.code)):
        days: list[dt.date | None] = [r.reviewed_on for r in unit.reviews] or [None]
        for day in days:
            yield [unit.code, unit.name, format_date(day) if day else ""]


def write_units(session: Session, path: Path) -> int:
    return write_table(path, COLUMNS, export_units(session))
