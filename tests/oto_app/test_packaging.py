"""What `pip install .` installs: every package of the program. A package missing from
pyproject's list worked in the editable install of `make run` and `make test` but was
absent from an ordinary install (oto_app.norms was: every command then crashed)."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_package_of_the_program_is_installed() -> None:
    settings = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(settings["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("oto_app", "ui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert found - listed == set(), "not in pyproject.toml's packages"
