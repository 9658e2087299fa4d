"""Which database a workstation uses, as the user or an administrator set it.

In this order, the first that is set wins:

1. ``--db`` on the command line;
2. the environment variable ``OTO_DATABASE_URL`` (on Windows an administrator sets it
   for the whole machine: ``setx /M OTO_DATABASE_URL ...`` or a group policy);
3. ``oto.ini`` beside the program (``C:\\Program Files\\OTO\\oto.ini``), which an
   administrator puts there once for every user of the workstation::

       [database]
       url = postgresql+psycopg://server.regio.local/oto

   A relative SQLite path in it is taken relative to the folder of ``oto.ini``;
4. the SQLite file ``oto.sqlite`` in the user's data folder (``%LOCALAPPDATA%\\OTO``).
"""

from __future__ import annotations

import configparser
import os
import sys
from dataclasses import dataclass
from pathlib import Path

from oto_app import paths
from oto_app.errors import DatabaseError

INI_NAME = "oto.ini"
ENVIRONMENT = "OTO_DATABASE_URL"


@dataclass(frozen=True)
class DatabaseChoice:
    """The database asked for, and who asked: ``option``, ``environment``, ``ini`` or
    ``default``; ``ini`` is the file that said so."""

    value: str
    source: str
    ini: Path | None = None


def program_dir() -> Path:
    """The folder of the program: the built ``OTO.exe``, or the Python that runs OTO."""
    return Path(sys.executable).parent


def ini_path() -> Path:
    return program_dir() / INI_NAME


def read_ini(path: Path) -> str | None:
    """The database URL or path in ``path``; None when the file or the setting is absent.

    A file that cannot be read, or is not an ini file, is refused in Dutch with its name
    and line: an administrator's typing error must not silently open another database.
    """
    if not path.is_file():
        return None
    parser = configparser.ConfigParser(interpolation=None)
    try:
        with path.open(encoding="utf-8-sig") as handle:
            parser.read_file(handle)
    except configparser.Error as error:
        line = getattr(error, "lineno", None)
        where = f"{path}:{line}" if line else str(path)
        detail = error.message.splitlines()[0] if hasattr(error, "message") else str(error)
        raise DatabaseError("ini_unreadable", file=where, detail=detail) from None
    except (OSError, UnicodeDecodeError) as error:
        raise DatabaseError("ini_unreadable", file=str(path), detail=str(error)) from None
    value = parser.get("database", "url", fallback="").strip()
    if not value:
        return None
    if "://" not in value and not Path(value).expanduser().is_absolute():
        value = str(path.parent / value)
    return value


def choose_database(db: str | None = None, ini: Path | None = None) -> DatabaseChoice:
    """The database this workstation should open (see the module's docstring)."""
    if db:
        return DatabaseChoice(db, "option")
    environment = os.environ.get(ENVIRONMENT, "").strip()
    if environment:
        return DatabaseChoice(environment, "environment")
    ini = ini or ini_path()
    configured = read_ini(ini)
    if configured:
        return DatabaseChoice(configured, "ini", ini)
    return DatabaseChoice(str(paths.default_database_path()), "default")
