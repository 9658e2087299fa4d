"""Small widget helpers shared by the pages and dialogs: tables, headings, messages."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
)
from PySide6.QtGui import (
    QAbstractFileIconProvider,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QShortcut,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFileIconProvider,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTableView,
    QTabWidget,
    QWidget,
)

from oto_app.dates import format_date
from oto_app.errors import OtoError
from ui.models.rows import RowsTableModel


def rows_high(view: QTableView, rows: int) -> int:
    """The height that shows a list's header and ``rows`` rows whole."""
    header = view.horizontalHeader().sizeHint().height()
    return header + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth() + 2


def table_view(
    model: RowsTableModel[Any],
    name: str,
    sortable: bool = False,
    fit: bool = False,
    view: QTableView | None = None,
) -> QTableView:
    """A read-only, row-selecting table.

    Column widths come from the columns' character widths, given the spare width where
    their text needs it (:class:`SpareWidth`), or from what the user last dragged them to
    (kept in QSettings under the view's name); with ``fit`` (short lists) nothing is kept.
    """
    view = view or QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    # Tab goes on to the next field or button, not to the next cell: a list inside a form
    # (Presentie, Opleidingen) was a trap for Tab; the arrows move from row to row.
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    view.setSortingEnabled(sortable)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    bold = QFont(view.font())
    bold.setBold(True)
    header_metrics = QFontMetrics(bold)
    char = view.fontMetrics().horizontalAdvance("abcdefghijklmnopqrstuvwxyz") / 26
    padding = 32 if sortable else 24  # the style's padding and margins, the sort arrow
    titles = [header_metrics.horizontalAdvance(c.title) + padding for c in model.columns]
    widths = [
        max(title, round((column.width or 10) * char) + 16)
        for title, column in zip(titles, model.columns, strict=True)
    ]
    for index, width in enumerate(widths):
        view.setColumnWidth(index, width)
    stretched = [i for i, column in enumerate(model.columns) if column.stretch]
    for index in stretched:
        header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretched)
    fitter = SpareWidth(view, widths, titles)
    if fit:  # short lists: fitted afresh each time, until a border is dragged
        header.sectionResized.connect(fitter.dragged)
        fitter.start()
    else:
        last = len(model.columns) - 1  # stretched to the edge when no column is
        free = [i for i in range(len(model.columns)) if i not in stretched]
        if not remember_widths(view, free if stretched else [i for i in free if i != last], fitter):
            fitter.start()
    return view


