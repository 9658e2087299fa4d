"""Instructions a command line takes (valgrind's callgrind), for two versions of the code.

    .venv/bin/python bench/instructions.py /tmp/old -- import staff bench/data/s20k.csv
    .venv/bin/python bench/instructions.py /tmp/old --db bench/data/base.sqlite -- import ...

On a shared machine the time of one run moves by a third between runs (seen here on
02-12-2026: the same import took 2.2 s and 3.3 s of CPU an hour apart), so a change worth
5 % cannot be seen in seconds. The number of instructions hardly moves: each version runs
``oto-app`` once under callgrind (about 50 times slower: use a file of some thousands of
rows), on a copy of the same database, and the counts are compared. ``old`` is a checkout
of the code to compare with; its ``oto_app`` and ``ui`` come first on the path (both
versions run without ``site``, the venv's packages on PYTHONPATH: the editable install's
finder would otherwise load this checkout's code for both). Compile
it first, as ``make compile`` does ours: with PYTHONDONTWRITEBYTECODE set (as on this
machine) an uncompiled checkout compiles every module it imports, 0.3 G instructions that
are not the code's (a start-up "gain" of 7951cd1 was only that)::

    git worktree add /tmp/old HEAD && .venv/bin/python -m compileall -q /tmp/old/oto_app /tmp/old/ui

What instructions do not show is time spent waiting for memory or the disk: confirm a
gain in seconds with bench/scale.py.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
PACKAGES = next(p for p in map(Path, sys.path) if p.name == "site-packages")


def instructions(source: str | None, database: Path | None, command: list[str]) -> int:
    """Instructions of ``oto-app --db <copy> command`` with ``source`` (else this
    checkout) first on the path."""
    root = source or str(HERE)
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([root, str(PACKAGES)]))
    probe = [sys.executable, "-S", "-c", "import oto_app; print(oto_app.__file__)"]
    with tempfile.TemporaryDirectory() as folder:  # the current folder: first on the path
        loaded = subprocess.run(
            probe, env=env, cwd=folder, capture_output=True, text=True, check=True
        ).stdout.strip()
        if not Path(loaded).resolve().is_relative_to(Path(root).resolve()):
            raise SystemExit(f"{root}: its oto_app is not the one loaded ({loaded})")
        copy = Path(folder) / "oto.sqlite"
        if database is not None:
            shutil.copy(database, copy)
        run = subprocess.run(
            [
                "valgrind",
                "--tool=callgrind",
                "--callgrind-out-file=/dev/null",
                sys.executable,
                "-S",
                "-m",
                "oto_app",
                "--db",
                str(copy),
                *command,
            ],
            env=env,
            cwd=folder,
            capture_output=True,
            text=True,
            check=False,
        )
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode or found is None:
        said = "\n".join(line for line in run.stderr.splitlines() if not line.startswith("=="))
        raise SystemExit(f"oto-app {' '.join(command)} failed under callgrind:\n{said[-2000:]}")
    return int(found.group(1))


def main() -> None:
    argv = sys.argv[1:]
    split = argv.index("--") if "--" in argv else len(argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", help="a checkout of the code to compare with")
    parser.add_argument("--db", type=Path, help="the database to run on (copied); else a new one")
    args = parser.parse_args(argv[:split])
    # the runs start in a folder of their own: files named as given here
    command = [os.path.abspath(a) if os.path.exists(a) else a for a in argv[split + 1 :]]
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    old = instructions(args.old, args.db, command)
    new = instructions(None, args.db, command)
    print(f"old {old / 1e9:7.3f} G instructions")
    print(f"new {new / 1e9:7.3f} G instructions  new/old {new / old:.3f}")


if __name__ == "__main__":
    main()
