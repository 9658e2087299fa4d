"""Exchange that never loses, corrupts or endangers data (issue 15): blanking, headers,
formula injection, and every export importing back into an empty database."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook

from oto_app import cli
from oto_app.db import Database, open_database
from oto_app.errors import ImportRefused
from oto_app.exchange.export import export_participation, write_staff
from oto_app.exchange.participation_import import import_participation
from oto_app.exchange.staff_import import import_staff
from oto_app.services import staff
from oto_app.services.staff import PersonData, StaffQuery
from tests.helpers.files import write

HOSTILE = [
    '=HYPERLINK("http://x","klik")',
    "+cmd|' /C calc'!A0",
    "@SUM(1)",
    "-2+3",
    "'=al met apostrof",
    "'gewoon",
]


def person(db: Database, number: str) -> PersonData:
    with db.begin() as session:
        found = staff.find_person(session, number)
        assert found is not None
        return staff.person_detail(session, found.id, dt.date(2025, 1, 1)).data


def load(db: Database, path: Path) -> None:
    with db.begin() as session:
        import_staff(session, path, today=dt.date(2025, 1, 1))


# --- a column that is absent or not used changes nothing ------------------------------------


def test_an_absent_or_unknown_column_never_blanks_a_field(db: Database, tmp_path: Path) -> None:
    load(
        db,
        write(
            tmp_path,
            "eerst.csv",
            "personeelsnummer;voornaam;achternaam;email;telefoon;afdeling",
            "1001;Sanne;Bosma;sanne.bosma@gemeente.nl;050 1234567;Wonen",
        ),
    )
    # HR's next file has no telefoon column and an e-mail column the import cannot read
    path = write(
        tmp_path,
        "hr.csv",
        "personeelsnummer;voornaam;achternaam;Privé e-mail;afdeling",
        "1001;Sanne;Bosma;sanne@thuis.nl;",
    )
    with db.begin() as session:
        report = import_staff(session, path)
    assert report.people.updated == 1  # the empty afdeling cell: a used column, so cleared
    sanne = person(db, "1001")
    assert (sanne.email, sanne.phone, sanne.department) == (
        "sanne.bosma@gemeente.nl",
        "050 1234567",
        None,
    )


def test_no_actief_column_leaves_a_leaver_as_they_are(db: Database, tmp_path: Path) -> None:
    with db.begin() as session:
        pid = staff.create_person(session, PersonData("1001", "Sanne", "Bosma")).value
        staff.retire_person(session, pid, dt.date(2024, 6, 30))
    load(db, write(tmp_path, "hr.csv", "personeelsnummer;voornaam;achternaam", "1001;Sanne;Bosma"))
    assert person(db, "1001").active is False


def test_headers_as_hr_spells_them(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "hr.csv",
        "Personeelsnr;Roepnaam;Achternaam (met tussenvoegsel);E-mail;Telefoonnummer;"
        "Afdeling/team;ONDER_DEEL;Crisis-rol;Start.datum",
        "1001;Sanne;van der Bosma;sanne@gemeente.nl;050 1234567;Wonen;CRAS;"
        "procesmedewerker;01-02-2024",
    )
    with db.begin() as session:
        report = import_staff(session, path)
    assert report.warnings == []
    sanne = person(db, "1001")
    assert (sanne.first_name, sanne.infix, sanne.last_name) == ("Sanne", "van der", "Bosma")
    assert (sanne.email, sanne.phone, sanne.department) == (
        "sanne@gemeente.nl",
        "050 1234567",
        "Wonen",
    )
    with db.begin() as session:
        [row] = staff.list_people(session, StaffQuery(on=dt.date(2025, 1, 1)))
    assert row.roles == "CRAS procesmedewerker"


def test_a_column_given_twice_is_refused(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "hr.csv",
        "personeelsnummer;voornaam;achternaam;Roepnaam",
        "1001;Sanne;Bosma;Sannie",
    )
    with pytest.raises(ImportRefused) as refused, db.begin() as session:
        import_staff(session, path)
    assert [str(p) for p in refused.value.problems] == [
        "hr.csv:1: kolom 'voornaam': staat twee keer in het bestand: 'voornaam' (kolom B) en "
        "'Roepnaam' (kolom D); laat er één over"
    ]


def test_the_command_line_names_unused_columns_before_it_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(
        tmp_path,
        "hr.csv",
        "personeelsnummer;voornaam;achternaam;Mail adres privé;Functie",
        "1001;Sanne;Bosma;s@thuis.nl;beleidsmedewerker",
    )
    assert cli.main(["--db", str(tmp_path / "x.sqlite"), "import", "staff", str(path)]) == 0
    captured = capsys.readouterr()
    assert captured.err.splitlines() == [
        "LET OP: hr.csv heeft 2 kolommen die niet worden gebruikt: 'Mail adres privé', "
        "'Functie'. Wat daarin staat verandert niets; hernoem een kolom als die wel bedoeld is"
    ]
    assert "medewerkers: 1 toegevoegd" in captured.out


# --- formula injection ------------------------------------------------------------------------


def _hostile_people(db: Database) -> None:
    with db.begin() as session:
        for n, name in enumerate(HOSTILE, start=1):
            staff.create_person(
                session,
                PersonData(str(1000 + n), name, "Bakker", department=name, phone="+31 6 12345678"),
            )


def test_formulas_are_neutralised_in_csv_and_read_back_exactly(
    db: Database, tmp_path: Path
) -> None:
    _hostile_people(db)
    out = tmp_path / "medewerkers.csv"
    with db.begin() as session:
        write_staff(session, out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))[1:]
    assert [r[1] for r in rows] == [
        "'" + name if name[0] != "'" else name for name in HOSTILE[:4]
    ] + [
        "''=al met apostrof",
        "'gewoon",
    ]
    assert {r[5] for r in rows} == {"'+31 6 12345678"}
    target = open_database(str(tmp_path / "leeg.sqlite"))
    target.login("adviseur")
    load(target, out)
    assert [person(target, str(1000 + n)).first_name for n in range(1, 7)] == HOSTILE
    target.close()


def test_xlsx_cells_are_text_never_formulas(db: Database, tmp_path: Path) -> None:
    _hostile_people(db)
    out = tmp_path / "medewerkers.xlsx"
    with db.begin() as session:
        write_staff(session, out)
    sheet = load_workbook(out).worksheets[0]  # not data_only: formulas would show as such
    kinds = {cell.data_type for row in sheet.iter_rows() for cell in row if cell.value}
    assert kinds == {"s"}
    assert sheet["B2"].value == HOSTILE[0] and sheet["B2"].quotePrefix


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_staff_export_imports_back_exactly(db: Database, tmp_path: Path, suffix: str) -> None:
    _hostile_people(db)
    with db.begin() as session:
        pid = staff.create_person(
            session, PersonData("2001", "Ada", "Vries", infix="de", email="ada@x.nl")
        ).value
        staff.update_person(session, pid, PersonData("2001", "Ada", "Vries", infix="de"))
        staff.retire_person(session, pid, dt.date(2024, 3, 31))  # a leaver, with her date
    out = tmp_path / f"medewerkers{suffix}"
    with db.begin() as session:
        write_staff(session, out)
    target = open_database(str(tmp_path / "leeg.sqlite"))
    target.login("adviseur")
    load(target, out)
    for number in [str(1000 + n) for n in range(1, len(HOSTILE) + 1)] + ["2001"]:
        assert person(target, number) == person(db, number)
    with target.begin() as session:
        ada = staff.find_person(session, "2001")
        assert ada is not None and ada.left_on == dt.date(2024, 3, 31)
    target.close()


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_participation_export_imports_back_exactly(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    load(db, write(tmp_path, "m.csv", "personeelsnummer;voornaam;achternaam", "1;Ada;Bakker"))
    source = write(
        tmp_path,
        "d.csv",
        "activiteit;titel;datum;soort;niveau;onderdelen;status;personeelsnummer;uren",
        "-R1;=1+1 oefening;12-03-2025;oefening;multi;CRAS|OV;;1;2,5",
        "@R2;+Cursus;01-02-2025;opleiding;;;;;",
    )
    with db.begin() as session:
        import_participation(session, source)
        out = tmp_path / f"deelname{suffix}"
        export_participation(session, 2025, out)
        first = out.read_bytes()
    target = open_database(str(tmp_path / "leeg.sqlite"))
    target.login("adviseur")
    load(target, write(tmp_path, "m.csv", "personeelsnummer;voornaam;achternaam", "1;Ada;Bakker"))
    with target.begin() as session:
        report = import_participation(session, out)
        again = tmp_path / f"opnieuw{suffix}"
        export_participation(session, 2025, again)
    target.close()
    assert report.activities.added == 2 and report.participations.added == 1
    if suffix == ".csv":
        assert again.read_bytes() == first
    else:
        rows = [list(r) for r in load_workbook(again).worksheets[0].iter_rows(values_only=True)]
        assert rows[1][:2] == ["@R2", "+Cursus"] and rows[2][:2] == ["-R1", "=1+1 oefening"]


# --- search ---------------------------------------------------------------------------------


def test_percent_and_underscore_in_the_search_are_plain_characters(db: Database) -> None:
    with db.begin() as session:
        for number, last, department in (
            ("1", "Bakker", "100%"),
            ("2", "de_Wit", None),
            ("3", "Smit", None),
        ):
            staff.create_person(session, PersonData(number, "Ada", last, department=department))
        assert staff.count_people(session, StaffQuery(search="%")) == 1
        assert staff.count_people(session, StaffQuery(search="_")) == 1
        assert staff.count_people(session, StaffQuery(search="a%k")) == 0
        assert staff.count_people(session, StaffQuery(search="\\")) == 0
