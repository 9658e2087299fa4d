"""Every database error becomes a Dutch sentence; its details go to a log file.

The driver's own text may hold personal data (PostgreSQL quotes the row: ``Key
(staff_number)=(10001) already exists``, SQLAlchemy adds the SQL and its parameters), so
none of it reaches the sentence. The whole error, traceback included, is appended to
``oto-fouten.log`` in the user's data folder, and the sentence names that file.

Known kinds get their own sentence: the server or file unreachable, locked, full,
read-only, damaged; no rights; a value too long for its column; the same key saved by
two workstations at once (a unique violation: "iemand anders heeft ... al vastgelegd");
two overlapping assignments of one role (the exclusion constraint of revision
``0007_assignment_overlap``).
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
import traceback
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from oto_app.driver_log import log_path
from oto_app.errors import DatabaseError

#: a unique constraint (PostgreSQL's name, SQLite's "table.column") -> what it keeps unique
UNIQUE = {
    "people.staff_number": "what_unique_staff_number",
    "activities.exchange_key": "what_unique_activity",
    "participations.activity_id": "what_unique_participation",
    "units.code": "what_unique_unit",
    "roles.name": "what_unique_role",
    "courses.name": "what_unique_course",
    "users.login": "what_unique_login",
}

#: the server's answer at sign-in to a database name it does not know
NO_SUCH_DATABASE = re.compile(r'database "[^"]*" does not exist')

#: a phrase of the driver's -> the key of our sentence (checked in this order)
SIGNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("locked", "busy"), "db_locked"),
    (("readonly", "read-only"), "db_read_only"),
    (("disk is full", "no space left", "disk full"), "db_full"),
    (("password authentication failed", "no password supplied"), "db_wrong_password"),
    (("permission denied", "must be owner", "no schema has been selected"), "db_no_rights"),
    (
        (
            "connection refused",
            "could not connect",
            "connection failed",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "no route to host",
            "timeout expired",
            "could not translate host name",
            "consuming input failed",
            "the connection is lost",
        ),
        "db_server_down",
    ),
)


#: PostgreSQL SQLSTATEs (or their class, the first two characters) -> our sentence
STATES = {
    "08": "db_server_down",  # connection exceptions
    "57P01": "db_server_down",  # the administrator stopped the server
    "57P02": "db_server_down",
    "57P03": "db_server_down",
    "28P01": "db_wrong_password",
    "42501": "db_no_rights",
    "53100": "db_full",
    "55P03": "db_locked",
    "40P01": "db_locked",  # a deadlock: the other one wins, try again
}


def record(error: BaseException) -> Path:
    """Append ``error`` with its traceback to the log; returns the log's path."""
    path = log_path()
    stamp = dt.datetime.now().isoformat(timespec="seconds")
    lines = traceback.format_exception(type(error), error, error.__traceback__)
    try:
        with path.open("a", encoding="utf-8") as log:  # an append: not worth a temporary file
            log.write(f"--- {stamp}\n{''.join(lines)}\n")
    except OSError:
        pass  # a full disk: the sentence still says where the log would be
    return path


def translate(exc: DBAPIError, where: str) -> DatabaseError:
    """The user's sentence for a driver error (without its data); the details are logged."""
    original = exc.orig if exc.orig is not None else exc
    state = getattr(original, "sqlstate", None) or ""
    detail = str(original).strip()
    # The first line only: PostgreSQL's DETAIL line below it quotes the row's values.
    lowered = detail.splitlines()[0].lower() if detail else ""
    log = str(record(exc))  # every kind: the sentence is short, the log says what happened
    key = STATES.get(state) or STATES.get(state[:2])
    if key is None and NO_SUCH_DATABASE.search(lowered):  # at sign-in: no SQLSTATE yet
        key = "db_no_such_database"
    if key is None and not state.startswith(("22", "23")):
        key = next((k for signs, k in SIGNS if any(s in lowered for s in signs)), None)
    if key == "db_full" and isinstance(original, sqlite3.Error):  # the file's own disk
        from oto_app import files

        return DatabaseError("db_full_file", where=where, free=files.free_space(Path(where).parent))
    if key is not None:
        return DatabaseError(key, where=where)
    if "not a database" in lowered or "malformed" in lowered:
        from oto_app import health

        return health.damaged(Path(where), detail)
    if state == "23505" or "unique constraint failed" in lowered:
        return DatabaseError("db_conflict", what=_unique(original, lowered), log=log)
    if state == "23P01":
        return DatabaseError("db_assignment_overlap", log=log)
    if state == "22001" or "value too long" in lowered:
        return DatabaseError("db_value_too_long", log=log)
    if state.startswith("23") or "constraint failed" in lowered:
        return DatabaseError("db_integrity", where=where, log=log)
    return DatabaseError("db_failed", where=where, log=log)


def _unique(original: BaseException, lowered: str) -> str:
    from oto_app import messages

    constraint = getattr(getattr(original, "diag", None), "constraint_name", None) or ""
    for name, key in UNIQUE.items():
        table, column = name.split(".")
        if constraint == f"uq_{table}_{column}" or re.search(rf"\b{name}\b", lowered):
            return messages.text(key)
    return messages.text("what_unique_other")
