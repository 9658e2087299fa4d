"""Evaluaties: which exercises and deployments still need an evaluation, and the open
improvement actions across all of them (overdue first, in red)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.changes import Changes
from oto_app.models import ActionStatus
from oto_app.services import evaluations, organisation, staff
from oto_app.services.evaluations import ActionData, ActionRow, EvaluationData, ToEvaluate
from ui import reports
from ui.colours import INK, RED
from ui.dialogs.evaluation_dialogs import ActionDialog, EvaluationDialog
from ui.dialogs.form import year_box
from ui.models.rows import Column, RowsTableModel
from ui.operations import Operations
from ui.pages.page import Page
from ui.widgets import heading, list_keys, named_for, refill, table_view


class EvaluationsPage(Page):
    relevant = Changes.ACTIVITIES | Changes.EVALUATIONS | Changes.UNITS

    def __init__(self, ops: Operations, parent: QWidget | None = None):
        super().__init__(ops, parent)
        self.year = year_box(self)
        self.todo = RowsTableModel[ToEvaluate](
            [
                Column(self.tr("Datum"), lambda r: r.date, width=11),
                Column(self.tr("Oefening of inzet"), lambda r: r.title, width=40, stretch=True),
                Column(
                    self.tr("Evaluatie"),
                    lambda r: messages.label(r.status) if r.status else self.tr("nog niet"),
                    width=12,
                ),
                Column(
                    self.tr("Open verbeterpunten"),
                    lambda r: r.open_actions,
                    align_right=True,
                    width=18,
                ),
            ],
            parent=self,
        )
        self.todo_view = table_view(self.todo, "evaluationTable")
        list_keys(self, self.todo_view)
        self.action_rows = RowsTableModel[ActionRow](
            [
                Column(
                    self.tr("Uiterlijk"),
                    lambda a: a.due_date,
                    width=11,
                    colour=lambda a: RED if a.overdue else INK,
                ),
                Column(self.tr("Onderdeel"), lambda a: a.unit, width=9),
                Column(self.tr("Verbeterpunt"), lambda a: a.description, width=44, stretch=True),
                Column(self.tr("Eigenaar"), lambda a: a.owner, width=20),
                Column(self.tr("Status"), lambda a: a.status, width=12),
                Column(self.tr("Uit"), lambda a: a.activity, width=30),
            ],
            parent=self,
        )
        self.action_view = table_view(self.action_rows, "actionTable")
        list_keys(self, self.action_view)
        self.unit_filter = QComboBox()
        self.unit_filter.setAccessibleName(self.tr("Onderdeel"))
        self.owner_filter = QComboBox()
        self.owner_filter.setAccessibleName(self.tr("Eigenaar"))
        self.evaluate_button = QPushButton(self.tr("&Evalueren…"))
        self.add_button = QPushButton(self.tr("&Verbeterpunt toevoegen…"))
        self.report_button = QPushButton(self.tr("Vers&lag (PDF)…"))
        self.report_button.setToolTip(
            self.tr("Het evaluatieverslag, om te bekijken en af te drukken")
        )
        self.edit_action_button = QPushButton(self.tr("Verbeterpunt be&werken…"))
        self.progress_button = QPushButton(self.tr("In &uitvoering"))
        self.close_button = QPushButton(self.tr("Verbeterpunt &afronden…"))
        top = QHBoxLayout()
        top.addWidget(heading(self.tr("Evaluaties")))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Jaar")))
        top.addWidget(self.year)
        upper, lower = QWidget(), QWidget()
        upper_layout, lower_layout = QVBoxLayout(upper), QVBoxLayout(lower)
        upper_layout.addWidget(QLabel(self.tr("Oefeningen en inzetten van dit jaar")))
        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setWordWrap(True)
        upper_layout.addWidget(self.empty)
        upper_layout.addWidget(self.todo_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.evaluate_button)
        row.addWidget(self.add_button)
        row.addWidget(self.report_button)
        row.addStretch(1)
        upper_layout.addLayout(row)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Open verbeterpunten (te laat in rood)")))
        filters.addStretch(1)
        for text, box in (
            (self.tr("Onderdeel"), self.unit_filter),
            (self.tr("Eigenaar"), self.owner_filter),
        ):
            filters.addWidget(QLabel(text))
            filters.addWidget(box)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.action_view, 1)
        action_buttons = QHBoxLayout()
        for button in (self.edit_action_button, self.progress_button, self.close_button):
            action_buttons.addWidget(button)
        action_buttons.addStretch(1)
        lower_layout.addLayout(action_buttons)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.year.valueChanged.connect(self.reload)
        self.todo_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.action_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.todo_view.doubleClicked.connect(self.evaluate)
        self.evaluate_button.clicked.connect(self.evaluate)
        self.add_button.clicked.connect(self.add_action)
        self.report_button.clicked.connect(self.report)
        self.close_button.clicked.connect(self.close_action)
        self.edit_action_button.clicked.connect(self.edit_action)
        self.action_view.doubleClicked.connect(self.edit_action)
        self.progress_button.clicked.connect(self.start_action)
        self.unit_filter.currentIndexChanged.connect(self._reload_actions)
        self.owner_filter.currentIndexChanged.connect(self._reload_actions)
        self._update_buttons()

    def reload(self) -> None:
        chosen = self._chosen()
        year = self.year.value()
        self.todo.set_rows(self.ops.read(lambda s: evaluations.to_evaluate(s, year)))
        self.empty.setVisible(not self.todo.rows())
        self.empty.setText(
            self.tr(
                "Nog geen uitgevoerde oefeningen of inzetten in %1; zodra er een is "
                "uitgevoerd, staat die hier om te evalueren."
            ).replace("%1", str(self.year.value()))
        )
        units, owners = self.ops.read(
            lambda s: (
                organisation.list_units(s, dt.date.today(), include_retired=False),
                staff.choices(s, tuple(evaluations.action_owners(s))),
            )
        )
        refill(self.unit_filter, self.tr("Alle onderdelen"), [(u.code, u.id) for u in units])
        refill(self.owner_filter, self.tr("Alle eigenaren"), [(o.name, o.id) for o in owners])
        self._reload_actions()
        if chosen is not None:
            for index, row in enumerate(self.todo.rows()):
                if row.activity_id == chosen.activity_id:
                    self.todo_view.selectRow(index)
        self._update_buttons()

    def _reload_actions(self) -> None:
        unit_id, owner_id = self.unit_filter.currentData(), self.owner_filter.currentData()
        rows = self.ops.read(
            lambda s: evaluations.list_actions(
                s, dt.date.today(), unit_id=unit_id, owner_id=owner_id
            )
        )
        self.action_rows.set_rows(rows)
        self._update_buttons()

    def _chosen(self) -> ToEvaluate | None:
        rows = self.todo_view.selectionModel().selectedRows()
        return self.todo.row(rows[0].row()) if rows else None

    def _chosen_action(self) -> ActionRow | None:
        rows = self.action_view.selectionModel().selectedRows()
        return self.action_rows.row(rows[0].row()) if rows else None

    def _update_buttons(self, *_: QItemSelection) -> None:
        chosen = self._chosen()
        self.evaluate_button.setEnabled(chosen is not None)
        self.add_button.setEnabled(chosen is not None and chosen.evaluation_id is not None)
        self.report_button.setEnabled(chosen is not None and chosen.evaluation_id is not None)
        action = self._chosen_action()
        for button in (self.edit_action_button, self.close_button):
            button.setEnabled(action is not None)
        self.progress_button.setEnabled(action is not None and action.status == ActionStatus.OPEN)

    def report(self) -> None:
        """The evaluatieverslag of the chosen evaluation, written off the GUI thread and
        shown in the preview window."""
        chosen = self._chosen()
        if chosen is None or chosen.evaluation_id is None:
            return
        evaluation_id = chosen.evaluation_id
        self._export = self.ops.save_file(
            self,
            self.tr("Evaluatieverslag opslaan"),
            self.tr("evaluatie-%1.pdf").replace("%1", named_for(chosen.date, chosen.title)),
            self.tr("PDF (*.pdf)"),
            lambda session, path: reports.evaluation_report.write_evaluation(
                session, evaluation_id, path
            ),
            open_after=True,
        )

    def evaluate(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        current = self.ops.read(
            lambda s: (
                evaluations.get(s, chosen.activity_id) or evaluations.new_for(s, chosen.activity_id)
            )
        )

        def save(data: EvaluationData) -> None:
            self.ops.write(lambda s: evaluations.save(s, chosen.activity_id, data, chosen.version))

        self._back_to_the_list(EvaluationDialog(chosen.title, save, current, self))

    def add_action(self) -> None:
        chosen = self._chosen()
        if chosen is None or chosen.evaluation_id is None:
            return
        evaluation_id = chosen.evaluation_id
        units, people = self._pickers()

        def save(data: ActionData) -> None:
            self.ops.write(lambda s: evaluations.add_action(s, evaluation_id, data))

        self._back_to_the_list(
            ActionDialog(units, people, save, parent=self, exercise=chosen.title)
        )

    def _back_to_the_list(self, dialog: QDialog, view: QTableView | None = None) -> None:
        """Run ``dialog``; then the list it was opened from (``view``, else the exercises)
        has the keyboard again with the same row chosen. Saving reloads the page, and the
        button that opened the dialog may be greyed out meanwhile: without this the focus
        went on to the next field, a filter."""
        view = view or self.todo_view
        model = view.model()
        assert isinstance(model, RowsTableModel)
        rows = view.selectionModel().selectedRows()
        chosen = _identity(model.row(rows[0].row())) if rows else None
        dialog.exec()
        for index, row in enumerate(model.rows()):
            if chosen is not None and _identity(row) == chosen:
                view.selectRow(index)
                break
        view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _pickers(self) -> tuple[list[organisation.UnitRow], list[staff.Choice]]:
        return self.ops.read(
            lambda s: (
                organisation.list_units(s, dt.date.today(), include_retired=False),
                staff.choices(s),
            )
        )

    def edit_action(self) -> None:
        action = self._chosen_action()
        if action is None:
            return
        units, people = self._pickers()
        current = self.ops.read(lambda s: evaluations.get_action(s, action.id))

        def save(data: ActionData) -> None:
            self.ops.write(lambda s: evaluations.update_action(s, action.id, data, action.version))

        dialog = ActionDialog(units, people, save, current, self, exercise=action.activity)
        self._back_to_the_list(dialog, self.action_view)

    def start_action(self) -> None:
        action = self._chosen_action()
        if action is None:
            return

        self.ops.attempt(
            self,
            lambda s: evaluations.set_action_status(
                s, action.id, ActionStatus.IN_PROGRESS, version=action.version
            ),
        )

    def close_action(self) -> None:
        action = self._chosen_action()
        if action is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Verbeterpunt afronden"),
            self.tr("Hoe is gecontroleerd dat dit verbeterpunt af is?"),
        )
        if not ok:
            return

        self.ops.attempt(
            self,
            lambda s: evaluations.set_action_status(
                s, action.id, ActionStatus.DONE, text, version=action.version
            ),
        )


def _identity(row: ToEvaluate | ActionRow) -> tuple[str, int]:
    """What a row is about, the same after a reload: the activity, or the action."""
    if isinstance(row, ActionRow):
        return ("action", row.id)
    return ("activity", row.activity_id)
