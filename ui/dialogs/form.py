"""The base of every edit dialog: a form, a line for the refusal, Opslaan and Annuleren.

The dialog hands its values to ``on_save``; when the core refuses them with an
OtoError the message appears in the dialog (in red, with the offending field
focused) and nothing closes, so the user's typing is never lost.

How hands use it: the dialog opens with the cursor in its first field; Tab walks the
fields top to bottom, then Opslaan and Annuleren; Enter in any single-line field (and
Ctrl+Enter anywhere) saves, exactly as Opslaan does, whichever button has the focus;
Enter never cancels. Escape (or Annuleren) cancels, and asks first when something was
typed (:mod:`ui.dialogs.guard`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, QSize, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QFontMetricsF,
    QKeyEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from oto_app import audit
from oto_app.errors import ConcurrentEditError, OtoError
from ui.date_edit import DateEdit
from ui.dialogs.guard import keep_typing, on_edit, snapshot
from ui.widgets import give_free_letters, offer, sentence

Values = TypeVar("Values")
DATE_FORMAT = "dd-MM-yyyy"


def combo(items: Sequence[tuple[str, Any]]) -> QComboBox:
    """A combo box of (label, value) pairs; the value is the item's data."""
    box = QComboBox()
    for label, value in items:
        box.addItem(label, value)
    return box


class CheckList(QListWidget):
    """Items with check boxes, as tall as its items up to ``most`` of them (then it
    scrolls), so a municipality's ten or eleven units are all in sight, none half hidden."""

    def __init__(self, most: int = 14) -> None:
        super().__init__()
        self._most = most
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        shown = max(1, min(self.count(), self._most))
        row = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height() + 4
        return QSize(super().sizeHint().width(), shown * row + 2 * self.frameWidth())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()


def checklist(items: Sequence[tuple[str, Any]], checked: Sequence[Any] = ()) -> QListWidget:
    """A list of (label, value) items with check boxes; ``checked`` values start ticked."""
    box = CheckList()
    for label, value in items:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setCheckState(Qt.CheckState.Checked if value in checked else Qt.CheckState.Unchecked)
        box.addItem(item)
    return box


def ticked(box: QListWidget) -> tuple[Any, ...]:
    """The values of the ticked items, in list order."""
    return tuple(
        box.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(box.count())
        if box.item(row).checkState() == Qt.CheckState.Checked
    )


def date_edit(parent: QWidget | None = None) -> DateEdit:
    """A date field as people type it (ui.date_edit), today to start with."""
    return DateEdit(parent)


