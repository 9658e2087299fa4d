"""What checking the database costs: PRAGMA quick_check (done before every write job and
at start in the background) against integrity_check and a plain read of the file's bytes.

    .venv/bin/python bench/generate.py bench/data/region.sqlite --people 100000 --years 10
    .venv/bin/python bench/integrity.py bench/data/region.sqlite
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from oto_app import health


def best_of(runs: int, work: object) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return min(times)


def main(path: Path) -> None:
    size = path.stat().st_size / 1e6

    def read_bytes() -> None:
        with path.open("rb") as handle:
            while handle.read(1 << 20):
                pass

    def integrity() -> None:
        with sqlite3.connect(path) as connection:
            connection.execute("PRAGMA integrity_check").fetchall()

    baseline = best_of(3, read_bytes)
    quick = best_of(3, lambda: health.check_file(path))
    full = best_of(3, integrity)
    print(f"{path} ({size:.0f} MB)")
    print(f"read the file's bytes (baseline): {baseline:.3f} s")
    print(f"quick_check:                      {quick:.3f} s  ({quick / baseline:.1f}x baseline)")
    print(f"integrity_check:                  {full:.3f} s  ({full / baseline:.1f}x baseline)")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
