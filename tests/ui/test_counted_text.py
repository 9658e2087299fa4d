"""Counted text in the window reads in the singular for one and the plural for more
(Qt numerus, the Dutch forms in oto_nl.ts and the English in oto_en.ts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from oto_app.exchange.invitations import Contact, Invitee
from oto_app.models import ActivityKind, ActivityStatus
from oto_app.services.activities import ActivityRow
from ui.dialogs.invite_dialog import InviteDialog
from ui.dialogs.reminder_dialog import ReminderDialog

pytestmark = pytest.mark.gui

EXERCISE = ActivityRow(
    1, "k", "Oefening Opvang", ActivityKind.EXERCISE, None, dt.date(2026, 3, 12),
    ActivityStatus.PLANNED, None, "CRAS", 0, 0,
)  # fmt: skip


def people(with_email: int, without: int) -> list[Invitee]:
    listed = [
        Invitee(i, f"Mens {i}", "CRAS", f"m{i}@wierdenmeer.nl", None) for i in range(with_email)
    ]
    return listed + [Invitee(100 + i, f"Zonder {i}", "CRAS", None, None) for i in range(without)]


def not_written(_contact: Contact, folder: Path) -> Path:
    raise AssertionError("nothing is written in this test")


@pytest.mark.parametrize(
    ("with_email", "without", "intro", "no_address"),
    [
        (1, 1, "aan 1 genodigde met een e-mailadres.", "(1): die krijgt niets; vul het adres"),
        (2, 3, "aan 2 genodigden met een e-mailadres.", "(3): zij krijgen niets; vul hun adres"),
    ],
)
def test_the_invitation_counts_its_invitees(
    app: QApplication,
    qtbot: QtBot,
    with_email: int,
    without: int,
    intro: str,
    no_address: str,
) -> None:
    dialog = InviteDialog(EXERCISE, people(with_email, without), not_written, "ria")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.intro.text() == f"Uitnodiging voor Oefening Opvang op 12-03-2026 {intro}"
    assert no_address in dialog.without_label.text()


@pytest.mark.parametrize(
    ("count", "said"), [(1, "met 1 collega in Bcc, met"), (4, "met 4 collega's in Bcc (zij zien")]
)
def test_the_reminder_counts_its_colleagues(
    app: QApplication, qtbot: QtBot, count: int, said: str
) -> None:
    dialog = ReminderDialog(people(count, 0), not_written, "ria")
    qtbot.addWidget(dialog)
    dialog.show()
    assert said in dialog.intro.text()
