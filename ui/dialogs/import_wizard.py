"""Importeren: choose a file, see its columns and first rows, see every refused row, import.

The check is the real import rolled back (oto_app.exchange.preview.run_import), run off
the GUI thread; the import itself too, with a busy progress bar. Nothing is written
until the last page, and then all of it or none.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from oto_app.errors import ImportRefused, OtoError
from oto_app.exchange.preview import ImportKind, Report, preview
from ui.colours import RED
from ui.dialogs.guard import keep_typing
from ui.widgets import ask_open_paths, offer_restore, sentence
from ui.worker import Task

#: Check (dry run) or import a file off the GUI thread: (kind, path, dry_run, on_done,
#: on_failed, on_news) -> the running task (Operations.import_file).
Importer = Callable[
    [
        ImportKind,
        Path,
        bool,
        Callable[[Report], None],
        Callable[[BaseException], None],
        Callable[[object], None],
    ],
    Task,
]


class ChooseFilePage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Bestand kiezen"))
        self.setSubTitle(self.tr("Een .xlsx- of .csv-bestand in het uitwisselformaat."))
        self.staff = QRadioButton(self.tr("&Medewerkers en hun rollen (van HR)"))
        self.participation = QRadioButton(
            self.tr("&Activiteiten en presentie (van het regionale volgsysteem)")
        )
        self.staff.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.staff)
        group.addButton(self.participation)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("Bestand"))
        browse = QPushButton(self.tr("&Bladeren…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.staff)
        layout.addWidget(self.participation)
        label = QLabel(self.tr("Bes&tand:"))
        label.setBuddy(self.path)
        layout.addWidget(label)
        layout.addLayout(row)
        # why *Volgende* stays grey for what was typed (a trial: greyed without a word)
        self.not_found = QLabel()
        self.not_found.setWordWrap(True)
        self.not_found.hide()
        layout.addWidget(self.not_found)
        self.registerField("path*", self.path)
        self.path.textChanged.connect(self.completeChanged)
        self.path.textChanged.connect(self._say_why)

    def _say_why(self, text: str) -> None:
        path = Path(text.strip())
        if not text.strip() or path.is_file():
            self.not_found.hide()
            return
        if path.is_dir():
            self.not_found.setText(self.tr("Dit is een map; kies een bestand erin."))
        else:
            self.not_found.setText(self.tr("Dit bestand bestaat niet (nog)."))
        self.not_found.show()

    def kind(self) -> ImportKind:
        return ImportKind.STAFF if self.staff.isChecked() else ImportKind.PARTICIPATION

    def browse(self) -> None:
        for name in ask_open_paths(
            self, self.tr("Bestand kiezen"), self.tr("Excel of CSV (*.xlsx *.csv)")
        ):
            self.path.setText(str(name))

    def isComplete(self) -> bool:
        return Path(self.path.text().strip()).is_file()


class WaitShown(QObject):
    """While a job waits for another import on the same file: its words ("Wacht op een
    andere import…") and how long it will wait at most, counting down on a progress bar;
    once its turn comes, the busy bar and ``busy`` again."""

    def __init__(self, bar: QProgressBar, label: QLabel, busy: str) -> None:
        super().__init__(label)
        self.bar, self.label, self.busy = bar, label, busy
        self.text, self.seconds, self.waited = "", 0, 0
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)

    def news(self, news: object) -> None:
        if getattr(news, "what", None) == "waiting":
            self.text, self.seconds, self.waited = sentence(news.text), int(news.seconds), 0  # type: ignore[attr-defined]
            self.bar.setRange(0, self.seconds)
            self.bar.setTextVisible(False)  # not "0%": nothing is done yet, it waits
            self._show()
            self.timer.start()
        elif getattr(news, "what", None) == "working":
            self.stop()
            self.bar.setRange(0, 0)
            self.label.setText(self.busy)

    def stop(self) -> None:
        self.timer.stop()
        self.bar.setTextVisible(True)

    def _tick(self) -> None:
        self.waited = min(self.waited + 1, self.seconds)
        self._show()

    def _show(self) -> None:
        self.bar.setValue(self.waited)
        left = self.tr("nog hoogstens %n seconde(n)", "", self.seconds - self.waited)
        self.label.setText(f"{self.text} ({left})")


class CheckPage(QWizardPage):
    """The columns, the first rows, and the dry run's verdict."""

    checked = Signal()

    def __init__(
        self, importer: Importer, choose: ChooseFilePage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.importer = importer
        self.choose = choose
        self.setTitle(self.tr("Controle"))
        self.setSubTitle(self.tr("Er is nog niets ingelezen."))
        # The next step writes into the database: the button says so ("Volgende >" read
        # as one more look, and imported at once).
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Inlezen"))
        self.columns = QLabel()
        self.columns.setWordWrap(True)
        #: The columns that are not used, above everything else: a misspelt header
        #: ("E-mail adres") must be noticed before the import, not after.
        self.unknown = QLabel()
        self.unknown.setWordWrap(True)
        self.unknown.setStyleSheet(
            f"QLabel {{ color: {RED}; font-weight: bold; border: 2px solid {RED}; padding: 6px; }}"
        )
        self.unknown.hide()
        self.rows = QTableWidget()
        self.rows.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setAccessibleName(self.tr("Geweigerde regels"))
        # a refusal names the file, line, column and why: whole, over more lines if need
        # be (a long one was cut off at the window's edge on a 1366 screen)
        self.problems.setWordWrap(True)
        self.problems.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        layout = QVBoxLayout(self)
        layout.addWidget(self.unknown)
        layout.addWidget(self.columns)
        layout.addWidget(self.rows, 2)
        layout.addWidget(self.progress)
        layout.addWidget(self.verdict)
        layout.addWidget(self.problems, 1)
        self.ok = False
        self.refused = False  #: the check refused the file: nothing of it can be imported
        self._task: Task | None = None
        self.waiting = WaitShown(self.progress, self.verdict, self.tr("Bezig met controleren…"))

    def initializePage(self) -> None:
        self.ok = self.refused = False
        self.problems.clear()
        self.problems.hide()
        self.unknown.hide()
        self.columns.clear()  # nothing of a file chosen before stays under this one's verdict
        self.rows.setRowCount(0)
        self.rows.setColumnCount(0)
        self.rows.hide()  # shown with the file's first rows; an empty frame over a refusal
        path = Path(self.choose.path.text().strip())
        kind = self.choose.kind()
        try:
            shown = preview(kind, path)
        except OtoError as refusal:
            self._refused([sentence(refusal.message)])
            return
        notice = shown.notice()
        if notice:
            self.unknown.setText(notice)
            self.unknown.show()
        parts = [self.tr("Gebruikt: %1").replace("%1", ", ".join(shown.used) or "—")]
        if shown.missing:
            parts.append(self.tr("Ontbreekt: %1").replace("%1", ", ".join(shown.missing)))
        self.columns.setText("\n".join(parts))
        self.rows.setColumnCount(len(shown.columns))
        self.rows.setHorizontalHeaderLabels(shown.columns)
        self.rows.setRowCount(len(shown.rows))
        # the file's own line numbers, as its refusals say them ("hr.csv:3" is this row 3)
        self.rows.setVerticalHeaderLabels([str(line) for line in shown.lines])
        for r, cells in enumerate(shown.rows):
            for c, text in enumerate(cells):
                self.rows.setItem(r, c, QTableWidgetItem(text))
        self.rows.resizeColumnsToContents()
        self.rows.show()
        self.verdict.setText(self.waiting.busy)
        self.progress.setRange(0, 0)
        self.progress.show()
        self._task = self.importer(kind, path, True, self._passed, self._failed, self.waiting.news)

    def _passed(self, report: Report) -> None:
        self.waiting.stop()
        self.progress.hide()
        self.ok = True
        self.verdict.setText(
            self.tr("Alle regels zijn goed. Bij inlezen:") + "\n" + "\n".join(report.lines())
        )
        self.completeChanged.emit()
        self.checked.emit()

    def _failed(self, error: BaseException) -> None:
        if offer_restore(self, error):
            self._refused([sentence(error.message)])  # type: ignore[attr-defined]
            return
        if isinstance(error, ImportRefused):
            self._refused([str(p) for p in error.problems], sentence(error.message))
        elif isinstance(error, OtoError):
            self._refused([sentence(error.message)])
        else:
            self._refused([str(error)])

    def _refused(self, lines: list[str], headline: str | None = None) -> None:
        self.waiting.stop()
        self.progress.hide()
        self.ok, self.refused = False, True
        self.verdict.setText(headline or self.tr("Dit bestand kan niet worden ingelezen."))
        self.problems.clear()
        self.problems.addItems(lines)
        for row, line in enumerate(lines):  # whole, where a long file name could not wrap
            self.problems.item(row).setToolTip(line)
        self.problems.show()
        self.completeChanged.emit()
        self.checked.emit()

    def isComplete(self) -> bool:
        return self.ok


class ImportPage(QWizardPage):
    imported = Signal(object)

    def __init__(
        self, importer: Importer, choose: ChooseFilePage, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.importer = importer
        self.choose = choose
        self.setTitle(self.tr("Inlezen"))
        self.progress = QProgressBar()
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.result)
        self.done = False
        self._task: Task | None = None
        self.waiting = WaitShown(self.progress, self.result, self.tr("Bezig met inlezen…"))

    def initializePage(self) -> None:
        self.done = False
        self.progress.setRange(0, 0)
        self.result.setText(self.waiting.busy)
        path, kind = Path(self.choose.path.text().strip()), self.choose.kind()
        self._task = self.importer(
            kind, path, False, self._finished, self._failed, self.waiting.news
        )

    def _finished(self, report: Report) -> None:
        self.waiting.stop()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.result.setText(self.tr("Ingelezen:") + "\n" + "\n".join(report.lines()))
        self.done = True
        self.completeChanged.emit()
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.waiting.stop()
        self.progress.setRange(0, 1)
        message = error.message if isinstance(error, OtoError) else str(error)
        self.result.setText(
            self.tr("Niet ingelezen; er is niets veranderd.") + "\n" + sentence(message)
        )
        self.done = True  # Klaar closes; the file can be tried again from Bestand
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.done


class ImportWizard(QWizard):
    """Signals:
    imported(object): the import finished; the report says what changed (the importer
    has published it).
    """

    def __init__(self, importer: Importer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Importeren"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Volgende >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Vo&rige"))
        # Once the import runs there is no way back and nothing to cancel: only Klaar.
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Klaar"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuleren"))
        self.choose = ChooseFilePage()
        self.check = CheckPage(importer, self.choose)
        self.run = ImportPage(importer, self.choose)
        for page in (self.choose, self.check, self.run):
            self.addPage(page)
        self.imported = self.run.imported
        self.resize(820, 600)

    def chosen(self) -> bool:
        """Whether the person chose or typed something the wizard would lose on closing: a
        file, another kind than the first. Once the import ran there is nothing to lose."""
        if self.currentPage() is self.run:
            return False
        if self.currentPage() is self.check and self.check.refused:
            return False  # the file cannot be imported as it is: nothing to lose
        return bool(self.choose.path.text().strip()) or not self.choose.staff.isChecked()

    def reject(self) -> None:
        """Escape, Annuleren, the window's close: as the forms, ask first when something was
        chosen or typed (*Terug naar het formulier* the default), else close at once."""
        question = self.tr("Het gekozen bestand is nog niet ingelezen. Stoppen?")
        answers = (self.tr("&Stoppen"), self.tr("&Terug naar het inlezen"))
        if self.chosen() and keep_typing(self, question, answers):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if event.spontaneous():
            super().closeEvent(event)  # by the person: through reject, which asks
            return
        self.done(QDialog.DialogCode.Rejected)  # closed by the program: nobody to ask
        event.accept()
