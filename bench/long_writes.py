"""How long the GUI's writes take at region scale, to see which must leave the GUI thread.

    .venv/bin/python bench/generate.py /tmp/region.sqlite --people 100000 --years 10
    .venv/bin/python bench/long_writes.py /tmp/region.sqlite [--leavers 10000] [--present 5000]

Each case runs on a fresh copy of the database (the copy is not timed), through the same
service call the window makes, in one transaction, as the file's owner (an adviser):

- anonymise: ``privacy.anonymise`` after ``--leavers`` people were made to have left ten
  years ago (Beheer > Oud-medewerkers anonimiseren);
- copy plan: ``yearplan.copy_plan`` of the last generated year into the next (Jaarplan);
- attendance: ``attendance.record`` of ``--present`` people present on one activity
  (Presentie > Alle verwachten aanwezig > Opslaan, a region-wide exercise);
- restore: ``backup.inspect`` then ``backup.restore`` of a backup of the whole file
  (Bestand > Back-up terugzetten);
- export all: ``exchange.everything.export_all`` to .xlsx (Bestand > Alles exporteren).

Half a second on the GUI thread is a freeze a person notices (tests/ui/test_responsive.py).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from oto_app.db import Database, open_database


def timed(label: str, work: Callable[[], Any]) -> float:
    start = time.perf_counter()
    result = work()
    took = time.perf_counter() - start
    print(f"{label:<48} {took:6.2f} s   ({result})")
    return took


def fresh(source: Path, folder: Path, prepare: Callable[[sqlite3.Connection], None]) -> Database:
    copy = folder / "copy.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{copy}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(source, copy)
    with sqlite3.connect(copy) as db:
        prepare(db)
    database = open_database(str(copy))
    database.login()
    return database


def in_one_transaction(database: Database, write: Callable[[Any], Any]) -> Callable[[], Any]:
    def run() -> Any:
        with database.begin() as session:
            result = write(session)
        return getattr(result, "value", result)

    return run


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("database", type=Path)
    parser.add_argument("--leavers", type=int, default=10_000)
    parser.add_argument("--present", type=int, default=5_000)
    args = parser.parse_args()
    from oto_app import backup, privacy
    from oto_app.exchange.everything import export_all
    from oto_app.models import AttendanceStatus
    from oto_app.services import attendance, yearplan

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)

        def leavers(db: sqlite3.Connection) -> None:
            db.execute(
                "UPDATE people SET active = 0, left_on = '2015-06-30' WHERE id <= ?",
                (args.leavers,),
            )

        database = fresh(args.database, folder, leavers)
        timed(
            f"anonymise {args.leavers} leavers",
            in_one_transaction(database, lambda s: privacy.anonymise(s, 5)),
        )
        database.close()

        database = fresh(args.database, folder, lambda db: None)
        with database.begin() as session:
            from sqlalchemy import func, select

            from oto_app.models import Activity, Person

            last = session.scalar(select(func.max(Activity.date)))
            assert last is not None
            activity = session.scalar(
                select(Activity.id).where(Activity.date <= dt.date.today()).order_by(Activity.id)
            )
            people = session.scalars(select(Person.id).order_by(Person.id).limit(args.present))
            entries = [attendance.Entry(p, AttendanceStatus.PRESENT) for p in people]
        timed(
            f"copy plan {last.year} -> {last.year + 1}",
            in_one_transaction(database, lambda s: yearplan.copy_plan(s, last.year, last.year + 1)),
        )
        timed(
            f"attendance: {len(entries)} present on one activity",
            in_one_transaction(database, lambda s: attendance.record(s, activity, entries, True)),
        )
        timed(
            "export all (.xlsx)",
            in_one_transaction(
                database, lambda s: sum(export_all(s, folder / "all.xlsx").values())
            ),
        )
        database.close()

        saved = folder / "saved.sqlite"
        shutil.copyfile(folder / "copy.sqlite", saved)
        timed("restore: inspect the backup", lambda: backup.inspect(saved).counts.get("people"))
        timed(
            "restore: replace the database",
            lambda: backup.restore(saved, folder / "copy.sqlite").made,
        )


if __name__ == "__main__":
    main()
