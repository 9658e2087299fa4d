"""Help > Handleiding (F1): docs/handleiding.md with its pictures, inside the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from oto_app import messages
from ui.widgets import closing_row

# The guide lives in the repository's docs/ folder, beside the program: Dutch, and English
# (docs/guide.md, pictures in docs/images/en) for an English window.
DOCS = Path(__file__).resolve().parents[2] / "docs"
GUIDE = DOCS / "handleiding.md"
GUIDE_EN = DOCS / "guide.md"


def guide_file() -> Path:
    return GUIDE_EN if messages.language() == "en" else GUIDE


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(DOCS)])
        self.browser.setMarkdown(guide_file().read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(closing_row(self))
        self.resize(900, 700)
