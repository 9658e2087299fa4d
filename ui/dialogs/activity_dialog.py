"""Plan or edit an activity: what, when, where, for which units."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from oto_app import messages
from oto_app.models import ActivityKind, ActivityStatus, ExerciseForm, ExerciseLevel, Organiser
from oto_app.services.activities import EVALUATED_KINDS, ActivityData
from oto_app.services.courses import CourseRow
from oto_app.services.organisation import UnitRow
from ui.dialogs.form import (
    FormDialog,
    checklist,
    combo,
    date_edit,
    ticked,
    to_qdate,
)


def _choices(kind: type, none_label: str | None = None) -> list[tuple[str, Any]]:
    items = [(messages.label(member), member) for member in kind]  # type: ignore[attr-defined]
    return [(none_label, None), *items] if none_label else items


class ActivityDialog(FormDialog[ActivityData]):
    def __init__(
        self,
        units: Sequence[UnitRow],
        on_save: Callable[[ActivityData], Any],
        data: ActivityData | None = None,
        parent: QWidget | None = None,
        courses: Sequence[CourseRow] = (),
    ) -> None:
        title = self.tr("Activiteit bewerken") if data else self.tr("Nieuwe activiteit")
        super().__init__(title, on_save, parent)
        self._exchange_key = data.exchange_key if data else None
        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.add_field("field_title", self.tr("&Titel"), self.title)
        self.kind = combo(_choices(ActivityKind))
        self.add_field("kind", self.tr("&Soort"), self.kind)
        self.course = combo([(self.tr("— geen —"), None)] + [(c.name, c.id) for c in courses])
        self.course.setToolTip(
            self.tr("Welke opleiding uit de catalogus dit was: telt voor de geldigheid")
        )
        self.add_field("course", self.tr("Opleiding uit &catalogus"), self.course)
        self.level = combo(_choices(ExerciseLevel, self.tr("—")))
        self.add_field("level", self.tr("&Niveau"), self.level)
        self.form_kind = combo(_choices(ExerciseForm, self.tr("—")))
        for index in range(self.form_kind.count()):
            member = self.form_kind.itemData(index)
            if member is not None:  # the international term, for who knows it by that
                tip = messages.text(f"international_{member.name}")
                self.form_kind.setItemData(index, tip, Qt.ItemDataRole.ToolTipRole)
        self.add_field("form", self.tr("&Vorm"), self.form_kind)
        self.scenario = QComboBox()
        self.scenario.setEditable(True)
        self.scenario.addItems(["", *self._scenarios()])
        self.add_field("field_scenario", self.tr("Sc&enario"), self.scenario)
        self.date = date_edit()
        self.add_field("date", self.tr("&Datum"), self.date)
        self.place = QLineEdit()
        self.add_field("field_place", self.tr("&Plaats"), self.place)
        self.organiser = combo(_choices(Organiser))
        self.add_field("organiser", self.tr("Or&ganisator"), self.organiser)
        self.status = combo(_choices(ActivityStatus))
        self.add_field("status", self.tr("St&atus"), self.status)
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 240)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" uur"))
        self.hours.setValue(2)
        self.add_field("hours", self.tr("&Uren per deelnemer"), self.hours)
        self.units = checklist([(f"{u.code} — {u.name}", u.id) for u in units])
        self.add_field("units", self.tr("Onderde&len"), self.units)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.add_field("field_description", self.tr("Omsc&hrijving"), self.description)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        if data is not None:
            self.fill(data)
        else:
            self.kind.setCurrentIndex(self.kind.findData(ActivityKind.EXERCISE))
            self.level.setCurrentIndex(self.level.findData(ExerciseLevel.MONO))
        self._kind_changed()
        self.setMinimumWidth(620)

    def _scenarios(self) -> list[str]:
        """The suggestions of the Scenario field, in the window's language (a scenario is
        free text: the suggestion chosen is saved as it reads)."""
        return [
            self.tr("overstroming"),
            self.tr("gevaarlijke stoffen"),
            self.tr("stroomstoring"),
            self.tr("cybercrisis"),
            self.tr("grote brand"),
            self.tr("evacuatie"),
            self.tr("extreem weer"),
            self.tr("infectieziekte"),
            self.tr("drinkwateruitval"),
            self.tr("terreurdreiging"),
        ]

    def _kind_changed(self) -> None:
        evaluated = self.kind.currentData() in EVALUATED_KINDS
        is_course = self.kind.currentData() == ActivityKind.COURSE
        self.course.setEnabled(is_course)
        if not is_course:
            self.course.setCurrentIndex(0)
        self.level.setEnabled(evaluated)
        self.form_kind.setEnabled(evaluated)
        if not evaluated:
            self.level.setCurrentIndex(0)
            self.form_kind.setCurrentIndex(0)

    def fill(self, data: ActivityData) -> None:
        self.title.setText(data.title)
        self.kind.setCurrentIndex(self.kind.findData(data.kind))
        self.course.setCurrentIndex(max(0, self.course.findData(data.course_id)))
        self.level.setCurrentIndex(max(0, self.level.findData(data.level)))
        self.form_kind.setCurrentIndex(max(0, self.form_kind.findData(data.form)))
        self.scenario.setCurrentText(data.scenario or "")
        self.date.setDate(to_qdate(data.date))
        self.place.setText(data.place or "")
        self.organiser.setCurrentIndex(self.organiser.findData(data.organiser))
        self.status.setCurrentIndex(self.status.findData(data.status))
        self.hours.setValue(data.hours or 0)
        for row in range(self.units.count()):
            item = self.units.item(row)
            checked = item.data(Qt.ItemDataRole.UserRole) in data.unit_ids
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.description.setPlainText(data.description or "")

    def checked_units(self) -> tuple[int, ...]:
        return ticked(self.units)

    def values(self) -> ActivityData:
        day: dt.date = self.date.value()
        return ActivityData(
            title=self.title.text(),
            kind=self.kind.currentData(),
            date=day,
            level=self.level.currentData(),
            form=self.form_kind.currentData(),
            scenario=self.scenario.currentText(),
            place=self.place.text(),
            organiser=self.organiser.currentData(),
            status=self.status.currentData(),
            hours=self.hours.value() or None,
            description=self.description.toPlainText(),
            unit_ids=self.checked_units(),
            exchange_key=self._exchange_key,
            course_id=self.course.currentData(),
        )
