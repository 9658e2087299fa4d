"""Users: the operating-system login mapped to a role, kept by the adviser."""

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
        codes = session.scalars(select(Unit.code).where(Unit.id.in_(unit_ids)))
        server.set_user(session.connection(), user.login, role, list(codes))
        session.expire_all()
        return Changes.USERS
    user.role = role
    wanted = set(unit_ids) if role is UserRole.PROCESS_LEAD else set()
    user.units = list(session.scalars(select(Unit).where(Unit.id.in_(wanted))))
    common.flush(session, "what_user")
    return Changes.USERS
