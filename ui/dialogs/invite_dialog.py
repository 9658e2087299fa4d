"""Activiteiten > Uitnodigen…: the activity as an Outlook meeting request (or, once it is
cancelled, the cancellation), opened in the user's mail program to send."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from oto_app.exchange.invitations import Contact, Invitee
from oto_app.models import ActivityStatus
from oto_app.services.activities import ActivityRow
from ui.dialogs.outlook_parts import DraftDialog


class InviteDialog(DraftDialog):
    """``people``: who is invited; ``write(organiser, folder)`` makes the .ics file."""

    def folder_name(self) -> str:
        return self.tr("uitnodigingen")

    def __init__(
        self,
        activity: ActivityRow,
        people: Sequence[Invitee],
        write: Callable[[Contact, Path], Path],
        login: str,
        parent: QWidget | None = None,
    ):
        super().__init__(write, login, parent)
        self.activity = activity
        cancel = activity.status == ActivityStatus.CANCELLED
        self.invited = [p for p in people if p.email]
        count = len(self.invited)
        intro = (
            self.tr("Afzegging van %1 op %2 aan %n genodigde(n) met een e-mailadres.", "", count)
            if cancel
            else self.tr(
                "Uitnodiging voor %1 op %2 aan %n genodigde(n) met een e-mailadres.", "", count
            )
        )
        self.present(
            self.tr("Afzeggen") if cancel else self.tr("Uitnodigen"),
            intro.replace("%2", activity.date.strftime("%d-%m-%Y")).replace("%1", activity.title),
            [p for p in people if not p.email],
            self.tr("&Afzegging maken en openen")
            if cancel
            else self.tr("&Uitnodiging maken en openen"),
        )
