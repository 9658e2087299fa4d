"""The year's norm numbers (N1-N7), editable by the adviser."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any

from PySide6.QtWidgets import QSpinBox, QWidget

from oto_app.norms.results import NormSettings
from ui.dialogs.form import FormDialog


class NormsDialog(FormDialog[NormSettings]):
    def __init__(
        self,
        year: int,
        current: NormSettings,
        on_save: Callable[[NormSettings], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Normen %1").replace("%1", str(year)), on_save, parent)
        # each field its own Alt-letter, none of Opslaan's O or Annuleren's A
        labels = {
            "min_activities_per_person": self.tr("N1 Acti&viteiten per persoon per jaar"),
            "new_person_days": self.tr("N1 Nieuw: &dagen na de eerste rol"),
            "min_exercises_per_unit": self.tr("N2 Oe&feningen per onderdeel per jaar"),
            "min_administrative_exercises": self.tr("N3 &Bestuurlijke oefeningen per jaar"),
            "evaluation_due_days": self.tr("N4 &Evaluatie af binnen (dagen)"),
            "min_primary": self.tr("N5 Getrainde &primaire bezetting per sleutelfunctie"),
            "min_deputy": self.tr("N5 Getrainde p&laatsvervangers per sleutelfunctie"),
            "plan_review_years": self.tr("N7 Deelplan &herzien binnen (jaar)"),
        }
        self.spins: dict[str, QSpinBox] = {}
        for field in fields(NormSettings):
            spin = QSpinBox()
            spin.setRange(0, 3650)
            spin.setValue(getattr(current, field.name))
            self.spins[field.name] = spin
            self.add_field(field.name, labels[field.name], spin)

    def values(self) -> NormSettings:
        return NormSettings(**{name: spin.value() for name, spin in self.spins.items()})
