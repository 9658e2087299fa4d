"""Activiteiten: plan, hold, cancel and edit activities, and take attendance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QItemSelection
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.changes import Change
from oto_app.db import Database
from oto_app.exchange.calendar import write_calendar
from oto_app.exchange.export import export_participation
from oto_app.models import ActivityKind, ActivityStatus
from oto_app.services import activities, courses, organisation
from oto_app.services.activities import ActivityData, ActivityRow
from ui import reports
from ui.changes import ChangeBus
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.attendance_dialog import AttendanceDialog
from ui.dialogs.form import year_box
from ui.dialogs.history_dialog import HistoryDialog
from ui.models.rows import Column, RowsTableModel
from ui.pages.page import Page
from ui.printing import open_pdf
from ui.widgets import ask_save_path, attempt, heading, save_in_background, table_view


class ActivitiesPage(Page):
    relevant = Change.ACTIVITIES | Change.ATTENDANCE | Change.UNITS

    def __init__(self, database: Database, bus: ChangeBus, parent: QWidget | None = None):
        super().__init__(bus, parent)
        self.database = database
        self.year = year_box(self)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Alle soorten"), None)
        for kind in ActivityKind:
            self.kind.addItem(messages.label(kind), kind)
        self.kind.setAccessibleName(self.tr("Soort"))
        self.status = QComboBox()
        self.status.addItem(self.tr("Elke status"), None)
        for status in ActivityStatus:
            self.status.addItem(messages.label(status), status)
        self.status.setAccessibleName(self.tr("Status"))
        self.new_button = QPushButton(self.tr("&Nieuwe activiteit…"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        self.export_button.setToolTip(self.tr("Activiteiten en presentie van dit jaar"))
        self.calendar_button = QPushButton(self.tr("A&genda (.ics)…"))
        self.calendar_button.setToolTip(self.tr("Geplande activiteiten van dit jaar, voor Outlook"))
        self.model = RowsTableModel[ActivityRow](
            [
                Column(self.tr("Datum"), lambda a: a.date, width=11),
                Column(self.tr("Titel"), lambda a: a.title, width=38, stretch=True),
                Column(self.tr("Soort"), lambda a: a.kind, width=10),
                Column(self.tr("Niveau"), lambda a: a.level, width=16),
                Column(self.tr("Onderdelen"), lambda a: a.units, width=16),
                Column(self.tr("Status"), lambda a: a.status, width=11),
                Column(
                    self.tr("Aanwezig"),
                    lambda a: f"{a.present} / {a.listed}",
                    align_right=True,
                    width=9,
                ),
                Column(self.tr("Plaats"), lambda a: a.place, width=20),
            ],
            muted=lambda a: a.status == ActivityStatus.CANCELLED,
            parent=self,
        )
        self.table = table_view(self.model, "activityTable")
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.edit_button = QPushButton(self.tr("&Bewerken…"))
        self.attendance_button = QPushButton(self.tr("&Presentie…"))
        self.sheet_button = QPushButton(self.tr("Presentie&lijst (PDF)…"))
        self.invite_button = QPushButton(self.tr("Uitno&digen…"))
        self.invite_button.setToolTip(
            self.tr("Een uitnodiging voor Outlook (.ics); na annuleren: de afzegging")
        )
        self.held_button = QPushButton(self.tr("Markeer &uitgevoerd"))
        self.cancel_button = QPushButton(self.tr("Activiteit a&nnuleren"))
        self.history_button = QPushButton(self.tr("&Geschiedenis…"))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        self.delete_button.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_button.setToolTip(self.tr("Verwijderen (Delete)"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Activiteiten")))
        top.addStretch(1)
        for label, widget in (
            (self.tr("Jaar"), self.year),
            (self.tr("Soort"), self.kind),
            (self.tr("Status"), self.status),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.attendance_button,
            self.sheet_button,
            self.invite_button,
            self.held_button,
            self.cancel_button,
            self.delete_button,
            self.history_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.export_button)
        actions.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        for control in (
            self.year.valueChanged,
            self.kind.currentIndexChanged,
            self.status.currentIndexChanged,
        ):
            control.connect(self.reload)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self.take_attendance)
        self.new_button.clicked.connect(self.new_activity)
        self.export_button.clicked.connect(self.export)
        self.calendar_button.clicked.connect(self.export_calendar)
        self.edit_button.clicked.connect(self.edit_activity)
        self.attendance_button.clicked.connect(self.take_attendance)
        self.sheet_button.clicked.connect(self.attendance_sheet)
        self.invite_button.clicked.connect(self.invite)
        self.held_button.clicked.connect(lambda: self.set_status(ActivityStatus.HELD))
        self.cancel_button.clicked.connect(lambda: self.set_status(ActivityStatus.CANCELLED))
        self.delete_button.clicked.connect(self.delete_activity)
        self.history_button.clicked.connect(self.show_history)

    def reload(self) -> None:
        chosen = self.current()
        with self.database.begin() as session:
            rows = activities.list_activities(
                session, self.year.value(), self.kind.currentData(), self.status.currentData()
            )
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr("Nog geen activiteiten in %1 — plan er een met Nieuwe activiteit.").replace(
                "%1", str(self.year.value())
            )
        )
        if chosen is not None:
            self.select(chosen.id)
        self._update_buttons()

    def current(self) -> ActivityRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, activity_id: int) -> None:
        for index, row in enumerate(self.model.rows()):
            if row.id == activity_id:
                self.table.selectRow(index)

    def _update_buttons(self, *_: QItemSelection) -> None:
        row = self.current()
        for button in (self.edit_button, self.attendance_button, self.sheet_button):
            button.setEnabled(row is not None and row.status != ActivityStatus.CANCELLED)
        self.held_button.setEnabled(
            row is not None and row.status == ActivityStatus.PLANNED and row.date <= dt.date.today()
        )
        self.cancel_button.setEnabled(row is not None and row.status != ActivityStatus.CANCELLED)
        self.invite_button.setEnabled(row is not None and row.status != ActivityStatus.HELD)
        self.invite_button.setText(
            self.tr("Af&zeggen…")
            if row is not None and row.status == ActivityStatus.CANCELLED
            else self.tr("Uitno&digen…")
        )
        self.delete_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)

    def show_history(self) -> None:
        row = self.current()
        if row is not None:
            HistoryDialog(self.database, "activities", row.id, row.title, self).exec()

    def _dialog(
        self, on_save: Callable[[ActivityData], None], data: ActivityData | None = None
    ) -> ActivityDialog:
        with self.database.begin() as session:
            units = organisation.list_units(session, dt.date.today(), include_retired=False)
            catalogue = courses.list_courses(session)
        return ActivityDialog(units, on_save, data, parent=self, courses=catalogue)

    def new_activity(self) -> None:
        created: list[int] = []

        def save(data: ActivityData) -> None:
            with self.database.begin() as session:
                created.append(activities.create_activity(session, data))

        if self._dialog(save).exec() and created:
            self.bus.publish(Change.ACTIVITIES)
            with self.database.begin() as session:
                year = activities.detail(session, created[0]).data.date.year
            self.year.setValue(year)
            self.select(created[0])

    def edit_activity(self) -> None:
        row = self.current()
        if row is None:
            return
        with self.database.begin() as session:
            detail = activities.detail(session, row.id)

        version = [detail.version]

        def save(data: ActivityData) -> None:
            with self.database.begin() as session:
                activities.update_activity(session, row.id, data, version[0])

        def load() -> ActivityData:
            with self.database.begin() as session:
                fresh = activities.detail(session, row.id)
            version[0] = fresh.version
            return fresh.data

        dialog = self._dialog(save, detail.data)
        dialog.reloadable(self.database, load)
        if dialog.exec():
            self.bus.publish(Change.ACTIVITIES)

    def take_attendance(self) -> None:
        row = self.current()
        if row is None or row.status == ActivityStatus.CANCELLED:
            return
        with self.database.begin() as session:
            detail = activities.detail(session, row.id)
        if AttendanceDialog(self.database, detail, self).exec():
            self.bus.publish(Change.ATTENDANCE | Change.ACTIVITIES)

    def attendance_sheet(self) -> None:
        row = self.current()
        if row is None:
            return
        self._export = save_in_background(
            self,
            self.database,
            self.tr("Presentielijst opslaan"),
            f"presentielijst-{row.key}.pdf",
            self.tr("PDF (*.pdf)"),
            lambda session, path: reports.attendance_sheet.write(session, row.key, path),
            open_after=True,
        )

    def invite(self) -> None:
        """The meeting request (or cancellation) for Outlook; see InviteDialog."""
        from ui.dialogs.invite_dialog import InviteDialog

        row = self.current()
        if row is not None and row.status != ActivityStatus.HELD:
            InviteDialog(self.database, row, self).exec()

    def export(self) -> None:
        year = self.year.value()
        self._export = save_in_background(
            self,
            self.database,
            self.tr("Activiteiten exporteren"),
            f"deelname-{year}.xlsx",
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            lambda session, path: export_participation(session, year, path),
        )

    def export_calendar(self) -> None:
        year = self.year.value()
        self._export = save_in_background(
            self,
            self.database,
            self.tr("Agenda exporteren"),
            f"oto-{year}.ics",
            self.tr("Agenda (*.ics)"),
            lambda session, path: write_calendar(session, path, year),
        )

    def set_status(self, status: ActivityStatus) -> None:
        row = self.current()
        if row is None:
            return

        def change() -> None:
            with self.database.begin() as session:
                activities.set_status(session, row.id, status)

        if attempt(self, change):
            self.bus.publish(Change.ACTIVITIES)

    def delete_activity(self) -> None:
        """Delete after a confirmation that says what goes with it. An evaluation stays
        (detached); the user can save its report first."""
        row = self.current()
        if row is None:
            return
        with self.database.begin() as session:
            impact = activities.deletion_impact(session, row.id)
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Activiteit verwijderen"))
        text = self.tr("%1 verwijderen?").replace("%1", impact.title)
        if impact.participations:
            text += " " + self.tr("Ook de %1 presentieregels worden verwijderd.").replace(
                "%1", str(impact.participations)
            )
        if impact.evaluation_id is not None:
            text += " " + self.tr(
                "De evaluatie en haar verbeterpunten blijven bewaard; sla het evaluatieverslag "
                "nu op als u het bij de hand wilt hebben."
            )
        question.setText(text)
        delete = question.addButton(self.tr("Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        report = None
        if impact.evaluation_id is not None:
            report = question.addButton(
                self.tr("Verslag opslaan en verwijderen…"), QMessageBox.ButtonRole.AcceptRole
            )
        question.addButton(self.tr("Annuleren"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(question.buttons()[-1])  # Enter does not delete
        question.exec()
        chosen = question.clickedButton()
        if chosen not in (delete, report):
            return
        if chosen is report and impact.evaluation_id is not None:
            evaluation_id = impact.evaluation_id
            path = ask_save_path(
                self,
                self.tr("Evaluatieverslag opslaan"),
                f"evaluatie-{row.key}.pdf",
                self.tr("PDF (*.pdf)"),
            )
            if path is None:
                return
            with self.database.begin() as session:
                reports.evaluation_report.write_evaluation(session, evaluation_id, path)
            open_pdf(path, self)

        def remove() -> None:
            with self.database.begin() as session:
                activities.delete_activity(session, row.id)

        if attempt(self, remove):
            self.bus.publish(Change.ACTIVITIES | Change.ATTENDANCE | Change.EVALUATIONS)
