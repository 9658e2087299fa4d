"""Add or edit a person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QLineEdit, QWidget

from oto_app.services.staff import PersonData
from ui.dialogs.form import FormDialog


class PersonDialog(FormDialog[PersonData]):
    def __init__(
        self,
        on_save: Callable[[PersonData], Any],
        data: PersonData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = self.tr("Medewerker bewerken") if data else self.tr("Nieuwe medewerker")
        super().__init__(title, on_save, parent)
        self.staff_number = self._line("field_staff_number", self.tr("&Personeelsnummer"), 32)
        self.first_name = self._line("field_first_name", self.tr("&Voornaam"), 80)
        self.infix = self._line("field_infix", self.tr("&Tussenvoegsel"), 30)
        self.infix.setPlaceholderText(self.tr("bijv. de, van der"))
        self.last_name = self._line("field_last_name", self.tr("&Achternaam"), 120)
        self.email = self._line("field_email", self.tr("&E-mail"), 254)
        self.phone = self._line("field_phone", self.tr("Te&lefoon"), 40)
        self.department = self._line("field_department", self.tr("Af&deling"), 120)
        self.active = QCheckBox(self.tr("&In dienst en inzetbaar"))
        self.active.setChecked(True)
        self.add_field("active", self.tr("Actief"), self.active)
        if data is not None:
            self.fill(data)
        self.setMinimumWidth(420)

    def _line(self, key: str, label: str, max_length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(max_length)
        self.add_field(key, label, edit)
        return edit

    def fill(self, data: PersonData) -> None:
        self.staff_number.setText(data.staff_number)
        self.first_name.setText(data.first_name)
        self.infix.setText(data.infix)
        self.last_name.setText(data.last_name)
        self.email.setText(data.email or "")
        self.phone.setText(data.phone or "")
        self.department.setText(data.department or "")
        self.active.setChecked(data.active)

    def values(self) -> PersonData:
        return PersonData(
            staff_number=self.staff_number.text(),
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            infix=self.infix.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            department=self.department.text(),
            active=self.active.isChecked(),
        )
