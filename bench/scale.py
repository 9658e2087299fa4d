"""Every region-scale figure of issue 19 against its plain baseline, in one run.

    .venv/bin/python bench/scale.py                      # both shapes, 3 runs each
    .venv/bin/python bench/scale.py bench/data/staff-heavy.sqlite --runs 5
    .venv/bin/python bench/scale.py --only import     # one case (import, json, report, dashboard)

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
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
OTO = str(Path(sys.executable).with_name("oto-app"))
SHAPES = {
    "staff-heavy.sqlite": ["--staff-heavy"],
    "region.sqlite": [],
    "region-3k.sqlite": ["--people", "3000", "--units", "40"],
}


class Run(NamedTuple):
    seconds: float  #: wall clock
    cpu: float  #: user + system seconds of the process
    peak_mb: float  #: max RSS


def timed(command: Sequence[str], out: Path | None = None) -> Run:
    """One process: its wall time, its CPU time and peak memory (from wait4)."""
    with open(out or os.devnull, "wb") as sink:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - started
    assert process.stderr is not None
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"{' '.join(command)} failed: {process.stderr.read().decode()}")
    process.stderr.close()
    return Run(seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024)


def child(case: str, *args: str) -> Run:
    """A baseline in its own process; it times itself (not the interpreter's start)."""
    command = [sys.executable, __file__, "--child", case, *args]
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    return Run(**json.loads(output.strip().splitlines()[-1]))


def less(run: Run, start_up: Run, times: int = 1) -> Run:
    """``run`` without ``times`` start-ups of ``oto-app --help``."""
    return Run(run.seconds - times * start_up.seconds, run.cpu - times * start_up.cpu, run.peak_mb)


def middle(runs: list[Run]) -> Run:
    """The median time and CPU time, the highest peak."""
    return Run(
        statistics.median(r.seconds for r in runs),
        statistics.median(r.cpu for r in runs),
        max(r.peak_mb for r in runs),
    )


def paired(runs: int, ours: Callable[[], Run], plain: Callable[[], Run]) -> tuple[Run, Run]:
    """Ours and the baseline in turns, so a busy moment of the machine falls on both."""
    mine, base = [], []
    for _ in range(runs):
        mine.append(ours())
        base.append(plain())
    return middle(mine), middle(base)


# -- the baselines, each run as a child process -----------------------------------------


def _persons(path: str, year: int) -> list[tuple[Any, ...]]:
    """What N1 needs of every person in scope, as bench/norms.py's hand-written query has it
    (names, units, roles, required, first start, count, the dated keys that count)."""
    from norms import BASELINE_N1_FULL  # loaded before the clock starts (run_child)

    db = sqlite3.connect(path)
    params = {"start": f"{year}-01-01", "on": f"{year}-12-31"}
    rows = db.execute(BASELINE_N1_FULL, params).fetchall()
    db.close()
    return rows


def plain_json(path: str, year: str, out: str) -> None:
    """The same person records as JSON, with the standard library's C encoder."""
    records = [
        {
            "staff_number": number,
            "name": " ".join(part for part in (first, infix, last) if part),
            "status": "compliant" if n >= required else "non_compliant",
            "activities": [k[11:] for k in sorted(keys.split("|"))] if keys else [],
            "required": required,
            "units": units.split("|"),
        }
        for number, first, infix, last, _, _, required, units, _, _, n, keys in _persons(
            path, int(year)
        )
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
        (
            f"{first} {last}",
            number,
            roles.replace("|", ", "),
            "voldaan" if n >= req else "niet",
            str(n),
        )
        for number, first, _, last, _, _, req, _, roles, _, n, _ in persons
    ]
    rows += [
        (f"{first} {last}", units.replace("|", ", "), roles.replace("|", ", "), "niet", "reden")
        for number, first, _, last, _, _, req, units, roles, _, n, _ in persons
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


def dashboard(path: str, year: str) -> tuple[float, float]:
    """What the Overzicht's worker computes for N1 and N5 (ui/pages/overview_page.py), as in
    the running app: the modules loaded, the database open and the user logged in (which
    sets up the mapped models), the cycle collector run only by the window's timer
    (ui.app.collect_on_gui_thread: off in the worker). Wall and CPU seconds."""
    import datetime as dt
    import gc

    from oto_app import norms
    from oto_app.db import open_database
    from oto_app.norms import validity
    from oto_app.norms.results import PersonStatus

    database = open_database(path)
    database.login()
    gc.disable()
    started, before = time.perf_counter(), time.process_time()
    with database.begin() as session:
        result = norms.compute(session, int(year))
        validity.attention(session, dt.date(int(year), 12, 31))
    todo = [p for p in result.persons if p.status != PersonStatus.COMPLIANT]
    sorted(todo, key=lambda p: p.sort_name)
    seconds, used = time.perf_counter() - started, time.process_time() - before
    database.close()
    return seconds, used


def run_child(case: str, args: list[str]) -> None:
    import resource

    def cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    sys.path.insert(0, str(HERE))
    import imports  # the bench modules (and what they import) before the clock
    import norms  # noqa: F401

    if case == "dashboard":  # times itself: the modules loaded and the database open
        seconds, used = dashboard(*args)
    else:
        started, before = time.perf_counter(), cpu()
        if case == "plain-import":
            imports.plain(*(Path(a) for a in args))
        else:
            {"plain-json": plain_json, "plain-report": plain_report}[case](*args)
        seconds, used = time.perf_counter() - started, cpu() - before
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "cpu": used, "peak_mb": peak_mb}))


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


