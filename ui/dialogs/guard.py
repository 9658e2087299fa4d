"""What a person typed in a dialog, and asking before it is thrown away.

:func:`snapshot` reads the state of every input widget in a dialog (text, choice, tick,
date); a dialog takes one when it opens and compares on Escape; :func:`on_edit` says
when one of them changes. :func:`keep_typing`
asks "throw away?" with *Terug naar het formulier* as the default, so an Escape followed
by a reflex Enter loses nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableView,
    QTextEdit,
    QWidget,
)


def _state(widget: QWidget) -> object:
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(row).checkState() for row in range(widget.count()))
    if isinstance(widget, QTableView) and widget.model() is not None:
        model = widget.model()
        return tuple(
            model.index(row, column).data()
            for row in range(model.rowCount())
            for column in range(model.columnCount())
        )
    return None


def _edit_signal(widget: QWidget) -> SignalInstance | None:
    """The signal that says a person changed ``widget``, for the inputs :func:`_state` reads."""
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.valueChanged
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.toggled
    if isinstance(widget, QListWidget):
        return widget.itemChanged
    return None


def on_edit(dialog: QWidget, edited: Callable[[QWidget], None]) -> None:
    """Call ``edited(input)`` whenever one of the inputs of ``dialog`` changes."""
    for child in dialog.findChildren(QWidget):
        signal = _edit_signal(child)
        if signal is not None:
            signal.connect(lambda *_args, widget=child: edited(widget))


def snapshot(dialog: QWidget) -> tuple[object, ...]:
    """The state of every input in ``dialog``, comparable with a later snapshot."""
    return tuple(
        (child.objectName(), _state(child))
        for child in dialog.findChildren(QWidget)
        if _state(child) is not None
    )


def keep_typing(
    parent: QWidget,
    question: str | None = None,
    answers: tuple[str, str] | None = None,
) -> bool:
    """Ask whether to throw away what was typed (or ``question``: what else is at stake,
    with ``answers``: the words of its two buttons, throw away and go back); True when the
    person goes back to it."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("guard", "Niet opgeslagen"),
        question
        or QCoreApplication.translate("guard", "Wat u typte is nog niet opgeslagen. Weggooien?"),
        parent=parent,
    )
    box.setObjectName("discardQuestion")
    away, stay = answers or (
        QCoreApplication.translate("guard", "&Weggooien"),
        QCoreApplication.translate("guard", "&Terug naar het formulier"),
    )
    discard = box.addButton(away, QMessageBox.ButtonRole.DestructiveRole)
    back = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(back)
    box.setEscapeButton(back)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is not discard
