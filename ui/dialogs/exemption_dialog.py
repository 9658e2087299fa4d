"""Record a vrijstelling: a period in which someone cannot train, with a kind and a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from oto_app import messages
from oto_app.models import ExemptionKind
from oto_app.services.exemptions import ExemptionData
from ui.dialogs.form import FormDialog, OptionalDateEdit, combo, date_edit, from_qdate, to_qdate


class ExemptionDialog(FormDialog[ExemptionData]):
    def __init__(
        self,
        person_id: int,
        person_name: str,
        on_save: Callable[[ExemptionData], Any],
        data: ExemptionData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Vrijstelling voor %1").replace("%1", person_name)
        super().__init__(title, on_save, parent)
        self._person_id = person_id
        explanation = QLabel(
            self.tr(
                "Wie op de peildatum is vrijgesteld, telt apart: niet als voldaan of niet "
                "voldaan, en niet als getraind voor de sleutelfuncties."
            )
        )
        explanation.setWordWrap(True)
        self.form.addRow(explanation)
        self.kind = combo([(messages.label(k), k) for k in ExemptionKind])
        self.add_field("kind", self.tr("&Soort"), self.kind)
        self.reason = QLineEdit()
        self.reason.setMaxLength(500)
        self.reason.setPlaceholderText(self.tr("bijv. langdurig ziek, ouderschapsverlof"))
        self.add_field("field_exemption_reason", self.tr("&Reden"), self.reason)
        self.start = date_edit()
        self.start.setDate(to_qdate(dt.date.today()))
        self.add_field("field_start_date", self.tr("&Vanaf"), self.start)
        self.end = OptionalDateEdit(self.tr("bekend"))  # not "Tot en met [ ] tot en met"
        self.add_field("field_end_date", self.tr("&Tot en met"), self.end)
        if data is not None:
            self.kind.setCurrentIndex(self.kind.findData(data.kind))
            self.reason.setText(data.reason)
            self.start.setDate(to_qdate(data.start_date))
            self.end.set_date(data.end_date)
        self.setMinimumWidth(480)

    def values(self) -> ExemptionData:
        return ExemptionData(
            person_id=self._person_id,
            kind=self.kind.currentData(),
            reason=self.reason.text(),
            start_date=from_qdate(self.start.date()),
            end_date=self.end.date(),
        )