class SpareWidth(QObject):
    """Gives a list's spare width to the columns whose text does not fit, instead of
    leaving it all to the last column while an e-mail address is cut short: each column
    as wide as its longest text in the first rows, no wider than its default unless that
    text needs it; the spare width first to the column that needs the least to be whole.
    Only until the user drags a column border: from then on their widths hold
    (:func:`remember_widths`)."""

    SAMPLE = 200  # rows measured: a region's list has 90,000 (the staff list reads 200 a page)

    def __init__(self, view: QTableView, widths: list[int], titles: list[int]) -> None:
        super().__init__(view)
        self.view, self.defaults, self.titles = view, widths, titles
        self.needs = list(titles)  # what each column's longest text needs
        self.floors = list(titles)  # what its title needs
        self.measured_in = ""  # the font the texts were measured in
        self.active = False
        self.fitting = False  # the widths being set are ours, not the user's

    def start(self) -> None:
        self.active = True
        model = self.view.model()
        model.modelReset.connect(self.measure)
        model.rowsInserted.connect(self._inserted)
        self.view.viewport().installEventFilter(self)
        self.measure()

    def stop(self) -> None:
        self.active = False

    def dragged(self, index: int, *_: int) -> None:
        """A column changed width: if not by the fitter (nor the stretched column
        following the window), the user's width holds."""
        header = self.view.horizontalHeader()
        stretched = header.sectionResizeMode(index) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and index == header.count() - 1
        )
        if not self.fitting and not stretched:
            self.stop()

    def _inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first < self.SAMPLE:  # the next page of a long list: more rows to measure
            self.measure()

    def measure(self) -> None:
        if not self.active:
            return
        view, model = self.view, self.view.model()
        metrics = view.fontMetrics()
        self.measured_in = view.font().key()
        rows = min(model.rowCount(), self.SAMPLE)
        self.needs, self.floors = [], []
        header = view.horizontalHeader()
        for column, title in enumerate(self.titles):
            if not view.isSortingEnabled():  # Qt's measure, styled (it counts a sort arrow
                title = max(title, header.sectionSizeHint(column))  # in every column)
            texts = (model.index(row, column).data() for row in range(rows))
            # The cell's margins (Qt elides within 3 px a side) and the grid line.
            widths = [metrics.horizontalAdvance(str(text)) + 10 for text in texts if text]
            self.floors.append(title)
            self.needs.append(max([title, *widths]))
        self.fit()

    def fit(self) -> None:
        if not self.active:
            return
        # What fits in its default width stays whole; no column wider than it needs.
        header = self.view.horizontalHeader()
        least = header.minimumSectionSize()  # Qt's own floor
        widths = [
            0 if header.isSectionHidden(column) else max(least, title, min(default, need))
            for column, (title, default, need) in enumerate(
                zip(self.floors, self.defaults, self.needs, strict=True)
            )
        ]  # every title whole; a hidden column takes no room
        stretched = [
            c
            for c in range(len(widths))
            if header.sectionResizeMode(c) == QHeaderView.ResizeMode.Stretch
        ]
        for column in stretched:
            # It takes what is left, so it yields first: down to 3/5 of its width, so that
            # the narrow columns beside it are whole ("OV, PLT, CRIB, VC, C…" beside a
            # long title at 1366)
            widths[column] = max(least, self.floors[column], widths[column] * 3 // 5)
        spare = self.view.viewport().width() - sum(widths)
        widest = max(range(len(widths)), key=lambda c: widths[c], default=0)
        widest = stretched[0] if stretched else widest
        if widths and 0 < -spare <= widths[widest] * 2 // 5:
            # A little too wide: the widest (or the stretched) column is cut ("…", its
            # tooltip whole) rather than the last ones pushed out of sight behind a
            # scroll bar.
            widths[widest] += spare
            spare = 0
        # The column nearest to whole first: the most columns whole for the pixels.
        for column in sorted(range(len(widths)), key=lambda c: self.needs[c] - widths[c]):
            if header.isSectionHidden(column):
                continue
            grow = max(0, min(self.needs[column] - widths[column], spare))
            widths[column] += grow
            spare -= grow
        self.fitting = True
        try:
            for column, width in enumerate(widths):
                if not header.isSectionHidden(column):  # its width kept for when it shows
                    self.view.setColumnWidth(column, width)
        finally:
            self.fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if self.view.font().key() != self.measured_in:
                self.measure()  # a list filled before it was shown: measured in another font
            else:
                self.fit()
        return False


def remember_widths(view: QTableView, columns: list[int], fitter: SpareWidth | None = None) -> bool:
    """Restore the widths the user gave these columns, and keep each change the user
    makes (dragging a border also ends the ``fitter``). True when widths were restored."""
    key = f"columnWidths/{view.objectName()}"  # "columns/": also kept widths nobody chose
    stored = QSettings().value(key)
    widths = [int(w) for w in stored] if isinstance(stored, list) else []
    restored = len(widths) == len(columns)
    if restored:
        for index, width in zip(columns, widths, strict=True):
            view.setColumnWidth(index, width)

    def keep(index: int, _old: int, _new: int) -> None:
        if index not in columns or (fitter is not None and fitter.fitting):
            return  # the stretched column, or the fitter's own widths
        if fitter is not None:
            fitter.stop()
        QSettings().setValue(key, [view.columnWidth(i) for i in columns])

    view.horizontalHeader().sectionResized.connect(keep)
    return restored


def closing_row(dialog: QDialog, *buttons: QWidget) -> QHBoxLayout:
    """The bottom row of a list dialog: its buttons on the left, Sluiten on the right."""
    close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    close.button(QDialogButtonBox.StandardButton.Close).setText(
        QCoreApplication.translate("widgets", "Sluiten")
    )
    close.rejected.connect(dialog.reject)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(close)
    return row


def refill(box: QComboBox, everything: str, items: list[tuple[str, Any]]) -> None:
    """Replace a filter's choices ("all" first), keeping the chosen one if it is still there,
    without announcing a change for the refill itself."""
    chosen = box.currentData()
    box.blockSignals(True)
    box.clear()
    box.addItem(everything, None)
    for text, value in items:
        box.addItem(text, value)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    box.blockSignals(False)


def heading(text: str, name: str = "pageTitle") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    return label


def attempt(parent: QWidget, action: Callable[[], object]) -> bool:
    """Run an action; show a refusal in a dialog instead of raising. False when refused."""
    try:
        action()
    except OtoError as refusal:
        QMessageBox.warning(parent, parent.tr("Niet gelukt"), sentence(refusal.message))
        return False
    return True


def offer(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    action: str,
    other: str,
) -> bool:
    """A message with one way forward (``action``) and a way out (``other``); True when
    the user took the way forward."""
    box = QMessageBox(icon, title, text, parent=parent)
    forward = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(other, QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is forward


def sentence(message: str) -> str:
    """A core message (lower case, no full stop) as a sentence for a dialog: a capital
    first and a full stop at the end (unless it ends in one, or in ? ! …).

    A message that starts with a file name or path keeps its first word as it is.
    """
    message = message.rstrip()
    if message and message[-1] not in ".?!…":
        message += "."
    first = message.split(" ", 1)[0]
    if any(mark in first for mark in "./:\\"):
        return message
    return message[:1].upper() + message[1:]


# The folder the user last chose in a file dialog (QSettings, per user).
LAST_FOLDER = "files/lastFolder"


def documents() -> str:
    """The user's documents folder, made if a new account has none yet (a file dialog on
    a missing folder opens in the program's folder instead); the home folder if it cannot
    be made."""
    folder = Path(
        QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    )
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return str(Path.home())
    return str(folder)


def start_folder() -> str:
    """Where every file dialog opens: the folder chosen last time, else the documents."""
    last = QSettings().value(LAST_FOLDER)
    if last and Path(str(last)).is_dir():
        return str(last)
    return documents()


def remember_folder(chosen: str | Path) -> None:
    """The next file dialog opens where this file is (or in this folder)."""
    path = Path(chosen)
    QSettings().setValue(LAST_FOLDER, str(path if path.is_dir() else path.parent))


_T = TypeVar("_T")


class _FileDialogSize(QObject):
    """Opens Qt's own file dialog big enough to show its Size, Type and Date columns: about
    60% of the screen, at least 900 x 560 where the screen has room (Qt opens it at some
    640 px, cutting them). Watches the application only while one of the ``ask_*`` below
    waits for its dialog."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog):
            screen = watched.screen().availableGeometry()
            watched.resize(
                min(screen.width(), max(900, screen.width() * 6 // 10)),
                min(screen.height(), max(560, screen.height() * 6 // 10)),
            )
        return False


def _sized(ask: Callable[[], _T]) -> _T:
    """``ask()`` (a QFileDialog.get… call), its dialog sized by :class:`_FileDialogSize`."""
    app = QApplication.instance()
    size = _FileDialogSize()
    if app is not None:
        app.installEventFilter(size)
    try:
        return ask()
    finally:
        if app is not None:
            app.removeEventFilter(size)


class _NamesOnly(QFileIconProvider):
    """A file's icon and type from its name, never from its contents.

    Qt's own provider opens files whose name does not say their type (``oto.sqlite-wal``,
    ``oto.sqlite-shm``, the database itself) to sniff it, and closes them again; on Linux
    and macOS closing any descriptor of a file drops every POSIX lock the process holds on
    it, SQLite's included. Another process (the report's or an import's worker, the
    command line) then took itself for the database's last user and, closing, deleted
    the ``-wal`` and ``-shm`` the window still used: what was saved after that was lost,
    and the file could be damaged (a trial, after *Jaaroverzicht maken…* saved its PDF
    beside the database)."""

    def type(self, info: Any) -> str:
        return "Map" if info.isDir() else (info.suffix() or "Bestand")

    def icon(self, what: Any) -> QIcon:
        if isinstance(what, QAbstractFileIconProvider.IconType):
            return super().icon(what)
        kind = QAbstractFileIconProvider.IconType
        return super().icon(kind.Folder if what.isDir() else kind.File)


_NAMES_ONLY = _NamesOnly()


def _file_dialog(
    parent: QWidget,
    title: str,
    start: str,
    filters: str,
    mode: QFileDialog.FileMode,
    save: bool = False,
) -> tuple[list[str], str] | None:
    """Qt's file dialog (or the system's), as QFileDialog's get… functions show it but
    with :class:`_NamesOnly`: the files chosen and the filter; None if cancelled."""
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setIconProvider(_NAMES_ONLY)
    dialog.setModal(True)
    dialog.setFileMode(mode)
    if save:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    if mode == QFileDialog.FileMode.Directory:
        dialog.setOption(QFileDialog.Option.ShowDirsOnly)
    try:
        accepted = _sized(dialog.exec) == QDialog.DialogCode.Accepted
        chosen = dialog.selectedFiles(), dialog.selectedNameFilter()
    finally:
        shiboken6.delete(dialog)  # gone at once, as the get… functions' own dialog is
    return chosen if accepted and chosen[0] else None


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """The save dialog, in :func:`start_folder` with the ``suggested`` file name; the
    extension follows the chosen filter when none was typed."""
    start = str(Path(start_folder()) / Path(suggested).name) if suggested else start_folder()
    answer = _file_dialog(parent, title, start, filters, QFileDialog.FileMode.AnyFile, True)
    if answer is None:
        return None
    name, chosen = answer[0][0], answer[1]
    remember_folder(name)
    path = Path(name)
    if not path.suffix and "*." in chosen:
        path = path.with_suffix(chosen.split("*", 1)[1].split(")", 1)[0].split()[0])
    return path


def ask_open_paths(
    parent: QWidget, title: str, filters: str, many: bool = False, folder: str | None = None
) -> list[Path]:
    """The open dialog (one file, or ``many``), in :func:`start_folder` (or in ``folder``,
    which is then not remembered); [] if cancelled."""
    mode = QFileDialog.FileMode.ExistingFiles if many else QFileDialog.FileMode.ExistingFile
    answer = _file_dialog(parent, title, folder or start_folder(), filters, mode)
    picked = [Path(n) for n in answer[0] if n] if answer is not None else []
    if picked and folder is None:
        remember_folder(picked[0])
    return picked


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """The folder dialog, in :func:`start_folder`; None if cancelled."""
    answer = _file_dialog(parent, title, start_folder(), "", QFileDialog.FileMode.Directory)
    if answer is None:
        return None
    folder = answer[0][0]
    remember_folder(folder)
    return Path(folder)


def show_failure(parent: QWidget, error: BaseException) -> None:
    """A failed background job, in the user's words where the core gave them."""
    if offer_restore(parent, error):
        return
    message = error.message if isinstance(error, OtoError) else str(error)
    QMessageBox.warning(parent, parent.tr("Niet gelukt"), sentence(message))


