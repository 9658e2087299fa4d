"""``oto-app server init | add-user | set-role | remove-user`` (see :mod:`oto_app.server`).

The password of ``add-user`` comes from standard input (a prompt on a terminal, else the
first line); empty means none (single sign-on with Kerberos/SSPI). It is turned into a
SCRAM verifier on this side and never printed, logged or kept.
"""

from __future__ import annotations

import argparse
import getpass
import sys

from sqlalchemy import Connection

from oto_app import messages, server
from oto_app.db import Database
from oto_app.errors import ValidationError


def run(args: argparse.Namespace, database: Database) -> int:
    if database.is_sqlite:
        raise ValidationError("server_not_postgres")
    with server.refusals(getattr(args, "login", "")), database.engine.begin() as connection:
        lines = _do(args, connection)
    print("\n".join(lines))
    return 0


def _do(args: argparse.Namespace, connection: Connection) -> list[str]:
    if args.what == "init":
        return server.setup(connection)
    login = args.login
    if args.what == "remove-user":
        server.remove_user(connection, login)
        return [messages.text("server_removed", login=login)]
    role = server.ROLE_WORDS[args.role]
    codes = [c.strip().upper() for c in args.units.split(",") if c.strip()]
    asked = args.what == "add-user" or args.password
    password = _password(login) if asked else None
    server.set_user(connection, login, role, codes, password, creating=args.what == "add-user")
    key = "server_added" if args.what == "add-user" else "server_changed"
    units = f" ({', '.join(codes)})" if codes and args.role == "procesverantwoordelijke" else ""
    sso = " " + messages.text("server_sso") if args.what == "add-user" and not password else ""
    return [messages.text(key, login=login, role=args.role, units=units) + sso]


def _password(login: str) -> str | None:
    """Typed twice on a terminal (the same check as the dialog's), else stdin's first line."""
    if sys.stdin.isatty():
        typed = getpass.getpass(messages.text("server_password_prompt", login=login))
        again = getpass.getpass(messages.text("server_password_again")) if typed else ""
        return server.chosen_password(typed, again)
    return sys.stdin.readline().rstrip("\r\n") or None
