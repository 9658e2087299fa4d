"""Driving modal dialogs from a test: exec() blocks, so the test acts from a timer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot


def on_next_dialog(qtbot: QtBot, handle: Callable[[QDialog], None]) -> list[BaseException]:
    """Run ``handle`` on the next modal dialog that opens (exec() blocks the test).

    Whatever happens in ``handle``, the dialog is closed afterwards so the test cannot
    hang; an exception is kept in the returned list and re-raised by :func:`raise_from`.
    """
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        assert isinstance(dialog, QDialog)
        try:
            handle(dialog)
        except BaseException as error:
            errors.append(error)
        finally:
            if dialog.isVisible():
                dialog.reject()

    QTimer.singleShot(0, run)
    return errors


def raise_from(errors: list[BaseException]) -> None:
    if errors:
        raise errors[0]


def find(parent: QWidget, kind: type, name: str) -> QWidget:
    found = parent.findChild(kind, name)
    assert found is not None, name
    return found


def click(widget: QWidget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def save(dialog: QDialog) -> None:
    """Click the form's Opslaan."""
    box = dialog.findChild(QDialogButtonBox)
    click(box.button(QDialogButtonBox.StandardButton.Save))


def type_person(
    qtbot: QtBot, dialog: QDialog, number: str, first: str, infix: str, last: str
) -> None:
    """Type a person into the Medewerker dialog, as a user would."""
    from ui.dialogs.person_dialog import PersonDialog

    assert isinstance(dialog, PersonDialog)
    for edit, text in (
        (dialog.staff_number, number),
        (dialog.first_name, first),
        (dialog.infix, infix),
        (dialog.last_name, last),
        (dialog.email, f"{first.lower()}@gemeente.nl"),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)
