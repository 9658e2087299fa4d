"""What every OTO document shares: A4, embedded fonts, styles, header and footer.

Fonts: Bitstream Vera, shipped inside ReportLab and embedded in every PDF, so ë
and é print the same on every machine. "Pagina X van Y" needs the page count
before the pages are drawn: the document is laid out once to count (written to
nowhere) and once for real, which keeps memory to the page being laid out
rather than holding every finished page (ReportLab's NumberedCanvas recipe does).
"""

from __future__ import annotations

import datetime as dt
import os
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import partial
from itertools import chain
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.graphics.shapes import STATE_DEFAULTS
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import asBytes
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
)
from reportlab.rl_config import TTFSearchPath

from oto_app import messages
from oto_app.dates import format_date
from oto_app.files import atomic_path
from oto_app.reports.rows import RowTable, TableStyle

FONT, BOLD = "OTO-Vera", "OTO-Vera-Bold"
BLUE = colors.HexColor("#1f4e79")
GREEN, AMBER, RED = (
    colors.HexColor("#2e7d32"),
    colors.HexColor("#c77800"),
    colors.HexColor("#c62828"),
)
GRID = colors.HexColor("#c9d3de")
SHADE = colors.HexColor("#eef2f6")


def _register_fonts() -> None:
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    folder = next(Path(p) for p in TTFSearchPath if (Path(p) / "Vera.ttf").exists())
    pdfmetrics.registerFont(TTFont(FONT, str(folder / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "VeraBd.ttf")))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=BOLD, italic=FONT, boldItalic=BOLD)


_register_fonts()
# Every canvas and drawing starts in Vera, so no unembedded Helvetica is referenced.
rl_config.canvas_basefontname = FONT
STATE_DEFAULTS["fontName"] = FONT

STYLES = {
    "body": ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, alignment=TA_LEFT),
    "small": ParagraphStyle("small", fontName=FONT, fontSize=8, leading=10),
    "cell": ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.5),
    "title": ParagraphStyle(
        "title", fontName=BOLD, fontSize=22, leading=27, textColor=BLUE, spaceAfter=6 * mm
    ),
    "h1": ParagraphStyle(
        "h1",
        fontName=BOLD,
        fontSize=14,
        leading=18,
        textColor=BLUE,
        spaceBefore=4 * mm,
        spaceAfter=2.5 * mm,
        keepWithNext=True,
    ),
    "h2": ParagraphStyle(
        "h2",
        fontName=BOLD,
        fontSize=11,
        leading=14,
        spaceBefore=3 * mm,
        spaceAfter=1.5 * mm,
        keepWithNext=True,
    ),
}


def para(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: names may hold '&' or '<')."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped.replace("\n", "<br/>"), STYLES[style])


ROW_STYLE = TableStyle(FONT, BOLD, GRID, SHADE)


def table(
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    widths: Sequence[float],
    row_height: float | None = None,
    caption: str | None = None,
) -> Iterator[Flowable]:
    """A table with the header repeated on every page (and ``caption`` above it on the
    pages after the first), drawn at canvas speed (see :mod:`oto_app.reports.rows`).

    Cells are strings (wrapped inside their column) or ``Mark`` s; rows are taken from
    ``rows`` only as the layout reaches them. No rows: no table.
    """
    source = iter(rows)
    first = next(source, None)
    if first is not None:
        yield RowTable(header, chain([first], source), widths, ROW_STYLE, row_height or 0, caption)


class LazyStory(list):
    """The story as platypus consumes it (``len``, ``[0]``, ``del [0]``, ``[0:0] = parts``),
    filled from a generator one flowable ahead, so a long document never holds more than
    what is being laid out. platypus reads the story only through those operations.
    """

    def __init__(self, flowables: Iterable[Flowable]) -> None:
        super().__init__()
        self._source = iter(flowables)

    def _fill(self) -> None:
        if not super().__len__():
            following = next(self._source, None)
            if following is not None:
                self.append(following)

    def __len__(self) -> int:
        self._fill()
        return super().__len__()

    def __getitem__(self, index: Any) -> Any:
        self._fill()
        return super().__getitem__(index)


