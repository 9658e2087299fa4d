"""Activiteiten: plan, hold, cancel and edit activities, and take attendance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.changes import Changes
from oto_app.dates import format_date
from oto_app.exchange import invitations
from oto_app.exchange.calendar import write_calendar
from oto_app.exchange.export import export_participation
from oto_app.exchange.invitations import Contact
from oto_app.models import ActivityKind, ActivityStatus
from oto_app.services import activities, attendance, courses, organisation
from oto_app.services.activities import ActivityData, ActivityRow
from oto_app.services.attendance import AttendanceRow, Entry
from ui import reports
from ui.dialogs.activity_dialog import ActivityDialog
from ui.dialogs.attendance_dialog import AttendanceDialog
from ui.dialogs.form import year_box
from ui.models.rows import Column, RowsTableModel
from ui.operations import Operations
from ui.pages.page import Page
from ui.printing import open_pdf
from ui.widgets import ask_save_path, heading, list_keys, named_for, press_on_key, table_view


class ActivitiesPage(Page):
    relevant = Changes.ACTIVITIES | Changes.ATTENDANCE | Changes.UNITS

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.year = year_box(self)
        self.search = QLineEdit()
        self.search.setObjectName("activitySearch")
        # short enough to be whole at 1366 ("…onderdeel o…"); the tooltip says it all
        self.search.setPlaceholderText(self.tr("Zoek (alle jaren): titel, plaats, onderdeel"))
        self.search.setToolTip(
            self.tr("Zoek in alle jaren op titel, plaats, onderdeel of de code van een onderdeel")
        )
        self.search.setAccessibleName(self.tr("Zoeken in activiteiten"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
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
        press_on_key(self.new_button, QKeySequence.StandardKey.New, self)
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        self.export_button.setToolTip(self.tr("Activiteiten en presentie van dit jaar"))
        self.calendar_button = QPushButton(self.tr("Agenda (.i&cs)…"))
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
                    lambda a: f"{a.present} / {a.expected}",
                    sort=lambda a: (a.present, a.expected),  # numbers, not the text
                    align_right=True,
                    width=9,
                ),
                Column(self.tr("Plaats"), lambda a: a.place, width=20),
            ],
            muted=lambda a: a.status == ActivityStatus.CANCELLED,
            parent=self,
        )
        self.table = table_view(self.model, "activityTable", sortable=True)
        list_keys(self, self.table, self.search)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)  # newest first, by click other
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.edit_button = QPushButton(self.tr("Be&werken…"))
        self.attendance_button = QPushButton(self.tr("&Presentie…"))
        self.sheet_button = QPushButton(self.tr("Presentie&lijst (PDF)…"))
        self.invite_button = QPushButton(self.tr("Uitno&digen…"))
        self.invite_button.setToolTip(
            self.tr("Een uitnodiging voor Outlook (.ics); na annuleren: de afzegging")
        )
        self.held_button = QPushButton(self.tr("Markeer &uitgevoerd"))
        self.cancel_button = QPushButton(self.tr("Activiteit &annuleren"))
        self.history_button = QPushButton(self.tr("G&eschiedenis…"))
        self.delete_button = QPushButton(self.tr("&Verwijderen…"))
        press_on_key(self.delete_button, QKeySequence.StandardKey.Delete, self)
        self.delete_button.setToolTip(self.tr("Verwijderen (Delete)"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Activiteiten")))
        top.addWidget(self.search, 1)
        for label, widget in (
            (self.tr("Jaar"), self.year),
            (self.tr("Soort"), self.kind),
            (self.tr("Status"), self.status),
        ):
            top.addWidget(QLabel(label))
            top.addWidget(widget)
        top.addWidget(self.new_button)
        # Two rows, so the page fits a 1366-pixel screen: what to do with the chosen
        # activity, then its status and the lists for elsewhere.
        actions = QHBoxLayout()
        for button in (
            self.edit_button,
            self.attendance_button,
            self.sheet_button,
            self.invite_button,
            self.history_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        more = QHBoxLayout()
        for button in (self.held_button, self.cancel_button, self.delete_button):
            more.addWidget(button)
        more.addStretch(1)
        more.addWidget(self.export_button)
        more.addWidget(self.calendar_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addLayout(more)
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
        year, kind, status = self.year.value(), self.kind.currentData(), self.status.currentData()
        search = self.search.text()
        rows = self.ops.read(
            lambda s: activities.list_activities(s, year, kind, status, search=search)
        )
        header = self.table.horizontalHeader()
        self.model.set_rows(
            self.model.sorted_rows(rows, header.sortIndicatorSection(), header.sortIndicatorOrder())
        )
        self.empty.setVisible(not rows)
        searching = bool(self.search.text().strip())
        self.year.setEnabled(not searching)  # a search looks in every year
        self.empty.setText(
            self.tr("Niets gevonden voor '%1' in alle jaren.").replace("%1", self.search.text())
            if searching
            else self.tr(
                "Nog geen activiteiten in %1 — plan er een met Nieuwe activiteit."
            ).replace("%1", str(self.year.value()))
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
        self.held_button.setToolTip(self._why_not_held(row))
        self.cancel_button.setEnabled(
            row is not None and row.status != ActivityStatus.CANCELLED and not row.present
        )
        self.cancel_button.setToolTip(self._why_not_cancelled(row))
        self.invite_button.setEnabled(row is not None and row.status != ActivityStatus.HELD)
        self.invite_button.setText(
            self.tr("Af&zeggen…")
            if row is not None and row.status == ActivityStatus.CANCELLED
            else self.tr("Uitno&digen…")
        )
        self.delete_button.setEnabled(row is not None)
        self.history_button.setEnabled(row is not None)

    def _why_not_held(self, row: ActivityRow | None) -> str:
        """The tooltip of *Markeer uitgevoerd*: why it is greyed out, if it is."""
        if row is None:
            return self.tr("Kies eerst een activiteit")
        if row.status == ActivityStatus.HELD:
            return self.tr("Deze activiteit is al uitgevoerd")
        if row.status == ActivityStatus.CANCELLED:
            return self.tr("Deze activiteit is geannuleerd")
        if row.date > dt.date.today():
            return self.tr("Kan pas vanaf %1: de activiteit is nog niet geweest").replace(
                "%1", format_date(row.date)
            )
        return self.tr("Zet de status op uitgevoerd")

    def _why_not_cancelled(self, row: ActivityRow | None) -> str:
        """The tooltip of *Activiteit annuleren*: why it is greyed out, if it is (the core
        refuses to cancel what people attended: activities._check_cancel)."""
        if row is None:
            return self.tr("Kies eerst een activiteit")
        if row.status == ActivityStatus.CANCELLED:
            return self.tr("Deze activiteit is al geannuleerd")
        if row.present:
            return self.tr(
                "Kan niet: %1 aanwezig gemeld; zet hun presentie eerst terug (Presentie…)"
            ).replace("%1", str(row.present))
        return self.tr("Zet de status op geannuleerd")

    def show_history(self) -> None:
        row = self.current()
        if row is not None:
            self.open_history("activities", row.id, row.title)

    def _dialog(
        self, on_save: Callable[[ActivityData], None], data: ActivityData | None = None
    ) -> ActivityDialog:
        units, catalogue = self.ops.read(
            lambda s: (
                organisation.list_units(s, dt.date.today(), include_retired=False),
                courses.list_courses(s),
            )
        )
        return ActivityDialog(units, on_save, data, parent=self, courses=catalogue)

    def new_activity(self) -> None:
        created: list[tuple[int, dt.date]] = []

        def save(data: ActivityData) -> None:
            created.append(
                (self.ops.write(lambda s: activities.create_activity(s, data)), data.date)
            )

        if self.form(self._dialog(save), self.table) and created:
            activity_id, date = created[0]
            self.year.setValue(date.year)
            self.select(activity_id)

    def edit_activity(self) -> None:
        row = self.current()
        if row is None:
            return
        detail = self.ops.read(lambda s: activities.detail(s, row.id))
        version = [detail.version]

        def save(data: ActivityData) -> None:
            self.ops.write(lambda s: activities.update_activity(s, row.id, data, version[0]))

        def load() -> ActivityData:
            fresh = self.ops.read(lambda s: activities.detail(s, row.id))
            version[0] = fresh.version
            return fresh.data

        dialog = self._dialog(save, detail.data)
        dialog.reloadable(load, self.ops.history)
        self.form(dialog, self.table)

    def take_attendance(self) -> None:
        row = self.current()
        if row is None or row.status == ActivityStatus.CANCELLED:
            return
        dialog = self.attendance_dialog(row.id)
        self.form(dialog, self.table)
        dialog.deleteLater()  # it holds the whole list; each opening left one behind

    def attendance_dialog(self, activity_id: int) -> AttendanceDialog:
        """The attendance form of one activity: its sheet, and how to find and record."""
        sheet = self.ops.read(lambda s: attendance.sheet(s, activity_id))
        return AttendanceDialog(
            sheet, self._find_people(activity_id), self._record(activity_id), self
        )

    def _find_people(self, activity_id: int) -> Callable[[str], list[AttendanceRow]]:
        """Active staff fitting what was typed, as rows of this activity's list."""

        def find(text: str) -> list[AttendanceRow]:
            return self.ops.read(lambda s: attendance.find_people(s, activity_id, text))

        return find

    def _record(self, activity_id: int) -> Callable[[list[Entry], bool], None]:
        def record(entries: list[Entry], mark_held: bool) -> None:
            self.ops.write(
                lambda s: attendance.record(s, activity_id, entries, mark_held),
                busy=self.tr("Presentie opslaan…"),
            )

        return record

    def attendance_sheet(self) -> None:
        row = self.current()
        if row is None:
            return
        self._export = self.ops.save_file(
            self,
            self.tr("Presentielijst opslaan"),
            self.tr("presentielijst-%1.pdf").replace("%1", named_for(row.date, row.title)),
            self.tr("PDF (*.pdf)"),
            lambda session, path: reports.attendance_sheet.write(session, row.key, path),
            open_after=True,
        )

    def invite(self) -> None:
        """The meeting request (or cancellation) for Outlook; see InviteDialog."""
        from ui.dialogs.invite_dialog import InviteDialog

        row = self.current()
        if row is None or row.status == ActivityStatus.HELD:
            return
        activity_id = row.id
        people = self.ops.read(lambda s: invitations.invitees(s, activity_id))

        def write(organiser: Contact, folder: Path) -> Path:
            return self.ops.read(
                lambda s: invitations.write_invitation(s, activity_id, organiser, folder)
            )[0]

        InviteDialog(row, people, write, self.ops.login, self).exec()

    def export(self) -> None:
        year = self.year.value()
        self._export = self.ops.save_file(
            self,
            self.tr("Activiteiten exporteren"),
            self.tr("deelname-%1.xlsx").replace("%1", str(year)),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            lambda session, path: export_participation(session, year, path),
        )

    def export_calendar(self) -> None:
        year = self.year.value()
        self._export = self.ops.save_file(
            self,
            self.tr("Agenda exporteren"),
            f"oto-{year}.ics",
            self.tr("Agenda (*.ics)"),
            lambda session, path: write_calendar(session, path, year),
        )

    def set_status(self, status: ActivityStatus) -> None:
        row = self.current()
        if row is None:
            return

        self.ops.attempt(self, lambda s: activities.set_status(s, row.id, status))

    def delete_activity(self) -> None:
        """Delete after a confirmation that says what goes with it. An evaluation stays
        (detached); the user can save its report first."""
        row = self.current()
        if row is None:
            return
        impact = self.ops.read(lambda s: activities.deletion_impact(s, row.id))
        question = QMessageBox(self)
        question.setIcon(QMessageBox.Icon.Warning)
        question.setWindowTitle(self.tr("Activiteit verwijderen"))
        text = self.tr("%1 verwijderen?").replace("%1", impact.title)
        if impact.participations:
            text += " " + self.tr(
                "Ook de %n presentieregel(s) worden verwijderd.", "", impact.participations
            )
        if impact.evaluation_id is not None:
            text += " " + self.tr(
                "De evaluatie en haar verbeterpunten blijven bewaard; sla het evaluatieverslag "
                "nu op als u het bij de hand wilt hebben."
            )
        question.setText(text)
        delete = question.addButton(self.tr("&Verwijderen"), QMessageBox.ButtonRole.DestructiveRole)
        report = None
        if impact.evaluation_id is not None:
            report = question.addButton(
                self.tr("Verslag &opslaan en verwijderen…"), QMessageBox.ButtonRole.AcceptRole
            )
        cancel = question.addButton(self.tr("&Annuleren"), QMessageBox.ButtonRole.RejectRole)
        question.setDefaultButton(cancel)  # Enter does not delete
        question.exec()
        chosen = question.clickedButton()
        if chosen not in (delete, report):
            return
        if chosen is report and impact.evaluation_id is not None:
            evaluation_id = impact.evaluation_id
            path = ask_save_path(
                self,
                self.tr("Evaluatieverslag opslaan"),
                self.tr("evaluatie-%1.pdf").replace("%1", named_for(row.date, row.title)),
                self.tr("PDF (*.pdf)"),
            )
            if path is None:
                return
            self.ops.read(
                lambda s: reports.evaluation_report.write_evaluation(s, evaluation_id, path)
            )
            open_pdf(path, self)
        self.ops.attempt(self, lambda s: activities.delete_activity(s, row.id))
