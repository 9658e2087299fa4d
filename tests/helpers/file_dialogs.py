"""The file dialog answered as a person would answer it, for tests about what comes after."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from ui import widgets


def choose_files(monkeypatch: pytest.MonkeyPatch, *paths: Path | str, chosen: str = "") -> None:
    """Every file dialog from now on (save, open, folder) is answered with ``paths`` and
    the filter ``chosen``, as if they were typed and accepted; no paths: cancelled."""

    def answer(*_args: Any, **_kwargs: Any) -> tuple[list[str], str] | None:
        return ([str(p) for p in paths], chosen) if paths else None

    monkeypatch.setattr(widgets, "_file_dialog", answer)
