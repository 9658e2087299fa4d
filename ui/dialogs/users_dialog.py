"""Gebruikers en rechten: the adviser maps each login to a role (and a process lead to
their units). On SQLite someone new appears here after their first start of OTO, as
lezer; on a set-up PostgreSQL server the adviser adds and removes the logins here too
(the same core as ``oto-app server add-user | remove-user``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from oto_app import messages
from oto_app.errors import OtoError
from oto_app.models import UserRole
from oto_app.services.organisation import UnitRow
from oto_app.services.users import UserRow
from ui.dialogs.form import FormDialog, checklist, combo, ticked
from ui.models.rows import Column, RowsTableModel
from ui.widgets import closing_row, sentence, table_view

#: What the users dialog saves for one user: the role and, for a process lead, the units.
Role = tuple[UserRole, tuple[int, ...]]


@dataclass(frozen=True)
class NewLogin:
    """What the adviser typed for a new login on the server (the password stays in
    memory only: it goes to the core, which sends the server a SCRAM verifier)."""

    login: str
    role: UserRole
    unit_ids: tuple[int, ...]
    password: str
    password_again: str = ""

    def __repr__(self) -> str:  # never the password, in a traceback or a log
        return f"NewLogin({self.login!r}, {self.role.name}, {self.unit_ids})"


class _RoleForm(FormDialog[Any]):
    """The role and, enabled for a process lead, the own units."""

    def role_fields(self, role: UserRole, units: Sequence[UnitRow], ticks: Sequence[int]) -> None:
        self.role = combo([(messages.label(r), r) for r in UserRole])
        self.role.setCurrentIndex(list(UserRole).index(role))
        self.add_field("role", self.tr("&Rol"), self.role)
        self.units = checklist([(f"{u.code} {u.name}", u.id) for u in units], ticks)
        self.units.setMinimumHeight(160)
        self.add_field("units", self.tr("&Eigen onderdelen"), self.units)
        self.role.currentIndexChanged.connect(self._enable_units)
        self._enable_units()
        self.setMinimumWidth(560)

    def _enable_units(self) -> None:
        self.units.setEnabled(self.role.currentData() is UserRole.PROCESS_LEAD)

    def role_values(self) -> Role:
        return self.role.currentData(), ticked(self.units)


class RoleDialog(_RoleForm):
    def __init__(
        self,
        user: UserRow,
        units: Sequence[UnitRow],
        on_save: Callable[[Role], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Rechten van %1").replace("%1", user.login), on_save, parent)
        self.role_fields(user.role, units, user.unit_ids)

    def values(self) -> Role:
        return self.role_values()


class NewLoginDialog(_RoleForm):
    """A new login on the server: its name, role, units, and a password typed twice in
    password fields (both empty: single sign-on)."""

    def __init__(
        self,
        units: Sequence[UnitRow],
        on_save: Callable[[NewLogin], Any],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Gebruiker toevoegen"), on_save, parent)
        self.login = QLineEdit()
        self.add_field("login", self.tr("&Login"), self.login)
        self.role_fields(UserRole.READER, units, ())
        self.password = self._secret()
        self.add_field("password", self.tr("&Wachtwoord"), self.password)
        self.password_again = self._secret()
        self.add_field("password_again", self.tr("&Nogmaals"), self.password_again)
        hint = QLabel(
            self.tr(
                "Laat beide wachtwoorden leeg als de gemeente single sign-on heeft "
                "(Kerberos/SSPI): dan meldt hij of zij zich aan met de Windows-login."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.form.addRow(hint)

    @staticmethod
    def _secret() -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)  # dots on screen, no copying out
        return field

    def values(self) -> NewLogin:
        role, unit_ids = self.role_values()
        return NewLogin(
            self.login.text(), role, unit_ids, self.password.text(), self.password_again.text()
        )


@dataclass(frozen=True)
class ServerLogins:
    """On a set-up server: ``add(new)`` adds a login, ``remove(user)`` takes its rights
    away (each raising the core's refusal)."""

    add: Callable[[NewLogin], None]
    remove: Callable[[UserRow], None]


class UsersDialog(QDialog):
    """``load`` reads the users and the units to choose from; ``set_role(user, role)``
    saves one user's role (raising the core's refusal, shown in the role dialog);
    ``server`` adds and removes logins where the server holds them (PostgreSQL)."""

    def __init__(
        self,
        load: Callable[[], tuple[list[UserRow], list[UnitRow]]],
        set_role: Callable[[UserRow, Role], None],
        parent: QWidget | None = None,
        server: ServerLogins | None = None,
    ) -> None:
        super().__init__(parent)
        self._load, self._set_role, self._server = load, set_role, server
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
        hint = QLabel(self._hint())
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.edit_button = QPushButton(self.tr("&Rol wijzigen…"))
        buttons: list[QWidget] = [self.edit_button]
        if server is not None:
            self.add_button = QPushButton(self.tr("&Toevoegen…"))
            self.remove_button = QPushButton(self.tr("&Verwijderen…"))
            self.add_button.clicked.connect(self.add_user)
            self.remove_button.clicked.connect(self.remove_user)
            buttons = [self.add_button, self.edit_button, self.remove_button]
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(closing_row(self, *buttons))
        self.edit_button.clicked.connect(self.edit_user)
        self.table.doubleClicked.connect(self.edit_user)
        self.resize(760, 400)
        self.reload()

    def _hint(self) -> str:
        lead = self.tr(
            "Een procesverantwoordelijke legt activiteiten, presentie en evaluaties vast "
            "voor de eigen onderdelen en leest de rest."
        )
        if self._server is not None:
            return (
                self.tr(
                    "Iedereen meldt zich aan met een eigen login op de databaseserver; de "
                    "server bewaakt de rechten. Voeg hier een login toe met een wachtwoord "
                    "of, met single sign-on, zonder."
                )
                + " "
                + lead
            )
        return (
            self.tr(
                "Iedereen meldt zich aan met de eigen Windows- of Linux-gebruikersnaam. Wie "
                "OTO voor het eerst start, staat hier als lezer; geef hem of haar hier een rol."
            )
            + " "
            + lead
        )

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

    def add_user(self) -> None:
        assert self._server is not None
        if NewLoginDialog(self.units, self._server.add, self).exec():
            self.reload()

    def remove_user(self) -> None:
        assert self._server is not None
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        user = self.model.row(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Gebruiker verwijderen"),
            self.tr(
                "%1 alle rechten in OTO afnemen? De login kan daarna niet meer bij de "
                "database; wat hij of zij vastlegde, blijft."
            ).replace("%1", user.login),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._server.remove(user)
        except OtoError as refusal:
            QMessageBox.warning(self, self.tr("Niet gelukt"), sentence(refusal.message))
        self.reload()
