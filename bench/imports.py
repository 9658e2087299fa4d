"""Time the imports against plain sqlite3 loading the same files, in the same run.

    .venv/bin/python bench/imports.py bench/data/region.sqlite

Exports the region (bench/generate.py) to a staff file and one participation file
for all years, then loads each into a fresh database twice: with ``oto-app import``'s
code (checks every row, all or nothing, idempotent upserts) and with a plain sqlite3
script (csv.reader, dict look-ups, executemany, no checks). Each load runs in its own
process so its peak memory (max RSS) can be reported beside its time.
"""

from __future__ import annotations

import argparse
import csv
import json
import resource
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from oto_app.db import open_database
from oto_app.exchange import export
from oto_app.exchange.participation_import import COLUMNS as PARTICIPATION_COLUMNS
from oto_app.exchange.participation_import import import_participation
from oto_app.exchange.staff_import import import_staff


def make_files(source: Path, folder: Path) -> tuple[Path, Path]:
    staff, participation = folder / "staff.csv", folder / "participation.csv"
    database = open_database(str(source))
    with database.begin() as session:
        if not staff.exists():
            export.write_staff(session, staff)
        if not participation.exists():
            years = [folder / f"p{y}.csv" for y in range(2000, 2101)]
            for year, path in zip(range(2000, 2101), years, strict=True):
                export.export_participation(session, year, path)
            with participation.open("w", encoding="utf-8-sig", newline="") as out:
                writer = csv.writer(out, delimiter=";")
                writer.writerow(PARTICIPATION_COLUMNS)
                for path in years:
                    with path.open(encoding="utf-8-sig", newline="") as handle:
                        rows = csv.reader(handle, delimiter=";")
                        next(rows)
                        writer.writerows(rows)
                    path.unlink()
    database.close()
    return staff, participation


def fresh(path: Path, source: Path) -> Path:
    """An empty database with the source's units (units are not in the exchange files)."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    open_database(str(path)).close()
    db = sqlite3.connect(path)
    with db:
        db.execute("ATTACH DATABASE ? AS source", (str(source),))
        db.execute(
            "INSERT INTO units SELECT * FROM source.units WHERE code NOT IN"
            " (SELECT code FROM main.units)"
        )
    db.close()
    return path


def ours(target: Path, staff: Path, participation: Path) -> None:
    database = open_database(str(target))
    database.login()  # the first user: the adviser, who may import
    with database.begin() as session:
        import_staff(session, staff)
    with database.begin() as session:
        import_participation(session, participation)
    database.close()


def plain(target: Path, staff: Path, participation: Path) -> None:
    """The least a loader can do: parse, look up ids, insert. No checks at all."""
    db = sqlite3.connect(target)
    units = dict(db.execute("SELECT code, id FROM units"))
    roles = dict(db.execute("SELECT name, id FROM roles"))
    kinds = {"primair": "PRIMARY", "plaatsvervanger": "DEPUTY"}
    with db, staff.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, delimiter=";")
        header = next(rows)
        left = header.index("uit_dienst") if "uit_dienst" in header else None
        people, assignments = {}, []
        for row in rows:
            gone = row.pop(left) if left is not None else ""
            gone = _iso(gone) if gone else None
            n, first, infix, last, email, phone, dept, active, unit, role, kind, start, end = row
            if n not in people:
                people[n] = (
                    n,
                    first,
                    infix,
                    last,
                    f"{last} {first} {infix}".lower(),
                    email or None,
                    phone or None,
                    dept or None,
                    active == "ja",
                    gone,
                    1,
                )
            if unit:
                assignments.append(
                    (
                        n,
                        units[unit],
                        roles[role],
                        kinds[kind],
                        _iso(start),
                        _iso(end) if end else None,
                        1,
                    )
                )
        db.executemany(
            "INSERT INTO people (staff_number, first_name, infix, last_name,"
            " sort_name, email, phone, department, active, left_on, version)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            people.values(),
        )
        ids = dict(db.execute("SELECT staff_number, id FROM people"))
        db.executemany(
            "INSERT INTO assignments (person_id, unit_id, role_id, kind, start_date,"
            " end_date, version) VALUES (?,?,?,?,?,?,?)",
            [(ids[a[0]], *a[1:]) for a in assignments],
        )
    with db, participation.open(encoding="utf-8-sig", newline="") as handle:
        rows = csv.reader(handle, delimiter=";")
        next(rows)
        activities: dict[str, int] = {}
        attendance = []
        for key, title, day, kind, level, codes, status, number, presence, hours in rows:
            if key not in activities:
                cursor = db.execute(
                    "INSERT INTO activities (exchange_key, title, kind, level, date, organiser,"
                    " status, version) VALUES (?,?,?,?,?,?,?,1)",
                    (
                        key,
                        title,
                        kind.upper(),
                        level.upper() or None,
                        _iso(day),
                        "MUNICIPAL",
                        status.upper(),
                    ),
                )
                activities[key] = cursor.lastrowid or 0
                db.executemany(
                    "INSERT INTO activity_units VALUES (?, ?)",
                    [(activities[key], units[c]) for c in codes.split("|") if c],
                )
            if number:
                attendance.append(
                    (
                        activities[key],
                        ids[number],
                        presence.upper(),
                        float(hours.replace(",", ".")) if hours else None,
                        1,
                    )
                )
        db.executemany(
            "INSERT INTO participations (activity_id, person_id, status, hours,"
            " version) VALUES (?,?,?,?,?)",
            attendance,
        )
    db.close()


def _iso(day: str) -> str:
    d, m, y = day.split("-")
    return f"{y}-{m}-{d}"


def run_one(kind: str, target: str, staff: str, participation: str) -> None:
    """In a child process: load, then print seconds and peak memory as JSON."""
    started = time.perf_counter()
    (ours if kind == "ours" else plain)(Path(target), Path(staff), Path(participation))
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


def measure(
    kind: str, source: Path, target: Path, staff: Path, participation: Path
) -> dict[str, float]:
    fresh(target, source)
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(target), str(staff), str(participation)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, nargs="?")
    parser.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(*args.child)
        return
    folder = args.source.parent / f"{args.source.stem}-files"
    folder.mkdir(exist_ok=True)
    staff, participation = make_files(args.source, folder)
    sizes = {
        p.name: sum(1 for _ in p.open(encoding="utf-8-sig")) - 1 for p in (staff, participation)
    }
    mb = sum(p.stat().st_size for p in (staff, participation)) / 1e6
    base = measure("plain", args.source, folder / "plain.sqlite", staff, participation)
    mine = measure("ours", args.source, folder / "ours.sqlite", staff, participation)
    print(f"files: {sizes}, {mb:.0f} MB")
    print(f"plain sqlite3 load : {base['seconds']:6.1f} s, peak {base['peak_mb']:5.0f} MB")
    print(f"oto-app import     : {mine['seconds']:6.1f} s, peak {mine['peak_mb']:5.0f} MB")
    print(f"ratio              : {mine['seconds'] / base['seconds']:6.2f}x  (goal: within 3x)")


if __name__ == "__main__":
    main()
