"""Every region-scale figure of issue 19 against its plain baseline, in one run.

    .venv/bin/python bench/scale.py                      # both shapes, 3 runs each
    .venv/bin/python bench/scale.py bench/data/staff-heavy.sqlite --runs 5

For each database (made by bench/generate.py when missing: ``staff-heavy.sqlite`` is
100,000 staff with one role each, 10,000 activities and 119,000 attendance rows;
``region.sqlite`` the participation-heavy region of 935,000 rows), through the command
line, each case ``--runs`` times in its own process, the median:

- import staff + participation into a fresh database: ``oto-app import`` against a plain
  sqlite3 load (csv.reader, dict look-ups, executemany, no checks; bench/imports.py);
- ``oto-app compliance --format json`` against plain sqlite3 writing the same person records
  (staff number, name, units, required, status, activity keys) as JSON;
- ``oto-app report compliance`` against the ReportLab canvas drawing the same number of table
  rows (the same embedded font, one string per cell, a page header and footer);
- the dashboard's full computation (N1 and N5: what the Overzicht's worker does), in-process.

The start-up of ``oto-app --help`` (the interpreter and the command line) is subtracted from
every ``oto-app`` time; the baselines are timed inside their process. Peak memory is each
process's max RSS. The ratios are of medians taken in the same run, so the machine's load
falls on both sides alike.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
OTO = str(Path(sys.executable).with_name("oto-app"))
SHAPES = {
    "staff-heavy.sqlite": ["--staff-heavy"],
    "region.sqlite": [],
    "region-3k.sqlite": ["--people", "3000", "--units", "40"],
}
GOALS = {"import": 2.0, "json": 2.0, "report": 3.0}


def timed(command: Sequence[str], out: Path | None = None) -> tuple[float, float]:
    """Seconds and peak MB of one process (its own max RSS, from wait4)."""
    with open(out or os.devnull, "wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
    process.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def child(case: str, *args: str) -> tuple[float, float]:
    """A baseline in its own process; it prints its own seconds."""
    command = [sys.executable, __file__, "--child", case, *args]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures = json.loads(output.strip().splitlines()[-1])
    return figures["seconds"], figures["peak_mb"]


def median(runs: int, work: Callable[[], tuple[float, float]]) -> tuple[float, float]:
    results = [work() for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def paired(
    runs: int, ours: Callable[[], tuple[float, float]], plain: Callable[[], tuple[float, float]]
) -> tuple[float, float, float]:
    """Ours and the baseline taken in turns (a busy moment of the machine falls on both):
    our median seconds, our peak MB, the baseline's median seconds."""
    mine, base = [], []
    for _ in range(runs):
        mine.append(ours())
        base.append(plain())
    return (
        statistics.median(r[0] for r in mine),
        max(r[1] for r in mine),
        statistics.median(r[0] for r in base),
    )


# -- the baselines, each run as a child process -----------------------------------------

PERSONS = """
WITH scope AS (
  SELECT a.person_id, max(r.min_activities) AS required,
         group_concat(u.code, '|') AS units, group_concat(r.name, '|') AS roles
  FROM assignments a JOIN roles r ON r.id = a.role_id JOIN units u ON u.id = a.unit_id
  WHERE a.start_date <= :on AND (a.end_date IS NULL OR a.end_date >= :on)
  GROUP BY a.person_id),
attended AS (
  SELECT p.person_id, count(*) AS n,
         group_concat(coalesce(ac.exchange_key, ac.id), '|') AS keys
  FROM participations p JOIN activities ac ON ac.id = p.activity_id
  WHERE p.status = 'PRESENT' AND ac.status = 'HELD' AND ac.date BETWEEN :start AND :on
  GROUP BY p.person_id)
SELECT pe.staff_number, pe.first_name || ' ' || pe.last_name, s.units, s.roles, s.required,
       coalesce(t.n, 0), t.keys
FROM scope s JOIN people pe ON pe.id = s.person_id
LEFT JOIN attended t ON t.person_id = s.person_id
ORDER BY pe.staff_number
"""


def _persons(path: str, year: int) -> list[tuple]:
    db = sqlite3.connect(path)
    params = {"start": f"{year}-01-01", "on": f"{year}-12-31"}
    rows = db.execute(PERSONS, params).fetchall()
    db.close()
    return rows


def plain_json(path: str, year: str, out: str) -> None:
    """The same person records as JSON, with the standard library's C encoder."""
    records = [
        {
            "staff_number": number,
            "name": name,
            "units": units.split("|"),
            "required": required,
            "status": "compliant" if n >= required else "non_compliant",
            "activities": keys.split("|") if keys else [],
        }
        for number, name, units, _, required, n, keys in _persons(path, int(year))
    ]
    with open(out, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"year": int(year), "persons": records}, ensure_ascii=False))


