"""Who is using OTO, as the operating system (SQLite) or the database server (PostgreSQL)
says — never as the environment says.

``getpass.getuser()`` reads ``LOGNAME``, ``USER``, ``LNAME`` and ``USERNAME`` first, so
``USER=a.adviseur oto-app ...`` would sign anyone in as the adviser. Here the login comes
from the process's own account: the uid's entry in the password database on Unix, the
token's account (``GetUserNameW``) on Windows. On PostgreSQL the server authenticated the
connection and :func:`server_login` asks it whom (``session_user``).
"""

from __future__ import annotations

import os

from sqlalchemy import text
from sqlalchemy.orm import Session


def os_login() -> str:
    """The operating-system account running this process."""
    if os.name == "nt":  # pragma: no cover - Windows
        return _windows_login()
    import pwd

    return pwd.getpwuid(os.getuid()).pw_name


def _windows_login() -> str:  # pragma: no cover - Windows
    import ctypes

    size = ctypes.c_uint32(257)
    buffer = ctypes.create_unicode_buffer(size.value)
    if not ctypes.windll.advapi32.GetUserNameW(buffer, ctypes.byref(size)):  # type: ignore[attr-defined]
        raise OSError("GetUserNameW failed")
    return buffer.value


def server_login(session: Session) -> str:
    """The login the PostgreSQL server authenticated for this connection."""
    return str(session.scalar(text("SELECT session_user")))