def offer_restore(parent: QWidget, error: BaseException) -> bool:
    """For a damaged database with a good backup: say so, with a button that puts that
    backup back (the main window's Back-up terugzetten). False for any other error."""
    if not isinstance(error, OtoError) or error.key != "db_damaged_backup":
        return False
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        parent.tr("Database beschadigd"),
        sentence(error.message),
        QMessageBox.StandardButton.Close,
        parent,
    )
    restore = box.addButton(parent.tr("Back-up &terugzetten"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(restore)
    box.exec()
    window: QWidget | None = parent
    while window is not None and not hasattr(window, "restore_backup"):
        window = window.parentWidget()
    if box.clickedButton() is restore and window is not None:
        window.restore_backup(Path(str(error.params["backup"])))
    return True


class ListKeys(QObject):
    """The keys of a page's list, one rule on every page (:func:`list_keys`)."""

    def __init__(self, view: QAbstractItemView, search: QLineEdit | None) -> None:
        super().__init__(view)
        self.view = view
        self.search = search
        view.installEventFilter(self)
        if search is not None:
            search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            assert isinstance(event, QFocusEvent)
            if event.reason() != Qt.FocusReason.MouseFocusReason:  # a click chooses itself
                self._choose(self.view.currentIndex().row())
        elif watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent) and self.search is not None
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if event.key() == Qt.Key.Key_Down and plain and self.view.model().rowCount():
                self.view.clearSelection()
                self.view.setCurrentIndex(self.view.model().index(0, 0))
                self.view.setFocus(Qt.FocusReason.TabFocusReason)  # chooses the first row
                return True
            if event.key() == Qt.Key.Key_Escape and plain and self.search.text():
                self.search.clear()
                return True
        return False

    def _choose(self, row: int) -> None:
        """With no row chosen, the current one (else the first) is chosen, so the buttons
        that act on it are not greyed while the list has the keyboard."""
        model = self.view.model()
        if self.view.selectionModel().hasSelection() or not model.rowCount():
            return
        self.view.selectRow(row if 0 <= row < model.rowCount() else 0)  # type: ignore[attr-defined]


def list_keys(owner: QWidget, view: QAbstractItemView, search: QLineEdit | None = None) -> None:
    """A page's list and its search box, by keys: Tab into the list chooses its current
    row (the first when none is), so its buttons work at once; Ctrl+F goes to the search
    box (its text selected), Down from there into the list on its first row, and Escape
    empties the search box."""
    ListKeys(view, search)
    if search is not None:

        def find() -> None:
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            search.selectAll()

        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), owner).activated.connect(find)