def plain_report(path: str, year: str, out: str) -> None:
    """A canvas drawing one table row per person in scope and one per person not compliant
    (the annual overview's two long tables), 5 strings per row, in the embedded Vera."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from oto_app.reports.document import BOLD, FONT

    persons = _persons(path, int(year))
    rows = [
        (name, number, roles.replace("|", ", "), "voldaan" if n >= req else "niet", str(n))
        for number, name, _, roles, req, n, _ in persons
    ]
    rows += [
        (name, units.replace("|", ", "), roles.replace("|", ", "), "niet voldaan", "reden")
        for _, name, units, roles, req, n, _ in persons
        if n < req
    ]
    x = [18 * mm + sum(w) for w in ([], [46 * mm], [69 * mm], [119 * mm], [147 * mm])]
    canvas = Canvas(out, pagesize=A4, initialFontName=FONT)
    top, bottom, step = A4[1] - 22 * mm, 18 * mm, 13.5
    for start in range(0, len(rows), per_page := int((top - bottom) / step) - 1):
        canvas.setFont(FONT, 8)
        canvas.drawString(18 * mm, A4[1] - 12 * mm, "Gemeente")
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"pagina {start // per_page + 1}")
        canvas.setFont(BOLD, 8)
        y = top - step
        for left, title in zip(x, ("Naam", "Nummer", "Rol", "Status", "Activiteiten"), strict=True):
            canvas.drawString(left + 6, y + 4, title)
        canvas.setFont(FONT, 8)
        for row in rows[start : start + per_page]:
            y -= step
            for left, cell in zip(x, row, strict=True):
                canvas.drawString(left + 6, y + 4, cell)
            canvas.line(18 * mm, y, A4[0] - 18 * mm, y)
        canvas.showPage()
    canvas.save()


def dashboard(path: str, year: str) -> float:
    """What the Overzicht's worker computes for N1 and N5 (ui/pages/overview_page.py), with
    the modules loaded and the database open, as in the running app: the seconds."""
    import datetime as dt

    from oto_app import norms
    from oto_app.db import open_database
    from oto_app.norms import validity
    from oto_app.norms.results import PersonStatus

    database = open_database(path)
    started = time.perf_counter()
    with database.begin() as session:
        result = norms.compute(session, int(year))
        validity.attention(session, dt.date(int(year), 12, 31))
    todo = [p for p in result.persons if p.status != PersonStatus.COMPLIANT]
    sorted(todo, key=lambda p: p.sort_name)
    seconds = time.perf_counter() - started
    database.close()
    return seconds


def run_child(case: str, args: list[str]) -> None:
    import resource

    if case == "dashboard":  # times itself: the modules loaded and the database open
        seconds = dashboard(*args)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))
        return
    started = time.perf_counter()
    if case == "plain-import":
        sys.path.insert(0, str(HERE))
        import imports

        imports.plain(*(Path(a) for a in args))
    else:
        {"plain-json": plain_json, "plain-report": plain_report}[case](*args)
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak_mb}))


# -- the cases -----------------------------------------------------------------------------


def prepare(path: Path) -> tuple[Path, Path]:
    if not path.exists():
        shape = SHAPES.get(path.name, [])
        subprocess.run([sys.executable, str(HERE / "generate.py"), str(path), *shape], check=True)
    sys.path.insert(0, str(HERE))
    import imports

    folder = path.parent / f"{path.stem}-files"
    folder.mkdir(exist_ok=True)
    return imports.make_files(path, folder)


def fresh(path: Path, source: Path) -> Path:
    import imports

    return imports.fresh(path, source)


def measure(path: Path, runs: int, year: int) -> dict[str, tuple[float, float, float]]:
    staff, participation = prepare(path)
    folder = staff.parent
    start_up, _ = median(runs, lambda: timed([OTO, "--help"]))
    figures: dict[str, tuple[float, float, float]] = {}

    def plain_load() -> tuple[float, float]:
        target = fresh(folder / "plain.sqlite", path)
        return child("plain-import", str(target), str(staff), str(participation))

    def our_load() -> tuple[float, float]:
        target = str(fresh(folder / "ours.sqlite", path))
        a = timed([OTO, "--db", target, "import", "staff", str(staff)])
        b = timed([OTO, "--db", target, "import", "participation", str(participation)])
        return a[0] + b[0] - 2 * start_up, max(a[1], b[1])

    figures["import"] = paired(runs, our_load, plain_load)
    out = folder / "compliance.json"
    compliance = [OTO, "--db", str(path), "compliance", "--year", str(year), "--format", "json"]
    ours, peak, base = paired(
        runs,
        lambda: timed(compliance, out),
        lambda: child("plain-json", str(path), str(year), f"{out}.plain"),
    )
    figures["json"] = (ours - start_up, peak, base)
    pdf = folder / "jaaroverzicht.pdf"
    report = [OTO, "--db", str(path), "report", "compliance", "--year", str(year)]
    ours, peak, base = paired(
        runs,
        lambda: timed([*report, "--out", str(pdf)]),
        lambda: child("plain-report", str(path), str(year), f"{pdf}.plain"),
    )
    figures["report"] = (ours - start_up, peak, base)
    figures["dashboard"] = (*median(runs, lambda: child("dashboard", str(path), str(year))), 0)
    print(f"{path.name}: start-up of oto-app --help {start_up:.2f} s (subtracted)")
    return figures


def show(path: Path, figures: dict[str, tuple[float, float, float]]) -> None:
    names = {
        "import": "import staff + participation",
        "json": "compliance --format json",
        "report": "report compliance",
    }
    for case, label in names.items():
        ours, peak, base = figures[case]
        print(
            f"  {label:30} {ours:7.2f} s (peak {peak:4.0f} MB)  plain {base:6.2f} s"
            f"  ratio {ours / base:5.2f}x  (goal <= {GOALS[case]:.0f}x)"
        )
    seconds, peak, _ = figures["dashboard"]
    print(f"  {'dashboard N1 + N5':30} {seconds:7.2f} s (peak {peak:4.0f} MB)  (goal <= 1.5 s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child[0], args.child[1:])
        return
    paths = args.paths or [DATA / name for name in SHAPES]
    results = [(path, measure(path, args.runs, args.year)) for path in paths]
    print(f"medians of {args.runs} runs, year {args.year}:")
    for path, figures in results:
        print(path.name)
        show(path, figures)


if __name__ == "__main__":
    main()
