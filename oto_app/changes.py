"""What a use case changed, so that only the screens showing it refresh (Anki's OpChanges)."""

from __future__ import annotations

import enum


class Change(enum.Flag):
    STAFF = enum.auto()
    ASSIGNMENTS = enum.auto()
    UNITS = enum.auto()
    ROLES = enum.auto()
    ACTIVITIES = enum.auto()
    ATTENDANCE = enum.auto()
    EVALUATIONS = enum.auto()
    SETTINGS = enum.auto()
    EVERYTHING = (
        STAFF | ASSIGNMENTS | UNITS | ROLES | ACTIVITIES | ATTENDANCE | EVALUATIONS | SETTINGS
    )
