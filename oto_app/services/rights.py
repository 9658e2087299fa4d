"""Who may change what: checked here, in the core, by every service that writes.

The user of a session is an :class:`Actor` in ``session.info["actor"]``, put there by
:meth:`oto_app.db.Database.login` for every session of that database. Three roles:

- adviseur: everything;
- procesverantwoordelijke: activities, attendance, evaluations and improvement actions of
  their own units; reads the rest;
- lezer: reads and prints.

A session without a user may read but not write: a refusal, not a silent pass.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.errors import NotAllowedError
from oto_app.models import Activity, Unit, UserRole


@dataclass(frozen=True)
class Actor:
    login: str
    role: UserRole
    unit_ids: frozenset[int] = frozenset()

    @property
    def is_adviser(self) -> bool:
        return self.role is UserRole.ADVISER

    def may_log_for(self, unit_ids: Iterable[int]) -> bool:
        """May log activities, attendance and evaluations that concern these units."""
        if self.is_adviser:
            return True
        return self.role is UserRole.PROCESS_LEAD and bool(self.unit_ids & set(unit_ids))


def actor(session: Session) -> Actor | None:
    found = session.info.get("actor")
    return found if isinstance(found, Actor) else None


def require_adviser(session: Session, what: str) -> Actor:
    """Only the adviser may do ``what`` (a message key naming the change)."""
    user = _logged_in(session)
    if not user.is_adviser:
        raise NotAllowedError(
            "rights_adviser_only", what=messages.text(what), role=messages.label(user.role)
        )
    return user


def require_units(session: Session, unit_ids: Iterable[int], what: str) -> Actor:
    """The user must be the adviser or the process lead of one of ``unit_ids``."""
    user = _logged_in(session)
    units = set(unit_ids)
    if user.may_log_for(units):
        return user
    if user.role is UserRole.READER:
        raise NotAllowedError("rights_read_only", login=user.login)
    codes = session.scalars(select(Unit.code).where(Unit.id.in_(units)).order_by(Unit.code))
    yours = session.scalars(select(Unit.code).where(Unit.id.in_(user.unit_ids)).order_by(Unit.code))
    raise NotAllowedError(
        "rights_not_your_unit",
        what=messages.text(what),
        units=", ".join(codes) or "-",
        yours=", ".join(yours) or "-",
    )


def require_activity(session: Session, activity: Activity, what: str) -> Actor:
    """May change this activity (or what belongs to it): see :func:`require_units`."""
    return require_units(session, [unit.id for unit in activity.units], what)


def _logged_in(session: Session) -> Actor:
    user = actor(session)
    if user is None:
        raise NotAllowedError("rights_no_user")
    return user
