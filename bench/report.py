"""Time and peak memory of the annual overview PDF, by region size.

    .venv/bin/python bench/report.py bench/data/region-20k.sqlite [--year 2025]

Each run is a child process so max RSS is its own. For comparison the same process
also reports the peak after computing the norms alone (what the report starts from).
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path


def child(path: str, year: int, out: str, norms_only: bool) -> None:
    from oto_app import norms
    from oto_app.db import open_database
    from oto_app.reports import compliance_report

    database = open_database(path)
    started = time.perf_counter()
    with database.begin() as session:
        if norms_only:
            norms.compute(session, year)
            pages = 0
        else:
            pages = compliance_report.write(session, year, Path(out))
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peak_mb": peak, "pages": pages}))


def run(path: Path, year: int, out: Path, norms_only: bool) -> dict[str, float]:
    args = [sys.executable, __file__, str(path), "--year", str(year), "--child", str(out)]
    if norms_only:
        args.append("--norms-only")
    result = subprocess.run(args, check=True, capture_output=True, text=True)
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--norms-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(str(args.path), args.year, args.child, args.norms_only)
        return
    out = args.path.with_suffix(".pdf")
    base = run(args.path, args.year, out, norms_only=True)
    report = run(args.path, args.year, out, norms_only=False)
    print(f"{args.path.name}: norms alone {base['seconds']:.1f} s, peak {base['peak_mb']:.0f} MB")
    print(
        f"annual overview: {report['pages']:.0f} pages in {report['seconds']:.1f} s, "
        f"peak {report['peak_mb']:.0f} MB ({out})"
    )


if __name__ == "__main__":
    main()
