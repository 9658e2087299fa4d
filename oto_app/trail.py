"""Checking the audit trail's hash chain for the app and ``oto-app audit verify``.

Besides the chain itself (:mod:`oto_app.chain`) a checkpoint is kept *outside* the
database, in the user's data folder: the id and hash of the newest entry found in order.
At start only the entries after it are checked (fast), and the checkpoint entry must
still carry its hash: someone who rewrote the trail and recomputed every hash after the
change is caught there. The whole chain is checked by ``audit verify`` and at every backup.

A restored backup (*Back-up terugzetten*) is an older trail on purpose: :func:`realign`
checks it whole and takes its newest entry as the checkpoint, so the next start does not
report the entries that came after the backup as removed.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from oto_app import chain, files, paths
from oto_app.chain import Checkpoint, Verdict
from oto_app.db import Database
from oto_app.errors import OtoError

FILE = "logboek-controle.json"


def _file() -> Path:
    return paths.data_dir() / FILE


def _all() -> dict[str, dict[str, object]]:
    try:
        found = json.loads(_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def saved(location: str) -> Checkpoint | None:
    """The checkpoint of the database known by ``location``, if any."""
    entry = _all().get(location)
    try:
        return Checkpoint(int(entry["id"]), str(entry["hash"])) if entry else None  # type: ignore[call-overload]
    except (KeyError, TypeError, ValueError):
        return None


def save(location: str, checkpoint: Checkpoint | None) -> None:
    """Keep (or, with None, forget) the checkpoint; a folder we cannot write is no error."""
    everything = _all()
    if checkpoint is None:
        everything.pop(location, None)
    else:
        everything[location] = {"id": checkpoint.id, "hash": checkpoint.hash}
    with contextlib.suppress(OtoError, OSError):  # no checkpoint: the next check is whole
        files.write_text(_file(), json.dumps(everything, indent=1, sort_keys=True))


def verify_new(database: Database) -> Verdict:
    """The entries since the last checkpoint (the app, at start)."""
    since = saved(database.location)
    with database.engine.connect() as connection:
        verdict = chain.verify(connection, since)
    if verdict.ok and verdict.last is not None:
        save(database.location, verdict.last)
    return verdict


def verify_all(database: Database) -> Verdict:
    """The whole chain, and the checkpoint still in it (``audit verify``, every backup)."""
    since = saved(database.location)
    with database.engine.connect() as connection:
        verdict = chain.verify(connection)
        if verdict.ok and since is not None:
            anchored = chain.verify(connection, since)
            if not anchored.ok:
                return anchored
    if verdict.ok and verdict.last is not None:
        save(database.location, verdict.last)
    return verdict


def realign(database: Database) -> Verdict:
    """After a restore: the whole chain as it is now, without the old checkpoint (which
    belonged to the trail before the restore); its newest entry becomes the checkpoint.
    A chain that does not hold forgets the checkpoint, so every later check says so too."""
    with database.engine.connect() as connection:
        verdict = chain.verify(connection)
    save(database.location, verdict.last if verdict.ok else None)
    return verdict


#: How the app checks: the entries since the checkpoint, the whole chain, after a restore.
CHECKS = {"new": verify_new, "whole": verify_all, "restored": realign}
