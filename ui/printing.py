"""Showing and printing a PDF the app made: inside OTO, with no PDF viewer needed.

Every PDF OTO writes (Jaaroverzicht, presentielijst, evaluatieverslag, persoonlijk
overzicht) goes through :func:`open_pdf`, which shows it in :class:`ui.pdf_preview.PdfPreview`
(QtPdf renders it). :func:`print_pdf` prints a PDF's pages on a QPrinter, rendered by QtPdf.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

if TYPE_CHECKING:
    from ui.pdf_preview import PdfPreview

#: Pages are rendered at this resolution at most: a 1200 dpi A4 page would be a 550 MB image.
MAX_PRINT_DPI = 300


def open_pdf(path: Path, parent: QWidget | None = None) -> PdfPreview:
    """Show the PDF in OTO's own preview window (page through, zoom, print, save as)."""
    from ui.pdf_preview import PdfPreview

    preview = PdfPreview(path, parent)
    preview.show()
    preview.raise_()
    preview.activateWindow()
    return preview


def open_externally(path: Path) -> bool:
    """Open in the system's PDF viewer, if there is one; False when none opened it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_pdf(parent: QWidget, path: Path, printer: QPrinter | None = None) -> bool:
    """Ask for a printer (unless given) and print every page; False when cancelled."""
    document = QPdfDocument(parent)
    document.load(str(path))
    try:
        return print_document(parent, document, printer)
    finally:
        document.close()


def print_document(
    parent: QWidget | None, document: QPdfDocument, printer: QPrinter | None = None
) -> bool:
    """Print a loaded PDF: the print dialog (unless ``printer`` already writes to a file),
    then the chosen pages, each fitted to the printable area; False when cancelled."""
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    pages = document.pageCount()
    if pages == 0:
        return False
    first, last = 0, pages - 1
    if printer.outputFileName() == "":
        dialog = QPrintDialog(printer, parent)
        dialog.setMinMax(1, pages)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        if printer.printRange() == QPrinter.PrintRange.PageRange:
            first = max(0, printer.fromPage() - 1)
            last = min(pages - 1, printer.toPage() - 1)
    painter = QPainter(printer)
    try:
        for index in range(first, last + 1):
            if index > first:
                printer.newPage()
            _print_page(painter, printer, document, index)
    finally:
        painter.end()
    return True


def _print_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    """One page, its aspect kept, centred in the printable area."""
    area = painter.viewport()
    points = document.pagePointSize(index)
    if points.isEmpty():
        return
    scale = min(area.width() / points.width(), area.height() / points.height())
    target = QRect(0, 0, round(points.width() * scale), round(points.height() * scale))
    target.moveCenter(area.center())
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
    painter.drawImage(target, document.render(index, size))
