"""Onderdelen: the deelprocessen and teams, and who holds which role in each."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oto_app.changes import Changes
from oto_app.dates import format_date
from oto_app.services import courses, organisation
from oto_app.services.courses import CourseData, CourseRow
from oto_app.services.organisation import HolderRow, UnitData, UnitDetail, UnitRow
from ui.dialogs.course_dialogs import CoursesDialog
from ui.dialogs.unit_dialog import UnitDialog
from ui.models.rows import Column, RowsTableModel
from ui.operations import Operations
from ui.pages.page import Page
from ui.widgets import heading, list_keys, press_on_key, table_view


class UnitPanel(QWidget):
    """The selected unit: its plan status and the people holding each role today."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading("", "panelTitle")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.holders = RowsTableModel[HolderRow](
            [
                Column(self.tr("Rol"), lambda h: h.role + (" ★" if h.is_key else ""), width=24),
                Column(self.tr("Type"), lambda h: h.kind, width=15),
                Column(self.tr("Naam"), lambda h: h.name, width=22),
                Column(self.tr("Personeelsnr."), lambda h: h.staff_number, width=12),
                Column(self.tr("Sinds"), lambda h: h.start_date, width=11),
            ]
        )
        self.holder_view = table_view(self.holders, "holderTable", fit=True)
        self.edit_button = QPushButton(self.tr("Be&werken…"))
        self.retire_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.retire_button)
        buttons.addStretch(1)
        legend = QLabel(
            self.tr("★ sleutelfunctie: vraagt een primaire bezetting en een plaatsvervanger")
        )
        legend.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addWidget(self.holder_view, 1)
        layout.addWidget(legend)
        layout.addLayout(buttons)
        self.show_unit(None)

    def show_unit(self, detail: UnitDetail | None) -> None:
        self.detail = detail
        self.edit_button.setEnabled(detail is not None)
        self.retire_button.setEnabled(detail is not None)
        if detail is None:
            self.title.setText(self.tr("Kies links een onderdeel"))
            self.summary.clear()
            self.holders.set_rows([])
            self.retire_button.setText(self.tr("&Opheffen"))
            return
        unit = detail.unit
        self.title.setText(f"{unit.name} ({unit.code})")
        # Every review, oldest first: a year reprinted later uses the one that held then.
        reviewed = ", ".join(format_date(day) for day in unit.reviews) or self.tr("onbekend")
        lines = [
            self.tr("Deelplan herzien: %1").replace("%1", reviewed)
            + (f" — {unit.plan_note}" if unit.plan_note else ""),
            self.tr("Rollen in de formatie: %1").replace("%1", ", ".join(detail.roles) or "—"),
        ]
        if not unit.active:
            lines.insert(
                0,
                self.tr("Dit onderdeel is opgeheven op %1.").replace(
                    "%1", format_date(unit.retired_on)
                )
                if unit.retired_on
                else self.tr("Dit onderdeel is opgeheven."),
            )
        self.summary.setText("\n".join(lines))
        self.holders.set_rows(detail.holders)
        self.retire_button.setText(self.tr("&Opheffen") if unit.active else self.tr("Her&openen"))


