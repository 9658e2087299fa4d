"""The base of every edit dialog: a form, a line for the refusal, Opslaan and Annuleren.

The dialog hands its values to ``on_save``; when the core refuses them with an
OtoError the message appears in the dialog (in red, with the offending field
focused) and nothing closes, so the user's typing is never lost.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oto_app import audit
from oto_app.errors import ConcurrentEditError, OtoError
from ui.widgets import offer, sentence

Values = TypeVar("Values")
DATE_FORMAT = "dd-MM-yyyy"


def combo(items: Sequence[tuple[str, Any]]) -> QComboBox:
    """A combo box of (label, value) pairs; the value is the item's data."""
    box = QComboBox()
    for label, value in items:
        box.addItem(label, value)
    return box


def checklist(items: Sequence[tuple[str, Any]], checked: Sequence[Any] = ()) -> QListWidget:
    """A list of (label, value) items with check boxes; ``checked`` values start ticked."""
    box = QListWidget()
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


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date field as Dutch users type it, with a calendar that starts on Monday."""
    edit = QDateEdit(parent)
    edit.setDisplayFormat(DATE_FORMAT)
    edit.setCalendarPopup(True)
    edit.setDate(QDate.currentDate())
    return edit


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
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Opslaan"))
        save.setDefault(True)  # Enter in any field saves; Escape cancels (QDialog)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuleren"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def add_field(self, key: str, label: str, widget: QWidget) -> QWidget:
        """A labelled row; ``key`` is the core's field key, used to focus it on a refusal."""
        self.form.addRow(label, widget)
        widget.setAccessibleName(label.replace("&", ""))
        self.fields[key] = widget
        return widget

    def values(self) -> Values:
        raise NotImplementedError

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
        widget = self.fields.get(refusal.field or "")
        if widget is not None:
            widget.setFocus()


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
        return from_qdate(self.edit.date()) if self.enabled.isChecked() else None

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


def year_and_reference(parent: QWidget) -> tuple[QSpinBox, QDateEdit]:
    """A year and its peildatum; choosing a year moves the peildatum to that year's
    default (31 December, or today in the current year)."""
    from oto_app.norms import reference_date

    year = year_box(parent)
    on = date_edit(parent)
    on.setAccessibleName(parent.tr("Peildatum"))
    on.setDate(to_qdate(reference_date(year.value())))
    year.valueChanged.connect(lambda chosen: on.setDate(to_qdate(reference_date(chosen))))
    return year, on
