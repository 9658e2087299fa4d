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

    def __reduce__(self) -> tuple[object, ...]:
        # Pickled as its state, not re-constructed from ``args`` (the rendered message):
        # a refusal made in a child process (oto_app.jobs) arrives whole in the GUI.
        return (_restore, (type(self), self.args, self.__dict__))


def _restore(kind: type[OtoError], args: tuple[object, ...], state: dict[str, object]) -> OtoError:
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ValidationError(OtoError):
    """Input that breaks a rule; ``field`` names the offending field where there is one."""


class NotFoundError(OtoError):
    """A referenced record does not exist (or no longer)."""


class ConcurrentEditError(OtoError):
    """Someone else saved the same record after it was read."""


class NotAllowedError(OtoError):
    """The user's role does not allow this change (oto_app.services.rights)."""


class DatabaseError(OtoError):
    """The database cannot be used as it is (newer, damaged, locked, read-only)."""


class RowProblem:
    """One refused cell or row of an import: where, and why (in the user's language)."""

    def __init__(self, file: str, line: int, column: str | None, message: str) -> None:
        self.file, self.line, self.column, self.message = file, line, column, message

    def __str__(self) -> str:
        if self.column:
            where = messages.text("row_problem_column", column=self.column)
            return f"{self.file}:{self.line}: {where}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"

    def __repr__(self) -> str:
        return f"RowProblem({self})"


class ImportRefused(OtoError):
    """An import with refused rows: nothing was written; ``problems`` lists every one."""

    def __init__(self, problems: list[RowProblem]) -> None:
        self.problems = problems
        # rows, not problems: one row may have several
        super().__init__("import_refused", count=len({(p.file, p.line) for p in problems}))
