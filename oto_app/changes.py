"""What a use case changed, so that only the screens showing it refresh (Anki's OpChanges).

Every service that writes returns what it changed: a :class:`Changes` value, or, when it
also has something to hand back (the id of what it created, a count), a :class:`Done`
holding both. The caller that owns the transaction publishes the changes once it has
committed (in the GUI: ``ui/operations.py``); nobody else decides what changed.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


class Changes(enum.Flag):
    NONE = 0
    STAFF = enum.auto()
    ASSIGNMENTS = enum.auto()
    UNITS = enum.auto()
    ROLES = enum.auto()
    COURSES = enum.auto()
    ACTIVITIES = enum.auto()
    ATTENDANCE = enum.auto()
    EVALUATIONS = enum.auto()
    SETTINGS = enum.auto()
    USERS = enum.auto()
    EVERYTHING = (
        STAFF
        | ASSIGNMENTS
        | UNITS
        | ROLES
        | COURSES
        | ACTIVITIES
        | ATTENDANCE
        | EVALUATIONS
        | SETTINGS
        | USERS
    )


#: The former name, for code written before writes returned their changes.
Change = Changes


@dataclass(frozen=True)
class Done(Generic[T]):
    """A write's result (``value``: an id, a count) and what it changed."""

    value: T
    changes: Changes


def changes_of(result: Changes | Done[object]) -> Changes:
    """The changes a write returned, whichever of the two forms it used."""
    return result.changes if isinstance(result, Done) else result
