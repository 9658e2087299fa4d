"""Write an evaluation; add an improvement action to it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from oto_app import messages
from oto_app.models import Discipline, EvaluationStatus
from oto_app.services.evaluations import ActionData, EvaluationData
from oto_app.services.organisation import UnitRow
from ui.dialogs.form import FormDialog, OptionalDateEdit, combo


def _text(height: int = 70) -> QPlainTextEdit:
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
        self.add_field("held_on", self.tr("&Geëvalueerd op"), self.held_on)
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
        self.setMinimumWidth(560)

    def values(self) -> EvaluationData:
        return EvaluationData(
            discipline=self.discipline.currentData(),
            held_on=self.held_on.date(),
            author=self.author.text(),
            went_well=self.went_well.toPlainText(),
            to_improve=self.to_improve.toPlainText(),
            conclusions=self.conclusions.toPlainText(),
            status=self.status.currentData(),
        )


class ActionDialog(FormDialog[ActionData]):
    def __init__(
        self,
        units: Sequence[UnitRow],
        on_save: Callable[[ActionData], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nieuw verbeterpunt"), on_save, parent)
        self.description = _text(90)
        self.add_field("field_description", self.tr("&Verbeterpunt"), self.description)
        self.unit = combo([(self.tr("—"), None)] + [(f"{u.code} — {u.name}", u.id) for u in units])
        self.add_field("unit", self.tr("&Onderdeel"), self.unit)
        self.due = OptionalDateEdit(self.tr("uiterlijk"))
        self.add_field("due_date", self.tr("&Gereed op"), self.due)
        self.setMinimumWidth(520)

    def values(self) -> ActionData:
        return ActionData(
            self.description.toPlainText(), self.unit.currentData(), None, self.due.date()
        )
