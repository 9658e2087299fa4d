"""The preview window for a PDF OTO made: page through it, zoom, print, save a copy.

QtPdf (Pdfium inside Qt) renders the pages, so this works on a workstation without a
PDF viewer. The window is not modal: a user can keep the Jaaroverzicht open beside the app.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from oto_app import files
from oto_app.errors import OtoError
from ui import printing
from ui.widgets import ask_save_path, press_on_key, sentence

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0
WIDTH = 900  # the window's width where the screen has room (an A4 page, readable)
MARGIN = 6  # QPdfView's margin around the pages, in pixels


class PdfPreview(QDialog):
    """A PDF on screen with *Vorige*/*Volgende*, a page number, zoom, *Afdrukken…*,
    *Opslaan als…* and *Openen in PDF-lezer*. Deletes itself when closed."""

    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("pdfPreview")
        self.path = path
        self.setWindowTitle(self.tr("%1 — voorbeeld").replace("%1", path.name))
        self.document = QPdfDocument(self)
        self.document.load(str(path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._controls()
        self._fit_screen(parent)
        if self.document.status() != QPdfDocument.Status.Ready:
            self.view.hide()
            self.pages.setText(
                self.tr("%1 kan niet worden getoond: het is geen leesbare PDF.").replace(
                    "%1", str(path)
                )
            )
            for button in (self.print_button, self.save_button, self.previous_button):
                button.setEnabled(False)
            self.next_button.setEnabled(False)
        self._show_page()

    def _controls(self) -> None:
        self.previous_button = QPushButton(self.tr("&Vorige"))
        press_on_key(self.previous_button, QKeySequence.StandardKey.MoveToPreviousPage, self)
        self.previous_button.setToolTip(self.tr("Vorige pagina (PageUp)"))
        self.next_button = QPushButton(self.tr("V&olgende"))
        press_on_key(self.next_button, QKeySequence.StandardKey.MoveToNextPage, self)
        self.next_button.setToolTip(self.tr("Volgende pagina (PageDown)"))
        self.page = QSpinBox()
        self.page.setObjectName("pageNumber")
        self.page.setAccessibleName(self.tr("Pagina"))
        self.page.setRange(1, max(1, self.document.pageCount()))
        self.pages = QLabel()
        self.zoom_out_button = QPushButton(self.tr("Ver&kleinen"))
        press_on_key(self.zoom_out_button, QKeySequence.StandardKey.ZoomOut, self)
        self.zoom_in_button = QPushButton(self.tr("Ver&groten"))
        press_on_key(self.zoom_in_button, QKeySequence.StandardKey.ZoomIn, self)
        self.fit_button = QPushButton(self.tr("&Paginabreedte"))
        self.whole_button = QPushButton(self.tr("&Hele pagina"))
        self.whole_button.setToolTip(self.tr("Een hele pagina in het venster"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.print_button = QPushButton(self.tr("&Afdrukken…"))
        press_on_key(self.print_button, QKeySequence.StandardKey.Print, self)
        self.save_button = QPushButton(self.tr("Op&slaan als…"))
        press_on_key(self.save_button, QKeySequence.StandardKey.Save, self)
        self.external_button = QPushButton(self.tr("In PDF-&lezer openen"))
        self.external_button.setToolTip(self.tr("Openen in het PDF-programma van deze computer"))
        self.close_button = QPushButton(self.tr("Sl&uiten"))
        self.saved = QLabel()  # where *Opslaan als…* put the copy
        self.saved.setObjectName("hint")
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder_button = QPushButton(self.tr("&Map openen"))
        self.folder_button.setToolTip(self.tr("De map met de opgeslagen kopie"))
        self.saved_to: Path | None = None
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(QLabel(self.tr("Pagina")))
        row.addWidget(self.page)
        row.addWidget(self.pages)
        row.addSpacing(16)
        zoom = (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.whole_button)
        for widget in (*zoom, self.zoom_label):
            row.addWidget(widget)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, self.external_button):
            row.addWidget(button)
        row.addWidget(self.close_button)
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(self.folder_button)
        for widget in (self.saved, self.folder_button):
            widget.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addLayout(saved_row)
        layout.addWidget(self.view, 1)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the page number must not press one
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value() - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.whole_button.clicked.connect(self.fit_page)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        self.external_button.clicked.connect(self.open_externally)
        self.close_button.clicked.connect(self.close)
        self.folder_button.clicked.connect(self.open_folder)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page())
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _mode: self._show_zoom())
        self._show_zoom()
        self.view.viewport().installEventFilter(self)

    def _fit_screen(self, parent: QWidget | None) -> None:
        """As tall as the screen it opens on leaves room for (its taskbar and the title bar
        too), 900 pixels wide or as wide as the controls need, and on that screen."""
        screen = (parent.screen() if parent is not None else None) or (
            QGuiApplication.primaryScreen()
        )
        room = screen.availableGeometry()
        title_bar = self.style().pixelMetric(self.style().PixelMetric.PM_TitleBarHeight) + 8
        width = min(max(WIDTH, self.minimumSizeHint().width()), room.width())
        height = room.height() - title_bar
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.view.viewport():
            self._show_zoom()  # how far one can zoom depends on the room the page has
        return super().eventFilter(watched, event)

    # --- pages and zoom -------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page on screen, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        if index == navigator.currentPage() and self.page_count() > 1:
            # The view scrolls to a page only when the page changes; after a zoom it can
            # show another page than the one it holds as current. Step off it and back.
            navigator.jump(1 if index == 0 else index - 1, QPointF(), navigator.currentZoom())
        navigator.jump(index, QPointF(), navigator.currentZoom())
        self._show_page()

    def zoom_by(self, factor: float) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, self._effective_zoom() * factor))
        self._zoom(QPdfView.ZoomMode.Custom, zoom)

    def fit_width(self) -> None:
        self._zoom(QPdfView.ZoomMode.FitToWidth)

    def fit_page(self) -> None:
        self._zoom(QPdfView.ZoomMode.FitInView)

    def _zoom(self, mode: QPdfView.ZoomMode, factor: float | None = None) -> None:
        """Zoom, staying on the page being read: the view keeps its scroll offset, which
        at another zoom lies on another page (the trial saw page 2 become page 1)."""
        page = self.current_page()
        self.view.setZoomMode(mode)
        if factor is not None:
            self.view.setZoomFactor(factor)
        QTimer.singleShot(0, self, lambda: self.go_to(page))  # once the pages are laid out

    def _effective_zoom(self) -> float:
        """The zoom on screen: in a fit mode, what the page's width (or whole page) in the
        view's room comes to."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        dots = self.logicalDpiX() / 72
        room = self.view.viewport().size()
        zoom = (room.width() - 2 * MARGIN) / max(1.0, points.width() * dots)
        if mode == QPdfView.ZoomMode.FitInView:
            zoom = min(zoom, (room.height() - 2 * MARGIN) / max(1.0, points.height() * dots))
        return max(ZOOM_MIN, zoom)

    def _show_page(self) -> None:
        if not shiboken6.isValid(self.document) or not shiboken6.isValid(self.pages):
            return  # the view says goodbye while the window is being deleted
        count = self.page_count()
        current = self.current_page()
        if count:
            self.pages.setText(self.tr("van %1").replace("%1", str(count)))
            self.page.blockSignals(True)
            self.page.setValue(current + 1)
            self.page.blockSignals(False)
        self.previous_button.setEnabled(current > 0)
        self.next_button.setEnabled(current < count - 1)

    def _show_zoom(self) -> None:
        if not shiboken6.isValid(self.zoom_label):
            return
        if self.view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            self.zoom_label.setText(self.tr("paginabreedte"))
        elif self.view.zoomMode() == QPdfView.ZoomMode.FitInView:
            self.zoom_label.setText(self.tr("hele pagina"))
        else:
            self.zoom_label.setText(f"{round(self.view.zoomFactor() * 100)}%")
        self.zoom_in_button.setEnabled(self._effective_zoom() < ZOOM_MAX)
        self.zoom_out_button.setEnabled(self._effective_zoom() > ZOOM_MIN)

    # --- print, save, open elsewhere ------------------------------------------------------

    def print_(self) -> bool:
        return printing.print_document(self, self.document)

    def save_as(self) -> Path | None:
        """A copy where the user wants it (e.g. on the share, to mail); None if cancelled."""
        target = ask_save_path(
            self, self.tr("PDF opslaan als"), str(self.path), self.tr("PDF (*.pdf)")
        )
        if target is None or target == self.path:
            return None
        try:
            with files.atomic_path(target) as partial:
                shutil.copyfile(self.path, partial)
        except OtoError as refusal:  # a full disk, a read-only or missing folder
            QMessageBox.warning(self, self.tr("Niet gelukt"), sentence(refusal.message))
            return None
        self.saved_to = target
        self.saved.setText(self.tr("Opgeslagen als %1").replace("%1", str(target)))
        self.saved.show()
        self.folder_button.show()
        return target

    def open_folder(self) -> None:
        """The folder of the saved copy, in the computer's file manager; where there is
        none, the line says where to find it."""
        if self.saved_to is None or printing.open_externally(self.saved_to.parent):
            return
        self.saved.setText(
            self.tr("Opgeslagen als %1; deze computer kan de map niet openen.").replace(
                "%1", str(self.saved_to)
            )
        )

    def open_externally(self) -> None:
        if not printing.open_externally(self.path):
            QMessageBox.information(
                self,
                self.tr("Geen PDF-lezer"),
                self.tr(
                    "Deze computer heeft geen programma voor PDF-bestanden. U kunt de PDF hier "
                    "bekijken, afdrukken en opslaan."
                ),
            )