class UnitsPage(Page):
    relevant = Changes.UNITS | Changes.ASSIGNMENTS | Changes.STAFF | Changes.ROLES

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.model = RowsTableModel[UnitRow](
            [
                Column(self.tr("Code"), lambda u: u.code, width=6),
                Column(self.tr("Naam"), lambda u: u.name, width=34),
                Column(self.tr("Soort"), lambda u: u.kind, width=10),
                Column(self.tr("Mensen"), lambda u: u.people, align_right=True, width=7),
                Column(self.tr("Deelplan herzien"), lambda u: u.plan_reviewed_on, width=14),
                Column(self.tr("Actief"), lambda u: u.active, width=6),
            ],
            muted=lambda u: not u.active,
            parent=self,
        )
        self.table = table_view(self.model, "unitTable", fit=True)
        list_keys(self, self.table)
        self.panel = UnitPanel()
        self.new_button = QPushButton(self.tr("&Nieuw onderdeel…"))
        press_on_key(self.new_button, QKeySequence.StandardKey.New, self)
        self.courses_button = QPushButton(self.tr("O&pleidingen en geldigheid…"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Onderdelen")))
        top.addStretch(1)
        top.addWidget(self.courses_button)
        top.addWidget(self.new_button)
        # Ten-odd units: the list on top, the chosen unit's people in full width below.
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(self.edit_unit)
        self.new_button.clicked.connect(self.new_unit)
        self.courses_button.clicked.connect(self.edit_courses)
        self.panel.edit_button.clicked.connect(self.edit_unit)
        self.panel.retire_button.clicked.connect(self.toggle_active)

    def reload(self) -> None:
        chosen = self.current_unit()
        rows = self.ops.read(lambda s: organisation.list_units(s, dt.date.today()))
        self.model.set_rows(rows)
        self.select_unit(chosen.id if chosen else rows[0].id if rows else None)

    def current_unit(self) -> UnitRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select_unit(self, unit_id: int | None) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.id == unit_id:
                self.table.selectRow(index)
                return
        self._selection_changed()

    def _selection_changed(self, *_: QItemSelection) -> None:
        unit = self.current_unit()
        if unit is None:
            self.panel.show_unit(None)
            return
        self.panel.show_unit(
            self.ops.read(lambda s: organisation.unit_detail(s, unit.id, dt.date.today()))
        )

    def new_unit(self) -> None:
        def save(data: UnitData) -> None:
            self.ops.write(lambda s: organisation.create_unit(s, data))

        self.form(UnitDialog(save, parent=self), self.table)

    def edit_unit(self) -> None:
        unit = self.current_unit()
        if unit is None:
            return
        data = UnitData(
            unit.code,
            unit.name,
            unit.kind,
            unit.active,
            unit.plan_note,
            unit.plan_reviewed_on,
            unit.established_on,
        )

        def save(changed: UnitData) -> None:
            self.ops.write(lambda s: organisation.update_unit(s, unit.id, changed, unit.version))

        self.form(UnitDialog(save, data, parent=self), self.table)

    def toggle_active(self) -> None:
        """Retire the chosen unit after a question that says what it means (one click
        beside *Bewerken…* retired a whole unit), or reopen a retired one."""
        unit = self.current_unit()
        if unit is None or (unit.active and not self.retire_agreed(unit)):
            return
        self.ops.attempt(self, lambda s: organisation.set_unit_active(s, unit.id, not unit.active))

    def retire_agreed(self, unit: UnitRow) -> bool:
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Onderdeel opheffen"))
        text = self.tr("%1 (%2) vandaag opheffen?")
        text = text.replace("%1", unit.name).replace("%2", unit.code)
        if unit.people:
            text += " " + self.tr(
                "%n medewerker(s) hebben er nu een rol; die rollen blijven staan tot u ze "
                "beëindigt.",
                "",
                unit.people,
            )
        text += " " + self.tr(
            "Vanaf vandaag telt het onderdeel niet meer mee in de normen; in de jaren ervoor "
            "blijft het meetellen. Heropenen kan altijd."
        )
        question.setText(text)
        retire = question.addButton(self.tr("&Opheffen"), QMessageBox.ButtonRole.DestructiveRole)
        keep = question.addButton(self.tr("&Niet opheffen"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(keep)
        question.setEscapeButton(keep)
        question.exec()
        return question.clickedButton() is retire

    def edit_courses(self) -> None:
        self.courses_dialog().exec()

    def courses_dialog(self) -> CoursesDialog:
        """The course catalogue, in a dialog that reads and saves through this page."""

        def load() -> tuple[list[CourseRow], list[organisation.RoleRow]]:
            return self.ops.read(lambda s: (courses.list_courses(s), organisation.list_roles(s)))

        def create(data: CourseData) -> None:
            self.ops.write(lambda s: courses.create_course(s, data))

        def update(course: CourseRow, data: CourseData) -> None:
            self.ops.write(lambda s: courses.update_course(s, course.id, data, course.version))

        return CoursesDialog(load, create, update, self)
