"""Too long, invisible, doubled, unclosed, zip bombs and leavers (issue 15): every refusal
is `FILE:LINE: kolom 'X': reason`, the same limits in forms and imports on both engines."""

from __future__ import annotations

import datetime as dt
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from oto_app import limits, privacy
from oto_app.db import Database
from oto_app.errors import ImportRefused, ValidationError
from oto_app.exchange.staff_import import import_staff
from oto_app.models import AuditEntry, Person, Role, Unit
from oto_app.services import assignments, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.staff import PersonData
from tests.oto_app.test_exchange import refused, write

HEADER = "personeelsnummer;voornaam;achternaam;email"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            "9" * 100 + ";Anna;Vries;",
            "kolom 'personeelsnummer': is te lang: 100 tekens, maximaal 32",
        ),
        (
            "1;" + "A" * 10_000 + ";Vries;",
            "kolom 'voornaam': is te lang: 10000 tekens, maximaal 80",
        ),
        (
            "1;Anna;Vries;" + "a" * 290 + "@gemeente.nl",
            "kolom 'email': is te lang: 302 tekens, maximaal 254",
        ),
        (
            "1;An\x00na;Vries;",
            "kolom 'voornaam': bevat een NUL-teken (U+0000), dat niet kan worden opgeslagen",
        ),
        (
            "1;Anna;Vr\u200bies;",
            "kolom 'achternaam': bevat een onzichtbaar teken (U+200B); typ de tekst opnieuw "
            "zonder dat teken",
        ),
        (
            "1;Anna;\u202eseirV;",
            "kolom 'achternaam': bevat een onzichtbaar teken (U+202E); typ de tekst opnieuw "
            "zonder dat teken",
        ),
        (  # a joiner Python calls printable: the quick test of a chunk must not pass it
            "1;Anna;Vrie\u034fs;",
            "kolom 'achternaam': bevat een onzichtbaar teken (U+034F); typ de tekst opnieuw "
            "zonder dat teken",
        ),
    ],
)
def test_too_long_or_invisible_is_refused(
    db: Database, tmp_path: Path, line: str, problem: str
) -> None:
    path = write(tmp_path, "m.csv", HEADER, line)
    assert refused(db, path) == [f"m.csv:2: {problem}"]


def test_the_quick_test_of_a_chunk_finds_every_character_looked_at_closely() -> None:
    """limits.suspect_in, which rules a chunk's text out before the regular expression,
    answers as the expression does for every character Unicode has."""
    for code in range(0x110000):
        text = f"Jan{chr(code)}sen"
        assert limits.suspect_in(text) == (limits.SUSPECT.search(text) is not None), hex(code)


def test_an_unclosed_quote_is_reported_where_it_opened(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path, "m.csv", HEADER, '1001;"Anna;de Vries;', "1002;Bram;Bakker;", "1003;Carla;Smit;"
    )
    assert refused(db, path) == [
        'm.csv:2: hier begint een aanhalingsteken (") dat niet wordt gesloten: de cel loopt '
        "door over de volgende regels; sluit het, of laat het weg"
    ]
    # ... up to a quote further on that closes it: the swallowed cell, in its column
    path = write(tmp_path, "n.csv", HEADER, '1001;"Anna;de Vries;', '1002;Bram";Bakker;')
    assert refused(db, path) == [
        "n.csv:2: kolom 'voornaam': hier begint een aanhalingsteken (\") dat niet wordt "
        "gesloten: de cel loopt door over de volgende regels"
    ]


@pytest.mark.parametrize("end", ["\n", ""])
def test_an_unclosed_quote_on_the_last_row_is_refused_not_stored(
    db: Database, tmp_path: Path, end: str
) -> None:
    """Read leniently, a quote opened on the last row took the rest of the row into one
    cell: exit 0, an e-mail address 'bert@example.nl;;OV;procesmedewerker' stored and the
    role dropped (a trial). Now refused where it opens; nothing is written."""
    path = tmp_path / "m.csv"
    rows = [HEADER, "1001;Anna;de Vries;a@x.nl", '1002;Bram;Bakker;"bram@x.nl;;']
    path.write_text("\n".join(rows) + end, encoding="utf-8")
    assert refused(db, path) == [
        'm.csv:3: hier begint een aanhalingsteken (") dat niet wordt gesloten: de cel loopt '
        "door over de volgende regels; sluit het, of laat het weg"
    ]
    with db.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_text_after_a_closing_quote_is_refused_with_the_way_out(
    db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "m.csv", HEADER, '1001;"Jan" Piet;de Vries;')
    assert refused(db, path) == [
        'm.csv:2: na het aanhalingsteken (") dat een cel sluit, staat nog tekst in die cel; '
        'zet een aanhalingsteken binnen een cel dubbel ("")'
    ]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_lines_after_a_record_over_several_lines_are_counted_as_an_editor_shows_them(
    db: Database, tmp_path: Path, ending: str
) -> None:
    """The file is read 10,000 records at a time; a quoted cell with line breaks makes a
    record span lines, and every later line number must still be the editor's."""
    rows = [HEADER, '1001;"Anna', 'Maria";Vries;', "Q2;Dirk;Dam;fout"]
    rows += [f"P{n};Bram;Bakker;" for n in range(2, 12_000)]
    rows.append("Q1;Carla;Smit;geen-adres")
    path = tmp_path / "m.csv"
    path.write_bytes(ending.join(rows).encode() + ending.encode())
    assert refused(db, path) == [
        # the quote is closed: the cell is over two lines, not the rest of the file
        "m.csv:2: kolom 'voornaam': de cel loopt over twee regels; in deze kolom hoort de "
        "tekst op één regel",
        "m.csv:4: kolom 'email': 'fout' is geen geldig e-mailadres",
        f"m.csv:{len(rows)}: kolom 'email': 'geen-adres' is geen geldig e-mailadres",
    ]


