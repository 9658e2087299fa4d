"""Help > Handleiding (F1): docs/handleiding.md with its pictures, inside the app."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ui.widgets import closing_row

# The guide lives in the repository's docs/ folder, beside the program.
GUIDE = Path(__file__).resolve().parents[2] / "docs" / "handleiding.md"


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Handleiding"))
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(GUIDE.parent)])
        self.browser.setMarkdown(GUIDE.read_text(encoding="utf-8"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addLayout(closing_row(self))
        self.resize(900, 700)
