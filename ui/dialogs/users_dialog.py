"""Gebruikers en rechten: the adviser maps each login to a role (and a process lead to
their units). Someone new appears here after their first start of OTO, as lezer."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.models import UserRole
from oto_app.services.organisation import UnitRow
from oto_app.services.users import UserRow
from ui.dialogs.form import FormDialog, checklist, combo, ticked
from ui.models.rows import Column, RowsTableModel
from ui.widgets import closing_row, table_view


class RoleDialog(FormDialog[tuple[UserRole, tuple[int, ...]]]):
    def __init__(
        self,
        user: UserRow,
        units: Sequence[UnitRow],
        on_save: Callable[[tuple[UserRole, tuple[int, ...]]], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Rechten van %1").replace("%1", user.login), on_save, parent)
        self.role = combo([(messages.label(r), r) for r in UserRole])
        self.role.setCurrentIndex(list(UserRole).index(user.role))
        self.add_field("role", self.tr("&Rol"), self.role)
        self.units = checklist([(f"{u.code} {u.name}", u.id) for u in units], user.unit_ids)
        self.units.setMinimumHeight(160)
        self.add_field("units", self.tr("&Eigen onderdelen"), self.units)
        self.role.currentIndexChanged.connect(self._enable_units)
        self._enable_units()
        self.setMinimumWidth(560)

    def _enable_units(self) -> None:
        self.units.setEnabled(self.role.currentData() is UserRole.PROCESS_LEAD)

    def values(self) -> tuple[UserRole, tuple[int, ...]]:
        return self.role.currentData(), ticked(self.units)


#: What the users dialog saves for one user: the role and, for a process lead, the units.
Role = tuple[UserRole, tuple[int, ...]]


class UsersDialog(QDialog):
    """``load`` reads the users and the units to choose from; ``set_role(user, role)``
    saves one user's role (raising the core's refusal, shown in the role dialog)."""

    def __init__(
        self,
        load: Callable[[], tuple[list[UserRow], list[UnitRow]]],
        set_role: Callable[[UserRow, Role], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._set_role = load, set_role
        self.setWindowTitle(self.tr("Gebruikers en rechten"))
        self.model = RowsTableModel[UserRow](
            [
                Column(self.tr("Gebruiker"), lambda u: u.login, width=20),
                Column(self.tr("Rol"), lambda u: u.role, width=24),
                Column(self.tr("Eigen onderdelen"), lambda u: u.units, width=30, stretch=True),
            ],
            parent=self,
        )
        self.table = table_view(self.model, "userTable")
        hint = QLabel(
            self.tr(
                "Iedereen meldt zich aan met de eigen Windows- of Linux-gebruikersnaam. Wie OTO "
                "voor het eerst start, staat hier als lezer; geef hem of haar hier een rol. "
                "Een procesverantwoordelijke legt activiteiten, presentie en evaluaties vast "
                "voor de eigen onderdelen en leest de rest."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.edit_button = QPushButton(self.tr("&Rol wijzigen…"))
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(closing_row(self, self.edit_button))
        self.edit_button.clicked.connect(self.edit_user)
        self.table.doubleClicked.connect(self.edit_user)
        self.resize(760, 400)
        self.reload()

    def reload(self) -> None:
        rows, self.units = self._load()
        self.model.set_rows(rows)
        if self.model.rows():
            self.table.selectRow(0)

    def edit_user(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        user = self.model.row(rows[0].row())

        def save(values: Role) -> None:
            self._set_role(user, values)

        if RoleDialog(user, self.units, save, self).exec():
            self.reload()