def test_a_cell_too_large_for_the_reader_names_the_line_it_starts_on(
    db: Database, tmp_path: Path
) -> None:
    rows = [HEADER, *(f"{n};Bram;Bakker;" for n in range(1, 10_500)), '2;"' + "x" * 140_000]
    path = write(tmp_path, "m.csv", *rows)
    assert refused(db, path) == [
        f"m.csv:{len(rows)}: een cel is langer dan 32767 tekens (de grens van Excel); "
        "het bestand wordt niet verder gelezen"
    ]


def test_a_long_title_is_refused_not_cut(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "d.csv",
        "activiteit;titel;datum;soort",
        "R1;" + "T" * 201 + ";01-02-2025;training",
    )
    assert refused(db, path, "participation") == [
        "d.csv:2: kolom 'titel': is te lang: 201 tekens, maximaal 200"
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            PersonData("1", "A" * 81, "Vries"),
            "voornaam is te lang (maximaal 80 tekens)",
        ),
        (
            PersonData("9" * 33, "Anna", "Vries"),
            "personeelsnummer is te lang (maximaal 32 tekens)",
        ),
        (
            PersonData("1", "An\x00na", "Vries"),
            "voornaam bevat een NUL-teken (U+0000), dat niet kan worden opgeslagen",
        ),
        (
            PersonData("1", "Anna", "Vries", department="Wonen\u200b"),
            "afdeling bevat een onzichtbaar teken (U+200B); typ de tekst opnieuw zonder dat teken",
        ),
    ],
)
def test_forms_refuse_the_same(db: Database, data: PersonData, message: str) -> None:
    with pytest.raises(ValidationError) as caught, db.begin() as session:
        staff.create_person(session, data)
    assert caught.value.message == message


# --- hostile workbooks ------------------------------------------------------------------------


def _workbook(path: Path, *rows: list[object]) -> Path:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_a_zip_bomb_is_refused_before_it_is_read(db: Database, tmp_path: Path) -> None:
    plain = _workbook(tmp_path / "plain.xlsx", ["personeelsnummer", "voornaam", "achternaam"])
    bomb = tmp_path / "bom.xlsx"
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(bomb, "w") as target:
        for member in source.infolist():
            if member.filename == "xl/worksheets/sheet1.xml":
                text = '<worksheet><sheetData><row r="2"><c t="inlineStr"><is><t>'
                text += "A" * 60_000_000 + "</t></is></c></row></sheetData></worksheet>"
                target.writestr(member, text, zipfile.ZIP_DEFLATED, 9)
            else:
                target.writestr(member, source.read(member))
    assert bomb.stat().st_size < 400_000
    tracemalloc.start()
    try:
        message = refused(db, bomb)[0]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert message.startswith(
        "bom.xlsx wordt niet gelezen: onderdeel xl/worksheets/sheet1.xml pakt uit van 0,"
    )
    assert "tot 60,0 MB" in message
    assert peak < 20_000_000  # never unpacked


def test_reading_stops_at_a_cell_longer_than_excel_allows(db: Database, tmp_path: Path) -> None:
    plain = _workbook(
        tmp_path / "plain.xlsx",
        ["personeelsnummer", "voornaam", "achternaam"],
        ["1", "LANG", "Vries"],
        ["2", "Bram", ""],
    )
    path = tmp_path / "hr.xlsx"  # openpyxl cuts a cell to Excel's limit: write the XML itself
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w") as target:
        for member in source.infolist():
            content = source.read(member).replace(b">LANG<", b">" + b"B" * 40_000 + b"<")
            target.writestr(member, content, zipfile.ZIP_DEFLATED)
    assert refused(db, path) == [
        "hr.xlsx:2: cel B2 is langer dan 32767 tekens (de grens van Excel); het bestand wordt "
        "niet verder gelezen"
    ]


