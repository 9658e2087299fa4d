"""The course catalogue: which courses there are, how long each stays valid, and which
roles require them (course validity on the dashboard and in the personal overview)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oto_app.services.courses import CourseData, CourseRow
from oto_app.services.organisation import RoleRow
from ui.dialogs.form import FormDialog, checklist, ticked
from ui.models.rows import Column, RowsTableModel
from ui.widgets import closing_row, table_view


class CourseDialog(FormDialog[CourseData]):
    def __init__(
        self,
        roles: Sequence[RoleRow],
        on_save: Callable[[CourseData], Any],
        data: CourseData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Opleiding bewerken") if data else self.tr("Nieuwe opleiding")
        super().__init__(title, on_save, parent)
        data = data or CourseData("")
        self.name = QLineEdit(data.name)
        self.name.setMaxLength(120)
        self.add_field("field_course_name", self.tr("&Naam"), self.name)
        self.validity = QSpinBox()
        self.validity.setRange(0, 50)
        self.validity.setSpecialValueText(self.tr("verloopt niet"))
        self.validity.setSuffix(self.tr(" jaar"))
        self.validity.setValue(data.validity_years or 0)
        self.add_field("validity_years", self.tr("&Geldig"), self.validity)
        self.roles = checklist([(r.name, r.id) for r in roles], data.role_ids)
        self.roles.setMinimumHeight(140)
        self.add_field("roles", self.tr("&Vereist voor de rollen"), self.roles)
        self.description = QPlainTextEdit(data.description or "")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(60)
        self.add_field("field_description", self.tr("Om&schrijving"), self.description)
        self.setMinimumWidth(520)

    def values(self) -> CourseData:
        return CourseData(
            self.name.text(),
            self.validity.value() or None,
            self.description.toPlainText(),
            ticked(self.roles),
        )


class CoursesDialog(QDialog):
    """The catalogue as a list, with Nieuw and Bewerken. ``load`` reads the courses and
    the roles; ``create`` and ``update`` save one (raising the core's refusal)."""

    def __init__(
        self,
        load: Callable[[], tuple[list[CourseRow], list[RoleRow]]],
        create: Callable[[CourseData], None],
        update: Callable[[CourseRow, CourseData], None],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._load, self._create, self._update = load, create, update
        self.setWindowTitle(self.tr("Opleidingen en hun geldigheid"))
        self.model = RowsTableModel[CourseRow](
            [
                Column(self.tr("Opleiding"), lambda c: c.name, width=30),
                Column(
                    self.tr("Geldig"),
                    lambda c: (
                        self.tr("%n jaar", "", c.validity_years)
                        if c.validity_years
                        else self.tr("verloopt niet")
                    ),
                    width=12,
                ),
                Column(
                    self.tr("Vereist voor"), lambda c: ", ".join(c.roles), width=40, stretch=True
                ),
            ],
            parent=self,
        )
        self.table = table_view(self.model, "courseTable")
        self.new_button = QPushButton(self.tr("&Nieuwe opleiding…"))
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        hint = QLabel(
            self.tr(
                "Een opleiding telt vanaf de laatst gevolgde editie (een activiteit van de "
                "soort opleiding die bij deze opleiding hoort), zo veel jaar als ze geldig is."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(closing_row(self, self.new_button, self.edit_button))
        self.new_button.clicked.connect(self.new_course)
        self.edit_button.clicked.connect(self.edit_course)
        self.table.doubleClicked.connect(self.edit_course)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        rows, self.role_rows = self._load()
        self.model.set_rows(rows)
        self.edit_button.setEnabled(bool(self.model.rows()))

    def new_course(self) -> None:
        if CourseDialog(self.role_rows, self._create, parent=self).exec():
            self.reload()

    def edit_course(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        course = self.model.row(rows[0].row())

        def save(data: CourseData) -> None:
            self._update(course, data)

        if CourseDialog(self.role_rows, save, course.data(), self).exec():
            self.reload()