def press_on_key(button: QAbstractButton, key: QKeySequence.StandardKey, owner: QWidget) -> None:
    """``key`` (Ctrl+N, Delete, PageDown...) clicks ``button`` while ``owner`` is on screen,
    and the button keeps its underlined Alt-letter: ``button.setShortcut(key)`` replaced
    the letter (Alt+N did nothing on Medewerkers and Activiteiten)."""
    QShortcut(QKeySequence(key), owner).activated.connect(button.animateClick)


_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def letters_in_use(window: QWidget, leaving_out: Sequence[QWidget] = ()) -> set[str]:
    """The Alt-letters a person sees in ``window``: its buttons', its labels' (those with a
    field), its group boxes' and tabs' (without those of ``leaving_out``)."""
    texts = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or any(widget is w for w in leaving_out):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
    return {found.group(1).lower() for text in texts if (found := _MNEMONIC.search(text))}


def give_free_letters(window: QWidget, buttons: Sequence[QAbstractButton]) -> None:
    """Underline in each of ``buttons`` (without one yet) its first letter not used yet in
    ``window``: Opslaan is Alt+O where no field took the O, else Alt+P, and so on; so
    every button of a form has an Alt-letter, none twice, in either language."""
    bare = [button for button in buttons if not _MNEMONIC.search(button.text())]
    used = letters_in_use(window, bare)
    for button in bare:
        text = button.text()
        for at, character in enumerate(text):
            if character.isalnum() and character.lower() not in used:
                button.setText(f"{text[:at]}&{text[at:]}")
                used.add(character.lower())
                break


def named_for(day: dt.date, title: str, longest: int = 60) -> str:
    """What a proposed file name says about an activity, as a person knows it: its date
    and title ("26-11-2026-oefening-cras"), not the database's number for it. Letters
    and digits only (accents dropped), so any file system takes it."""
    plain = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join([format_date(day), *words])[:longest].rstrip("-")
