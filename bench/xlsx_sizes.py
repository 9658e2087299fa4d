"""How far real workbooks unpack, against the limits of oto_app.exchange.workbook.

Usage: .venv/bin/python bench/xlsx_sizes.py DATABASE.sqlite [OUT_FOLDER]

Writes the database's whole content as one workbook (``export all``) into OUT_FOLDER
(default: a temporary folder), then prints each large member's unpacked and packed size
and ratio, the totals, and the limits; then times refusing a 60 MB-in-one-cell zip bomb
and prints the peak memory of that refusal (tracemalloc).
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
import zipfile
from pathlib import Path

from oto_app.db import open_database
from oto_app.errors import ValidationError
from oto_app.exchange import everything, workbook


def sizes(path: Path) -> None:
    total = 0
    worst = 0.0
    with zipfile.ZipFile(path) as archive:
        for member in archive.infolist():
            total += member.file_size
            ratio = member.file_size / max(member.compress_size, 1)
            if member.file_size > workbook.RATIO_FROM:
                worst = max(worst, ratio)
                print(
                    f"  {member.filename:32} {member.file_size / 1e6:9.1f} MB unpacked "
                    f"{member.compress_size / 1e6:8.1f} MB packed  {ratio:5.1f}x"
                )
    print(f"{path.name}: {path.stat().st_size / 1e6:.1f} MB on disk, {total / 1e6:.1f} MB unpacked")
    print(f"largest ratio above {workbook.RATIO_FROM / 1e6:.0f} MB: {worst:.1f}x")
    print(
        f"limits: member {workbook.MAX_MEMBER / 1e9:.1f} GB, "
        f"total {workbook.MAX_TOTAL / 1e9:.1f} GB, ratio {workbook.MAX_RATIO}x"
    )


def bomb(folder: Path) -> None:
    path = folder / "bom.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        text = "<worksheet><sheetData><row><c t='inlineStr'><is><t>" + "A" * 60_000_000
        archive.writestr(
            "xl/worksheets/sheet1.xml",
            text + "</t></is></c></row></sheetData>",
            zipfile.ZIP_DEFLATED,
            9,
        )
    tracemalloc.start()
    start = time.perf_counter()
    try:
        workbook.check_zip(path)
    except ValidationError as refused:
        print(refused.message)
    took = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    print(
        f"bomb of {path.stat().st_size / 1e3:.0f} KB refused in {took * 1000:.1f} ms, "
        f"peak {peak / 1e6:.2f} MB"
    )


def main() -> None:
    database = open_database(sys.argv[1])
    database.login("adviseur")
    folder = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(tempfile.mkdtemp())
    out = folder / "alles.xlsx"
    start = time.perf_counter()
    with database.begin() as session:
        counts = everything.export_all(session, out)
    print(f"export all: {sum(counts.values())} rows in {time.perf_counter() - start:.1f} s")
    sizes(out)
    bomb(folder)


if __name__ == "__main__":
    main()
