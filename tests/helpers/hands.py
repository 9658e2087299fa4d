"""A person's hands for GUI tests: keys to the focused widget, clicks on what is visible.

Nothing here calls a widget's methods to change it or sets a value directly: text and
keys go to ``QApplication.focusWidget()``, clicks go to a visible, enabled widget at
its centre, shortcuts are their keys. Reading what is on screen (a combo's text, which
row is current) is allowed: a person sees that too.

A dialog opened with ``exec()`` blocks until it closes, so what the hands do in it is
given as a function: ``hands.opens(lambda: hands.click(button), fill)`` runs ``fill``
with the dialog as soon as it is on screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as WaitedTooLong
from pytestqt.qtbot import QtBot

NO = Qt.KeyboardModifier.NoModifier


class Hands:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot

    # --- keys --------------------------------------------------------------------------

    def focused(self) -> QWidget:
        """The widget keys go to; a moment's wait for it, as after a dialog closed."""
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=2000)
        return QApplication.focusWidget()

    def type(self, text: str) -> None:
        """Type ``text`` into whatever has the focus."""
        QTest.keyClicks(self.focused(), text)

    def key(self, key: Qt.Key, modifier: Qt.KeyboardModifier = NO) -> None:
        QTest.keyClick(self.focused(), key, modifier)

    def enter(self) -> None:
        self.key(Qt.Key.Key_Return)

    def escape(self) -> None:
        self.key(Qt.Key.Key_Escape)

    def tab(self, times: int = 1) -> None:
        for _ in range(times):
            self.key(Qt.Key.Key_Tab)

    def key_combination(self, keys: str) -> None:
        """Press keys as written, e.g. ``"Ctrl+S"``, ``"Space"``, to the focused widget."""
        self.shortcut(keys)

    def shortcut(self, keys: str) -> None:
        """Press a key combination as written on a menu, e.g. ``"Ctrl+N"``, ``"Alt+B"``."""
        combination = QKeySequence(keys)[0]
        target = QApplication.focusWidget() or QApplication.activeWindow()
        assert target is not None, "no window to press keys in"
        QTest.keyClick(target, combination.key(), combination.keyboardModifiers())

    def menu(self, keys: str, letter: str) -> None:
        """Open a menu by its Alt-letter (``"Alt+R"``), then press the item's underlined
        ``letter`` in the menu that drops down."""
        self.shortcut(keys)
        self.qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=2000)
        popup = QApplication.activePopupWidget()
        QTest.keyClick(popup, QKeySequence(letter)[0].key())

    def field(self, text: str, *, tabs: int = 1) -> None:
        """Type into the focused field, then Tab on (``tabs`` times)."""
        if text:
            self.select_all_and_type(text)
        self.tab(tabs)

    def select_all_and_type(self, text: str) -> None:
        self.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.type(text)

    def choose(self, text: str) -> None:
        """In the focused list box, move with the arrow keys until ``text`` shows."""
        box = self.focused()
        assert isinstance(box, QComboBox), f"{box!r} is not a list box"
        self.key(Qt.Key.Key_Home)
        for _ in range(box.count()):
            if box.currentText().startswith(text):
                return
            self.key(Qt.Key.Key_Down)
        assert box.currentText().startswith(text), f"{text!r} is not offered"

    def tick(self, text: str) -> None:
        """In the focused check list, walk with the arrow keys to ``text`` and press Space."""
        view = self.focused()
        assert isinstance(view, QAbstractItemView), f"{view!r} is not a list"
        self.key(Qt.Key.Key_Home)
        for _ in range(view.model().rowCount() + 1):
            current = view.currentIndex()
            if current.isValid() and str(current.data()).startswith(text):
                self.key(Qt.Key.Key_Space)
                return
            self.key(Qt.Key.Key_Down)
        raise AssertionError(f"{text!r} is not in the list")

    def tab_to(self, name: str, limit: int = 40) -> None:
        """Tab until the field read out as ``name`` (its label) has the focus."""
        self.tab_until(lambda widget: _read_as(widget) == name, name, limit)

    def tab_until(self, found: Callable[[QWidget], bool], what: str = "", limit: int = 40) -> None:
        """Tab until ``found(focused widget)``: for Qt's own dialogs, whose fields are
        known by their object name (the label a person reads is beside them)."""
        for _ in range(limit):
            if found(self.focused()):
                return
            self.tab()
        raise AssertionError(f"Tab never reaches {what!r}")

    # --- the mouse ---------------------------------------------------------------------

    def click(self, widget: QWidget, at: QPoint | None = None) -> None:
        QApplication.processEvents()  # what is on screen once it has settled
        assert widget.isVisible(), f"{widget!r} is not on screen"
        assert widget.isEnabled(), f"{widget!r} is greyed out"
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, NO, at or widget.rect().center())

    def click_button(self, window: QWidget, text: str) -> None:
        """Click the visible button whose text (without its &) is ``text``."""
        for button in window.findChildren(QAbstractButton):
            if button.isVisible() and button.text().replace("&", "") == text:
                self.click(button)
                return
        raise AssertionError(f"no button {text!r} on screen")

    def double_click_row(self, view: QAbstractItemView, row: int, column: int = 0) -> None:
        """Two clicks in quick succession, as a mouse sends them: a press and release,
        then a press that is a double-click (QTest's double-click alone lacks the second
        press, which a list needs to open the row)."""
        at = _seen(view, row, column)
        left = Qt.MouseButton.LeftButton
        QTest.mouseClick(view.viewport(), left, NO, at)
        QTest.mousePress(view.viewport(), left, NO, at)
        QTest.mouseDClick(view.viewport(), left, NO, at)

    def click_header(self, view: QAbstractItemView, column: int) -> None:
        """Click a column's title (to sort by it)."""
        header = view.horizontalHeader()  # type: ignore[attr-defined]
        QApplication.processEvents()
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        assert 0 <= x < header.viewport().width(), f"column {column} is not on screen"
        at = QPoint(x, header.viewport().height() // 2)
        QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, NO, at)

    def click_row(self, view: QAbstractItemView, row: int, column: int = 0) -> None:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, NO, _seen(view, row, column))

    # --- dialogs -----------------------------------------------------------------------

    def opens(
        self, act: Callable[[], Any], inside: Callable[[QWidget], Any], timeout: int = 10_000
    ) -> None:
        """Do ``act`` (a click, a key); run ``inside`` on the dialog it opens.

        Whatever ``inside`` does, a dialog it left open is closed afterwards, so a test
        cannot hang; its exception is raised here.
        """
        before = QApplication.activeModalWidget()
        underneath = before or QApplication.activeWindow()
        seen: list[QWidget] = []
        errors: list[BaseException] = []
        handled: list[bool] = []
        acted: list[bool] = []

        def run() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is before:
                if not (acted and handled):
                    QTimer.singleShot(20, run)
                return
            seen.append(dialog)
            try:
                self.qtbot.waitUntil(lambda: _focus_in(dialog), timeout=2000)
                inside(dialog)
            except BaseException as error:
                errors.append(error)
            finally:
                if dialog.isVisible():  # a button's animated click takes a moment
                    QTest.qWait(150)
                handled.append(True)
                if dialog.isVisible():  # closed as the program closes it: the import
                    dialog.close()  # wizard's "Stoppen?" would wait for an answer forever
                if dialog.isVisible():
                    dialog.reject()

        QTimer.singleShot(0, run)
        act()
        acted.append(True)
        try:
            self.qtbot.waitUntil(lambda: bool(handled), timeout=timeout)
        except WaitedTooLong:  # pytest-qt raises its own, not an AssertionError
            handled.append(True)  # stop looking
            raise AssertionError("no dialog opened") from None
        if errors:
            raise errors[0]
        self._back_to(underneath)

    def answers(
        self, act: Callable[[], Any], *insides: Callable[[QWidget], Any], timeout: int = 60_000
    ) -> None:
        """Do ``act``; the dialogs it opens one after another (a question, what is being
        done, what came of it) get ``insides`` in turn, each once it is on screen."""
        before = QApplication.activeModalWidget()
        underneath = before or QApplication.activeWindow()
        seen: list[QWidget] = []
        errors: list[BaseException] = []

        def look() -> None:
            if len(seen) == len(insides) or errors:
                return
            dialog = QApplication.activeModalWidget()
            if dialog is None or dialog is before or any(dialog is s for s in seen):
                QTimer.singleShot(20, look)
                return
            seen.append(dialog)
            try:
                self.qtbot.waitUntil(lambda: _focus_in(dialog), timeout=2000)
                insides[len(seen) - 1](dialog)
            except BaseException as error:
                errors.append(error)
                if dialog.isVisible():
                    dialog.reject()
            QTimer.singleShot(20, look)

        QTimer.singleShot(0, look)
        act()
        try:
            self.qtbot.waitUntil(lambda: len(seen) == len(insides) or bool(errors), timeout=timeout)
        except WaitedTooLong:
            errors.append(AssertionError(f"{len(seen)} of {len(insides)} dialogs opened"))
        if errors:
            raise errors[0]
        self._back_to(underneath)

    def _back_to(self, underneath: QWidget | None) -> None:
        """A person waits for the window underneath to take keys again once a dialog
        closed."""
        if underneath is not None and underneath.isVisible():
            # The app does that itself (ui.app.return_to_the_window_underneath); no
            # window manager here would.
            try:
                self.qtbot.waitUntil(
                    lambda: QApplication.activeWindow() is underneath, timeout=2000
                )
            except WaitedTooLong:
                raise AssertionError(
                    "after the dialog closed, the window underneath did not get the keyboard back"
                ) from None


def _read_as(widget: QWidget) -> str:
    """What a screen reader says for ``widget``: its label, or that of the field it is in."""
    if isinstance(widget, QAbstractButton) and not widget.accessibleName():
        return widget.text().replace("&", "")
    while widget is not None and not widget.accessibleName() and not widget.isWindow():
        widget = widget.parentWidget()
    return widget.accessibleName().replace("&", "") if widget is not None else ""


def _focus_in(window: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and focused.window() is window


def _seen(view: QAbstractItemView, row: int, column: int) -> QPoint:
    """The middle of the part of a cell that is on screen (once the screen has settled)."""
    QApplication.processEvents()
    visible = view.visualRect(view.model().index(row, column)) & view.viewport().rect()
    assert not visible.isEmpty(), f"row {row} is not on screen"
    return visible.center()
