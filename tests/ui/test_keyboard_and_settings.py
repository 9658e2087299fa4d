"""Keyboard and remembered settings: Enter saves and Escape cancels a form, every field
has a label a screen reader reads with it, and column widths survive a restart."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.services import staff
from oto_app.services.staff import StaffQuery
from tests.ui.conftest import on_next_dialog, raise_from
from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow
from ui.models.rows import Column, RowsTableModel
from ui.widgets import table_view


def test_enter_saves_and_escape_cancels(
    qtbot: QtBot, window: MainWindow, sqlite_db: Database
) -> None:
    window.show_page("staff")
    opened: list[str] = []

    def type_and_press_enter(dialog) -> None:  # type: ignore[no-untyped-def]
        opened.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.staff_number, "4711")
        qtbot.keyClicks(dialog.first_name, "Anna")
        qtbot.keyClicks(dialog.last_name, "Vries")
        qtbot.keyClick(dialog.last_name, Qt.Key.Key_Return)

    errors = on_next_dialog(qtbot, type_and_press_enter)
    window.staff_page.new_button.click()
    raise_from(errors)
    assert opened == ["Nieuwe medewerker"]
    with sqlite_db.begin() as session:
        assert [p.name for p in staff.list_people(session, StaffQuery())] == ["Anna Vries"]

    closed: list[bool] = []

    def type_and_escape(dialog) -> None:  # type: ignore[no-untyped-def]
        qtbot.keyClicks(dialog.staff_number, "4712")
        qtbot.keyClick(dialog.staff_number, Qt.Key.Key_Escape)
        closed.append(not dialog.isVisible())

    errors = on_next_dialog(qtbot, type_and_escape)
    window.staff_page.new_button.click()
    raise_from(errors)
    assert closed == [True]
    with sqlite_db.begin() as session:
        assert len(staff.list_people(session, StaffQuery())) == 1


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