class FormDialog(QDialog, Generic[Values]):
    """Subclasses add rows to ``self.form`` and implement :meth:`values`."""

    def __init__(
        self, title: str, on_save: Callable[[Values], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self._on_save = on_save
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        # room between a label and its field: "Tot en met" ran into the check box beside
        # it (the style's spacing is 0 to 6 px, by platform)
        self.form.setHorizontalSpacing(12)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Annuleren"))
        for button in (save, cancel):
            button.setAutoDefault(False)  # a focused Annuleren must not take Enter
        save.setDefault(True)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.cancel)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save)
        QShortcut(QKeySequence("Ctrl+Enter"), self, self.save)
        self._typed: tuple[object, ...] | None = None
        self._refused: QWidget | None = None  # the field the red sentence is about
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row; ``key`` is the core's field key, used to focus it on a refusal."""
        self.form.addRow(label, widget)
        widget.setAccessibleName(label.replace("&", ""))
        proxy = widget.focusProxy()
        shown = self.form.labelForField(widget)
        if isinstance(shown, QLabel) and proxy is not None and not widget.focusPolicy():
            # the label's Alt-letter focuses its buddy only if that takes focus itself: a
            # field made of parts (the objectives, the attachments, a date that may be
            # absent) does not, so Alt+D, Alt+I and Alt+U did nothing
            shown.setBuddy(proxy)
        if proxy is not None and not isinstance(widget, DateEdit):
            proxy.setAccessibleName(label.replace("&", ""))  # Tab lands here: read the label
        for date in [widget, *widget.findChildren(DateEdit)]:
            if isinstance(date, DateEdit):  # names itself and its field in a refusal
                date.field_key = key
                date.setAccessibleName(label.replace("&", ""))
        self.fields[key] = widget
        return widget

    def values(self) -> Values:
        raise NotImplementedError

    def _labels_whole(self) -> None:
        """Room for the last letter of every label. Qt sizes a label by its text with
        kerning, but draws the underlined Alt-letter apart, so "To" and "Ty" lose their
        kerning and the last letter fell outside the label ("Tot en me|t", "Typ|e" in a
        real window)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel) and label.text():
                metrics = QFontMetricsF(label.font())
                before, _, after = label.text().partition("&")
                letter, after = after[:1], after[1:]
                apart = sum(metrics.horizontalAdvance(part) for part in (before, letter, after))
                over = math.ceil(apart - metrics.horizontalAdvance(before + letter + after))
                # and a pixel for the anti-aliasing; a minimum width, which the style
                # sheet leaves alone (it resets a label's margins when it polishes it)
                label.setMinimumWidth(label.sizeHint().width() + max(0, over) + 1)

    def showEvent(self, event: QShowEvent) -> None:
        if self._typed is None:
            self._labels_whole()
            self._buttons_last()
            self._only_save_is_default()
            save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
            cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
            own = [b for b in self.findChildren(QPushButton) if b not in (save, cancel)]
            give_free_letters(self, [b for b in (save, cancel, *own) if b is not None])
            self._typed = snapshot(self)
            on_edit(self, self._edited)
            first = self.first_field()
            if first is not None:
                # Shown as Tab shows it: the style draws the focus frame only once the
                # keyboard has moved the focus, and a list box has no cursor to show.
                self.setAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
                first.setFocus(Qt.FocusReason.TabFocusReason)
        super().showEvent(event)

    def _only_save_is_default(self) -> None:
        """Opslaan is what Enter does, so it alone looks like it. A form's own buttons
        (*Doelstelling toevoegen*) do not take Enter: Qt makes a dialog's first such
        button its default when none is known yet, and the form's Opslaan is not known
        until the buttons are inside the dialog."""
        for button in self.findChildren(QPushButton):
            if not self.buttons.isAncestorOf(button):
                button.setAutoDefault(False)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setDefault(True)

    def _buttons_last(self) -> None:
        """Tab walks the fields top to bottom, then Opslaan and Annuleren."""
        last: QWidget | None = None
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                not self.buttons.isAncestorOf(widget)
                and widget.focusPolicy() != Qt.FocusPolicy.NoFocus
            ):
                last = widget
            widget = widget.nextInFocusChain()
        if last is None:
            return
        for button in self.buttons.buttons():
            QWidget.setTabOrder(last, button)
            last = button

    def first_field(self) -> QWidget | None:
        """The first widget Tab reaches in the form."""
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            if (
                widget.isVisibleTo(self)
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not self.buttons.isAncestorOf(widget)
            ):
                return widget
            widget = widget.nextInFocusChain()
        return None

    def typed(self) -> bool:
        """Whether anything in the form differs from how it opened."""
        return self._typed is not None and snapshot(self) != self._typed

    def cancel(self) -> None:
        """Escape or Annuleren: close without saving, asking first when something was typed."""
        if self.typed() and keep_typing(self):
            return
        self.reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Reached only when the focused widget left the key alone: a multi-line text
        # keeps its Enter, an open list its Escape.
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), (QPlainTextEdit, QTextEdit)
        ):
            self.save()
            return
        if key == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous() and self.typed() and keep_typing(self):
            event.ignore()
            return
        super().closeEvent(event)

    def reloadable(
        self, load: Callable[[], Values], history: Callable[[str, object], list[audit.Change]]
    ) -> None:
        """When someone else saved the record meanwhile, show what they changed (from the
        record's ``history``) and offer to reload: ``load`` reads the record anew (and
        renews the version the save checks), :meth:`fill` puts it in the form."""
        self._reload = (load, history)
        self._opened = dt.datetime.now().replace(microsecond=0)

    def fill(self, values: Values) -> None:
        raise NotImplementedError(f"{type(self).__name__} cannot be refilled")

    def save(self) -> None:
        try:
            self._on_save(self.values())
        except ConcurrentEditError as refusal:
            if getattr(self, "_reload", None) is None:
                self.show_error(refusal)
            else:
                self._changed_meanwhile(refusal)
            return
        except OtoError as refusal:
            self.show_error(refusal)
            return
        self.accept()

    def _changed_meanwhile(self, refusal: ConcurrentEditError) -> None:
        load, history = self._reload
        changes = [
            change
            for change in history(str(refusal.params.get("table")), refusal.params.get("record"))
            if change.at >= self._opened and change.action == "update"
        ]
        lines = [
            self.tr("%1 om %2: %3")
            .replace("%1", change.login)
            .replace("%2", change.at.strftime("%H:%M"))
            .replace("%3", audit.describe(change))
            for change in changes
        ]
        if offer(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Intussen gewijzigd"),
            sentence(refusal.message)
            + ("\n\n" + self.tr("Wat er veranderde:") + "\n" + "\n".join(lines) if lines else ""),
            self.tr("Opnieuw &laden"),
            self.tr("Annuleren"),
        ):
            self.fill(load())
            self._opened = dt.datetime.now().replace(microsecond=0)
            self.error.setText(
                self.tr("Opnieuw geladen met de wijzigingen van de ander; pas aan en sla op.")
            )
            self.error.show()

    def show_error(self, refusal: OtoError) -> None:
        self.error.setText(sentence(refusal.message))
        self.error.show()
        self._tall_enough()
        widget = self.fields.get(refusal.field or "")
        self._refused = widget
        if widget is not None:
            widget.setFocus()
        focused = self.focusWidget()
        if isinstance(focused, QLineEdit) and widget is not None:
            focused.selectAll()  # what is typed next replaces what was refused

    def _tall_enough(self) -> None:
        """As tall as the form now needs at its width. Qt grows a shown dialog to its new
        minimum size, which leaves out text that wraps: the red sentence took the room of
        a wrapped explanation above it, cut off at top and bottom (Vrijstelling)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = (
            layout.totalHeightForWidth(self.width())
            if layout.hasHeightForWidth()
            else layout.totalSizeHint().height()
        )
        if needed > self.height():
            self.resize(self.width(), needed)

    def _edited(self, widget: QWidget) -> None:
        """Once the refused field is changed, the sentence about it goes: what it said
        ("Datum '31022026' is geen datum") is no longer what the field holds."""
        refused = self._refused
        if refused is not None and (widget is refused or refused.isAncestorOf(widget)):
            self.error.hide()
            self._refused = None


