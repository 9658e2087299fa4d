"""Give a person a role in a unit, and end an assignment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from oto_app import messages
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.models import AssignmentKind
from oto_app.services.assignments import AssignmentData
from oto_app.services.organisation import RoleRow, UnitRow
from ui.dialogs.form import (
    FormDialog,
    OptionalDateEdit,
    combo,
    date_edit,
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
        formations: Mapping[int, set[int]] | None = None,
    ) -> None:
        super().__init__(
            self.tr("Rol toewijzen aan %1").replace("%1", person_name), on_save, parent
        )
        self._person_id = person_id
        self._roles = list(roles)
        self._formations = formations or {}
        self.unit = combo([(f"{u.code} — {u.name}", u.id) for u in units if u.active])
        self.add_field("unit", self.tr("O&nderdeel"), self.unit)
        self.role = QComboBox()
        # as wide as its longest role whichever unit offers it: "(sleutelfunctie)" whole
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.add_field("role", self.tr("&Rol"), self.role)
        self.every_role = QCheckBox(self.tr("Ook rollen &buiten de formatie van dit onderdeel"))
        self.form.addRow("", self.every_role)
        self.unit.currentIndexChanged.connect(self._offer_roles)
        self.every_role.toggled.connect(self._offer_roles)
        self._offer_roles()
        self.kind = combo([(messages.label(k), k) for k in AssignmentKind])
        self.add_field("kind", self.tr("&Type"), self.kind)
        self.start = date_edit()
        self.add_field("field_start_date", self.tr("&Startdatum"), self.start)
        self.end = OptionalDateEdit(self.tr("bekend"))  # not "Tot en met [ ] tot en met"
        self.add_field("field_end_date", self.tr("&Einddatum"), self.end)
        self.setMinimumWidth(460)

    def _offer_roles(self, *_: object) -> None:
        """The unit's own roles (its formation); every role only when asked for. None is
        chosen at first: the first role of a unit is often its key role, and Enter on a
        form opened for something else gave someone that role without a word."""
        chosen = self.role.currentData()
        own = self._formations.get(self.unit.currentData(), set())
        offered = [r for r in self._roles if self.every_role.isChecked() or not own or r.id in own]
        self.role.clear()
        self.role.addItem(self.tr("— kies een rol —"), None)
        for role in offered:
            key = self.tr(" (sleutelfunctie)") if role.is_key else ""
            self.role.addItem(role.name + key, role.id)
        self.role.setCurrentIndex(0 if chosen is None else max(0, self.role.findData(chosen)))

    def values(self) -> AssignmentData:
        if self.role.currentData() is None:
            raise ValidationError("choose_role", field="role")
        return AssignmentData(
            person_id=self._person_id,
            unit_id=self.unit.currentData(),
            role_id=self.role.currentData(),
            kind=self.kind.currentData(),
            start_date=self.start.value(),
            end_date=self.end.date(),
        )


def ending(name: str, role: str, unit: str, start: dt.date) -> str:
    """What the end-assignment dialog says it ends, in the window's language."""
    return (
        QCoreApplication.translate("EndAssignmentDialog", "%1 als %2 bij %3, sinds %4.")
        .replace("%1", name)
        .replace("%2", role)
        .replace("%3", unit)
        .replace("%4", format_date(start))
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
        return self.end.value()
