"""Overzicht > Herinnering opstellen…: an e-mail draft (.eml) to everyone on the list
(Bcc), with the next planned activities, opened in Outlook as a new message to send."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import QWidget

from oto_app.db import Database
from oto_app.exchange import reminders
from oto_app.exchange.reminders import Need
from ui.dialogs.outlook_parts import DraftDialog


class ReminderDialog(DraftDialog):
    """``kind``: ``training`` (Nog te trainen) or ``courses`` (Verloopt binnenkort)."""

    FOLDER = "herinneringen"

    def __init__(
        self,
        database: Database,
        needs: Sequence[Need],
        kind: str,
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(database, parent)
        self.needs, self.kind, self.year = list(needs), kind, year
        with database.begin() as session:
            people = reminders.addressees(session, self.needs)
        self.bcc = [p for p in people if p.email]
        self.present(
            self.tr("Herinnering opstellen"),
            self.tr(
                "Een concept-e-mail aan uzelf met %1 collega's in Bcc (zij zien elkaars adres "
                "niet), met de eerstvolgende geplande activiteiten. U verstuurt het zelf."
            ).replace("%1", str(len(self.bcc))),
            [p for p in people if not p.email],
            self.tr("&Concept maken en openen"),
        )
        self.make_button.setEnabled(bool(self.bcc))

    def write(self, folder: Path) -> Path:
        path = folder / f"herinnering-{self.kind}-{dt.date.today():%Y%m%d}.eml"
        with self.database.begin() as session:
            reminders.write_reminder(
                session,
                path,
                needs=self.needs,
                adviser=self.contact(),
                kind=self.kind,
                since=dt.date.today(),
                year=self.year,
            )
        return path
