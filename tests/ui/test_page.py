"""Page staleness on its own: a hidden page only notes a relevant change, a shown one reloads."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.changes import Changes
from oto_app.db import Database
from ui.changes import ChangeBus
from ui.operations import Operations
from ui.pages.page import Page


class Counting(Page):
    relevant = Changes.STAFF | Changes.ASSIGNMENTS

    def __init__(self, ops: Operations, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.reloads = 0

    def reload(self) -> None:
        self.reloads += 1


def _page(qtbot: QtBot, sqlite_db: Database) -> tuple[Counting, Operations]:
    ops = Operations(sqlite_db, ChangeBus())
    page = Counting(ops)
    qtbot.addWidget(page)
    return page, ops


def test_a_page_loads_when_first_shown_and_not_before(qtbot: QtBot, sqlite_db: Database) -> None:
    page, _ = _page(qtbot, sqlite_db)
    assert page.stale and page.reloads == 0
    page.show()
    assert not page.stale and page.reloads == 1
    page.hide()
    page.show()
    assert page.reloads == 1  # shown again without a change: nothing to read


def test_a_hidden_page_notes_a_relevant_change_and_reloads_when_shown(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    page, ops = _page(qtbot, sqlite_db)
    page.show()
    page.hide()
    ops.publish(Changes.ASSIGNMENTS | Changes.ACTIVITIES)
    assert page.stale and page.reloads == 1
    page.show()
    assert not page.stale and page.reloads == 2


def test_a_shown_page_reloads_at_once_and_ignores_what_it_does_not_show(
    qtbot: QtBot, sqlite_db: Database
) -> None:
    page, ops = _page(qtbot, sqlite_db)
    page.show()
    ops.publish(Changes.ACTIVITIES | Changes.EVALUATIONS)
    assert page.reloads == 1 and not page.stale
    ops.publish(Changes.STAFF)
    assert page.reloads == 2 and not page.stale
    ops.publish(Changes.NONE)  # a write that changed nothing tells no page
    assert page.reloads == 2
