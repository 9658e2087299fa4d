"""The preview window for a PDF OTO made: page through it, zoom, print, save a copy.

QtPdf (Pdfium inside Qt) renders the pages, so this works on a workstation without a
PDF viewer. The window is not modal: a user can keep the Jaaroverzicht open beside the app.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeySequence
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
from ui.widgets import ask_save_path, sentence

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 4.0


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
        self.resize(900, 1000)
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
        tr = self.tr
        self.previous_button = QPushButton(tr("&Vorige"))
        self.previous_button.setShortcut(QKeySequence.StandardKey.MoveToPreviousPage)
        self.previous_button.setToolTip(tr("Vorige pagina (PageUp)"))
        self.next_button = QPushButton(tr("V&olgende"))
        self.next_button.setShortcut(QKeySequence.StandardKey.MoveToNextPage)
        self.next_button.setToolTip(tr("Volgende pagina (PageDown)"))
        self.page = QSpinBox()
        self.page.setObjectName("pageNumber")
        self.page.setAccessibleName(tr("Pagina"))
        self.page.setRange(1, max(1, self.document.pageCount()))
        self.pages = QLabel()
        self.zoom_out_button = QPushButton(tr("Ver&kleinen"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button = QPushButton(tr("Ver&groten"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.fit_button = QPushButton(tr("&Paginabreedte"))
        self.zoom_label = QLabel()
        self.zoom_label.setObjectName("zoomLabel")
        self.print_button = QPushButton(tr("&Afdrukken…"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.save_button = QPushButton(tr("Op&slaan als…"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.external_button = QPushButton(tr("In PDF-&lezer openen"))
        self.external_button.setToolTip(tr("Openen in het PDF-programma van deze computer"))
        self.close_button = QPushButton(tr("Sl&uiten"))
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        row.addWidget(QLabel(tr("Pagina")))
        row.addWidget(self.page)
        row.addWidget(self.pages)
        row.addSpacing(16)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button, self.zoom_label):
            row.addWidget(widget)
        row.addStretch(1)
        for button in (self.print_button, self.save_button, self.external_button):
            row.addWidget(button)
        row.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.view, 1)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the page number must not press one
        self.previous_button.clicked.connect(lambda: self.go_to(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to(self.current_page() + 1))
        self.page.editingFinished.connect(lambda: self.go_to(self.page.value() - 1))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self.fit_width)
        self.print_button.clicked.connect(self.print_)
        self.save_button.clicked.connect(self.save_as)
        self.external_button.clicked.connect(self.open_externally)
        self.close_button.clicked.connect(self.close)
        self.view.pageNavigator().currentPageChanged.connect(lambda _page: self._show_page())
        self.view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        self.view.zoomModeChanged.connect(lambda _mode: self._show_zoom())
        self._show_zoom()

    # --- pages and zoom -------------------------------------------------------------------

    def page_count(self) -> int:
        return self.document.pageCount()

    def current_page(self) -> int:
        """The page on screen, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to(self, index: int) -> None:
        index = max(0, min(index, self.page_count() - 1))
        navigator = self.view.pageNavigator()
        navigator.jump(index, QPointF(), navigator.currentZoom())
        self._show_page()

    def zoom_by(self, factor: float) -> None:
        zoom = max(ZOOM_MIN, min(ZOOM_MAX, self._effective_zoom() * factor))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(zoom)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    def _effective_zoom(self) -> float:
        """The zoom on screen: in fit-to-width mode, the page width over the view's width."""
        if self.view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count() == 0:
            return self.view.zoomFactor()
        points = self.document.pagePointSize(max(0, self.current_page()))
        pixels = points.width() * self.logicalDpiX() / 72
        return max(ZOOM_MIN, (self.view.viewport().width() - 2 * 6) / max(1.0, pixels))

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
        return target

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
