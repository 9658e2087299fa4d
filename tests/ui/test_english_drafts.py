"""The English window's drafts and suggestions are English (trial B): the e-mail field's
example address, the reminder's and the invitation's file and folder names, and the
Scenario suggestions of a new activity. The Dutch window keeps the Dutch ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from oto_app.models import ActivityStatus
from tests.helpers.hands import Hands
from tests.ui.test_outlook_gui import handed  # noqa: F401 - the fixture
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def _make_draft(hands: Hands, button: QWidget) -> tuple[str, Path]:
    """Click ``button``, type one's address, make the draft: (the e-mail field's example
    address, the file made)."""
    seen: list[str] = []
    made: list[Path] = []

    def fill_in(dialog: QWidget) -> None:
        seen.append(dialog.email.placeholderText())  # type: ignore[attr-defined]
        hands.click(dialog.email)  # type: ignore[attr-defined]
        hands.select_all_and_type("r.adviseur@wierdenmeer.nl")
        hands.click(dialog.make_button)  # type: ignore[attr-defined]
        assert dialog.made is not None, dialog.outcome.text()  # type: ignore[attr-defined]
        made.append(dialog.made)  # type: ignore[attr-defined]

    hands.opens(lambda: hands.click(button), fill_in)
    return seen[0], made[0]


def _reminder(qtbot: QtBot, window: MainWindow) -> tuple[str, Path]:
    page = window.overview_page
    window.show_page("overview")
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.year.setValue(2026)
    page.drill_down("N1")
    return _make_draft(Hands(qtbot), page.remind_button)


def _invitation(qtbot: QtBot, window: MainWindow) -> tuple[str, Path]:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")
    page = window.activities_page
    page.year.setValue(2026)
    planned = next(i for i, r in enumerate(page.model.rows()) if r.status == ActivityStatus.PLANNED)
    hands.click_row(page.table, planned)
    return _make_draft(hands, page.invite_button)


def _scenarios(qtbot: QtBot, window: MainWindow) -> list[str]:
    hands = Hands(qtbot)
    hands.shortcut("Ctrl+4")
    seen: list[str] = []

    def read(dialog: QWidget) -> None:
        box = dialog.scenario  # type: ignore[attr-defined]
        seen.extend(box.itemText(i) for i in range(box.count()))

    hands.opens(lambda: hands.shortcut("Ctrl+N"), read)
    return seen


@pytest.mark.usefixtures("english", "handed")
def test_the_english_window_drafts_in_english(qtbot: QtBot, demo_window: MainWindow) -> None:
    example, reminder = _reminder(qtbot, demo_window)
    assert example == "name@municipality.nl"
    assert reminder.parent.name == "reminders"
    assert reminder.name.startswith("reminder-training-") and reminder.suffix == ".eml"
    example, invitation = _invitation(qtbot, demo_window)
    assert example == "name@municipality.nl"
    assert invitation.parent.name == "invitations" and invitation.name.startswith("invitation-")
    scenarios = _scenarios(qtbot, demo_window)
    assert "flooding" in scenarios and "power outage" in scenarios
    assert "overstroming" not in scenarios


@pytest.mark.usefixtures("handed")
def test_the_dutch_window_drafts_in_dutch(qtbot: QtBot, demo_window: MainWindow) -> None:
    example, reminder = _reminder(qtbot, demo_window)
    assert example == "naam@gemeente.nl"
    assert reminder.parent.name == "herinneringen"
    assert reminder.name.startswith("herinnering-training-")
    assert "overstroming" in _scenarios(qtbot, demo_window)
