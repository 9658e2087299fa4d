"""The adviser is warned at start when the audit trail was changed outside OTO."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import text

from oto_app.db import Database
from oto_app.services import staff
from oto_app.services.staff import PersonData
from ui.app import check_trail


def test_a_rewritten_trail_is_said_to_the_adviser_at_start(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, body: said.append(body))
    with sqlite_db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries"))
    check_trail(sqlite_db, whole=False)
    assert said == []
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET login = 'a.adviseur' WHERE id = 2"))
    check_trail(sqlite_db, whole=True)
    assert len(said) == 1
    assert "buiten OTO om aangepast" in said[0] and "Logboekregel 2 (" in said[0]
    sqlite_db.login("lezer")
    check_trail(sqlite_db, whole=True)  # the reader is not the one to act on it
    assert len(said) == 1
