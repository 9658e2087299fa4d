"""Tables drawn straight on the canvas, for the long tables of the reports.

platypus' ``Table`` makes a ``Paragraph`` of every cell, measures each one to size its
columns and rows, and lays the table out again for every page it splits across: the
annual overview of a region (100,000 people, 3,000 pages) took five and a half minutes.
A ``RowTable`` has fixed column widths and plain strings (or a traffic-light ``Mark``): it
wraps each cell's text itself, by words, with the font's own widths (a text seen before is
wrapped once), and draws a page of rows with one text object and one path for the lines.
It looks like the ``Table`` it replaces: a shaded bold header repeated on every page, a thin
line below each row, text that wraps inside its cell (a cell longer than ``MAX_LINES`` lines
ends in "…"), a ``Mark`` drawn as its dot and word. On the pages after the first an optional
caption says what the table continues ("Opvangen (OV), vervolg").

Rows are pulled from their source only as the layout reaches them, so a table holds one
page of rows however long it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from reportlab.lib import colors
from reportlab.lib.rl_accel import escapePDF
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable

SIZE, LEADING = 8, 9.5  #: the "cell" paragraph style's
PAD_X, PAD_TOP, PAD_BOTTOM = 6, 2, 2  #: as the platypus tables had them
MAX_LINES = 4  #: a cell longer than this ends in "…"
MARK_INDENT = 10  #: a traffic light's word starts after its dot
ELLIPSIS = "…"


class Wrapper:
    """Splits text into the lines that fit a width, in one font at ``SIZE`` points.

    Texts that repeat (roles, units, reasons, statuses) are wrapped once; a text short
    enough to fit whatever its letters is not measured at all."""

    def __init__(self, font: str) -> None:
        self.font = font
        self.width_of = pdfmetrics.getFont(font).stringWidth
        #: the widest letter of the Latin alphabets, for the no-measure fast path
        self.widest = max(self.width_of(c, SIZE) for c in "MWmw@%ÆŒæœ—")
        self._cache: dict[tuple[str, float], tuple[str, ...]] = {}

    def lines(self, text: str, width: float) -> tuple[str, ...]:
        if "\n" not in text and len(text) * self.widest <= width:
            return (text,)
        if "\n" not in text and self.width_of(text, SIZE) <= width:
            return (text,)
        known = self._cache.get((text, width))
        if known is None:
            known = self._wrap(text, width)
            if len(self._cache) < 20_000:  # names are unique: do not keep them all
                self._cache[text, width] = known
        return known

    def _wrap(self, text: str, width: float) -> tuple[str, ...]:
        measure, lines = self.width_of, []
        for paragraph in text.split("\n"):
            line = ""
            for word in paragraph.split(" "):
                joined = f"{line} {word}" if line else word
                if measure(joined, SIZE) <= width:
                    line = joined
                    continue
                if line:
                    lines.append(line)
                # a word longer than the column may reach into the paddings (as a Paragraph
                # in platypus' Table did), never into the next column's text; else it is cut
                while measure(word, SIZE) > width + 2 * PAD_X - 2:
                    cut = self._fitting(word + "-", width) - 1
                    lines.append(word[:cut] + "-")
                    word = word[cut:]
                line = word
            lines.append(line)
        if len(lines) > MAX_LINES:
            lines = [*lines[: MAX_LINES - 1], self.clip(" ".join(lines[MAX_LINES - 1 :]), width)]
        return tuple(lines)

    def _fitting(self, word: str, width: float) -> int:
        cut = len(word)
        while cut > 1 and self.width_of(word[:cut], SIZE) > width:
            cut -= 1
        return cut

    def clip(self, text: str, width: float) -> str:
        """The text cut to fit one line, ending in "…" where it was cut."""
        if self.width_of(text, SIZE) <= width:
            return text
        cut = self._fitting(text + ELLIPSIS, width) - 1
        return text[: max(cut, 0)].rstrip() + ELLIPSIS


_WRAPPERS: dict[str, Wrapper] = {}


def wrapper(font: str) -> Wrapper:
    """One wrapper per font for the whole process: fonts and caches prepared once."""
    if font not in _WRAPPERS:
        _WRAPPERS[font] = Wrapper(font)
    return _WRAPPERS[font]


@dataclass(frozen=True)
class TableStyle:
    """What a ``RowTable`` looks like: fonts and colours."""

    font: str
    bold: str
    grid: colors.Color
    shade: colors.Color


class _Marked(NamedTuple):
    """A traffic light laid out: its colour and its word's lines beside the dot."""

    colour: colors.Color
    lines: tuple[str, ...]


