"""What an import did (or, in a dry run, would do): counts per kind of record, warnings."""

from __future__ import annotations

from dataclasses import dataclass, field, fields

from oto_app import messages
from oto_app.changes import Changes


@dataclass
class Counts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def line(self, what_key: str) -> str:
        return messages.text(
            "import_summary",
            what=messages.text(what_key),
            added=self.added,
            updated=self.updated,
            unchanged=self.unchanged,
        )


@dataclass
class ImportReport:
    """Subclasses add one Counts field per kind of record, with ``metadata={"what": key}``
    naming the message key of its summary line and ``"changes"`` the kinds of data it
    touches (everything when not said)."""

    warnings: list[str] = field(default_factory=list)

    @property
    def changes(self) -> Changes:
        """What the import changed: the kinds of the records it added or updated."""
        changed = Changes.NONE
        for f in fields(self):
            counts = getattr(self, f.name)
            if isinstance(counts, Counts) and counts.added + counts.updated:
                changed |= f.metadata.get("changes", Changes.EVERYTHING)
        return changed

    def lines(self) -> list[str]:
        return [
            getattr(self, f.name).line(f.metadata["what"])
            for f in fields(self)
            if "what" in f.metadata
        ]
