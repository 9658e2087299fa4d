"""The audit trail: every insert, update and delete, with who, when, which record, and the
old and new values, written in the same transaction as the change itself.

Changes made through the ORM are caught after each flush (a session event); the imports'
bulk statements, which bypass the ORM, report their rows through :func:`write`. Entries
are never changed; :func:`history` reads those of one record, :func:`export` writes them
all (or one record's) to a CSV file. Each entry is chained to the one before it by a hash
(:mod:`oto_app.chain`), so a rewritten trail shows.

Rows an import inserts in bulk with consecutive ids are recorded as one ``import`` entry
per chunk (:func:`record_range`): the ids, the file and the file's SHA-256, not a copy of
every row. Nothing is lost by that: every later change of such a row is an entry of its
own with its old values, so :func:`history` gives the values as imported by taking the
row as it is now and undoing those changes, newest first. (A copy per row cost more than
the whole plain load of the file: issue 19.)
"""

from __future__ import annotations

import csv
import datetime as dt
import decimal
import enum
import hashlib
import itertools
import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import eq, itemgetter
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import (
    ARRAY,
    Connection,
    Date,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    any_,
    bindparam,
    cast,
    event,
    func,
    insert,
    inspect,
    literal,
    select,
    text,
)
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.types import TypeEngine

from oto_app import chain, messages
from oto_app.dates import format_date
from oto_app.files import atomic_write
from oto_app.models import AuditEntry, Base

_INSERT = insert(AuditEntry.__table__)  # type: ignore[arg-type]

#: Who made a change when no user is logged in (creating a new database's defaults).
SYSTEM = "systeem"
_SKIPPED = {"version"}  # bookkeeping, not content
_DERIVED = {"id", "sort_name"}  # kept in the trail, not worth a user's reading
#: The action of an entry that stands for many rows inserted at once (:func:`record_range`).
IMPORT = "import"
#: Its record id is ``#first-last``: a number never starts with "#", so the entries of one
#: table's imports are one short range of the trail's (table, record) index.
RANGE = "#"
#: session.info key: the file an import is writing, as (name, SHA-256), for its entries.
SOURCE = "import_source"


@dataclass(frozen=True)
class Change:
    at: dt.datetime
    login: str
    action: str
    table: str
    record_id: str
    old: dict[str, Any] | None
    new: dict[str, Any] | None
    #: the file an imported record came from (an ``import`` entry)
    source: str | None = None

    def fields(self) -> list[str]:
        """The fields this change touched, in a stable order."""
        return sorted(set(self.old or {}) | set(self.new or {}))


def describe(change: Change) -> str:
    """The change in the user's words: "achternaam: Vries → Visser; telefoon: — → 06-1".

    Values as the rest of the app shows them: an enumeration's label (not its stored name),
    dates dd-mm-jjjj, yes/no; the column's type (from the table) says which. Field names in
    the current language. :func:`export` keeps the stored values: it is a data export.
    """
    table = Base.metadata.tables.get(change.table)

    def name(field: str) -> str:
        key = f"field_{field}"
        return messages.text(key) if messages.has(key) else field.replace("_", " ")

    def shown(field: str, value: Any) -> str:
        if isinstance(value, bool):
            return messages.text("word_yes" if value else "word_no")
        if value in (None, "", []):
            return "—"
        if isinstance(value, list):
            return ", ".join(map(str, value))
        column = table.c.get(field) if table is not None else None
        return _in_words(column.type, value) if column is not None else str(value)

    if change.action == "update":
        old, new = change.old or {}, change.new or {}
        return "; ".join(
            f"{name(f)}: {shown(f, old.get(f))} → {shown(f, new.get(f))}"
            for f in change.fields()
            if f not in _DERIVED
        )
    values = change.new if change.action in ("insert", IMPORT) else change.old
    parts = [
        f"{name(f)}: {shown(f, v)}"
        for f, v in sorted((values or {}).items())
        if v not in (None, "") and f not in _DERIVED
    ]
    if change.source:
        parts.insert(0, messages.text("audit_import_from", file=change.source))
    return "; ".join(parts)


def _in_words(kind: TypeEngine[Any], value: Any) -> str:
    """A stored value (as the trail keeps it: JSON) as the user reads it elsewhere."""
    members = getattr(kind, "enum_class", None)
    if members is not None and value in members.__members__:
        return messages.label(members[value])
    if isinstance(value, float):  # hours: "2" and "1,5" in Dutch, as the forms write them
        text = f"{value:g}"
        return text.replace(".", ",") if messages.language() == "nl" else text
    try:
        if isinstance(kind, DateTime):
            return dt.datetime.fromisoformat(str(value)).strftime("%d-%m-%Y %H:%M")
        if isinstance(kind, Date):
            return format_date(dt.date.fromisoformat(str(value)))
    except ValueError:
        pass  # not what the column holds now (an old entry): as it was stored
    return str(value)


