"""The core runs where Qt is not installed: every module imports and the CLI works."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BLOCK_QT = """
import importlib, pkgutil, sys
sys.modules["PySide6"] = None  # any 'import PySide6...' now fails, as without Qt installed
import oto_app
for module in pkgutil.walk_packages(oto_app.__path__, "oto_app."):
    if module.name != "oto_app.__main__" and not module.name.startswith("oto_app.migrations."):
        importlib.import_module(module.name)
from oto_app.cli import main
code = main(["--db", sys.argv[1], "init", "--demo"])
loaded = [m for m, v in sys.modules.items() if v and m.split(".")[0] in ("PySide6", "ui")]
assert not loaded, loaded
sys.exit(code)
"""


def test_core_and_cli_work_without_qt(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", BLOCK_QT, str(tmp_path / "zonder-qt.sqlite")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "Voorbeeldgemeente aangemaakt" in result.stdout


def test_the_oto_app_command_loads_no_qt_for_a_command(tmp_path: Path) -> None:
    """`oto-app compliance ...` through the real entry point: `python -X importtime` lists
    every module imported, and none is Qt (start-up stays quick in scripts)."""
    database = str(tmp_path / "cli.sqlite")
    run = (
        "import sys; from ui.launcher import main; "
        "sys.exit(main(['--db', sys.argv[1], 'compliance', '--year', '2025']))"
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", run, database],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()]
    assert "oto_app.cli" in imported
    assert not [m for m in imported if m.startswith("PySide6")]
