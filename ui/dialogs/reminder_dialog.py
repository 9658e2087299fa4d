"""Overzicht > Herinnering opstellen…: an e-mail draft (.eml) to everyone on the list
(Bcc), with the next planned activities, opened in Outlook as a new message to send."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from oto_app.exchange.invitations import Contact
from ui.dialogs.outlook_parts import DraftDialog


class ReminderDialog(DraftDialog):
    """``people``: the addressees; ``write(adviser, folder)`` makes the draft."""

    def folder_name(self) -> str:
        return self.tr("herinneringen")

    def __init__(
        self,
        people: Sequence[Any],
        write: Callable[[Contact, Path], Path],
        login: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(write, login, parent)
        self.bcc = [p for p in people if p.email]
        self.present(
            self.tr("Herinnering opstellen"),
            self.tr(
                "Een concept-e-mail aan uzelf met %n collega('s) in Bcc (zij zien elkaars adres "
                "niet), met de eerstvolgende geplande activiteiten. U verstuurt het zelf.",
                "",
                len(self.bcc),
            ),
            [p for p in people if not p.email],
            self.tr("&Concept maken en openen"),
        )
        self.make_button.setEnabled(bool(self.bcc))