def action_label(change: Change) -> str:
    return messages.text(f"audit_{change.action}")


def login_of(session: Session) -> str:
    actor = session.info.get("actor")
    return getattr(actor, "login", None) or SYSTEM


def write(
    session: Session,
    action: str,
    table: str,
    entries: Iterable[tuple[object, Mapping[str, Any] | None, Mapping[str, Any] | None]],
) -> None:
    """Record ``(record id, old values, new values)`` for rows changed in bulk."""
    if session.info.get("server_trail"):  # the server's triggers record every row
        _note(session, action, table, entries)
        return
    given = list(entries)
    if not given:
        return
    records, olds, news = zip(*given, strict=True)
    rows = list(zip(map(str, records), _dump_all(olds), _dump_all(news), strict=True))
    append(session, action, table, rows)


def append(
    session: Session,
    action: str,
    table: str,
    entries: Sequence[tuple[str, str | None, str | None]],
) -> None:
    """Add entries ``(record id, old JSON, new JSON)`` of one action on one table, each
    hashed onto the chain before it is written (one statement for all of them)."""
    if not entries:
        return
    at, login = dt.datetime.now().replace(microsecond=0), str(login_of(session))
    table = str(table)  # a table's name is SQLAlchemy's str subclass: sqlite3 adapts each row
    connection = session.connection()
    chain.lock(connection)
    salts, hashes = chain.link(chain.last_hash(connection), at, login, action, table, entries)
    if connection.dialect.name != "sqlite":
        shared = {"at": at, "login": login, "action": action, "table_name": table}
        rows = [
            {**shared, "record_id": record, "old": old, "new": new, "salt": salt, "hash": h}
            for (record, old, new), salt, h in zip(entries, salts, hashes, strict=True)
        ]
        connection.execute(_INSERT, rows)
        return
    # SQLite: straight to the driver (SQLAlchemy would build every row's parameters).
    dialect = connection.dialect
    when = AuditEntry.__table__.c.at.type.dialect_impl(dialect).bind_processor(dialect)(at)  # type: ignore[misc]
    connection.exec_driver_sql(
        "INSERT INTO audit_log (at, login, action, table_name, record_id, old, new, salt, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (when, login, action, table, *entry, salt, h)
            for entry, salt, h in zip(entries, salts, hashes, strict=True)
        ],
    )


def record_inserted(
    session: Session, table: Table, ids: Sequence[int], stored: Mapping[str, Sequence[Any]]
) -> None:
    """Record rows just inserted in bulk from the values as stored (``stored``: column
    name -> the rows' values, in the form the database was given them: dates as text,
    enums as names), as the database's json_object would give them: every column but the
    bookkeeping, in the table's order, absent ones null."""
    if session.info.get("server_trail"):
        return  # recorded row by row by the server's triggers
    columns = dict(stored, id=ids)
    nothing = [None] * len(ids)
    names = [c.name for c in table.columns if c.name not in _SKIPPED]
    dumps = orjson.dumps
    rows = zip(*(columns.get(name, nothing) for name in names), strict=True)
    entries = [
        (str(number), None, dumps(dict(zip(names, row, strict=True))).decode())
        for number, row in zip(ids, rows, strict=True)
    ]
    append(session, "insert", table.name, entries)


@contextmanager
def importing(session: Session, path: Path) -> Iterator[None]:
    """Within this, rows inserted in bulk are recorded as coming from the file ``path``
    (its name and SHA-256), so the trail can say which file an imported row came from."""
    with path.open("rb") as handle:
        sha256 = hashlib.file_digest(handle, "sha256").hexdigest()
    session.info[SOURCE] = (path.name, sha256)
    try:
        yield
    finally:
        session.info.pop(SOURCE, None)


def record_range(session: Session, table: Table, first: int, last: int) -> None:
    """Record the rows just inserted in bulk with the ids ``first`` to ``last`` as one
    entry: which rows, how many, and the file they came from (``session.info[SOURCE]``)."""
    if session.info.get("server_trail"):
        return  # recorded row by row by the server's triggers
    what: dict[str, Any] = {"ids": [first, last], "count": last - first + 1}
    name, sha256 = session.info.get(SOURCE) or (None, None)
    if name is not None:
        what |= {"file": name, "sha256": sha256}
    entry = (f"{RANGE}{first}-{last}", None, orjson.dumps(what).decode())
    append(session, IMPORT, table.name, [entry])


