"""The reports' fast tables, read back as a reader sees them: every row, the header on
every page, long text wrapped inside its column, awkward characters printed as typed."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm

from oto_app.reports import document, rows

WIDTHS = [46 * mm, 23 * mm, 50 * mm, 28 * mm, 27 * mm]
HEADER = ["Naam", "Personeelsnr.", "Rol", "Status", "Activiteiten"]


def write(path: Path, people: list[list[object]]) -> list[str]:
    def story():
        yield document.para("Opvangen en Verzorgen (OV)", "h2")
        yield from document.table(HEADER, iter(people), WIDTHS, caption="OV, vervolg")
        yield document.para("Na de tabel")

    document.build(path, "Jaaroverzicht", "Gemeente Wierdenmeer", story)
    return [page.extract_text() for page in PdfReader(path).pages]


def person(n: int, name: str | None = None) -> list[object]:
    status = document.Mark(document.GREEN, "voldaan")
    return [name or f"Anna de Vries {n}", f"P{n:07d}", "procesmedewerker", status, str(n % 3)]


def test_a_long_table_keeps_every_row_and_repeats_its_header(tmp_path: Path) -> None:
    pages = write(tmp_path / "lang.pdf", [person(n) for n in range(1, 401)])
    text = "\n".join(pages)
    assert all(text.count(f"P{n:07d}") == 1 for n in range(1, 401))
    with_rows = [page for page in pages if "P0" in page]
    assert with_rows == pages[: len(with_rows)] and len(with_rows) > 5
    assert all("Naam" in page and "Activiteiten" in page for page in with_rows)
    assert "OV, vervolg" not in pages[0]
    assert all("OV, vervolg" in page for page in with_rows[1:])
    assert "Na de tabel" in pages[-1]
    assert all(page.count("voldaan") == page.count("P0") for page in pages)  # every light


def test_long_names_wrap_inside_their_column_and_awkward_text_prints_as_typed(
    tmp_path: Path,
) -> None:
    long_name = "Maximiliaan Alexander Hendrikus Johannes van der Heijden-Oosterhuis"
    odd = "Renée (Ø) Łukasz \\ Çelik-Öztürk & <b>"
    pages = write(tmp_path / "lang.pdf", [person(1, long_name), person(2, odd)])
    words = " ".join(pages[0].split())
    assert long_name in words  # every word, in order, on lines of its own cell
    assert odd in words
    room = WIDTHS[0] - 2 * rows.PAD_X
    lines = rows.wrapper(document.FONT).lines(long_name, room)
    assert len(lines) > 1
    width = rows.wrapper(document.FONT).width_of
    assert all(width(line, rows.SIZE) <= room for line in lines)


def test_text_longer_than_a_cell_holds_ends_in_an_ellipsis() -> None:
    wrap = rows.wrapper(document.FONT)
    lines = wrap.lines("woord " * 200, 60)
    assert len(lines) == rows.MAX_LINES
    assert lines[-1].endswith("…")
    one_word = wrap.lines("x" * 300, 60)  # no spaces: cut, not run into the next column
    assert all(wrap.width_of(line, rows.SIZE) <= 60 + 2 * rows.PAD_X for line in one_word)


def test_no_rows_no_table() -> None:
    assert list(document.table(HEADER, iter([]), WIDTHS)) == []


def test_a_traffic_light_word_wider_than_its_column_wraps_beside_its_dot(tmp_path: Path) -> None:
    def story():
        rows_ = [["Anna", document.Mark(document.RED, "niet voldaan, nog te doen")]]
        yield from document.table(["Naam", "Status"], rows_, [40 * mm, 18 * mm])

    path = tmp_path / "smal.pdf"
    document.build(path, "Jaaroverzicht", "Gemeente", story)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "niet voldaan, nog te doen" in text  # every word, not "niet vold…"


def test_a_continued_table_never_carries_one_row_alone(tmp_path: Path) -> None:
    first_page = write(tmp_path / "vol.pdf", [person(n) for n in range(1, 201)])[0].count("P0")
    pages = write(tmp_path / "een.pdf", [person(n) for n in range(1, first_page + 2)])
    assert [page.count("P0") for page in pages] == [first_page - 1, 2]
    assert "OV, vervolg" in pages[1]