class Mark(Flowable):
    """A coloured dot and a word, for traffic lights (Vera has no dot glyph: draw it)."""

    def __init__(self, colour: colors.Color, text: str) -> None:
        super().__init__()
        self.colour, self.text = colour, text

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return available_width, 10

    def draw(self) -> None:
        self.canv.setFillColor(self.colour)
        self.canv.circle(3.2, 3.6, 3, stroke=0, fill=1)
        self.canv.setFillColor(colors.black)
        self.canv.setFont(FONT, 8)
        self.canv.drawString(10, 1, self.text)


class CompactCanvas(Canvas):
    """A canvas that compresses each page's content as soon as the page is finished.

    ReportLab keeps every finished page until the file is saved and compresses them only
    then; a 20,000-person report holds about 30 KB of page text per page that way. Here the
    page is deflated at once (the same FlateDecode stream ReportLab would write), so what
    stays behind per page is its share of the final file (about 3 KB).
    """

    def showPage(self) -> None:
        super().showPage()
        page = self._doc.Pages.pages[-1]
        if page.stream and not page.Contents:
            page.Contents = PDFStream(
                PDFDictionary({"Filter": PDFArray([PDFName("FlateDecode")])}),
                zlib.compress(asBytes(page.stream)),
            )
            page.stream = None


class CountingCanvas(Canvas):
    """The canvas of the counting pass: only the number of pages matters, so the pages'
    content is dropped as each ends, and tables skip drawing (``counting``)."""

    counting = True

    def showPage(self) -> None:
        self._code.clear()
        super().showPage()


class OtoDocument(BaseDocTemplate):
    """A4 portrait with a header (municipality, title) and a footer (date, pagina X van Y)."""

    def __init__(
        self, target: Any, title: str, municipality: str, total_pages: int | None, printed: dt.date
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=18 * mm,
            rightMargin=18 * mm,
            topMargin=22 * mm,
            bottomMargin=18 * mm,
            title=title,
            author=municipality,
            creator="OTO",
        )
        self.report_title = title
        self.municipality = municipality
        self.total_pages = total_pages
        self.printed = printed
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._decorate)])

    def _decorate(self, canvas: Any, doc: Any) -> None:
        if self.total_pages is None:
            return  # the counting pass: nothing of it is kept
        width, height = A4
        canvas.saveState()
        canvas.setFont(FONT, 8)
        canvas.setFillColor(colors.HexColor("#4a5866"))
        canvas.drawString(self.leftMargin, height - 12 * mm, self.municipality)
        room = (
            width
            - self.leftMargin
            - self.rightMargin
            - canvas.stringWidth(self.municipality, FONT, 8)
            - 10 * mm
        )
        title = self.report_title
        while canvas.stringWidth(title, FONT, 8) > room and len(title) > 10:
            title = title[:-2].rstrip() + "…"
        canvas.drawRightString(width - self.rightMargin, height - 12 * mm, title)
        canvas.setStrokeColor(GRID)
        canvas.line(self.leftMargin, height - 14 * mm, width - self.rightMargin, height - 14 * mm)
        total = self.total_pages or doc.page
        canvas.drawString(
            self.leftMargin,
            10 * mm,
            messages.text("report_printed", date=format_date(self.printed)),
        )
        canvas.drawRightString(
            width - self.rightMargin,
            10 * mm,
            messages.text("report_page", page=doc.page, total=total),
        )
        canvas.restoreState()


def build(
    path: Path,
    title: str,
    municipality: str,
    story: Callable[[], Iterable[Flowable]],
    printed: dt.date | None = None,
) -> int:
    """Lay the story out twice (count, then write) and return the number of pages."""
    printed = printed or dt.date.today()
    with open(os.devnull, "wb") as nowhere:
        counting = OtoDocument(nowhere, title, municipality, None, printed)
        counting.build(
            LazyStory(story()), canvasmaker=partial(CountingCanvas, initialFontName=FONT)
        )
    pages = counting.page
    del counting  # its canvas still holds every page of the counting pass
    with atomic_path(path) as temporary:
        writing = OtoDocument(str(temporary), title, municipality, pages, printed)
        writing.build(LazyStory(story()), canvasmaker=partial(CompactCanvas, initialFontName=FONT))
    return pages
