"""The main window: navigation on the left, one page at a time, the database in the status bar."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oto_app import __version__, messages
from ui import busy, language
from ui.changes import ChangeBus
from ui.icons import icon
from ui.widgets import ask_open_paths, sentence

if TYPE_CHECKING:
    from oto_app.db import Database
    from oto_app.services.rights import Actor
    from ui.dialogs.users_dialog import UsersDialog
    from ui.operations import Operations


#: Room for the title bar and frame a window manager draws around the window.
FRAME = QSize(16, 48)


def first_size(available: QSize) -> QSize:
    """The window's size at its first start: 1280x760, or less on a smaller screen, frame
    and title bar included (1280x760 on a 1366x768 screen put the status bar below its edge)."""
    return QSize(1280, 760).boundedTo(available - FRAME)


class MainWindow(QMainWindow):
    """Built in two steps so that a user sees it at once: the frame (title, navigation,
    menus, "Gegevens laden…") needs only Qt; :meth:`attach` then opens the pages on the
    database, which is when SQLAlchemy and the services are loaded."""

    def __init__(self, database: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: A window opened by a restore, or by the launcher, closes its own database.
        self.owns_database = False
        self.health_check: object = None  #: the start-up quick_check (ui.app), kept alive
        self.trail_check: object = None  #: the check of the trail's hash chain, kept alive
        # The ``--db`` the program was started with (the About dialog says how it chose).
        self.db_option: str | None = None
        self.successor: MainWindow | None = None
        self.bus = ChangeBus(self)
        self.setWindowTitle(self.tr("OTO — Opleiden, Trainen, Oefenen"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigatie"))
        self.navigation.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget()
        self.loading = QLabel(self.tr("Gegevens laden…"))
        self.loading.setObjectName("emptyState")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(self.loading)
        for name, title in (
            ("overview", self.tr("Overzicht")),
            ("staff", self.tr("Medewerkers")),
            ("units", self.tr("Onderdelen")),
            ("activities", self.tr("Activiteiten")),
            ("plan", self.tr("Jaarplan")),
            ("evaluations", self.tr("Evaluaties")),
            ("reports", self.tr("Rapporten")),
        ):
            item = QListWidgetItem(icon(name), title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
        self.navigation.setEnabled(False)
        self.navigation.setFixedWidth(self.navigation.sizeHintForColumn(0) + 48)

        content = QVBoxLayout()
        content.setContentsMargins(0, 0, 0, 0)
        self.banner = QLabel()
        self.banner.setObjectName("demoBanner")
        self.banner.setWordWrap(True)
        content.addWidget(self.banner)
        content.addWidget(self.pages, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addLayout(content, 1)
        self.setCentralWidget(central)
        self.banner.hide()
        self._menus()
        self._restore_geometry()
        if database is not None:
            self.attach(database)

    def attach(self, database: Database) -> None:
        """Open the pages on ``database``; the window is usable from here on."""
        from ui.operations import Operations
        from ui.pages.activities_page import ActivitiesPage
        from ui.pages.evaluations_page import EvaluationsPage
        from ui.pages.overview_page import OverviewPage
        from ui.pages.plan_page import PlanPage
        from ui.pages.reports_page import ReportsPage
        from ui.pages.staff_page import StaffPage
        from ui.pages.units_page import UnitsPage

        self.database = database
        self.ops: Operations = Operations(database, self.bus)
        self.overview_page = OverviewPage(self.ops)
        self.staff_page = StaffPage(self.ops)
        self.units_page = UnitsPage(self.ops)
        self.activities_page = ActivitiesPage(self.ops)
        self.plan_page = PlanPage(self.ops)
        self.evaluations_page = EvaluationsPage(self.ops)
        self.reports_page = ReportsPage(self.ops)
        self.overview_page.person_chosen.connect(self.open_person)
        for page in (
            self.overview_page,
            self.staff_page,
            self.units_page,
            self.activities_page,
            self.plan_page,
            self.evaluations_page,
            self.reports_page,
        ):
            self.pages.addWidget(page)
        self.pages.removeWidget(self.loading)
        self.loading.deleteLater()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setEnabled(True)
        self.restore_action.setVisible(database.is_sqlite)
        self.import_action.setEnabled(True)
        self.export_all_action.setEnabled(True)
        adviser = database.actor is not None and database.actor.is_adviser
        self.users_action.setEnabled(adviser)
        self.anonymise_action.setEnabled(adviser)
        self._status_bar()
        self._show_banner()
        self.navigation.setCurrentRow(0)
        self.pages.setCurrentIndex(0)

    def show_page(self, name: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.navigation.setCurrentRow(row)

    def open_person(self, person_id: int) -> None:
        """Drill-down: show this person on the Medewerkers page."""
        self.show_page("staff")
        changed = self.staff_page.show_person(person_id)
        self.staff_page.take_keys_at_person()
        if changed:
            self.statusBar().showMessage(changed, 10_000)

    def import_file(self) -> None:
        from ui.dialogs.import_wizard import ImportWizard

        ImportWizard(self.ops.import_file, self).exec()

    def export_everything(self) -> None:
        """Bestand > Alles exporteren naar Excel: the whole database, a sheet per kind."""
        from oto_app.exchange.everything import export_all

        self._export_all = self.ops.save_file(
            self,
            self.tr("Alles exporteren naar Excel"),
            self.tr("oto-alles.xlsx"),
            self.tr("Excel (*.xlsx)"),
            lambda session, path: sum(export_all(session, path).values()),
            busy=self.tr("Alles exporteren naar Excel…"),
        )

    def restore_backup(self, chosen: Path | None = None) -> None:
        """Choose a backup (or take ``chosen``: the newest good one, offered when the
        database is damaged), see its date and contents, confirm; the database is replaced
        (the current one kept among the backups) and the window opens on the result."""
        from oto_app import backup
        from oto_app.db import open_database
        from oto_app.errors import OtoError

        current = backup.sqlite_path(self.database.url)
        if chosen is None:
            picked = ask_open_paths(
                self,
                self.tr("Back-up terugzetten"),
                self.tr("OTO-database (*.sqlite);;Alle bestanden (*)"),
                folder=str(backup.folder_for(current)),
            )
            name = str(picked[0]) if picked else ""
        else:
            name = str(chosen)
        if not name:
            return
        title = self.tr("Back-up terugzetten")
        try:  # seconds for a region's file: it is checked whole before it is offered
            info = busy.wait(
                self, self.tr("De back-up controleren…"), lambda: backup.inspect(Path(name))
            )
        except OtoError as refusal:
            QMessageBox.warning(self, title, sentence(refusal.message))
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "De back-up van %1 terugzetten? Die bevat %2.\n\nAlles wat daarna is "
                "ingevoerd, verdwijnt uit OTO; de huidige database wordt eerst bewaard in de "
                "map backups, zodat u dit ongedaan kunt maken."
            )
            .replace("%1", info.made.strftime("%d-%m-%Y %H:%M"))
            .replace("%2", backup.describe(info.counts)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        QThreadPool.globalInstance().waitForDone()
        # Their results, while the database is still open (the wait below lets events in).
        QApplication.sendPostedEvents()
        url, actor = self.database.url, self.database.actor
        self.database.close()
        try:
            busy.wait(
                self,
                self.tr("De back-up terugzetten…"),
                lambda: backup.restore(Path(name), current),
            )
        except OtoError as refusal:
            QMessageBox.warning(self, title, sentence(refusal.message))
        try:
            database = open_database(url)
            database.login(actor.login if actor else None)  # the same user as before
        except OtoError as refusal:
            QMessageBox.critical(self, title, sentence(refusal.message))
            self.close()
            return
        self.successor = MainWindow(database)
        # The checkpoint belonged to the trail before: the restored chain replaces it.
        self.successor.trail_check = self.successor.ops.check_trail("restored")
        self.successor.owns_database = True
        self.successor.db_option = self.db_option
        self.successor.show()
        self.successor.statusBar().showMessage(
            self.tr("Back-up van %1 teruggezet.").replace(
                "%1", info.made.strftime("%d-%m-%Y %H:%M")
            )
        )
        self.close()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        self.import_action = QAction(self.tr("&Importeren…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(self.import_file)
        self.import_action.setEnabled(False)
        file_menu.addAction(self.import_action)
        self.export_all_action = QAction(self.tr("Alles &exporteren naar Excel…"), self)
        self.export_all_action.triggered.connect(self.export_everything)
        self.export_all_action.setEnabled(False)
        file_menu.addAction(self.export_all_action)
        self.restore_action = QAction(self.tr("Back-up &terugzetten…"), self)
        self.restore_action.triggered.connect(lambda: self.restore_backup())
        self.restore_action.setVisible(False)
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Afsluiten"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(self.tr("&Ga naar"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = QAction(item.icon(), item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)
        manage_menu = self.menuBar().addMenu(self.tr("Behee&r"))
        self.users_action = QAction(self.tr("&Gebruikers en rechten…"), self)
        self.users_action.triggered.connect(self.manage_users)
        self.users_action.setEnabled(False)
        manage_menu.addAction(self.users_action)
        self.anonymise_action = QAction(self.tr("Oud-medewerkers &anonimiseren (AVG)…"), self)
        self.anonymise_action.triggered.connect(self.anonymise)
        self.anonymise_action.setEnabled(False)
        manage_menu.addAction(self.anonymise_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Instellingen"))
        language_menu = settings_menu.addMenu(self.tr("&Taal / Language"))
        self.language_actions = QActionGroup(self)
        current = language.chosen()
        for code in language.LANGUAGES:
            action = QAction(language.MENU_ITEMS[code], self, checkable=True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
            self.language_actions.addAction(action)
            language_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&Handleiding"), self)
        guide.setShortcut(QKeySequence.StandardKey.HelpContents)
        guide.triggered.connect(self.show_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("&Over OTO"), self)
        about.setObjectName("aboutAction")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def show_guide(self) -> None:
        from ui.dialogs.guide_dialog import GuideDialog

        GuideDialog(self).exec()

    def choose_language(self, code: str) -> None:
        """Keep the choice for the next start, and say so: in the window's language and in
        the chosen one (and that OTO_LANG goes before it, when it is set)."""
        language.choose(code)
        forced = language.overridden()
        if code == messages.language():
            lines = [self.tr("OTO is al in deze taal.")]
        elif forced:  # the chosen language's promise would not be kept: not said
            lines = [self.tr("Uw keuze is bewaard voor de volgende start.")]
        else:
            lines = [
                self.tr("De taal verandert bij de volgende start van OTO."),
                language.AT_NEXT_START[code],
            ]
        if forced:
            lines.append(
                self.tr(
                    "Let op: OTO_LANG=%1 is gezet; zolang dat zo is, gaat die taal voor deze keuze."
                ).replace("%1", forced)
            )
        self.statusBar().showMessage(lines[0])
        QMessageBox.information(self, self.tr("Taal / Language"), "\n\n".join(lines))

    def manage_users(self) -> None:
        self.users_dialog().exec()
        actor = self.database.login(self.database.actor.login if self.database.actor else None)
        self.user_label.setText(self._signed_in_as(actor))

    def users_dialog(self) -> UsersDialog:
        """Gebruikers en rechten: the users and units, and how to set one user's role; on
        a set-up server also how to add and remove a login."""
        import datetime as dt

        from oto_app.services import organisation, users
        from oto_app.services.users import UserRow
        from ui.dialogs.users_dialog import NewLogin, Role, ServerLogins, UsersDialog

        def load() -> tuple[list[UserRow], list[organisation.UnitRow]]:
            return self.ops.read(
                lambda s: (
                    users.list_users(s),
                    organisation.list_units(s, dt.date.today(), include_retired=False),
                )
            )

        def set_role(user: UserRow, chosen: Role) -> None:
            role, units = chosen
            self.ops.write(lambda s: users.set_role(s, user.id, role, units, user.version))

        def add(new: NewLogin) -> None:
            self.ops.write(
                lambda s: users.add_user(
                    s, new.login, new.role, new.unit_ids, new.password, new.password_again
                )
            )

        def remove(user: UserRow) -> None:
            self.ops.write(lambda s: users.remove_user(s, user.id, user.version))

        logins = ServerLogins(add, remove) if self.database.server_trail else None
        return UsersDialog(load, set_role, self, logins)

    def anonymise(self) -> None:
        """AVG: forget who left more than N years ago, after saying how many that are."""
        from oto_app import privacy

        years, chosen = QInputDialog.getInt(
            self,
            self.tr("Oud-medewerkers anonimiseren"),
            self.tr("Anonimiseer wie langer uit dienst is dan (jaar):"),
            privacy.KEEP_YEARS,
            1,
            50,
        )
        if not chosen:
            return
        count = len(self.ops.read(lambda s: privacy.due(s, years)))
        title = self.tr("Oud-medewerkers anonimiseren")
        if not count:
            QMessageBox.information(
                self,
                title,
                self.tr("Niemand is langer dan %n jaar uit dienst.", "", years),
            )
            return
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "%n oud-medewerker(s) langer dan %1 jaar uit dienst. Naam, personeelsnummer en "
                "contactgegevens worden vervangen door een nummer, ook in de geschiedenis. De "
                "rollen en presentie blijven meetellen in de cijfers van eerdere jaren. Dit kan "
                "niet ongedaan worden gemaakt. Doorgaan?",
                "",
                count,
            ).replace("%1", str(years)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def forgotten(done: int) -> None:
            self.statusBar().showMessage(self.tr("%n oud-medewerker(s) geanonimiseerd.", "", done))

        self.ops.attempt(
            self,
            lambda s: privacy.anonymise(s, years),
            on_done=forgotten,
            busy=self.tr("Oud-medewerkers anonimiseren…"),
            cancellable=True,  # minutes for thousands of leavers; Annuleren leaves all as it was
        )

    def _signed_in_as(self, actor: Actor | None) -> str:
        if actor is None:
            return self.tr("Niet aangemeld")
        return (
            self.tr("Aangemeld als %1 (%2)")
            .replace("%1", actor.login)
            .replace("%2", messages.label(actor.role))
        )

    def _status_bar(self) -> None:
        self.user_label = QLabel(self._signed_in_as(self.database.actor))
        self.user_label.setObjectName("userLabel")
        self.statusBar().addPermanentWidget(self.user_label)
        kind = self.tr("bestand") if self.database.is_sqlite else self.tr("server")
        # A file by its name (a whole path did not fit at 1366 px); the whole place in the
        # tooltip and in Help > Over OTO.
        where = self.database.location
        shown = Path(where).name if self.database.is_sqlite else where
        label = QLabel(self.tr("Database (%1): %2").replace("%1", kind).replace("%2", shown))
        label.setToolTip(where)
        label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(label)

    def _show_banner(self) -> None:
        from oto_app.services import settings

        demo, name = self.ops.read(lambda s: (settings.is_demo(s), settings.municipality(s)))
        self.banner.setVisible(demo)
        self.banner.setText(
            self.tr(
                "Voorbeeldgegevens: dit is de verzonnen %1, aangemaakt bij de eerste start zodat u "
                "meteen kunt rondkijken. Uw eigen gegevens zet u in een nieuwe, lege database."
            ).replace("%1", name)
        )

    def _about(self) -> None:
        """The version, the database and its schema, where the data and backups are."""
        from oto_app import about
        from ui.dialogs.about_dialog import AboutDialog

        if not hasattr(self, "database"):
            QMessageBox.about(self, self.tr("Over OTO"), f"OTO {__version__}")
            return
        AboutDialog(about.describe(self.database, self.db_option), self).exec()

    def _restore_geometry(self) -> None:
        stored = QSettings().value("mainWindow/geometry")
        if stored is None or not self.restoreGeometry(stored):
            self.resize(first_size(self.screen().availableGeometry().size()))

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        QThreadPool.globalInstance().waitForDone()  # let background work end before the data
        if self.owns_database and hasattr(self, "database"):
            self.database.close()
        super().closeEvent(event)