@dataclass
class _Row:
    cells: list[tuple[str, ...] | _Marked]
    height: float


class RowTable(Flowable):
    """A table of fixed column widths that draws its own rows and splits across pages.

    ``rows`` yields one sequence per row, of strings (or anything printed with ``str``) and
    ``Mark`` flowables (their dot and word); ``min_height`` makes every row at least that
    high (room to sign); ``caption`` is printed above the repeated header on the pages
    after the first.
    """

    def __init__(
        self,
        header: Sequence[str],
        rows: Iterable[Sequence[Any]],
        widths: Sequence[float],
        style: TableStyle,
        min_height: float = 0,
        caption: str | None = None,
        _pulled: Sequence[_Row] = (),
        _continued: bool = False,
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as platypus' Table
        self.header, self.widths, self.style = list(header), list(widths), style
        self.min_height, self.caption = min_height, caption
        self._source: Iterator[Sequence[Any]] = iter(rows)
        self._rows: list[_Row] = list(_pulled)
        self._continued = _continued
        self._text = wrapper(style.font)
        self._bold = wrapper(style.bold)
        self._head = self._row(self.header, self._bold)
        self._caption_height = LEADING + PAD_TOP + PAD_BOTTOM if caption and _continued else 0

    # -- layout -------------------------------------------------------------------------

    def _row(self, cells: Sequence[Any], text: Wrapper) -> _Row:
        made: list[tuple[str, ...] | _Marked] = []
        tallest = 1
        for cell, width in zip(cells, self.widths, strict=True):
            room = width - 2 * PAD_X
            if isinstance(cell, Flowable):  # a Mark: its word wraps beside the dot
                lines = text.lines(cell.text, room - MARK_INDENT)
                made.append(_Marked(cell.colour, lines))
            else:
                lines = text.lines(str(cell), room)
                made.append(lines)
            tallest = max(tallest, len(lines))
        return _Row(made, max(self.min_height, tallest * LEADING + PAD_TOP + PAD_BOTTOM))

    def _pull(self, count: int) -> None:
        while len(self._rows) < count:
            cells = next(self._source, None)
            if cells is None:
                return
            self._rows.append(self._row(cells, self._text))

    def _fitting(self, height: float) -> tuple[int, float]:
        """How many rows fit below the header in ``height`` (pulling them), and their height;
        one more row is pulled to know whether the table goes on."""
        used = self._caption_height + self._head.height
        count = 0
        while True:
            self._pull(count + 1)
            if count == len(self._rows) or used + self._rows[count].height > height:
                return count, used
            used += self._rows[count].height
            count += 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        count, used = self._fitting(available_height)
        self.width = sum(self.widths)
        # more rows than fit: say so (taller than the room), and platypus splits the table
        self.height = used if count == len(self._rows) else available_height + 1
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        count, _ = self._fitting(available_height)
        if count == 0:
            return []  # not even one row below the header: all of it on the next page
        self._pull(count + 2)
        if count >= 3 and len(self._rows) == count + 1:
            count -= 1  # never one row alone under a repeated header: two go on
        first = self._part(self._rows[:count], iter(()), self._continued)
        rest = self._part(self._rows[count:], self._source, True)
        return [first, rest]

    def _part(self, rows: list[_Row], source: Iterator[Any], continued: bool) -> RowTable:
        return RowTable(
            self.header,
            source,
            self.widths,
            self.style,
            self.min_height,
            self.caption,
            _pulled=rows,
            _continued=continued,
        )

    # -- drawing -------------------------------------------------------------------------

    def draw(self) -> None:
        canvas = self.canv
        if getattr(canvas, "counting", False):
            return  # the counting pass only needs the layout (see document.build)
        plain, bold = _encoder(canvas, self.style.font), _encoder(canvas, self.style.bold)
        top, width = self.height, self.width
        # PDF operators, in the flowable's own space
        text, rules, dots = ["BT"], [], dict[str, list[str]]()
        if self._caption_height:
            top -= self._caption_height
            caption = self._bold.clip(self.caption or "", width - 2 * PAD_X)
            text.append(f"1 0 0 1 {PAD_X} {top + PAD_BOTTOM + 2:.2f} Tm {bold(caption)}")
        head = self._head.height
        shade = f"{_rgb(self.style.shade)} rg 0 {top - head:.2f} {width:.2f} {head:.2f} re f"
        lefts = [sum(self.widths[:n]) + PAD_X for n in range(len(self.widths))]
        for row, show in ((self._head, bold), *((r, plain) for r in self._rows)):
            baseline = top - PAD_TOP - SIZE * 0.8
            for left, cell in zip(lefts, row.cells, strict=True):
                lines, x = cell, left
                if isinstance(cell, _Marked):  # a NamedTuple: test it before plain lines
                    dot_x, dot_y = left + 3.2, baseline + 2.6
                    dots.setdefault(_rgb(cell.colour), []).append(
                        f"{dot_x:.2f} {dot_y:.2f} m {dot_x:.2f} {dot_y:.2f} l"
                    )
                    lines, x = cell.lines, left + MARK_INDENT
                for number, line in enumerate(lines):
                    y = baseline - number * LEADING
                    text.append(f"1 0 0 1 {x:.2f} {y:.2f} Tm {show(line)}")
            top -= row.height
            rules.append(f"0 {top:.2f} m {width:.2f} {top:.2f} l")
        text.append("ET")
        canvas.addLiteral(
            "\n".join(
                [
                    "q",
                    shade,
                    f"{_rgb(self.style.grid)} RG 0.4 w",
                    *rules,
                    "S",
                    # a dot: a line of no length with round ends, 6 wide (PDF has no circle)
                    "6 w 1 J",
                    *(f"{colour} RG {' '.join(places)} S" for colour, places in dots.items()),
                    "0 g",
                    *text,
                    "Q",
                ]
            )
        )


def _rgb(colour: colors.Color) -> str:
    return f"{colour.red:.3f} {colour.green:.3f} {colour.blue:.3f}"


class _Encoder:
    """A string as the PDF operators that show it in one embedded TrueType font.

    What ``canvas.drawString`` does (ReportLab's ``splitString`` gives each new letter a
    code in one of the font's subsets, per document), without a text object per string:
    a string whose letters all have a code in the first subset is translated in one step
    (``str.translate``); any other goes through ``splitString``, which also learns its
    letters for next time."""

    def __init__(self, canvas: Any, font: str) -> None:
        self.doc = canvas._doc
        self.font = pdfmetrics.getFont(font)
        self.first = f"{self.font.getSubsetInternalName(0, self.doc)} {SIZE} Tf"
        self.letters: set[str] = set()  #: with a code in the first subset
        self.codes: dict[int, int] = {}  #: their codes, for str.translate

    def __call__(self, text: str) -> str:
        if self.letters.issuperset(text):
            encoded = text.translate(self.codes).encode("latin-1")
            return f"{self.first} ({escapePDF(encoded)}) Tj"
        shown = " ".join(
            f"{self.font.getSubsetInternalName(subset, self.doc)} {SIZE} Tf ({escapePDF(chunk)}) Tj"
            for subset, chunk in self.font.splitString(text, self.doc)
        )
        assigned = self.font.state[self.doc].assignments
        for letter in set(text) - self.letters:
            code = assigned.get(ord(letter))
            if code is not None and code < 256 and letter != "\xa0":
                self.letters.add(letter)
                self.codes[ord(letter)] = code
        return shown


def _encoder(canvas: Any, font: str) -> _Encoder:
    """The canvas's encoder for ``font``, made on first use."""
    encoders = canvas.__dict__.setdefault("_oto_encoders", {})
    if font not in encoders:
        encoders[font] = _Encoder(canvas, font)
    return encoders[font]
