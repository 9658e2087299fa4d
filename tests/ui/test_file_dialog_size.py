"""Qt's file dialog opens big enough to read (trial B: 638 px on a 1920 screen, its Size,
Type and Date columns cut): about 60% of the screen, at least 900 x 560 where it fits, and
every column title whole. Opened by hand, through Medewerkers > Exporteren."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QHeaderView, QToolButton, QTreeView, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.hands import Hands
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def test_the_export_dialog_shows_its_columns_whole(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    seen: dict[str, object] = {}

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        screen = dialog.screen().availableGeometry()
        seen["size"] = (dialog.width(), dialog.height())
        seen["wanted"] = (
            min(screen.width(), max(900, screen.width() * 6 // 10)),
            min(screen.height(), max(560, screen.height() * 6 // 10)),
        )
        # the button "Detail View": the list with Size, Type, Date Modified
        hands.click(dialog.findChild(QToolButton, "detailModeButton"))
        header: QHeaderView = dialog.findChild(QTreeView, "treeView").header()
        metrics = header.fontMetrics()
        model = header.model()
        seen["cut"] = [
            title
            for column in range(header.count())
            if not header.isSectionHidden(column)
            and header.sectionSize(column)
            < metrics.horizontalAdvance(
                title := str(model.headerData(column, header.orientation()))
            )
        ]

    hands.shortcut("Ctrl+2")  # Medewerkers
    hands.opens(lambda: hands.click(window.staff_page.export_button), look)
    assert seen["size"] == seen["wanted"]
    assert seen["cut"] == []
