"""The main window: navigation on the left, one page at a time, the database in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt, QThreadPool
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from oto_app import __version__
from oto_app.changes import Change
from oto_app.db import Database
from oto_app.services import settings
from ui.changes import ChangeBus
from ui.dialogs.import_wizard import ImportWizard
from ui.icons import icon
from ui.pages.activities_page import ActivitiesPage
from ui.pages.evaluations_page import EvaluationsPage
from ui.pages.overview_page import OverviewPage
from ui.pages.plan_page import PlanPage
from ui.pages.reports_page import ReportsPage
from ui.pages.staff_page import StaffPage
from ui.pages.units_page import UnitsPage


class MainWindow(QMainWindow):
    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.bus = ChangeBus(self)
        self.setWindowTitle(self.tr("OTO — Opleiden, Trainen, Oefenen"))
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigatie"))
        self.navigation.setIconSize(QSize(22, 22))
        self.pages = QStackedWidget()
        self.staff_page = StaffPage(database, self.bus)
        self.units_page = UnitsPage(database, self.bus)
        self.overview_page = OverviewPage(database, self.bus)
        self.activities_page = ActivitiesPage(database, self.bus)
        self.reports_page = ReportsPage(database, self.bus)
        self.evaluations_page = EvaluationsPage(database, self.bus)
        self.plan_page = PlanPage(database, self.bus)
        self.overview_page.person_chosen.connect(self.open_person)
        for name, title, page in (
            ("overview", self.tr("Overzicht"), self.overview_page),
            ("staff", self.tr("Medewerkers"), self.staff_page),
            ("units", self.tr("Onderdelen"), self.units_page),
            ("activities", self.tr("Activiteiten"), self.activities_page),
            ("plan", self.tr("Jaarplan"), self.plan_page),
            ("evaluations", self.tr("Evaluaties"), self.evaluations_page),
            ("reports", self.tr("Rapporten"), self.reports_page),
        ):
            item = QListWidgetItem(icon(name), title)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.navigation.addItem(item)
            self.pages.addWidget(page)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
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
        self._menus()
        self._status_bar()
        self._show_banner()
        self.navigation.setCurrentRow(0)
        self._restore_geometry()

    def show_page(self, name: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == name:
                self.navigation.setCurrentRow(row)

    def open_person(self, person_id: int) -> None:
        """Drill-down: show this person on the Medewerkers page."""
        self.show_page("staff")
        self.staff_page.show_person(person_id)

    def import_file(self) -> None:
        wizard = ImportWizard(self.database, self)
        wizard.imported.connect(lambda _report: self.bus.publish(Change.EVERYTHING))
        wizard.exec()

    def _menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Bestand"))
        import_action = QAction(self.tr("&Importeren…"), self)
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_file)
        file_menu.addAction(import_action)
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
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&Over OTO"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _status_bar(self) -> None:
        kind = self.tr("bestand") if self.database.is_sqlite else self.tr("server")
        label = QLabel(
            self.tr("Database (%1): %2").replace("%1", kind).replace("%2", self.database.location)
        )
        label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(label)

    def _show_banner(self) -> None:
        with self.database.begin() as session:
            demo = settings.is_demo(session)
            name = settings.municipality(session)
        self.banner.setVisible(demo)
        self.banner.setText(
            self.tr(
                "Voorbeeldgegevens: dit is de verzonnen %1, aangemaakt bij de eerste start zodat u "
                "meteen kunt rondkijken. Uw eigen gegevens zet u in een nieuwe, lege database."
            ).replace("%1", name)
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("Over OTO"),
            self.tr(
                "OTO %1 — Opleiden, Trainen, Oefenen voor de gemeentelijke crisisorganisatie."
            ).replace("%1", __version__),
        )

    def _restore_geometry(self) -> None:
        stored = QSettings().value("mainWindow/geometry")
        if stored is None or not self.restoreGeometry(stored):
            self.resize(1280, 760)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        QSettings().setValue("mainWindow/geometry", self.saveGeometry())
        QThreadPool.globalInstance().waitForDone()  # let background work end before the data
        super().closeEvent(event)
