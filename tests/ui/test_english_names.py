"""The English window's own names (trial B): the program is "Education, Training,
Exercises" in the title bar as in Help > About, and Help names the guide it opens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from tests.helpers.hands import Hands
from tests.ui.test_translations import english  # noqa: F401 - the fixture
from ui.main_window import MainWindow

pytestmark = pytest.mark.gui
NAME = "Education, Training, Exercises"


@pytest.mark.usefixtures("english")
def test_the_title_and_about_give_one_english_name(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    assert window.windowTitle().startswith(f"OTO — {NAME}")
    said: list[str] = []

    def read(dialog: QWidget) -> None:
        said.extend(label.text() for label in dialog.findChildren(QLabel))

    hands.opens(lambda: hands.menu("Alt+H", "A"), read)
    assert any(text.startswith(f"OTO — {NAME}") for text in said)


@pytest.mark.usefixtures("english")
def test_help_names_the_guide_it_opens(qtbot: QtBot, window: MainWindow) -> None:
    hands = Hands(qtbot)
    hands.shortcut("Alt+H")
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
    popup = QApplication.activePopupWidget()
    items = [action.text() for action in popup.actions()]
    QTest.keyClick(popup, Qt.Key.Key_Escape)
    assert "&User guide" in items and not any("Dutch" in item for item in items)
    seen: list[str] = []
    hands.opens(lambda: hands.shortcut("F1"), lambda d: seen.append(d.browser.toPlainText()))
    assert seen[0].startswith("OTO — user guide")
