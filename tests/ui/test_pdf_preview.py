"""Every PDF OTO makes opens in its own preview window: page through, zoom, print, save as.

No PDF viewer is needed: the system's one is never asked (QDesktopServices is patched to
fail, as on a workstation without one). The print dialog is patched to choose a QPrinter
in PDF mode, so the test can count and look at the printed pages.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QImage
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from oto_app.db import Database
from oto_app.services import staff
from tests.helpers.file_dialogs import choose_files
from tests.helpers.hands import Hands
from ui import printing
from ui.main_window import MainWindow
from ui.pdf_preview import PdfPreview

pytestmark = pytest.mark.gui


@pytest.fixture
def no_pdf_viewer(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """A workstation without a PDF program: opening a file outside OTO does nothing."""
    asked: list[object] = []

    def refuse(url: object) -> bool:
        asked.append(url)
        return False

    monkeypatch.setattr(QDesktopServices, "openUrl", refuse)
    return asked


@pytest.fixture
def save_to(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], None]:
    def choose(path: Path) -> None:
        choose_files(monkeypatch, path)

    return choose


class PrintDialogToPdf:
    """Stands in for QPrintDialog: the user picks 'print to a PDF file' (or cancels)."""

    target: Path | None = None
    pages: tuple[int, int] | None = None
    shown = 0

    def __init__(self, printer: QPrinter, _parent: object = None) -> None:
        self.printer = printer

    def setMinMax(self, _low: int, _high: int) -> None:
        pass

    def setOption(self, *_args: object) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        type(self).shown += 1
        if self.target is None:
            return QDialog.DialogCode.Rejected
        self.printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        self.printer.setOutputFileName(str(self.target))
        if self.pages:
            self.printer.setPrintRange(QPrinter.PrintRange.PageRange)
            self.printer.setFromTo(*self.pages)
        return QDialog.DialogCode.Accepted


@pytest.fixture
def print_dialog(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[PrintDialogToPdf]]:
    class Dialog(PrintDialogToPdf):
        pass

    monkeypatch.setattr(printing, "QPrintDialog", Dialog)
    yield Dialog


def shown_preview(qtbot: QtBot, window: MainWindow) -> PdfPreview:
    """The preview window this main window opened (a window of its own, but its child)."""
    found: list[PdfPreview] = []

    def visible() -> bool:
        found[:] = [w for w in window.findChildren(PdfPreview) if w.isVisible()]
        return bool(found)

    qtbot.waitUntil(visible, timeout=30_000)
    return found[-1]


def inked(path: Path, page: int = 0) -> float:
    """The share of the page's pixels that are not white: printed text, not a blank sheet."""
    document = QPdfDocument()
    document.load(str(path))
    image = document.render(page, document.pagePointSize(page).toSize()).convertToFormat(
        QImage.Format.Format_Grayscale8
    )
    document.close()
    dark = sum(
        1
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
        if image.pixelColor(x, y).value() < 200
    )
    return dark / ((image.width() // 2) * (image.height() // 2))


def test_every_pdf_opens_in_the_preview_without_a_pdf_viewer(
    qtbot: QtBot,
    demo_window: MainWindow,
    sqlite_db: Database,
    tmp_path: Path,
    save_to: Callable[[Path], None],
    no_pdf_viewer: list[object],
) -> None:
    window = demo_window
    made: dict[str, Path] = {}

    def expect_preview(name: str, path: Path) -> None:
        preview = shown_preview(qtbot, window)
        assert preview.path == path, name
        assert preview.page_count() == len(PdfReader(path).pages) > 0, name
        assert preview.view.document().status() == QPdfDocument.Status.Ready, name
        made[name] = path
        preview.close()
        qtbot.waitUntil(lambda: not preview.isVisible())

    # Jaaroverzicht (Rapporten)
    window.show_page("reports")
    window.reports_page.year.setValue(2025)
    target = tmp_path / "jaaroverzicht.pdf"
    window.reports_page.make_to(target)
    expect_preview("jaaroverzicht", target)
    # Presentielijst (Activiteiten)
    window.show_page("activities")
    window.activities_page.year.setValue(2026)
    window.activities_page.table.selectRow(0)
    save_to(target := tmp_path / "presentielijst.pdf")
    qtbot.mouseClick(window.activities_page.sheet_button, Qt.MouseButton.LeftButton)
    expect_preview("presentielijst", target)
    # Evaluatieverslag (Evaluaties)
    window.show_page("evaluations")
    page = window.evaluations_page
    page.year.setValue(2025)
    evaluated = next(i for i, r in enumerate(page.todo.rows()) if r.evaluation_id is not None)
    page.todo_view.selectRow(evaluated)
    save_to(target := tmp_path / "evaluatie.pdf")
    qtbot.mouseClick(page.report_button, Qt.MouseButton.LeftButton)
    expect_preview("evaluatieverslag", target)
    # Persoonlijk OTO-overzicht (Medewerkers)
    with sqlite_db.begin() as session:
        person = staff.create_person(session, staff.PersonData("77", "Anna", "Vries", "de")).value
    window.show_page("staff")
    window.staff_page.reload(select_id=person)
    save_to(target := tmp_path / "anna.pdf")
    qtbot.mouseClick(window.staff_page.panel.overview_button, Qt.MouseButton.LeftButton)
    expect_preview("persoonlijk overzicht", target)

    assert set(made) == {
        "jaaroverzicht",
        "presentielijst",
        "evaluatieverslag",
        "persoonlijk overzicht",
    }
    assert no_pdf_viewer == []  # the system's PDF viewer was never needed


@pytest.fixture
def annual_preview(qtbot: QtBot, demo_window: MainWindow, tmp_path: Path) -> PdfPreview:
    page = demo_window.reports_page
    demo_window.show_page("reports")
    page.year.setValue(2025)
    page.make_to(tmp_path / "jaaroverzicht.pdf")
    preview = shown_preview(qtbot, demo_window)
    assert preview.page_count() >= 3
    return preview


def test_pages_and_zoom_by_keyboard(qtbot: QtBot, annual_preview: PdfPreview) -> None:
    preview = annual_preview
    assert preview.current_page() == 0
    assert not preview.previous_button.isEnabled()
    assert preview.pages.text() == f"van {preview.page_count()}"
    # (a button's shortcut clicks it a moment later, as it shows the button pressed)
    qtbot.keyClick(preview, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    assert preview.page.value() == 2
    assert preview.previous_button.isEnabled()
    qtbot.keyClick(preview, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: preview.current_page() == 0)
    # The underlined letters work beside the standard keys (setShortcut had replaced them).
    alt = Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(preview, Qt.Key.Key_O, alt)  # V&olgende
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    qtbot.keyClick(preview, Qt.Key.Key_V, alt)  # &Vorige
    qtbot.waitUntil(lambda: preview.current_page() == 0)
    qtbot.keyClick(preview, Qt.Key.Key_G, alt)  # Ver&groten
    qtbot.waitUntil(lambda: preview.zoom_label.text() != "paginabreedte")
    larger = preview.view.zoomFactor()
    qtbot.keyClick(preview, Qt.Key.Key_K, alt)  # Ver&kleinen
    qtbot.waitUntil(lambda: preview.view.zoomFactor() < larger)
    qtbot.keyClick(preview, Qt.Key.Key_P, alt)  # &Paginabreedte
    qtbot.waitUntil(lambda: preview.zoom_label.text() == "paginabreedte")
    # Typing a page number and Enter jumps there; past the end stops at the last page.
    preview.page.setFocus()
    preview.page.selectAll()
    qtbot.keyClicks(preview.page, "3")
    qtbot.keyClick(preview.page, Qt.Key.Key_Return)
    assert preview.current_page() == 2
    preview.go_to(999)
    assert preview.current_page() == preview.page_count() - 1
    assert not preview.next_button.isEnabled()
    # Zoom: in, out, and back to the page width.
    assert preview.zoom_label.text() == "paginabreedte"
    qtbot.mouseClick(preview.zoom_in_button, Qt.MouseButton.LeftButton)
    larger = preview.view.zoomFactor()
    assert preview.zoom_label.text() == f"{round(larger * 100)}%"
    qtbot.keyClick(preview, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: preview.view.zoomFactor() < larger)
    qtbot.mouseClick(preview.fit_button, Qt.MouseButton.LeftButton)
    assert preview.zoom_label.text() == "paginabreedte"
    # The page is really drawn: the view is not blank.
    image = preview.view.grab().toImage().convertToFormat(QImage.Format.Format_Grayscale8)
    colours = {
        image.pixelColor(x, y).value()
        for x in range(0, image.width(), 7)
        for y in range(0, image.height(), 7)
    }
    assert len(colours) > 3


def on_screen_page(preview: PdfPreview) -> int:
    """The page the view shows at its top (1-based): where a fresh jump to the page the
    counter names scrolls to must be where the view already is."""
    bar = preview.view.verticalScrollBar()
    shown = bar.value()
    counted = preview.page.value()
    preview.go_to(counted - 1)
    QApplication.processEvents()
    return counted if bar.value() == shown else -1


def test_the_window_fits_its_screen_and_zooms_out_to_whole_pages_on_the_same_page(
    qtbot: QtBot, annual_preview: PdfPreview
) -> None:
    """The trial's 768-pixel screen: the window was 1000 high; Verkleinen was grey at
    the page width; after Vergroten the counter went from 2 back to 1."""
    preview = annual_preview
    hands = Hands(qtbot)
    room = preview.screen().availableGeometry()
    assert room.contains(preview.frameGeometry().topLeft())
    assert preview.frameGeometry().bottom() <= room.bottom()
    assert preview.minimumSizeHint().width() <= 1366
    qtbot.waitUntil(lambda: preview.zoom_out_button.isEnabled())  # at the page width
    hands.key(Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.page.value() == 2)
    hands.click(preview.zoom_in_button)
    qtbot.wait(50)
    assert (preview.page.value(), on_screen_page(preview)) == (2, 2)
    hands.click(preview.whole_button)
    qtbot.wait(50)
    assert preview.zoom_label.text() == "hele pagina"
    assert on_screen_page(preview) == 2
    page = preview.document.pagePointSize(1) * preview.logicalDpiY() / 72
    whole = preview.view.viewport().height() / page.height()
    hands.click(preview.zoom_out_button)  # below a whole page
    qtbot.wait(50)
    assert preview.view.zoomFactor() < whole
    assert on_screen_page(preview) == 2
    hands.click(preview.fit_button)
    qtbot.wait(50)
    assert preview.zoom_label.text() == "paginabreedte"
    assert on_screen_page(preview) == 2
    qtbot.waitUntil(lambda: preview.zoom_out_button.isEnabled())


def test_print_every_page_through_the_print_dialog(
    qtbot: QtBot,
    annual_preview: PdfPreview,
    print_dialog: type[PrintDialogToPdf],
    tmp_path: Path,
) -> None:
    preview = annual_preview
    print_dialog.target = tmp_path / "afdruk.pdf"
    qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert print_dialog.shown == 1
    printed = PdfReader(print_dialog.target)
    assert len(printed.pages) == preview.page_count()
    for page in range(preview.page_count()):
        assert inked(print_dialog.target, page) > 0.002, f"page {page + 1} printed blank"


def test_print_a_page_range_and_cancel(
    qtbot: QtBot,
    annual_preview: PdfPreview,
    print_dialog: type[PrintDialogToPdf],
    tmp_path: Path,
) -> None:
    preview = annual_preview
    print_dialog.target = tmp_path / "pagina-2-3.pdf"
    print_dialog.pages = (2, 3)
    qtbot.keyClick(preview, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: print_dialog.shown == 1)
    assert len(PdfReader(print_dialog.target).pages) == 2
    print_dialog.target = None  # Annuleren in the print dialog: nothing printed
    assert not preview.print_()
    assert print_dialog.shown == 2


def test_save_a_copy_and_open_elsewhere(
    qtbot: QtBot,
    annual_preview: PdfPreview,
    save_to: Callable[[Path], None],
    no_pdf_viewer: list[object],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    preview = annual_preview
    copy = tmp_path / "share" / "jaaroverzicht-voor-de-raad.pdf"
    copy.parent.mkdir()
    save_to(copy)
    qtbot.mouseClick(preview.save_button, Qt.MouseButton.LeftButton)
    assert copy.read_bytes() == preview.path.read_bytes()
    # Saving into a folder that does not exist says so and keeps the preview open.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    save_to(tmp_path / "bestaat-niet" / "x.pdf")
    assert preview.save_as() is None
    assert "x.pdf is niet opgeslagen: de map" in warnings[0] and "bestaat niet" in warnings[0]
    # No PDF program on this computer: the user is told the preview does it all.
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    qtbot.mouseClick(preview.external_button, Qt.MouseButton.LeftButton)
    assert len(no_pdf_viewer) == 1
    assert "geen programma voor PDF-bestanden" in told[0]


def test_a_damaged_pdf_is_said_not_shown(qtbot: QtBot, app: QApplication, tmp_path: Path) -> None:
    broken = tmp_path / "kapot.pdf"
    broken.write_bytes(b"%PDF-1.4 dit is geen pdf")
    preview = printing.open_pdf(broken)
    qtbot.addWidget(preview)
    assert "geen leesbare PDF" in preview.pages.text()
    assert not preview.print_button.isEnabled()
    assert not preview.save_button.isEnabled()


def test_alt_letters_work_while_the_page_number_has_the_keyboard(
    qtbot: QtBot, annual_preview: PdfPreview
) -> None:
    """Seen in the second trial: with the cursor in the page number, Alt+O/V/G/K did
    nothing (the buttons' setShortcut had replaced their letters, d884bd0); checked here
    with the page number focused by a click, as the trial had it."""
    preview = annual_preview
    hands = Hands(qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)  # open_pdf activates it
    hands.click(preview.page)
    assert hands.focused() is preview.page
    hands.shortcut("Alt+O")  # V&olgende
    qtbot.waitUntil(lambda: preview.current_page() == 1)
    hands.shortcut("Alt+G")  # Ver&groten
    qtbot.waitUntil(lambda: preview.zoom_label.text() != "paginabreedte")
    larger = preview.view.zoomFactor()
    hands.shortcut("Alt+K")  # Ver&kleinen
    qtbot.waitUntil(lambda: preview.view.zoomFactor() < larger)
    hands.shortcut("Alt+V")  # &Vorige
    qtbot.waitUntil(lambda: preview.current_page() == 0)
    hands.shortcut("Alt+P")  # &Paginabreedte
    qtbot.waitUntil(lambda: preview.zoom_label.text() == "paginabreedte")
    hands.select_all_and_type("3")  # and the number box still takes a page number
    hands.enter()
    qtbot.waitUntil(lambda: preview.current_page() == 2)


def test_save_as_says_where_and_opens_the_folder(
    qtbot: QtBot, annual_preview: PdfPreview, no_pdf_viewer: list[object], tmp_path: Path
) -> None:
    """*Opslaan als…* saved without a word: now the preview says where, with Map openen."""
    preview = annual_preview
    hands = Hands(qtbot)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is preview)  # open_pdf activates it
    copy = tmp_path / "raad.pdf"

    def name_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QFileDialog)
        hands.select_all_and_type(str(copy))
        hands.enter()

    hands.opens(lambda: hands.shortcut("Alt+S"), name_it)  # Op&slaan als…
    assert copy.read_bytes() == preview.path.read_bytes()
    assert preview.saved.isVisible() and preview.saved.text() == f"Opgeslagen als {copy}"
    hands.shortcut("Alt+M")  # Map openen: no file manager on this computer either
    qtbot.waitUntil(lambda: bool(no_pdf_viewer))
    assert [url.toLocalFile() for url in no_pdf_viewer] == [str(tmp_path)]  # type: ignore[attr-defined]
    assert preview.saved.text() == (f"Opgeslagen als {copy}; deze computer kan de map niet openen.")