# --- actief: nee ------------------------------------------------------------------------------


def _with_role(db: Database) -> int:
    with db.begin() as session:
        pid = staff.create_person(session, PersonData("1001", "Sanne", "Bosma")).value
        unit = session.scalar(select(Unit.id).where(Unit.code == "CRAS"))
        role = session.scalar(select(Role.id).where(Role.name == "procesmedewerker"))
        assert unit is not None and role is not None
        assignments.assign(session, AssignmentData(pid, unit, role, start_date=dt.date(2014, 1, 1)))
        return pid


def test_actief_nee_is_leaving_service(db: Database, tmp_path: Path) -> None:
    _with_role(db)
    path = write(
        tmp_path,
        "hr.csv",
        "personeelsnummer;voornaam;achternaam;actief;uit dienst",
        "1001;Sanne;Bosma;nee;30-06-2015",
    )
    with db.begin() as session:
        report = import_staff(session, path, today=dt.date(2025, 1, 1))
    assert report.lines() == [
        "medewerkers: 0 toegevoegd, 1 bijgewerkt, 0 ongewijzigd",
        "rollen: 0 toegevoegd, 1 bijgewerkt, 0 ongewijzigd",
    ]
    with db.begin() as session:
        sanne = staff.find_person(session, "1001")
        assert sanne is not None
        assert (sanne.active, sanne.left_on) == (False, dt.date(2015, 6, 30))
        assert [a.end_date for a in sanne.assignments] == [dt.date(2015, 6, 30)]
        assert [p.staff_number for p in privacy.due(session, 5, dt.date(2025, 1, 1))] == ["1001"]
        trail = session.scalars(
            select(AuditEntry.new).where(AuditEntry.table_name == "assignments")
        ).all()
        assert any("2015-06-30" in (entry or "") for entry in trail)
    with db.begin() as session:
        again = import_staff(session, path, today=dt.date(2025, 2, 1))
    assert again.people.updated == 0 and again.assignments.updated == 0


def test_actief_nee_without_a_date_leaves_on_the_import_date(db: Database, tmp_path: Path) -> None:
    _with_role(db)
    path = write(
        tmp_path,
        "hr.csv",
        "personeelsnummer;voornaam;achternaam;actief;onderdeel;rol",
        "1001;Sanne;Bosma;nee;CRAS;procesmedewerker",
    )
    with db.begin() as session:
        import_staff(session, path, today=dt.date(2025, 3, 1))
    with db.begin() as session:
        import_staff(session, path, today=dt.date(2025, 4, 1))  # again, a month later
        sanne = staff.find_person(session, "1001")
        assert sanne is not None and sanne.left_on == dt.date(2025, 3, 1)
        assert [a.end_date for a in sanne.assignments] == [dt.date(2025, 3, 1)]


def test_left_and_active_at_once_is_refused(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "hr.csv",
        "personeelsnummer;voornaam;achternaam;actief;uit_dienst",
        "1001;Sanne;Bosma;ja;30-06-2025",
    )
    with pytest.raises(ImportRefused) as caught, db.begin() as session:
        import_staff(session, path)
    assert [str(p) for p in caught.value.problems] == [
        "hr.csv:2: kolom 'uit_dienst': uit dienst op 30-06-2025, maar actief is 'ja'; "
        "laat een van beide leeg"
    ]


def test_a_row_that_stops_early_is_refused_not_read_as_emptied_fields(
    db: Database, tmp_path: Path
) -> None:
    """A CSV row of 4 cells under a header of 6 read its missing cells as empty, and the
    weekly import emptied Anna's telephone and department (a trial). Refused, naming the
    line; nothing changes. Cells of a column the import does not read may be left off."""
    header = "personeelsnummer;voornaam;achternaam;email;telefoon;afdeling;Opmerking"
    first = write(tmp_path, "a.csv", header, "1001;Anna;de Vries;a@x.nl;0612345678;Veiligheid;")
    with db.begin() as session:
        import_staff(session, first)
    short = write(tmp_path, "b.csv", header, "1001;Anna;de Vries;a@x.nl")
    assert refused(db, short) == [
        "b.csv:2: deze regel heeft 4 cellen waar de kolommen er 6 vragen; de ontbrekende "
        "zouden als leeg worden gelezen. Vul de regel aan (lege cellen met ;) of controleer "
        "het scheidingsteken"
    ]
    with db.begin() as session:
        assert session.execute(select(Person.phone, Person.department)).one() == (
            "0612345678",
            "Veiligheid",
        )
    no_remark = write(tmp_path, "c.csv", header, "1001;Anna;de Vries;a@x.nl;0612345678;Veiligheid")
    with db.begin() as session:
        assert import_staff(session, no_remark).people.unchanged == 1
