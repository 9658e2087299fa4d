"""The audit trail's hash chain: every entry carries a hash over its content and the
previous entry's hash, so an entry rewritten, deleted or inserted by any other tool than
OTO shows up in :func:`verify` as the first entry that no longer fits.

An entry's hash is SHA-256 over the previous entry's hash, its time (to the second),
login, action, table, record, and one digest each of its old and new values. Those
digests are SHA-256 over a random per-entry salt and the stored JSON text. That is what
lets an anonymisation (AVG) forget personal data and keep the chain: it blanks the values
and the salt and keeps the two digests (``scrubbed``), which say nothing about the values
without the salt, and it records itself as an entry that lists the entries it blanked.
A blanked entry no anonymisation lists is itself a break in the chain.

The same hash is computed by the PostgreSQL triggers (:mod:`oto_app.server`), which keep
the trail there; on SQLite OTO writes it (:mod:`oto_app.audit`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import secrets
from collections.abc import Iterable, Iterator, MutableMapping
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select, text, update

from oto_app import messages
from oto_app.models import AuditEntry

#: The "previous hash" of the very first entry.
GENESIS = "0" * 64
_TABLE: Table = AuditEntry.__table__  # type: ignore[assignment]
_NAMES = ("id", "at", "login", "action", "table_name", "record_id", "old", "new")
_COLUMNS = [_TABLE.c[name] for name in (*_NAMES, "salt", "hash", "scrubbed")]
#: A number of our own for the PostgreSQL advisory lock that serialises chain writers.
LOCK = 4_170_017


def new_salt() -> str:
    return secrets.token_hex(16)


def digest(salt: str | None, content: str | None) -> str:
    """The digest of one stored JSON text ("" for none)."""
    if content is None:
        return ""
    return hashlib.sha256(f"{salt or ''}\x1f{content}".encode()).hexdigest()


def stamp(at: dt.datetime) -> str:
    return at.strftime("%Y-%m-%dT%H:%M:%S")


def entry_hash(previous: str, entry: MutableMapping[str, Any]) -> str:
    """The hash of one entry (a row mapping) following the entry hashed ``previous``."""
    if entry.get("scrubbed"):
        old, new = str(entry["scrubbed"]).split(":")
    else:
        old, new = digest(entry["salt"], entry["old"]), digest(entry["salt"], entry["new"])
    parts = (
        previous,
        stamp(entry["at"]),
        entry["login"],
        entry["action"],
        entry["table_name"],
        entry["record_id"],
        old,
        new,
    )
    # Each part length-prefixed, so no content can shift from one field into the next.
    return hashlib.sha256("".join(f"{len(p)}:{p};" for p in parts).encode()).hexdigest()


def lock(connection: Connection) -> None:
    """Serialise writers of the chain until the end of this transaction (PostgreSQL; on
    SQLite the writer's lock already does)."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK})


def last_hash(connection: Connection, at_most: int | None = None) -> str:
    """The hash of the newest entry (with an id of at most ``at_most``)."""
    query = select(_TABLE.c.hash).order_by(_TABLE.c.id.desc()).limit(1)
    if at_most is not None:
        query = query.where(_TABLE.c.id <= at_most)
    return connection.execute(query).scalar() or GENESIS


def last_id(connection: Connection) -> int:
    query = select(_TABLE.c.id).order_by(_TABLE.c.id.desc()).limit(1)
    return connection.execute(query).scalar() or 0


def salts(count: int) -> list[str]:
    """``count`` fresh salts at once (one read of the system's randomness, not one each)."""
    pool = os.urandom(16 * count).hex()
    return [pool[n : n + 32] for n in range(0, 32 * count, 32)]


def link(
    previous: str,
    at: dt.datetime,
    login: str,
    action: str,
    table: str,
    entries: Iterable[tuple[str, str | None, str | None]],
) -> tuple[list[str], list[str]]:
    """The salts and hashes of new entries ``(record id, old, new)`` that share a time,
    login, action and table, following the entry hashed ``previous``: what
    :func:`entry_hash` gives each of them, with the shared parts framed once."""
    entries = list(entries)
    fresh = salts(len(entries))
    shared = "".join(f"{len(p)}:{p};" for p in (stamp(at), login, action, table))
    sha256 = hashlib.sha256
    hashes = []
    for salt, (record, old, new) in zip(fresh, entries, strict=True):
        before = "" if old is None else sha256(f"{salt}\x1f{old}".encode()).hexdigest()
        after = "" if new is None else sha256(f"{salt}\x1f{new}".encode()).hexdigest()
        framed = (
            f"{len(previous)}:{previous};{shared}{len(record)}:{record};"
            f"{len(before)}:{before};{len(after)}:{after};"
        )
        previous = sha256(framed.encode()).hexdigest()
        hashes.append(previous)
    return fresh, hashes


def seal_after(connection: Connection, above: int) -> int:
    """Salt and hash the entries with an id above ``above`` (written by the database in
    bulk, see :func:`oto_app.audit.copy_inserted`); returns how many."""
    previous = last_hash(connection, above)
    c = _TABLE.c
    shared = (c.at, c.login, c.action, c.table_name)
    query = select(c.id, *shared, c.record_id, c.old, c.new).where(c.id > above).order_by(c.id)
    sealed: list[dict[str, Any]] = []
    # Entries written together share their time, login, action and table: linked in runs.
    runs = groupby(connection.execute(query), itemgetter(1, 2, 3, 4))
    for (at, login, action, table), run in runs:
        rows = list(run)
        fresh, hashes = link(previous, at, login, action, table, (r[5:] for r in rows))
        sealed += (
            {"_id": r.id, "_salt": salt, "_hash": h}
            for r, salt, h in zip(rows, fresh, hashes, strict=True)
        )
        previous = hashes[-1]
    if sealed:
        statement = (
            update(_TABLE)
            .where(_TABLE.c.id == bindparam("_id"))
            .values(salt=bindparam("_salt"), hash=bindparam("_hash"))
        )
        connection.execute(statement, sealed)
    return len(sealed)


#: What an anonymised entry's old and new values become.
FORGOTTEN = json.dumps({"AVG": "geanonimiseerd"})


def scrub(connection: Connection, *where: Any) -> dict[str, list[int]]:
    """Blank the values of the entries matching ``where`` (and their salt), keeping their
    digests, so the chain still verifies; returns the blanked entry ids per record."""
    query = select(_TABLE.c.id, _TABLE.c.record_id, _TABLE.c.old, _TABLE.c.new, _TABLE.c.salt)
    query = query.where(*where, _TABLE.c.scrubbed.is_(None)).order_by(_TABLE.c.id)
    blanked: dict[str, list[int]] = {}
    changes = []
    for row in connection.execute(query):
        kept = f"{digest(row.salt, row.old)}:{digest(row.salt, row.new)}"
        changes.append(
            {
                "_id": row.id,
                "_old": None if row.old is None else FORGOTTEN,
                "_new": None if row.new is None else FORGOTTEN,
                "_kept": kept,
            }
        )
        blanked.setdefault(row.record_id, []).append(row.id)
    if changes:
        statement = (
            update(_TABLE)
            .where(_TABLE.c.id == bindparam("_id"))
            .values(
                old=bindparam("_old"), new=bindparam("_new"), salt=None, scrubbed=bindparam("_kept")
            )
        )
        connection.execute(statement, changes)
    return blanked


@dataclass(frozen=True)
class Checkpoint:
    """The last entry found in order: its id and hash (kept outside the database)."""

    id: int
    hash: str


@dataclass(frozen=True)
class Break:
    """The first entry that does not fit, and why (a message key)."""

    id: int
    why: str
    entry: dict[str, Any] | None = None

    @property
    def message(self) -> str:
        if self.entry is None:
            return messages.text("chain_entry_gone", id=self.id, why=messages.text(self.why))
        e = self.entry
        return messages.text(
            "chain_entry_bad",
            id=self.id,
            at=e["at"].strftime("%d-%m-%Y %H:%M:%S"),
            login=e["login"],
            action=messages.text(f"audit_{e['action']}")
            if messages.has(f"audit_{e['action']}")
            else e["action"],
            table=e["table_name"],
            record=e["record_id"],
            why=messages.text(self.why),
        )


@dataclass(frozen=True)
class Verdict:
    checked: int  #: entries checked
    last: Checkpoint | None  #: the newest entry checked (None: an empty trail)
    broken: Break | None = None

    @property
    def ok(self) -> bool:
        return self.broken is None

    @property
    def message(self) -> str:
        if self.broken is not None:
            return self.broken.message
        return messages.text("chain_ok", count=self.checked)


def verify(connection: Connection, since: Checkpoint | None = None) -> Verdict:
    """Check the chain: the whole trail, or (``since``) the entries after a checkpoint,
    which must itself still be there with the same hash."""
    previous, above = GENESIS, 0
    if since is not None:
        found = connection.execute(select(*_COLUMNS).where(_TABLE.c.id == since.id))
        stored = found.mappings().first()
        if stored is None or stored["hash"] != since.hash:
            return Verdict(0, since, Break(since.id, "chain_why_checkpoint"))
        # The checkpoint entry itself still fits (its content rewritten, its hash left).
        broken = _check(last_hash(connection, since.id - 1), dict(stored))
        if broken:
            return Verdict(0, since, Break(since.id, broken, dict(stored)))
        previous, above = since.hash, since.id
    query = select(*_COLUMNS).where(_TABLE.c.id > above).order_by(_TABLE.c.id)
    checked, last = 0, since
    scrubbed: dict[int, dict[str, Any]] = {}
    covered: set[int] = set()
    for entry in _stream(connection, query):
        broken = _check(previous, entry)
        if broken:
            return Verdict(checked, last, Break(entry["id"], broken, entry))
        if entry["scrubbed"]:
            scrubbed[entry["id"]] = entry
        if entry["action"] == "anonymise":
            covered.update(_listed(entry["new"]))
        previous, checked = entry["hash"], checked + 1
        last = Checkpoint(entry["id"], previous)
    if since is None:  # blanked entries are only accounted for over the whole trail
        for number in sorted(set(scrubbed) - covered):
            return Verdict(checked, last, Break(number, "chain_why_scrubbed", scrubbed[number]))
    return Verdict(checked, last)


def _stream(connection: Connection, query: Any) -> Iterator[dict[str, Any]]:
    result = connection.execution_options(yield_per=2000).execute(query).mappings()
    for row in result:
        yield dict(row)


def _check(previous: str, entry: dict[str, Any]) -> str | None:
    if not entry["hash"]:
        return "chain_why_unsealed"
    if entry_hash(previous, entry) != entry["hash"]:
        return "chain_why_hash"
    return None


def _listed(content: str | None) -> Iterable[int]:
    try:
        listed = json.loads(content or "{}").get("entries", [])
        return [int(n) for n in listed]
    except (ValueError, TypeError, AttributeError):
        return []
