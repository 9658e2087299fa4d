"""Write an evaluation; add an improvement action to it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit, QPlainTextEdit, QWidget

from oto_app import messages
from oto_app.errors import ValidationError
from oto_app.models import Discipline, EvaluationStatus
from oto_app.services.evaluations import ActionData, EvaluationData
from oto_app.services.organisation import UnitRow
from oto_app.services.staff import Choice
from ui.dialogs.evaluation_parts import AttachmentsEditor, ObjectivesEditor
from ui.dialogs.form import FormDialog, OptionalDateEdit, combo


def _text(height: int = 60) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class EvaluationDialog(FormDialog[EvaluationData]):
    def __init__(
        self,
        title: str,
        on_save: Callable[[EvaluationData], Any],
        data: EvaluationData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Evaluatie — %1").replace("%1", title), on_save, parent)
        data = data or EvaluationData()
        self.discipline = combo([(messages.label(d), d) for d in Discipline])
        self.discipline.setCurrentIndex(self.discipline.findData(data.discipline))
        self.add_field("discipline", self.tr("&Soort evaluatie"), self.discipline)
        self.held_on = OptionalDateEdit(self.tr("bekend"))
        self.held_on.set_date(data.held_on)
        self.add_field("held_on", self.tr("Geëval&ueerd op"), self.held_on)
        self.author = QLineEdit(data.author or "")
        self.add_field("field_author", self.tr("&Auteur"), self.author)
        self.went_well = _text()
        self.went_well.setPlainText(data.went_well or "")
        self.add_field("went_well", self.tr("Wat ging &goed"), self.went_well)
        self.to_improve = _text()
        self.to_improve.setPlainText(data.to_improve or "")
        self.add_field("to_improve", self.tr("Wat moet &beter"), self.to_improve)
        self.conclusions = _text()
        self.conclusions.setPlainText(data.conclusions or "")
        self.add_field("conclusions", self.tr("&Conclusies"), self.conclusions)
        self.status = combo([(messages.label(s), s) for s in EvaluationStatus])
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.add_field("status", self.tr("S&tatus"), self.status)
        self.objectives = ObjectivesEditor(data.objectives)
        self.add_field("objectives", self.tr("&Doelstellingen"), self.objectives)
        self.attachments = AttachmentsEditor(data.attachments)
        # Alt+L: an underlined i beside the j of "Bijlagen" read as Alt+J (a fresh user)
        self.add_field("field_attachment", self.tr("Bij&lagen"), self.attachments)
        self.setMinimumWidth(940)

    def values(self) -> EvaluationData:
        return EvaluationData(
            discipline=self.discipline.currentData(),
            held_on=self.held_on.date(),
            author=self.author.text(),
            went_well=self.went_well.toPlainText(),
            to_improve=self.to_improve.toPlainText(),
            conclusions=self.conclusions.toPlainText(),
            status=self.status.currentData(),
            objectives=self.objectives.objectives(),
            attachments=self.attachments.references(),
        )


def person_picker(people: Sequence[Choice], none_label: str) -> QComboBox:
    """A list of people to pick from that also finds a name as one types (any part)."""
    box = combo([(none_label, None)] + [(p.label, p.id) for p in people])
    box.setEditable(True)
    box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    completer = box.completer()  # an editable combo box has one
    if completer is not None:
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return box


def picked(box: QComboBox, field: str) -> Any:
    """The value of the item whose text was typed or chosen; refused when none matches."""
    typed = box.currentText().strip()
    index = box.findText(typed) if typed else 0
    if index < 0:
        raise ValidationError("not_in_list", field=field, value=typed)
    return box.itemData(index)


class ActionDialog(FormDialog[ActionData]):
    def __init__(
        self,
        units: Sequence[UnitRow],
        people: Sequence[Choice],
        on_save: Callable[[ActionData], Any],
        data: ActionData | None = None,
        parent: QWidget | None = None,
        exercise: str = "",
    ) -> None:
        title = self.tr("Verbeterpunt bewerken") if data else self.tr("Nieuw verbeterpunt")
        if exercise:
            title += " — " + exercise
        super().__init__(title, on_save, parent)
        if exercise:
            about = QLabel(self.tr("Bij de evaluatie van: %1").replace("%1", exercise))
            about.setWordWrap(True)
            about.setObjectName("hint")
            self.form.addRow(about)
        data = data or ActionData("")
        self.description = _text(90)
        self.description.setPlainText(data.description)
        self.add_field("field_description", self.tr("&Verbeterpunt"), self.description)
        self.unit = combo([(self.tr("—"), None)] + [(f"{u.code} — {u.name}", u.id) for u in units])
        self.unit.setCurrentIndex(max(0, self.unit.findData(data.unit_id)))
        self.add_field("unit", self.tr("O&nderdeel"), self.unit)
        self.owner = person_picker(people, self.tr("—"))
        self.owner.setCurrentIndex(max(0, self.owner.findData(data.owner_id)))
        self.add_field("field_owner", self.tr("&Eigenaar"), self.owner)
        self.due = OptionalDateEdit(self.tr("uiterlijk"))
        self.due.set_date(data.due_date)
        self.add_field("due_date", self.tr("&Gereed op"), self.due)
        self.setMinimumWidth(560)

    def values(self) -> ActionData:
        return ActionData(
            self.description.toPlainText(),
            self.unit.currentData(),
            picked(self.owner, "field_owner"),
            self.due.date(),
        )
