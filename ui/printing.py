"""Opening and printing a PDF the app made (QtPdf renders, QPrinter prints)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def open_pdf(path: Path) -> bool:
    """Open in the system's PDF viewer."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_pdf(parent: QWidget, path: Path, printer: QPrinter | None = None) -> bool:
    """Ask for a printer (unless given) and print every page; False when cancelled."""
    document = QPdfDocument(parent)
    document.load(str(path))
    printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
    if printer.outputFileName() == "":
        dialog = QPrintDialog(printer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
    painter = QPainter(printer)
    try:
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            target = painter.viewport()
            image = document.render(index, target.size())
            painter.drawImage(target, image)
    finally:
        painter.end()
        document.close()
    return True
