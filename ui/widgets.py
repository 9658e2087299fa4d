"""Small widget helpers shared by the pages and dialogs: tables, headings, messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings, QStandardPaths, Qt
from PySide6.QtGui import QFont, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableView,
    QWidget,
)

from oto_app.errors import OtoError
from ui.models.rows import RowsTableModel


def table_view(
    model: RowsTableModel[Any],
    name: str,
    sortable: bool = False,
    fit: bool = False,
    view: QTableView | None = None,
) -> QTableView:
    """A read-only, row-selecting table.

    Column widths come from the columns' character widths, or from what the user last
    dragged them to (kept in QSettings under the view's name); with ``fit`` (short lists)
    they follow the contents each time the rows are replaced.
    """
    view = view or QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
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
    for index, column in enumerate(model.columns):
        title = header_metrics.horizontalAdvance(column.title) + 32  # padding and sort arrow
        view.setColumnWidth(index, max(title, round((column.width or 10) * char) + 16))
    stretched = [i for i, column in enumerate(model.columns) if column.stretch]
    for index in stretched:
        header.setSectionResizeMode(index, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(not stretched)
    if fit:
        model.modelReset.connect(view.resizeColumnsToContents)
    else:
        last = len(model.columns) - 1  # stretched to the edge when no column is
        free = [i for i in range(len(model.columns)) if i not in stretched]
        remember_widths(view, free if stretched else [i for i in free if i != last])
    return view


def remember_widths(view: QTableView, columns: list[int]) -> None:
    """Restore the widths the user gave these columns, and keep each change."""
    key = f"columns/{view.objectName()}"
    stored = QSettings().value(key)
    widths = [int(w) for w in stored] if isinstance(stored, list) else []
    if len(widths) == len(columns):
        for index, width in zip(columns, widths, strict=True):
            view.setColumnWidth(index, width)

    def keep(*_: int) -> None:
        QSettings().setValue(key, [view.columnWidth(i) for i in columns])

    view.horizontalHeader().sectionResized.connect(keep)


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
    """A core message (lower case, no full stop) as a sentence for a dialog.

    A message that starts with a file name or path keeps it as it is.
    """
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


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> Path | None:
    """The save dialog, in :func:`start_folder` with the ``suggested`` file name; the
    extension follows the chosen filter when none was typed."""
    start = str(Path(start_folder()) / Path(suggested).name) if suggested else start_folder()
    name, chosen = QFileDialog.getSaveFileName(parent, title, start, filters)
    if not name:
        return None
    remember_folder(name)
    path = Path(name)
    if not path.suffix and "*." in chosen:
        path = path.with_suffix(chosen.split("*", 1)[1].split(")", 1)[0].split()[0])
    return path


def ask_open_paths(parent: QWidget, title: str, filters: str, many: bool = False) -> list[Path]:
    """The open dialog (one file, or ``many``), in :func:`start_folder`; [] if cancelled."""
    ask = QFileDialog.getOpenFileNames if many else QFileDialog.getOpenFileName
    names, _chosen = ask(parent, title, start_folder(), filters)
    picked = [Path(n) for n in ([names] if isinstance(names, str) else names) if n]
    if picked:
        remember_folder(picked[0])
    return picked


def ask_folder(parent: QWidget, title: str) -> Path | None:
    """The folder dialog, in :func:`start_folder`; None if cancelled."""
    folder = QFileDialog.getExistingDirectory(parent, title, start_folder())
    if not folder:
        return None
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


def press_on_key(button: QAbstractButton, key: QKeySequence.StandardKey, owner: QWidget) -> None:
    """``key`` (Ctrl+N, Delete, PageDown...) clicks ``button`` while ``owner`` is on screen,
    and the button keeps its underlined Alt-letter: ``button.setShortcut(key)`` replaced
    the letter (Alt+N did nothing on Medewerkers and Activiteiten)."""
    QShortcut(QKeySequence(key), owner).activated.connect(button.animateClick)
