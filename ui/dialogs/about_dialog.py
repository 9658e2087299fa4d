"""Help > Over OTO: the version, the database (file or server, schema revision), and where
the data, the backups and the administrator's oto.ini are; copied in one click for the
helpdesk."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from oto_app.about import About
from ui.widgets import closing_row


class AboutDialog(QDialog):
    def __init__(self, facts: About, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Over OTO"))
        self.setObjectName("aboutDialog")
        self.facts = facts
        title = QLabel(
            self.tr("OTO — Opleiden, Trainen, Oefenen voor de gemeentelijke crisisorganisatie")
        )
        title.setObjectName("pageTitle")
        title.setWordWrap(True)
        form = QFormLayout()
        self.values: dict[str, str] = {}
        details = facts.details()
        for label, value in [*facts.lines(), (self.tr("Uw instellingen"), settings_place())]:
            shown = QLabel(value)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            if label in details:  # the technical name, for the helpdesk
                shown.setToolTip(details[label])
            form.addRow(label, shown)
            self.values[label] = value
        self.copy_button = QPushButton(self.tr("&Kopiëren"))
        self.copy_button.setToolTip(
            self.tr("Deze gegevens kopiëren, bijvoorbeeld voor de helpdesk")
        )
        self.folder_button = QPushButton(self.tr("&Gegevensmap openen"))
        self.copy_button.clicked.connect(self.copy)
        self.folder_button.clicked.connect(lambda: open_folder(facts.data_dir))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addLayout(closing_row(self, self.copy_button, self.folder_button))
        self.resize(720, self.sizeHint().height())

    def text(self) -> str:
        """What Kopiëren copies: each line, with its technical name where it has one."""
        details = self.facts.details()
        return "\n".join(
            f"{label}: {value}" + (f" ({details[label]})" if label in details else "")
            for label, value in self.values.items()
        )

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.text())


def settings_place() -> str:
    """Where this user's window settings are (a file on Linux, the registry on Windows)."""
    return QSettings().fileName()


def open_folder(folder: Path) -> bool:
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
