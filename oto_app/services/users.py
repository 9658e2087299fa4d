"""Users: a login mapped to a role, kept by the adviser.

On SQLite the login is the operating-system account, and someone appears by starting
OTO once. On a set-up PostgreSQL server (:mod:`oto_app.server`) the login is the server's
own: the adviser adds, changes and removes logins here through the same functions as
``oto-app server add-user | set-role | remove-user``; the server holds the wall.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from oto_app import server
from oto_app.changes import Changes
from oto_app.errors import ValidationError
from oto_app.models import Unit, User, UserRole
from oto_app.services import common, rights
from oto_app.services.rights import Actor


@dataclass(frozen=True)
class UserRow:
    id: int
    login: str
    role: UserRole
    unit_ids: tuple[int, ...]
    units: str  #: unit codes, for display
    version: int


def login(session: Session, name: str) -> Actor:
    """The user ``name``; someone new is added, as adviser if they are the very first
    user of this database, else as reader until the adviser gives them a role."""
    user = session.scalar(select(User).where(User.login == name))
    if user is None and session.info.get("server_trail"):
        return Actor(name, UserRole.READER)  # not added by the adviser (yet): reads
    if user is None:
        first = not session.scalar(select(func.count()).select_from(User))
        user = User(login=name, role=UserRole.ADVISER if first else UserRole.READER)
        session.add(user)
        session.flush()
    return Actor(user.login, user.role, frozenset(unit.id for unit in user.units))


def list_users(session: Session) -> list[UserRow]:
    return [
        UserRow(
            u.id,
            u.login,
            u.role,
            tuple(unit.id for unit in u.units),
            ", ".join(unit.code for unit in u.units),
            u.version,
        )
        for u in session.scalars(
            select(User).options(selectinload(User.units)).order_by(User.login)
        )
    ]


def set_role(
    session: Session,
    user_id: int,
    role: UserRole,
    unit_ids: tuple[int, ...] = (),
    version: int | None = None,
) -> Changes:
    """Give a user a role (and, for a process lead, their units). Adviser only; the last
    adviser cannot be demoted (someone must be able to manage the rest)."""
    rights.require_adviser(session, "do_edit_users")
    user = common.fetch(session, User, user_id, "unknown_user")
    common.check_version(user, version, "what_user")
    if user.role is UserRole.ADVISER and role is not UserRole.ADVISER:
        advisers = select(func.count()).select_from(User).where(User.role == UserRole.ADVISER)
        if session.scalar(advisers) == 1:
            raise ValidationError("rights_last_adviser", field="role")
    if session.info.get("server_trail"):  # users change on the server only through it
        server.set_user(session.connection(), user.login, role, _codes(session, role, unit_ids))
        session.expire_all()
        return Changes.USERS
    user.role = role
    wanted = set(unit_ids) if role is UserRole.PROCESS_LEAD else set()
    user.units = list(session.scalars(select(Unit).where(Unit.id.in_(wanted))))
    common.flush(session, "what_user")
    return Changes.USERS


def add_user(
    session: Session,
    login: str,
    role: UserRole,
    unit_ids: tuple[int, ...] = (),
    password: str | None = None,
    password_again: str | None = None,
) -> Changes:
    """A new login on the server with its role (and, for a process lead, units); the
    password typed twice, or none for single sign-on. Adviser only, PostgreSQL only."""
    rights.require_adviser(session, "do_edit_users")
    _on_server(session)
    secret = server.chosen_password(password, password_again)
    codes = _codes(session, role, unit_ids)
    server.set_user(session.connection(), login.strip(), role, codes, secret, creating=True)
    session.expire_all()
    return Changes.USERS


def remove_user(session: Session, user_id: int, version: int | None = None) -> Changes:
    """Take every OTO right away from a login (the last adviser stays). Adviser only."""
    rights.require_adviser(session, "do_edit_users")
    _on_server(session)
    user = common.fetch(session, User, user_id, "unknown_user")
    common.check_version(user, version, "what_user")
    server.remove_user(session.connection(), user.login)
    session.expire_all()
    return Changes.USERS


def _on_server(session: Session) -> None:
    if not session.info.get("server_trail"):
        raise ValidationError("users_come_by_themselves")


def _codes(session: Session, role: UserRole, unit_ids: tuple[int, ...]) -> list[str]:
    """The codes of a process lead's units (another role has none)."""
    if role is not UserRole.PROCESS_LEAD or not unit_ids:
        return []
    return list(session.scalars(select(Unit.code).where(Unit.id.in_(unit_ids)).order_by(Unit.code)))
