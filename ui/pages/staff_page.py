"""Medewerkers: find people, keep their details and role assignments current."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages, privacy
from oto_app.changes import Changes
from oto_app.exchange.export import write_staff
from oto_app.norms import validity
from oto_app.norms.validity import Standing
from oto_app.services import assignments, exemptions, organisation, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.exemptions import ExemptionData, ExemptionRow, period
from oto_app.services.staff import AssignmentRow, PersonData, PersonDetail
from ui import reports
from ui.dialogs.assignment_dialogs import AssignmentDialog, EndAssignmentDialog, ending
from ui.dialogs.exemption_dialog import ExemptionDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.models.rows import Column, RowsTableModel
from ui.models.staff_table import StaffTableModel
from ui.models.standings import standings_model
from ui.operations import Operations
from ui.pages.page import Page
from ui.widgets import ask_folder, heading, list_keys, press_on_key, rows_high, table_view

END_COLUMN = 4  #: the person panel's roles: *Tot en met*


class PersonPanel(QWidget):
    """The selected person: details, assignments (current first), and what can be done."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = heading(self.tr("Geen medewerker gekozen"), "panelTitle")
        self.title.setWordWrap(True)
        self.facts = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("staff_number", self.tr("Personeelsnummer")),
            ("department", self.tr("Afdeling")),
            ("email", self.tr("E-mail")),
            ("phone", self.tr("Telefoon")),
            ("status", self.tr("Status")),
        ):
            value = QLabel()
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.facts.addRow(label + ":", value)
        self.assignments = RowsTableModel[AssignmentRow](
            [
                Column(self.tr("Onderdeel"), lambda a: a.unit_code, width=7),
                Column(self.tr("Rol"), lambda a: a.role, width=22, stretch=True),
                Column(self.tr("Type"), lambda a: a.kind, width=15),
                Column(self.tr("Van"), lambda a: a.start_date, width=11),
                Column(self.tr("Tot en met"), lambda a: a.end_date, width=11),
            ],
            muted=lambda a: not a.active,
        )
        self.assignment_view = table_view(self.assignments, "assignmentTable", fit=True)
        # a person's roles first: three whole, the lists below only as high as they are
        # (at 1366 x 768 the roles had 1½ rows beside an empty list of exemptions)
        self.assignment_view.setMinimumHeight(rows_high(self.assignment_view, 3))
        self.courses = standings_model(with_person=False, parent=self)
        self.course_view = table_view(self.courses, "courseStandingTable", fit=True)
        self.exemptions = RowsTableModel[ExemptionRow](
            [
                Column(self.tr("Soort"), lambda e: messages.label(e.kind), width=12),
                Column(self.tr("Van"), lambda e: e.start_date, width=11),
                Column(self.tr("Tot en met"), lambda e: e.end_date, width=11),
                Column(self.tr("Reden"), lambda e: e.reason, width=16, stretch=True),
            ],
            muted=lambda e: not e.covers(dt.date.today()),
        )
        self.exemption_view = table_view(self.exemptions, "exemptionTable", fit=True)
        self.exemption_button = QPushButton(self.tr("&Vrijstelling…"))
        self.exemption_button.setToolTip(
            self.tr("Een periode waarin deze medewerker niet kan trainen (ziekte, verlof, …)")
        )
        self.remove_exemption_button = QPushButton(self.tr("Vrijstelling o&pheffen"))
        self.edit_button = QPushButton(self.tr("Be&werken…"))
        self.assign_button = QPushButton(self.tr("Rol &toewijzen…"))
        self.end_button = QPushButton(self.tr("Toewijzing beëin&digen…"))
        self.retire_button = QPushButton(self.tr("&Uit dienst melden…"))
        self.overview_button = QPushButton(self.tr("&Overzicht (PDF)…"))
        self.overview_button.setToolTip(
            self.tr("Persoonlijk OTO-overzicht: rollen en activiteiten; ook voor AVG-inzage")
        )
        self.privacy_button = QPushButton(self.tr("AVG-in&zage…"))
        self.privacy_button.setToolTip(
            self.tr("Alles wat OTO over deze medewerker bewaart: PDF en JSON in een map")
        )
        self.history_button = QPushButton(self.tr("G&eschiedenis…"))
        self.history_button.setToolTip(self.tr("Wie wat wanneer aan deze medewerker wijzigde"))
        # Two rows, so the panel leaves the list its width on a 1366-pixel screen.
        buttons = QGridLayout()
        for index, button in enumerate(
            (
                self.edit_button,
                self.assign_button,
                self.end_button,
                self.retire_button,
                self.overview_button,
                self.history_button,
                self.privacy_button,
                self.exemption_button,
                self.remove_exemption_button,
            )
        ):
            buttons.addWidget(button, index // 3, index % 3)
        buttons.setColumnStretch(3, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("Rollen in de crisisorganisatie")))
        layout.addWidget(self.assignment_view, 1)
        layout.addWidget(QLabel(self.tr("Vereiste opleidingen")))
        layout.addWidget(self.course_view)
        layout.addWidget(QLabel(self.tr("Vrijstellingen (tellen apart in N1)")))
        layout.addWidget(self.exemption_view)
        layout.addLayout(buttons)
        self.show_person(None)
        self.assignment_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.exemption_view.selectionModel().selectionChanged.connect(self._update_buttons)

    def show_person(
        self,
        detail: PersonDetail | None,
        courses: Sequence[Standing] = (),
        exempt: Sequence[ExemptionRow] = (),
    ) -> None:
        self.detail = detail
        self.courses.set_rows(list(courses))
        self.exemptions.set_rows(list(exempt))
        for view, rows, most in (
            (self.course_view, len(courses), 3),
            (self.exemption_view, len(exempt), 2),
        ):
            view.setMaximumHeight(rows_high(view, max(1, min(rows, most))))
        if detail is None:
            self.title.setText(self.tr("Kies links een medewerker"))
            for value in self.values.values():
                value.clear()
            self.assignments.set_rows([])
        else:
            data = detail.data
            self.title.setText(detail.name)
            self.values["staff_number"].setText(data.staff_number)
            self.values["department"].setText(data.department or "—")
            self.values["email"].setText(data.email or "—")
            self.values["phone"].setText(data.phone or "—")
            self.values["status"].setText(
                self.tr("actief") if data.active else self.tr("uit dienst")
            )
            # No role of theirs ended: an empty *Tot en met* column gives its room to the
            # roles' names ("voorzitter beleidste…" stood beside it at 1366 pixels).
            self.assignment_view.setColumnHidden(
                END_COLUMN, not any(a.end_date for a in detail.assignments)
            )
            self.assignments.set_rows(detail.assignments)
        self._update_buttons()

    def selected_exemption(self) -> ExemptionRow | None:
        rows = self.exemption_view.selectionModel().selectedRows()
        return self.exemptions.row(rows[0].row()) if rows else None

    def selected_assignment(self) -> AssignmentRow | None:
        rows = self.assignment_view.selectionModel().selectedRows()
        return self.assignments.row(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        person = self.detail is not None
        active = person and self.detail.data.active  # type: ignore[union-attr]
        self.edit_button.setEnabled(person)
        self.overview_button.setEnabled(person)
        self.history_button.setEnabled(person)
        self.privacy_button.setEnabled(person)
        self.exemption_button.setEnabled(person)
        self.remove_exemption_button.setEnabled(self.selected_exemption() is not None)
        self.assign_button.setEnabled(bool(active))
        self.retire_button.setEnabled(bool(active))
        chosen = self.selected_assignment()
        self.end_button.setEnabled(chosen is not None and chosen.end_date is None)


class StaffPage(Page):
    """The staff list with search, and the chosen person's panel beside it."""

    relevant = Changes.STAFF | Changes.ASSIGNMENTS | Changes.UNITS | Changes.ROLES | Changes.COURSES

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.search = QLineEdit()
        self.search.setObjectName("staffSearch")
        self.search.setPlaceholderText(
            self.tr("Zoek op naam, personeelsnummer, afdeling of e-mail")
        )
        self.search.setAccessibleName(self.tr("Zoeken"))
        self.search.setClearButtonEnabled(True)
        self.only_active = QCheckBox(self.tr("Alleen &actieve medewerkers"))
        self.only_active.setChecked(True)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("&Nieuwe medewerker…"))
        press_on_key(self.new_button, QKeySequence.StandardKey.New, self)
        self.new_button.setToolTip(self.tr("Nieuwe medewerker (Ctrl+N)"))
        self.export_button = QPushButton(self.tr("E&xporteren…"))
        self.export_button.setToolTip(self.tr("Alle medewerkers met hun rollen, als Excel of CSV"))
        self.model = StaffTableModel(ops.read, self)
        self.table = table_view(self.model, "staffTable", sortable=True)
        list_keys(self, self.table, self.search)
        self.panel = PersonPanel()
        self._debounce = QTimer(self, singleShot=True, interval=200)

        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Medewerkers")))
        top.addWidget(self.search, 1)
        top.addWidget(self.only_active)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.panel)
        # The panel's roles are whole at 500 pixels (1366 px screens); a wider window gives
        # its room to the list, whose e-mail column scrolled sideways at 1920.
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([600, 500])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.count)

        self.search.textChanged.connect(self._debounce.start)
        self._debounce.timeout.connect(self.apply_filter)
        self.only_active.toggled.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.new_button.clicked.connect(self.new_person)
        self.export_button.clicked.connect(self.export)
        self.panel.edit_button.clicked.connect(self.edit_person)
        self.panel.assign_button.clicked.connect(self.assign_role)
        self.panel.end_button.clicked.connect(self.end_assignment)
        self.panel.retire_button.clicked.connect(self.retire_person)
        self.panel.overview_button.clicked.connect(self.personal_overview)
        self.panel.history_button.clicked.connect(self.show_history)
        self.panel.privacy_button.clicked.connect(self.privacy_export)
        self.panel.exemption_button.clicked.connect(self.add_exemption)
        self.panel.remove_exemption_button.clicked.connect(self.remove_exemption)
        self.panel.exemption_view.doubleClicked.connect(self.edit_exemption)
        self.table.doubleClicked.connect(self.edit_person)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.apply_filter()

    # --- the list ----------------------------------------------------------------------

    def apply_filter(self) -> None:
        """The list as searched and ticked; the person chosen stays chosen while they are
        in it (a search that still fits them used to leave nobody chosen)."""
        chosen = self.current_person_id()
        query = replace(
            self.model.query,
            search=self.search.text(),
            only_active=self.only_active.isChecked(),
            on=dt.date.today(),
        )
        self.model.set_query(query)
        self._after_reload()
        if chosen is not None:
            self.select_person(chosen)

    def _after_reload(self) -> None:
        total = self.model.total
        if total == 0 and not self.search.text().strip():
            self.count.setText(
                self.tr(
                    "Nog geen medewerkers — voeg er een toe met Nieuwe medewerker, of lees het "
                    "bestand van HR in met Bestand > Importeren (Ctrl+I)."
                )
            )
        elif total == 0:
            self.count.setText(self.tr("Niemand gevonden; zoek op iets anders."))
        else:
            self.count.setText(self.tr("%n medewerker(s)", "", total))
        self._selection_changed()

    def reload(self, select_id: int | None = None) -> None:
        """Reload the list, keeping (or moving) the selection."""
        select_id = select_id or self.current_person_id()
        self.model.reload()
        self._after_reload()
        if select_id is not None:
            self.select_person(select_id)

    def current_person_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()).id if rows else None

    def show_person(self, person_id: int) -> str:
        """Find and select someone for a drill-down. The search and *Alleen actieve
        medewerkers* stay as they are when the person is in the list; else the search is
        cleared, and the box unticked only for someone no longer active. Returns what had
        to change, in a sentence for the status bar ("" when nothing did)."""
        said = []
        self._debounce.stop()
        self.apply_filter()  # what was typed, at once: no later filtering loses the choice
        typed = self.search.text().strip()
        if not self._find(person_id) and typed:
            self.search.clear()
            self._debounce.stop()
            self.apply_filter()
            said.append(
                self.tr("Zoekopdracht ‘%1’ gewist om de medewerker te tonen.").replace("%1", typed)
            )
        if not self._find(person_id) and self.only_active.isChecked():
            self.only_active.setChecked(False)  # filters again
            self._find(person_id)
            said.append(self.tr("Ook wie uit dienst is wordt getoond."))
        self.select_person(person_id)
        return " ".join(said)

    def _find(self, person_id: int) -> bool:
        """Whether the person is in the list as filtered (fetching on until they are)."""
        while self.model.row_of(person_id) is None and self.model.canFetchMore():
            self.model.fetchMore()
        return self.model.row_of(person_id) is not None

    def select_person(self, person_id: int) -> None:
        row = self.model.row_of(person_id)
        if row is None:
            return
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))

    def take_keys_at_person(self) -> None:
        """The keyboard in the list, on the chosen person's row, in sight: after a
        drill-down the next Down is the next person (it went to the first row: the keys
        were in the search box, whose Down enters the list at its top)."""
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.setCurrentIndex(rows[0])
            self.table.scrollTo(rows[0])
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _selection_changed(self, *_: QItemSelection) -> None:
        person_id = self.current_person_id()
        if person_id is None:
            self.panel.show_person(None)
            return
        today = dt.date.today()
        detail, courses, exempt = self.ops.read(
            lambda s: (
                staff.person_detail(s, person_id, today),
                validity.standings(s, today, person_id),
                exemptions.of_person(s, person_id),
            )
        )
        self.panel.show_person(detail, courses, exempt)

    # --- actions -----------------------------------------------------------------------

    def privacy_export(self) -> None:
        """AVG-inzage: the personal overview and a JSON file of everything, in a folder."""
        detail = self.panel.detail
        if detail is None:
            return
        folder = ask_folder(self, self.tr("Map voor de AVG-inzage"))
        if folder is None:
            return
        number = detail.data.staff_number

        def written(files: tuple[Path, Path]) -> None:
            pdf, data = files
            QMessageBox.information(
                self,
                self.tr("AVG-inzage"),
                self.tr("Geschreven: %1 en %2.").replace("%1", pdf.name).replace("%2", data.name),
            )

        self.ops.attempt(self, lambda s: privacy.export_person(s, number, folder), on_done=written)

    def show_history(self) -> None:
        detail = self.panel.detail
        if detail is not None:
            self.open_history("people", detail.id, detail.name)

    def personal_overview(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        number = detail.data.staff_number
        self._export = self.ops.save_file(
            self,
            self.tr("Persoonlijk overzicht opslaan"),
            self.tr("oto-overzicht-%1.pdf").replace("%1", number),
            self.tr("PDF (*.pdf)"),
            lambda session, path: reports.personal_overview.write(session, number, path),
            open_after=True,
        )

    def export(self) -> None:
        self._export = self.ops.save_file(
            self,
            self.tr("Medewerkers exporteren"),
            self.tr("medewerkers.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
            write_staff,
        )

    def new_person(self) -> None:
        created: list[int] = []

        def save(data: PersonData) -> None:
            created.append(self.ops.write(lambda s: staff.create_person(s, data)))

        if self.form(PersonDialog(save, parent=self), self.table) and created:
            self.search.clear()
            self.apply_filter()
            self.select_person(created[0])

    def edit_person(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return

        def save(data: PersonData) -> None:
            self.ops.write(lambda s: staff.update_person(s, detail.id, data, version[0]))

        def load() -> PersonData:
            fresh = self.ops.read(lambda s: staff.person_detail(s, detail.id, dt.date.today()))
            version[0] = fresh.version
            return fresh.data

        version = [detail.version]
        dialog = PersonDialog(save, detail.data, parent=self)
        dialog.reloadable(load, self.ops.history)
        self.form(dialog, self.table)

    def assign_role(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        units, roles, formations = self.ops.read(
            lambda s: (
                organisation.list_units(s, dt.date.today(), include_retired=False),
                organisation.list_roles(s),
                organisation.formations(s),
            )
        )

        def save(data: AssignmentData) -> None:
            self.ops.write(lambda s: assignments.assign(s, data))

        dialog = AssignmentDialog(
            detail.id, detail.name, units, roles, save, parent=self, formations=formations
        )
        self.form(dialog, self.table)

    def end_assignment(self) -> None:
        chosen = self.panel.selected_assignment()
        if chosen is None or self.panel.detail is None:
            return
        text = ending(self.panel.detail.name, chosen.role, chosen.unit_name, chosen.start_date)

        def save(end: dt.date) -> None:
            self.ops.write(lambda s: assignments.end_assignment(s, chosen.id, end))

        self.form(EndAssignmentDialog(text, save, parent=self), self.table)

    def add_exemption(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return

        def save(data: ExemptionData) -> None:
            self.ops.write(lambda s: exemptions.add(s, data))

        self.form(ExemptionDialog(detail.id, detail.name, save, parent=self), self.table)

    def edit_exemption(self) -> None:
        detail, chosen = self.panel.detail, self.panel.selected_exemption()
        if detail is None or chosen is None:
            return
        current = ExemptionData(
            detail.id, chosen.kind, chosen.reason, chosen.start_date, chosen.end_date
        )

        def save(data: ExemptionData) -> None:
            self.ops.write(lambda s: exemptions.update(s, chosen.id, data, chosen.version))

        self.form(ExemptionDialog(detail.id, detail.name, save, current, parent=self), self.table)

    def remove_exemption(self) -> None:
        detail, chosen = self.panel.detail, self.panel.selected_exemption()
        if detail is None or chosen is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Vrijstelling opheffen"),
            self.tr(
                "De vrijstelling van %1 (%2) opheffen? Ze verdwijnt dan helemaal, ook uit "
                "eerdere jaren: alleen als ze per vergissing is vastgelegd (een vrijstelling "
                "die eindigt krijgt een einddatum: dubbelklik haar in de lijst). De "
                "geschiedenis bewaart wat er stond."
            )
            .replace("%1", detail.name)
            .replace("%2", period(chosen.start_date, chosen.end_date)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # it deletes: Enter keeps it
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ops.attempt(self, lambda s: exemptions.remove(s, chosen.id))

    def retire_person(self) -> None:
        detail = self.panel.detail
        if detail is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Uit dienst melden"),
            self.tr(
                "%1 vandaag uit dienst melden? Lopende rollen worden per vandaag "
                "beëindigd; de geschiedenis blijft bewaard."
            ).replace("%1", detail.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        self.ops.attempt(self, lambda s: staff.retire_person(s, detail.id, dt.date.today()))
