"""ui/operations.py: the one way from a button to the database and back."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from oto_app.changes import Changes
from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.services import organisation, staff
from oto_app.services.staff import PersonData, StaffQuery
from ui.changes import ChangeBus
from ui.operations import Operations

UI = Path(__file__).parents[2] / "ui"
TODAY = dt.date(2025, 11, 15)


@pytest.fixture
def heard(sqlite_db: Database) -> tuple[Operations, list[Changes]]:
    bus = ChangeBus()
    published: list[Changes] = []
    bus.changed.connect(published.append)
    return Operations(sqlite_db, bus), published


def test_a_write_commits_and_publishes_what_the_service_returned(
    heard: tuple[Operations, list[Changes]],
) -> None:
    ops, published = heard
    person = ops.write(lambda s: staff.create_person(s, PersonData("1", "Anna", "Bakker")))
    assert ops.read(lambda s: staff.person_detail(s, person, TODAY).name) == "Anna Bakker"
    assert published == [Changes.STAFF]


def test_a_refused_write_leaves_nothing_and_tells_no_page(
    heard: tuple[Operations, list[Changes]],
) -> None:
    ops, published = heard
    with pytest.raises(ValidationError):
        ops.write(lambda s: staff.create_person(s, PersonData("", "Anna", "Bakker")))
    assert ops.read(lambda s: staff.count_people(s, StaffQuery(only_active=False))) == 0
    assert published == []


def test_a_write_that_changed_nothing_tells_no_page(
    heard: tuple[Operations, list[Changes]],
) -> None:
    ops, published = heard
    unit = ops.read(lambda s: organisation.find_unit(s, "CRAS").id)
    role = ops.read(lambda s: organisation.find_role(s, "procesmedewerker").id)
    ops.write(lambda s: organisation.add_role_to_unit(s, unit, role))
    published.clear()
    ops.write(lambda s: organisation.add_role_to_unit(s, unit, role))  # already there
    assert published == []


def test_a_refusal_outside_a_form_is_said_in_a_message_box(
    qtbot: QtBot, heard: tuple[Operations, list[Changes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ops, published = heard
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: said.append(text))
    parent = QWidget()
    qtbot.addWidget(parent)
    ok = ops.attempt(parent, lambda s: staff.retire_person(s, 999, TODAY))
    assert not ok and published == []
    assert said and said[0][0].isupper()


def test_a_long_write_runs_off_the_gui_thread_and_publishes_on_it(
    qtbot: QtBot, heard: tuple[Operations, list[Changes]]
) -> None:
    ops, published = heard
    ids: list[int] = []
    errors: list[BaseException] = []
    with qtbot.waitSignal(ops.bus.changed, timeout=5000):
        task = ops.in_background(
            lambda s: staff.create_person(s, PersonData("7", "Bob", "Dijk")),
            ids.append,
            errors.append,
        )
    assert published == [Changes.STAFF] and len(ids) == 1 and not errors
    assert not task.running


def _calls(path: Path) -> list[str]:
    """The names of every attribute called in a module (``x.begin()`` gives 'begin')."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.func.attr
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
    ]


@pytest.mark.parametrize(
    "path", sorted(p for p in UI.rglob("*.py") if p.name != "operations.py"), ids=str
)
def test_no_transaction_or_publish_outside_the_operations(path: Path) -> None:
    """Every write goes through ui/operations.py, and only it tells the pages."""
    calls = _calls(path)
    assert "begin" not in calls
    if path.name != "changes.py":
        assert "publish" not in calls
