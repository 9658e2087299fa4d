"""Domain errors: the core refuses with these; the UI or CLI decides how to show them."""

from __future__ import annotations

from oto_app import messages


class OtoError(Exception):
    """A refusal a user must read. ``message`` is rendered in the user's language."""

    def __init__(self, key: str, *, field: str | None = None, **params: object) -> None:
        self.key = key
        self.field = field
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        return messages.text(self.key, **self.params)


class ValidationError(OtoError):
    """Input that breaks a rule; ``field`` names the offending field where there is one."""


class NotFoundError(OtoError):
    """A referenced record does not exist (or no longer)."""


class ConcurrentEditError(OtoError):
    """Someone else saved the same record after it was read."""


class DatabaseError(OtoError):
    """The database cannot be used as it is (newer, damaged, locked, read-only)."""
