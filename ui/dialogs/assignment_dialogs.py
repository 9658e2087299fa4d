"""Give a person a role in a unit, and end an assignment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from oto_app import messages
from oto_app.models import AssignmentKind
from oto_app.services.assignments import AssignmentData
from oto_app.services.organisation import RoleRow, UnitRow
from ui.dialogs.form import (
    FormDialog,
    OptionalDateEdit,
    combo,
    date_edit,
    from_qdate,
    to_qdate,
)


class AssignmentDialog(FormDialog[AssignmentData]):
    def __init__(
        self,
        person_id: int,
        person_name: str,
        units: Sequence[UnitRow],
        roles: Sequence[RoleRow],
        on_save: Callable[[AssignmentData], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Rol toewijzen aan %s") % person_name, on_save, parent)
        self._person_id = person_id
        self.unit = combo([(f"{u.code} — {u.name}", u.id) for u in units if u.active])
        self.add_field("unit", self.tr("&Onderdeel"), self.unit)
        self.role = combo(
            [(r.name + (self.tr(" (sleutelfunctie)") if r.is_key else ""), r.id) for r in roles]
        )
        self.add_field("role", self.tr("&Rol"), self.role)
        self.kind = combo([(messages.label(k), k) for k in AssignmentKind])
        self.add_field("kind", self.tr("&Type"), self.kind)
        self.start = date_edit()
        self.add_field("field_start_date", self.tr("&Startdatum"), self.start)
        self.end = OptionalDateEdit(self.tr("tot en met"))
        self.add_field("field_end_date", self.tr("&Einddatum"), self.end)
        self.setMinimumWidth(460)

    def values(self) -> AssignmentData:
        return AssignmentData(
            person_id=self._person_id,
            unit_id=self.unit.currentData(),
            role_id=self.role.currentData(),
            kind=self.kind.currentData(),
            start_date=from_qdate(self.start.date()),
            end_date=self.end.date(),
        )


class EndAssignmentDialog(FormDialog[dt.date]):
    def __init__(
        self, description: str, on_save: Callable[[dt.date], Any], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Toewijzing beëindigen"), on_save, parent)
        explanation = QLabel(description)
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.end = date_edit()
        self.end.setDate(to_qdate(dt.date.today()))
        self.add_field("field_end_date", self.tr("&Laatste dag"), self.end)

    def values(self) -> dt.date:
        return from_qdate(self.end.date())