Figures = dict[str, tuple[Run, Run | None]]


def measure(path: Path, runs: int, year: int, only: Sequence[str] = ()) -> Figures:
    staff, participation = prepare(path)
    folder = staff.parent
    start_up = middle([timed([OTO, "--help"]) for _ in range(runs)])
    print(f"{path.name}: start-up of oto-app --help {start_up.seconds:.2f} s (subtracted)")
    figures: Figures = {}

    def plain_load() -> Run:
        target = fresh(folder / "plain.sqlite", path)
        return child("plain-import", str(target), str(staff), str(participation))

    def our_load() -> Run:
        target = str(fresh(folder / "ours.sqlite", path))
        a = timed([OTO, "--db", target, "import", "staff", str(staff)])
        b = timed([OTO, "--db", target, "import", "participation", str(participation)])
        both = Run(a.seconds + b.seconds, a.cpu + b.cpu, max(a.peak_mb, b.peak_mb))
        return less(both, start_up, 2)

    def wanted(case: str) -> bool:
        return not only or case in only

    if wanted("import"):
        figures["import"] = paired(runs, our_load, plain_load)
        figures["start-up"] = (_loaded_start_up(path, staff, runs, start_up), None)
    if wanted("json"):
        _json(path, folder, runs, year, start_up, figures)
    if wanted("report"):
        _report(path, folder, runs, year, start_up, figures)
    if wanted("dashboard"):
        figures["dashboard"] = (
            middle([child("dashboard", str(path), str(year)) for _ in range(runs)]),
            None,
        )
    return figures


def _loaded_start_up(path: Path, staff: Path, runs: int, start_up: Run) -> Run:
    """What an import command takes before and after its work, beyond ``--help``: loading
    SQLAlchemy and the models, opening and checking the database, logging in (a staff
    file of one row, into a fresh database). Shown, not subtracted: the issue counts it."""
    one = staff.with_name("one-person.csv")
    with staff.open(encoding="utf-8-sig", newline="") as handle:
        one.write_text("".join(islice(handle, 2)), encoding="utf-8")
    target = staff.with_name("one-person.sqlite")

    def once() -> Run:
        return less(
            timed([OTO, "--db", str(fresh(target, path)), "import", "staff", str(one)]), start_up
        )

    return middle([once() for _ in range(runs)])


def _json(path: Path, folder: Path, runs: int, year: int, start_up: Run, figures: Figures) -> None:
    out = folder / "compliance.json"
    compliance = [OTO, "--db", str(path), "compliance", "--year", str(year), "--format", "json"]
    figures["json"] = paired(
        runs,
        lambda: less(timed(compliance, out), start_up),
        lambda: child("plain-json", str(path), str(year), f"{out}.plain"),
    )


def _report(
    path: Path, folder: Path, runs: int, year: int, start_up: Run, figures: Figures
) -> None:
    pdf = folder / "jaaroverzicht.pdf"
    report = [OTO, "--db", str(path), "report", "compliance", "--year", str(year)]
    figures["report"] = paired(
        runs,
        lambda: less(timed([*report, "--out", str(pdf)]), start_up),
        lambda: child("plain-report", str(path), str(year), f"{pdf}.plain"),
    )


LABELS = {
    "import": ("import staff + participation", "<= 2x"),
    "json": ("compliance --format json", "<= 2x"),
    "report": ("report compliance", "<= 3x"),
    "dashboard": ("dashboard N1 + N5 (no baseline)", "<= 1.5 s"),
    "start-up": ("  of which each command's start", "(info)"),
}


def show(figures: Figures) -> None:
    print(
        f"  {'':32} {'oto-app':>8} {'plain':>7} {'ratio':>6}   {'CPU':>6} {'plain':>6}"
        f" {'ratio':>6}  {'peak':>7}  goal"
    )
    for case, (ours, base) in figures.items():
        label, goal = LABELS[case]
        if case == "start-up":  # twice in the import's time: what the work alone takes
            work = figures["import"][0].seconds - 2 * ours.seconds
            plain = figures["import"][1]
            assert plain is not None
            print(
                f"  {label:32} {ours.seconds:7.2f}s {'':7} {'':6}   {ours.cpu:5.2f}s"
                f" {'':6} {'':6}  {ours.peak_mb:4.0f} MB  {goal}: without both"
                f" {work:.2f} s, {work / plain.seconds:.2f}x"
            )
            continue
        if base is None:
            print(
                f"  {label:32} {ours.seconds:7.2f}s {'':7} {'':6}   {ours.cpu:5.2f}s"
                f" {'':6} {'':6}  {ours.peak_mb:4.0f} MB  {goal}"
            )
            continue
        print(
            f"  {label:32} {ours.seconds:7.2f}s {base.seconds:6.2f}s"
            f" {ours.seconds / base.seconds:5.2f}x   {ours.cpu:5.2f}s {base.cpu:5.2f}s"
            f" {ours.cpu / base.cpu:5.2f}x  {ours.peak_mb:4.0f} MB  {goal}"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", type=Path, nargs="*")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--year", type=int, default=2024)
    parser.add_argument("--only", nargs="+", choices=list(LABELS), default=[])
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_child(args.child[0], args.child[1:])
        return
    paths = args.paths or [DATA / name for name in SHAPES]
    results = [(path, measure(path, args.runs, args.year, args.only)) for path in paths]
    print(
        f"\nmedians of {args.runs} runs, year {args.year}; wall clock and CPU time (user + system)"
    )
    for path, figures in results:
        print(path.name)
        show(figures)


if __name__ == "__main__":
    main()
