"""Generate a large region: many staff over many units, years of activities and attendance.

    .venv/bin/python bench/generate.py bench/data/region.sqlite --people 100000 --years 10
    .venv/bin/python bench/generate.py bench/data/staff-heavy.sqlite --staff-heavy

The first is participation-heavy (about one attendance row per person per year); the second
is the staff-heavy shape of issue 19: 100,000 staff (one role row each), 10,000 activities,
about 119,000 attendance rows (``--activities``/``--attendance`` set any other totals).
The schema is made by the program itself (Alembic), the rows are written with plain
sqlite3 ``executemany`` in one transaction (the generator is not what is measured).
Deterministic for given arguments.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sqlite3
import time
from pathlib import Path

from oto_app.db import open_database

FIRST = ["Anna", "Bram", "Carla", "Daan", "Eva", "Femke", "Gerard", "Ingrid", "Jan", "Karin"]
LAST = ["Bakker", "Visser", "Smit", "Meijer", "Mulder", "Bos", "Vos", "Peters", "Dijkstra"]
INFIX = ["", "", "", "de", "van", "van der", "ter"]


KINDS = (("EXERCISE", "MONO", 0.5), ("TRAINING", None, 0.3), ("COURSE", None, 0.2))


def generate(
    path: Path,
    people: int,
    years: int,
    units: int,
    last_year: int,
    seed: int,
    activities: int | None = None,
    attendance: int | None = None,
) -> None:
    path.unlink(missing_ok=True)
    open_database(str(path)).close()  # schema and the ten default units, by the program
    rng = random.Random(seed)
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = OFF")
    with db:
        unit_ids = _units(db, units)
        roles = dict(db.execute("SELECT name, id FROM roles"))
        members = _people(db, rng, people, unit_ids, roles, last_year - years + 1)
        per_unit_year = round(activities / (len(unit_ids) * years)) if activities else 3
        kinds = [KINDS[n % 3] for n in range(per_unit_year)]
        if attendance:  # the same share of each unit's people at every activity
            share = attendance / (len(kinds) * years * people * 0.93)
            kinds = [(kind, level, share) for kind, level, _ in kinds]
        _activities(db, rng, unit_ids, members, range(last_year - years + 1, last_year + 1), kinds)
    db.execute("ANALYZE")
    db.close()


def _units(db: sqlite3.Connection, count: int) -> list[int]:
    pv, pm = (
        db.execute("SELECT id FROM roles WHERE name = ?", (n,)).fetchone()[0]
        for n in ("procesverantwoordelijke", "procesmedewerker")
    )
    extra = [
        (f"R{n:03d}", f"Regionaal onderdeel {n}", "DEELPROCES", 1, 10 + n, 1)
        for n in range(1, max(0, count - 10) + 1)
    ]
    db.executemany(
        "INSERT INTO units (code, name, kind, active, position, version) VALUES (?, ?, ?, ?, ?, ?)",
        extra,
    )
    ids = [row[0] for row in db.execute("SELECT id FROM units ORDER BY id")]
    db.executemany(
        "INSERT INTO plan_reviews (unit_id, reviewed_on, version) VALUES (?, '2024-01-01', 1)",
        [(u,) for u in ids[10:]],
    )
    db.executemany(
        "INSERT OR IGNORE INTO unit_roles (unit_id, role_id) VALUES (?, ?)",
        [(u, r) for u in ids for r in (pv, pm)],
    )
    return ids


def _people(
    db: sqlite3.Connection,
    rng: random.Random,
    count: int,
    unit_ids: list[int],
    roles: dict[str, int],
    first_year: int,
) -> dict[int, list[int]]:
    """People, each with one role in one unit (a few leads and deputies); members per unit."""
    rows, assignments = [], []
    members: dict[int, list[int]] = {u: [] for u in unit_ids}
    for pid in range(1, count + 1):
        first, last, infix = rng.choice(FIRST), rng.choice(LAST), rng.choice(INFIX)
        sort_name = f"{last} {first} {infix}".strip().lower()
        rows.append(
            (
                pid,
                f"P{pid:07d}",
                first,
                infix,
                f"{last}{pid}",
                sort_name + str(pid),
                f"p{pid}@regio.nl",
                1,
                1,
            )
        )
        unit = unit_ids[pid % len(unit_ids)]
        members[unit].append(pid)
        lead = len(members[unit]) <= 2
        role = roles["procesverantwoordelijke" if lead else "procesmedewerker"]
        kind = "DEPUTY" if len(members[unit]) == 2 else "PRIMARY"
        start = dt.date(first_year, 1, 1) + dt.timedelta(days=rng.randint(-400, 3000))
        end = start + dt.timedelta(days=rng.randint(400, 4000)) if rng.random() < 0.2 else None
        assignments.append(
            (pid, unit, role, kind, start.isoformat(), end.isoformat() if end else None, 1)
        )
    db.executemany(
        "INSERT INTO people (id, staff_number, first_name, infix, last_name, sort_name, email,"
        " active, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    db.executemany(
        "INSERT INTO assignments (person_id, unit_id, role_id, kind, start_date, end_date,"
        " version) VALUES (?, ?, ?, ?, ?, ?, ?)",
        assignments,
    )
    return members


def _activities(
    db: sqlite3.Connection,
    rng: random.Random,
    unit_ids: list[int],
    members: dict[int, list[int]],
    years: range,
    kinds: list[tuple[str, str | None, float]],
) -> None:
    """Per unit and year the given kinds (an exercise, a training, a course; mostly held),
    each attended by its share of the unit's people."""
    activity_id = 0
    activities, covered, attendance = [], [], []
    for year in years:
        for unit in unit_ids:
            for kind, level, share in kinds:
                activity_id += 1
                day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
                status = "HELD" if rng.random() < 0.93 else "CANCELLED"
                activities.append(
                    (
                        activity_id,
                        f"X{activity_id}",
                        f"{kind} {unit} {year}",
                        kind,
                        level,
                        day.isoformat(),
                        "MUNICIPAL",
                        status,
                        2.0,
                        1,
                    )
                )
                covered.append((activity_id, unit))
                if status == "HELD":
                    people = members[unit]
                    for pid in rng.sample(people, round(len(people) * share)):
                        attendance.append((activity_id, pid, "PRESENT", 2.0, 1))
    db.executemany(
        "INSERT INTO activities (id, exchange_key, title, kind, level, date, organiser, status,"
        " hours, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        activities,
    )
    db.executemany("INSERT INTO activity_units (activity_id, unit_id) VALUES (?, ?)", covered)
    db.executemany(
        "INSERT INTO participations (activity_id, person_id, status, hours, version)"
        " VALUES (?, ?, ?, ?, ?)",
        attendance,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--people", type=int, default=100_000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--units", type=int, default=200)
    parser.add_argument("--last-year", type=int, default=2025)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--activities", type=int, help="about this many activities in all")
    parser.add_argument("--attendance", type=int, help="about this many attendance rows")
    parser.add_argument(
        "--staff-heavy",
        action="store_true",
        help="100,000 people, 10,000 activities, 119,000 attendance rows (issue 19)",
    )
    args = parser.parse_args()
    if args.staff_heavy:
        args.people, args.activities, args.attendance = 100_000, 10_000, 119_000
    args.path.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    generate(
        args.path,
        args.people,
        args.years,
        args.units,
        args.last_year,
        args.seed,
        args.activities,
        args.attendance,
    )
    db = sqlite3.connect(args.path)
    counts = {
        t: db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in ("people", "assignments", "units", "activities", "participations")
    }
    print(f"{args.path}: {counts} in {time.perf_counter() - started:.1f} s")


if __name__ == "__main__":
    main()