def copy_inserted(
    session: Session, table: Table, ids: Sequence[int] = (), above: int | None = None
) -> None:
    """Record rows just inserted in bulk — those with these ``ids``, or every row with an
    id ``above`` this one — the database itself turning each into JSON (json_object,
    json_build_object)."""
    if session.info.get("server_trail"):
        return  # recorded row by row by the server's triggers
    postgresql = session.get_bind().dialect.name == "postgresql"
    build = func.json_build_object if postgresql else func.json_object
    if above is not None:
        chosen = table.c.id > above
    elif ids:  # one array parameter, not 10,000 parameters
        chosen = table.c.id == any_(bindparam("ids", list(ids), type_=ARRAY(Integer)))
    else:
        return
    pairs = [part for c in table.columns if c.name not in _SKIPPED for part in (literal(c.name), c)]
    now = dt.datetime.now().replace(microsecond=0)
    rows = select(
        literal(now, DateTime),
        literal(login_of(session)),
        literal("insert"),
        literal(table.name),
        cast(table.c.id, String),
        cast(build(*pairs), Text),
    ).where(chosen)
    columns = ["at", "login", "action", "table_name", "record_id", "new"]
    connection = session.connection()
    chain.lock(connection)
    before = chain.last_id(connection)
    connection.execute(insert(AuditEntry.__table__).from_select(columns, rows))  # type: ignore[arg-type]
    chain.seal_after(connection, before)


#: Entries that are no row change, which the server takes from OTO (oto_note).
NOTES = ("export",)


def _note(
    session: Session,
    action: str,
    table: str,
    entries: Iterable[tuple[object, Mapping[str, Any] | None, Mapping[str, Any] | None]],
) -> None:
    if action not in NOTES:
        return
    for record, _old, new in entries:
        session.execute(
            text("SELECT oto_note(:action, :table, :record, :new)"),
            {"action": action, "table": table, "record": str(record), "new": _dump(new)},
        )


def history(session: Session, table: str, record_id: object) -> list[Change]:
    """Every change of one record, oldest first; an import that inserted it among many
    (:func:`record_range`) as an insert with the values as imported."""
    record = str(record_id)
    entries = session.scalars(
        select(AuditEntry).where(_of(table, record)).order_by(AuditEntry.id)
    ).all()
    changes = [_change(entry) for entry in entries if _covers(entry, record)]
    for index, change in enumerate(changes):
        if change.action == IMPORT:
            values = _as_imported(session.connection(), table, record, changes[index + 1 :])
            source = (change.new or {}).get("file")
            changes[index] = Change(
                change.at, change.login, IMPORT, table, record, None, values, source
            )
    return changes


def _of(table: str, record: str) -> Any:
    """The entries of one record, and those of its table's imports (to be sifted)."""
    c = AuditEntry.__table__.c
    imports = (c.record_id >= RANGE) & (c.record_id < chr(ord(RANGE) + 1))
    return (c.table_name == table) & ((c.record_id == record) | imports)


def _covers(entry: AuditEntry, record: str) -> bool:
    if not entry.record_id.startswith(RANGE):
        return True
    first, _, last = entry.record_id[len(RANGE) :].partition("-")
    return record.isdigit() and int(first) <= int(record) <= int(last)


def _as_imported(
    connection: Connection, table: str, record: str, later: Sequence[Change]
) -> dict[str, Any] | None:
    """A row's values as an import inserted them: as it is now (or was when deleted),
    with every later change undone, newest first."""
    rows = Base.metadata.tables[table]
    row = connection.execute(select(rows).where(rows.c.id == int(record))).mappings().first()
    values = json.loads(_dump(dict(row)) or "null") if row is not None else None
    for change in reversed(later):
        if change.action == "delete":
            values = dict(change.old or {})
        elif change.action == "update" and values is not None:
            values.update(change.old or {})
    return values


def export(session: Session, path: Path, table: str | None = None, record: object = None) -> int:
    """The trail (or one record's) as CSV (UTF-8 with BOM, ';' for Dutch Excel)."""
    query = select(AuditEntry).order_by(AuditEntry.id)
    if table is not None:
        query = query.where(AuditEntry.table_name == table)
    if record is not None and table is not None:
        query = query.where(_of(table, str(record)))
    elif record is not None:
        query = query.where(AuditEntry.record_id == str(record))
    count = 0
    with atomic_write(path, "w", encoding="utf-8-sig", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["tijdstip", "gebruiker", "actie", "tabel", "record", "oud", "nieuw"])
        for entry in session.scalars(query.execution_options(yield_per=1000)):
            if record is not None and not _covers(entry, str(record)):
                continue
            out.writerow(
                [
                    entry.at.strftime("%d-%m-%Y %H:%M:%S"),
                    entry.login,
                    entry.action,
                    entry.table_name,
                    entry.record_id,
                    entry.old or "",
                    entry.new or "",
                ]
            )
            count += 1
    return count


