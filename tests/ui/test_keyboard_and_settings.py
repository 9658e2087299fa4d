"""Keyboard and remembered settings: every field has a label a screen reader reads with
it, and column widths survive a restart (Enter and Escape: test_forms_by_hand)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from ui.dialogs.person_dialog import PersonDialog
from ui.models.rows import Column, RowsTableModel
from ui.widgets import table_view


def test_every_field_has_a_label_for_screen_readers(qtbot: QtBot) -> None:
    dialog = PersonDialog(lambda _data: None)
    qtbot.addWidget(dialog)
    form = dialog.form
    for row in range(form.rowCount()):
        label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert isinstance(label, QLabel) and label.buddy() is field, label.text()
        shortcut = label.text() if not isinstance(field, QCheckBox) else field.text()
        assert "&" in shortcut, label.text()  # and a keyboard shortcut to reach it


def test_column_widths_are_remembered(app: QApplication, qtbot: QtBot) -> None:
    columns = [Column("Naam", lambda r: r, width=10), Column("Rest", lambda r: r)]
    first = table_view(RowsTableModel[str](columns), "rememberedTable")
    qtbot.addWidget(first)
    first.setColumnWidth(0, 333)  # as a user drags the border
    again = table_view(RowsTableModel[str](columns), "rememberedTable")  # the next start
    qtbot.addWidget(again)
    assert again.columnWidth(0) == 333
