"""Where the product keeps its files.

All data paths are computed here and nowhere else. ``OTO_DATA_DIR`` redirects
everything (tests point it at a temporary folder); otherwise platformdirs picks
the user's data folder (``%LOCALAPPDATA%\\OTO`` on Windows).
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "OTO"


def data_dir() -> Path:
    """The folder for the database and its backups, created on demand."""
    override = os.environ.get("OTO_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "oto.sqlite"