def _change(entry: AuditEntry) -> Change:
    return Change(
        entry.at,
        entry.login,
        entry.action,
        entry.table_name,
        entry.record_id,
        json.loads(entry.old) if entry.old else None,
        json.loads(entry.new) if entry.new else None,
    )


def _dump(values: Mapping[str, Any] | None) -> str | None:
    if values is None:
        return None
    if "version" in values or not isinstance(values, dict):
        values = {k: v for k, v in values.items() if k not in _SKIPPED}
    return _ENCODER.encode(values)


def _dump_all(values: Sequence[Mapping[str, Any] | None]) -> list[str | None]:
    """:func:`_dump` of each of ``values``: rows of whole numbers under the same names (the
    10,000 units of an import's activities) by one template, at once, as json.dumps
    writes them; any other the encoder's way."""
    first = values[0]
    if first is None and values.count(None) == len(values):  # an insert has no old values
        return [None] * len(values)
    if not isinstance(first, dict) or not _SKIPPED.isdisjoint(first):
        return list(map(_dump, values))
    names = first.keys()
    if not names or not all(map(eq, itertools.repeat(names), map(_keys, values))):
        return list(map(_dump, values))
    if set(map(type, itertools.chain.from_iterable(map(dict.values, values)))) != {int}:  # type: ignore[arg-type]
        return list(map(_dump, values))
    ordered = sorted(names)
    template = "{" + ", ".join(f"{json.dumps(n, ensure_ascii=False)}: %d" for n in ordered) + "}"
    return list(map(template.__mod__, map(itemgetter(*ordered), values)))  # type: ignore[arg-type]


def _keys(values: Mapping[str, Any] | None) -> Any:
    return values.keys() if isinstance(values, dict) else None


def plain(value: Any) -> Any:
    """A JSON-able form of a stored value (the ``default`` of :data:`_ENCODER`)."""
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.name
    if isinstance(value, decimal.Decimal):
        return str(value)
    if isinstance(value, set | frozenset):
        return sorted(value, key=str)
    raise TypeError(f"{type(value).__name__} in the audit trail")


#: what json.dumps(values, default=plain, ensure_ascii=False, sort_keys=True) uses, made
#: once: json.dumps makes an encoder for each call given options (an import's 10,000
#: activities' units are as many entries)
_ENCODER = json.JSONEncoder(default=plain, ensure_ascii=False, sort_keys=True)


def _key(obj: object) -> tuple[str, tuple[Any, ...]]:
    """A mapped object's table and primary key (one table's keys are of one type, so
    objects sort by this: their table, then their rows' order)."""
    mapper = inspect(obj).mapper
    return mapper.persist_selectable.name, tuple(mapper.primary_key_from_instance(obj))


def _identity(obj: object) -> str:
    return "/".join(map(str, _key(obj)[1]))


def _columns(obj: object) -> dict[str, Any]:
    """The loaded column values (no SQL: a deleted row cannot be read again)."""
    state = inspect(obj)
    return {
        attr.key: state.dict[attr.key]
        for attr in state.mapper.column_attrs
        if attr.key in state.dict and attr.key not in _SKIPPED
    }


def _differences(obj: object) -> tuple[dict[str, Any], dict[str, Any]]:
    state = inspect(obj)
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for attr in state.attrs:
        if attr.key in _SKIPPED:
            continue
        history = attr.history
        if not history.has_changes():
            continue
        if attr.key in state.mapper.relationships:
            removed = [_identity(o) for o in history.deleted or () if o is not None]
            added = [_identity(o) for o in history.added or () if o is not None]
            if removed or added:
                old[attr.key], new[attr.key] = removed, added
            continue
        old[attr.key] = history.deleted[0] if history.deleted else None
        new[attr.key] = history.added[0] if history.added else None
    return old, new


@event.listens_for(Session, "after_flush")
def _after_flush(session: Session, _context: UOWTransaction) -> None:
    if session.info.get("server_trail"):
        return  # the server's triggers record every row
    per_table: dict[tuple[str, str], list[tuple[object, Any, Any]]] = {}

    def add(action: str, obj: object, old: Any, new: Any) -> None:
        table, key = _key(obj)
        per_table.setdefault((action, table), []).append(("/".join(map(str, key)), old, new))

    for obj in session.new:
        if not isinstance(obj, AuditEntry):
            add("insert", obj, None, _columns(obj))
    # in the order of the rows (session.dirty follows memory addresses): the trail of the
    # same work is the same each time
    for obj in sorted(session.dirty, key=_key):
        if session.is_modified(obj):
            old, new = _differences(obj)
            if old or new:
                add("update", obj, old, new)
    for obj in session.deleted:
        add("delete", obj, _columns(obj), None)
    for (action, table), entries in per_table.items():
        write(session, action, table, entries)
