"""Time the norms for one year against a plain hand-written sqlite3 query, in the same run.

    .venv/bin/python bench/norms.py bench/data/region.sqlite --year 2025

The baseline computes what N1 and N2 need (per person in scope: the most their roles
ask and how many held activities they attended; per unit: held exercises) with one
sqlite3 query each and fetches every row. ``norms.compute`` does that and more (names,
the keys behind every figure, N3-N7, plain result objects). Best of N runs each.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from oto_app import norms
from oto_app.db import open_database

BASELINE_N1 = """
WITH scope AS (
  SELECT a.person_id, max(r.min_activities) AS required
  FROM assignments a JOIN roles r ON r.id = a.role_id
  WHERE a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on)
  GROUP BY a.person_id),
attended AS (
  SELECT p.person_id, count(DISTINCT p.activity_id) AS n
  FROM participations p JOIN activities ac ON ac.id = p.activity_id
  WHERE p.status = 'PRESENT' AND ac.status = 'HELD' AND ac.date BETWEEN :start AND :on
  GROUP BY p.person_id)
SELECT pe.staff_number, s.required, coalesce(t.n, 0)
FROM scope s JOIN people pe ON pe.id = s.person_id
LEFT JOIN attended t ON t.person_id = s.person_id
ORDER BY pe.staff_number
"""

#: The same information the result carries (names, units, roles, first start, the keys of
#: the activities that count), written by hand.
BASELINE_N1_FULL = """
WITH scope AS (
  SELECT a.person_id, max(r.min_activities) AS required,
         group_concat(u.code, '|') AS units, group_concat(r.name, '|') AS roles
  FROM assignments a JOIN roles r ON r.id = a.role_id JOIN units u ON u.id = a.unit_id
  WHERE a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on)
  GROUP BY a.person_id),
first AS (SELECT person_id, min(start_date) AS first_start FROM assignments GROUP BY person_id),
attended AS (
  SELECT p.person_id, count(*) AS n,
         group_concat(ac.date || ' ' || coalesce(ac.exchange_key, ac.id), '|') AS keys
  FROM participations p JOIN activities ac ON ac.id = p.activity_id
  WHERE p.status = 'PRESENT' AND ac.status = 'HELD' AND ac.date BETWEEN :start AND :on
  GROUP BY p.person_id)
SELECT pe.staff_number, pe.first_name, pe.infix, pe.last_name, pe.email, pe.phone,
       s.required, s.units, s.roles, f.first_start, coalesce(t.n, 0), t.keys
FROM scope s JOIN people pe ON pe.id = s.person_id JOIN first f ON f.person_id = s.person_id
LEFT JOIN attended t ON t.person_id = s.person_id
ORDER BY pe.staff_number
"""

BASELINE_N2 = """
SELECT u.code, count(ac.id)
FROM units u
LEFT JOIN activity_units au ON au.unit_id = u.id
LEFT JOIN activities ac ON ac.id = au.activity_id AND ac.kind = 'EXERCISE'
  AND ac.status = 'HELD' AND ac.date BETWEEN :start AND :on
WHERE u.active = 1 GROUP BY u.code ORDER BY u.code
"""


def best_of(runs: int, work: Callable[[], int]) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        size = work()
        times.append(time.perf_counter() - started)
    return min(times), size


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    params = {"start": f"{args.year}-01-01", "on": f"{args.year}-12-31"}

    def plain(n1: str) -> Callable[[], int]:
        def run() -> int:
            db = sqlite3.connect(args.path)
            people = db.execute(n1, params).fetchall()
            db.execute(BASELINE_N2, params).fetchall()
            db.close()
            return len(people)

        return run

    database = open_database(str(args.path))

    def ours() -> int:
        with database.begin() as session:
            return len(norms.compute(session, args.year).persons)

    counts, counts_n = best_of(args.runs, plain(BASELINE_N1))
    full, full_n = best_of(args.runs, plain(BASELINE_N1_FULL))
    engine, engine_n = best_of(args.runs, ours)
    database.close()
    assert counts_n == full_n == engine_n, (counts_n, full_n, engine_n)
    print(f"persons in scope: {engine_n}, best of {args.runs}")
    print(f"plain sqlite3, counts only          : {counts:6.3f} s")
    print(f"plain sqlite3, same information     : {full:6.3f} s")
    print(f"norms.compute, N1-N7 with reasons   : {engine:6.3f} s")
    print(f"ratio to the same-information query : {engine / full:6.2f}x  (goal: within 3x)")
    print(f"ratio to the counts-only query      : {engine / counts:6.2f}x")


if __name__ == "__main__":
    main()
