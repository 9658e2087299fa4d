"""Add or edit a unit (deelproces or team)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from oto_app import messages
from oto_app.models import UnitKind
from oto_app.services.organisation import UnitData
from ui.dialogs.form import FormDialog, OptionalDateEdit, combo


class UnitDialog(FormDialog[UnitData]):
    def __init__(
        self,
        on_save: Callable[[UnitData], Any],
        data: UnitData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Onderdeel bewerken") if data else self.tr("Nieuw onderdeel")
        super().__init__(title, on_save, parent)
        self.code = QLineEdit()
        self.code.setMaxLength(16)
        self.add_field("field_unit_code", self.tr("&Code"), self.code)
        self.name = QLineEdit()
        self.name.setMaxLength(120)
        self.add_field("field_unit_name", self.tr("&Naam"), self.name)
        if data is not None:  # a rename is dated: printed years keep the name they had
            renamed = QLabel(
                self.tr(
                    "Een nieuwe code of naam geldt vanaf vandaag; eerdere jaren houden "
                    "de naam die het onderdeel toen had."
                )
            )
            renamed.setObjectName("hint")
            renamed.setWordWrap(True)
            self.form.addRow("", renamed)
        self.kind = combo([(messages.label(k), k) for k in UnitKind])
        self.add_field("kind", self.tr("&Soort"), self.kind)
        self.plan_note = QLineEdit()
        self.plan_note.setPlaceholderText(self.tr("bijv. in ontwikkeling"))
        self.add_field("field_plan_note", self.tr("&Planstatus"), self.plan_note)
        self.reviewed = OptionalDateEdit(self.tr("bekend"))
        self.add_field("plan_reviewed_on", self.tr("Deelplan &herzien op"), self.reviewed)
        self.established = OptionalDateEdit(self.tr("bekend"))
        self.established.setToolTip(
            self.tr("Vanaf deze dag telt het onderdeel mee; leeg: altijd al")
        )
        self.add_field("established_on", self.tr("In &gebruik sinds"), self.established)
        if data is None:  # a new unit counts from today, not in the years before
            self.established.set_date(dt.date.today())
        self.active = QCheckBox(self.tr("Onderdeel is ac&tief"))
        self.active.setChecked(True)
        self.add_field("active", self.tr("Actief"), self.active)
        if data is not None:
            self.code.setText(data.code)
            self.name.setText(data.name)
            self.kind.setCurrentIndex(self.kind.findData(data.kind))
            self.plan_note.setText(data.plan_note or "")
            self.reviewed.set_date(data.plan_reviewed_on)
            self.active.setChecked(data.active)
            self.established.set_date(data.established_on)
        self.setMinimumWidth(460)

    def values(self) -> UnitData:
        return UnitData(
            code=self.code.text(),
            name=self.name.text(),
            kind=self.kind.currentData(),
            active=self.active.isChecked(),
            plan_note=self.plan_note.text(),
            plan_reviewed_on=self.reviewed.date(),
            established_on=self.established.date(),
        )
