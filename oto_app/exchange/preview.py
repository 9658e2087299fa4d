"""What an import would do, before it does it: the columns, the first rows, a dry run.

The dry run is the real import in a transaction that is rolled back, so what it
reports (every refused row, or the counts) is exactly what the import will do.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sqlalchemy.orm import Session

from oto_app import messages, worklock
from oto_app.db import Database
from oto_app.exchange import participation_import, staff_import, units
from oto_app.exchange.bulk import working
from oto_app.exchange.report import ImportReport as Report
from oto_app.exchange.table import read_table


class ImportKind(enum.Enum):
    STAFF = "staff"
    PARTICIPATION = "participation"
    UNITS = "units"


@dataclass(frozen=True)
class Spec:
    columns: tuple[str, ...]
    required: tuple[str, ...]
    run: Callable[[Session, Path], Report]


SPEC = {
    ImportKind.STAFF: Spec(staff_import.COLUMNS, staff_import.REQUIRED, staff_import.import_staff),
    ImportKind.PARTICIPATION: Spec(
        participation_import.COLUMNS,
        participation_import.REQUIRED,
        participation_import.import_participation,
    ),
    ImportKind.UNITS: Spec(units.COLUMNS, units.REQUIRED, units.import_units),
}


@dataclass(frozen=True)
class Preview:
    columns: list[str]  #: the columns the import reads, as the file names them
    used: list[str]  #: the same, as the import calls them
    ignored: list[str]  #: headers it does not know: nothing in them changes anything
    missing: list[str]  #: required columns the file lacks
    rows: list[list[str]]  #: the first rows, the cells of ``columns``
    file: str = ""
    #: each row's line in the file (the header is line 1), as refusals name them
    lines: list[int] = field(default_factory=list)

    def notice(self) -> str | None:
        """The warning about the ignored columns, to show before anything is written."""
        if not self.ignored:
            return None
        return messages.text(
            "unknown_columns",
            file=self.file,
            count=len(self.ignored),
            columns=", ".join(f"'{c}'" for c in self.ignored),
        )


def preview(kind: ImportKind, path: Path, count: int = 20) -> Preview:
    """The file's columns sorted into used/ignored/missing and its first rows."""
    spec = SPEC[kind]
    table = read_table(path, spec.columns)
    pairs = [(h, c) for h, c in zip(table.headers, table.columns, strict=True) if c]
    # read in one batch of the header and ``count`` rows: no further into the file
    first = list(islice(table.rows(count + 1), count))
    return Preview(
        [h for h, _c in pairs],
        [c for _h, c in pairs],
        table.unknown_headers,
        [c for c in spec.required if c not in table.known_columns],
        [[row.get(c, "") for _h, c in pairs] for _line, row in first],
        table.name,
        [line for line, _row in first],
    )


def run_import(
    database: Database,
    kind: ImportKind,
    path: Path,
    dry_run: bool = False,
    waiting: Callable[[str], None] | None = None,
    waited: Callable[[], None] | None = None,
) -> Report:
    """Import in one transaction; with ``dry_run`` roll it back. Returns the report.

    One import at a time on a SQLite file: a second waits for the first (``waiting`` is
    told so, and ``waited`` when its turn came), up to oto_app.worklock's limit."""
    with worklock.hold(worklock.file_of(database.url), worklock.IMPORT, waiting, waited=waited):
        return _run(database, kind, path, dry_run)


def _run(database: Database, kind: ImportKind, path: Path, dry_run: bool) -> Report:
    run = SPEC[kind].run
    if not dry_run:
        with database.begin() as session, working(session):
            return run(session, path)
    with database.rehearsal() as session, working(session):
        return run(session, path)