def to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class OptionalDateEdit(QWidget):
    """A date that may be absent: a check box ("tot en met") and a date field."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled = QCheckBox(label)
        self.edit = date_edit()
        self.edit.setEnabled(False)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.enabled)

    def date(self) -> dt.date | None:
        return self.edit.value() if self.enabled.isChecked() else None

    def set_date(self, value: dt.date | None) -> None:
        self.enabled.setChecked(value is not None)
        if value is not None:
            self.edit.setDate(to_qdate(value))


def year_box(parent: QWidget) -> QSpinBox:
    """A year, this year to start with."""
    year = QSpinBox(parent)
    year.setRange(2000, 2100)
    year.setValue(dt.date.today().year)
    year.setAccessibleName(parent.tr("Jaar"))
    return year


def year_and_reference(parent: QWidget) -> tuple[QSpinBox, DateEdit]:
    """A year and its peildatum; choosing a year moves the peildatum to that year's
    default (31 December, or today in the current year)."""
    from oto_app.norms import reference_date

    year = year_box(parent)
    on = date_edit(parent)
    on.setAccessibleName(parent.tr("Peildatum"))
    on.setDate(to_qdate(reference_date(year.value())))
    year.valueChanged.connect(lambda chosen: on.setDate(to_qdate(reference_date(chosen))))
    return year, on
