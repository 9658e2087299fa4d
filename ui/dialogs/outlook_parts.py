"""What the invitation and reminder dialogs share: who writes (name and e-mail, remembered
per user), the list of people without an e-mail address, and handing the file made to the
system's mail or calendar program (Outlook on a municipal workstation)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import files, paths
from oto_app.errors import OtoError
from oto_app.exchange.invitations import Contact
from ui.models.rows import Column, RowsTableModel
from ui.printing import open_externally
from ui.widgets import closing_row, sentence, table_view

SETTINGS = "outlook"


class DraftDialog(QDialog):
    """A file for the mail program: the intro, *Uw naam* and *Uw e-mailadres* (the
    organiser or sender, kept in this user's settings once used), who has no e-mail
    address, and a button that writes the file into the data folder and opens it.

    ``write(contact, folder)`` writes the file into ``folder`` and returns it (raising the
    core's refusal); ``login`` is the user's name until they give theirs. :attr:`made` is
    the file, once made.
    """

    def folder_name(self) -> str:
        """The folder in the data folder the file goes into, in the window's language."""
        return self.tr("concepten")

    def __init__(
        self,
        write: Callable[[Contact, Path], Path],
        login: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self.made: Path | None = None
        self.without_email: list[Any] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        form = QFormLayout()
        settings = QSettings()
        self.name = QLineEdit(str(settings.value(f"{SETTINGS}/name", login)))
        self.name.setObjectName("contactName")
        self.email = QLineEdit(str(settings.value(f"{SETTINGS}/email", "")))
        self.email.setObjectName("contactEmail")
        self.email.setPlaceholderText(self.tr("naam@gemeente.nl"))
        form.addRow(self.tr("Uw &naam"), self.name)
        form.addRow(self.tr("Uw &e-mailadres"), self.email)
        self.without_label = QLabel()
        self.without_label.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("formError")
        self.outcome.setWordWrap(True)
        self.make_button = QPushButton()
        self.make_button.setDefault(True)
        self.folder_button = QPushButton(self.tr("&Map openen"))
        self.folder_button.setEnabled(False)
        self.body = QVBoxLayout(self)
        self.body.addWidget(self.intro)
        self.body.addLayout(form)
        self.body.addWidget(self.without_label)
        self.body.addWidget(self.outcome)
        self.body.addLayout(closing_row(self, self.make_button, self.folder_button))
        self.make_button.clicked.connect(self.make)
        self.folder_button.clicked.connect(lambda: self.made and open_externally(self.made.parent))

    def present(self, title: str, intro: str, without_email: Sequence[Any], make: str) -> None:
        """The subclass's words, and who has no e-mail address (listed in a table)."""
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.make_button.setText(make)
        self.without_email = list(without_email)
        self.without_label.setText(self._without_text())
        if self.without_email:
            self.without_view = self._people_table()
            self.body.insertWidget(3, self.without_view, 1)
        self.resize(640, 500 if self.without_email else 280)

    def contact(self) -> Contact:
        return Contact(self.name.text(), self.email.text())

    def make(self) -> Path | None:
        """Write the file (a refusal or a write failure is said in the dialog), remember who
        wrote it, and hand it to the mail program."""
        folder = paths.data_dir() / self.folder_name()
        try:
            files.make_folder(folder)
            path = self._write(self.contact(), folder)
        except OtoError as refusal:  # refused, or the disk full, the folder read-only
            self.outcome.setText(sentence(refusal.message))
            return None
        settings = QSettings()
        settings.setValue(f"{SETTINGS}/name", self.name.text().strip())
        settings.setValue(f"{SETTINGS}/email", self.email.text().strip())
        self.made = path
        self.folder_button.setEnabled(True)
        if open_externally(path):
            text = self.tr("Opgeslagen als %1 en geopend in uw mailprogramma; verstuur het daar.")
        else:
            text = self.tr(
                "Opgeslagen als %1. Deze computer heeft geen programma dat het opent: open het "
                "in Outlook (Map openen, dan dubbelklikken)."
            )
        self.outcome.setText(text.replace("%1", str(path)))
        return path

    def _without_text(self) -> str:
        if not self.without_email:
            return self.tr("Iedereen heeft een e-mailadres.")
        return self.tr(
            "Zonder e-mailadres (%n): zij krijgen niets; vul hun adres in bij Medewerkers of "
            "bereik hen op een andere manier.",
            "",
            len(self.without_email),
        )

    def _people_table(self) -> QWidget:
        model = RowsTableModel[Any](
            [
                Column(self.tr("Naam"), lambda p: p.name, width=28),
                Column(self.tr("Onderdelen"), lambda p: p.units, width=16),
            ],
            parent=self,
        )
        model.set_rows(self.without_email)
        return table_view(model, "withoutEmailTable", fit=True)
