"""The course-validity list (person panel and the dashboard's "Verloopt binnenkort")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from oto_app.norms.validity import Standing
from ui.colours import VALIDITY_COLOUR
from ui.models.rows import Column, RowsTableModel


def standings_model(with_person: bool, parent: Any = None) -> RowsTableModel[Standing]:
    """Course, status (in its traffic-light colour) and why; with the person in front
    when the list holds more than one person."""

    def tr(text: str) -> str:
        return QCoreApplication.translate("Standings", text)

    person: list[Column[Standing]] = [
        Column(tr("Naam"), lambda s: s.name, width=24),
        Column(tr("Personeelsnr."), lambda s: s.staff_number, width=12),
    ]
    course: list[Column[Standing]] = [
        Column(tr("Opleiding"), lambda s: s.course, width=28 if with_person else 26),
        Column(
            tr("Status"),
            lambda s: s.status,
            width=17,
            colour=lambda s: VALIDITY_COLOUR[s.status],
        ),
        Column(tr("Toelichting"), lambda s: s.reason, width=24),
    ]
    return RowsTableModel[Standing]((person if with_person else []) + course, parent=parent)
