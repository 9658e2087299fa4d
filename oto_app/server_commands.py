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
from sqlalchemy.exc import DBAPIError

from oto_app import messages, server
from oto_app.db import Database
from oto_app.errors import OtoError, ValidationError

#: SQLSTATE of the server's refusal -> our message key
_REFUSALS = {
    "42501": "server_only_adviser",
    "42710": "server_user_exists",
    "42704": "server_unknown_user",
    "23514": "server_last_adviser",
    "23503": "server_unknown_unit",
}


def run(args: argparse.Namespace, database: Database) -> int:
    if database.is_sqlite:
        raise ValidationError("server_not_postgres")
    try:
        with database.engine.begin() as connection:
            lines = _do(args, connection)
    except DBAPIError as error:
        raise _refusal(error, args) from None
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
    if sys.stdin.isatty():
        typed = getpass.getpass(messages.text("server_password_prompt", login=login))
    else:
        typed = sys.stdin.readline().rstrip("\r\n")
    return typed or None


def _refusal(error: DBAPIError, args: argparse.Namespace) -> OtoError:
    state = getattr(error.orig, "sqlstate", None)
    detail = str(error.orig or "")
    if state == "42501" and "administrator" in detail:
        return OtoError("server_admin_login", login=getattr(args, "login", ""))
    if state == "42501" and "create role" in detail.lower():
        return OtoError("server_needs_createrole")
    key = _REFUSALS.get(str(state))
    if key is None:
        from oto_app.db import _translate

        return _translate(error, "server")
    return OtoError(key, login=getattr(args, "login", ""), units=getattr(args, "units", ""))
