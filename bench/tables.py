"""One long table four ways, in the same run: why the reports draw their own rows.

    .venv/bin/python bench/tables.py [--rows 5000] [--runs 3]

The same rows (a name, a staff number, a role, a traffic light, a count) as a PDF:
the ReportLab canvas with one ``drawString`` per cell (the baseline), the reports'
``RowTable`` (oto_app/reports/rows.py), platypus ``LongTable`` with plain strings, and
platypus ``Table`` with a ``Paragraph`` per cell in chunks of 200 rows (what the reports
did before). Each is laid out once, to a file; the median of ``--runs``.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Table, TableStyle

from oto_app.reports.document import BOLD, FONT, GREEN, GRID, SHADE, STYLES, Mark, table

WIDTHS = [46 * mm, 23 * mm, 50 * mm, 28 * mm, 27 * mm]
HEADER = ["Naam", "Personeelsnr.", "Rol", "Status", "Activiteiten"]
STYLE = [
    ("FONT", (0, 0), (-1, -1), FONT, 8),
    ("FONT", (0, 0), (-1, 0), BOLD, 8),
    ("BACKGROUND", (0, 0), (-1, 0), SHADE),
    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
]


def rows(count: int) -> list[list[str]]:
    return [
        [f"Anna de Vries{n}", f"P{n:07d}", "procesmedewerker", "voldaan", str(n % 4)]
        for n in range(count)
    ]


def canvas(data: list[list[str]], out: Path) -> None:
    pdf = Canvas(str(out), pagesize=A4, initialFontName=FONT)
    x = [18 * mm + sum(WIDTHS[:n]) + 6 for n in range(len(WIDTHS))]
    per_page, step = 55, 13.5
    for start in range(0, len(data), per_page):
        y = A4[1] - 22 * mm
        pdf.setFont(BOLD, 8)
        for left, title in zip(x, HEADER, strict=True):
            pdf.drawString(left, y, title)
        pdf.setFont(FONT, 8)
        for row in data[start : start + per_page]:
            y -= step
            for left, cell in zip(x, row, strict=True):
                pdf.drawString(left, y, cell)
            pdf.line(18 * mm, y - 3, A4[0] - 18 * mm, y - 3)
        pdf.showPage()
    pdf.save()


def document(out: Path, story: list) -> None:
    SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build(story)


def row_table(data: list[list[str]], out: Path) -> None:
    marked = ([*r[:3], Mark(GREEN, r[3]), r[4]] for r in data)
    document(out, list(table(HEADER, marked, WIDTHS)))


def long_table(data: list[list[str]], out: Path) -> None:
    document(out, [LongTable([HEADER, *data], WIDTHS, repeatRows=1, style=TableStyle(STYLE))])


def paragraph_tables(data: list[list[str]], out: Path) -> None:
    head = [Paragraph(h, STYLES["cell"]) for h in HEADER]
    story = [
        Table(
            [head, *([Paragraph(c, STYLES["cell"]) for c in r] for r in data[s : s + 200])],
            WIDTHS,
            repeatRows=1,
            style=TableStyle(STYLE),
        )
        for s in range(0, len(data), 200)
    ]
    document(out, story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    data = rows(args.rows)
    ways: dict[str, Callable[[list[list[str]], Path], None]] = {
        "canvas, drawString per cell (baseline)": canvas,
        "RowTable (the reports)": row_table,
        "platypus LongTable, strings": long_table,
        "platypus Table, Paragraph cells (before)": paragraph_tables,
    }
    times: dict[str, list[float]] = {name: [] for name in ways}
    with tempfile.TemporaryDirectory() as folder:
        for _ in range(args.runs):  # in turns, so a busy moment falls on all of them
            for name, way in ways.items():
                started = time.perf_counter()
                way(data, Path(folder) / "t.pdf")
                times[name].append(time.perf_counter() - started)
    base = statistics.median(times[next(iter(ways))])
    print(f"{args.rows} table rows, median of {args.runs}:")
    for name, seconds in times.items():
        median = statistics.median(seconds)
        print(f"  {name:42} {median:6.2f} s  {median / base:5.2f}x")


if __name__ == "__main__":
    main()
