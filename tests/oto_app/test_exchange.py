"""Import and export in the exchange format: the contract, bad input, all or nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import delete, func, select

from oto_app import audit, chain, cli, demo, norms
from oto_app.dates import add_years, format_date
from oto_app.db import Database, open_database
from oto_app.errors import ImportRefused, ValidationError
from oto_app.exchange.calendar import planned_calendar
from oto_app.exchange.export import export_participation, write_staff
from oto_app.exchange.participation_import import import_participation
from oto_app.exchange.staff_import import StaffReport, import_staff
from oto_app.models import (
    Activity,
    Assignment,
    AssignmentKind,
    AuditEntry,
    Exemption,
    Participation,
    Person,
    Unit,
)
from oto_app.norms import render
from oto_app.services import staff
from tests.helpers.files import write

HEADER = "personeelsnummer;voornaam;achternaam;email;onderdeel;rol;type;startdatum;einddatum"
#: a formula Excel never calculated, in a workbook a script made
UNCALCULATED = (
    "hr.xlsx: cel {cell} bevat een formule die nooit is berekend (het bestand is door een "
    "programma gemaakt); open het in Excel, sla het op en lees het opnieuw in, of plak de "
    "formules als waarden"
)
ANNA = "1001;Anna;de Vries;anna@gemeente.nl;CRAS;procesverantwoordelijke;;01-01-2024;"


def counts(db: Database) -> tuple[int, ...]:
    with db.begin() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(m)) or 0
            for m in (Person, Assignment, Activity, Participation)
        )


def refused(db: Database, path: Path, kind: str = "staff") -> list[str]:
    """Import that must be refused without writing anything; the problems as printed."""
    before = counts(db)
    run = import_staff if kind == "staff" else import_participation
    with pytest.raises((ImportRefused, ValidationError)) as caught, db.begin() as session:
        run(session, path)
    assert counts(db) == before
    error = caught.value
    return [str(p) for p in error.problems] if isinstance(error, ImportRefused) else [error.message]


# --- staff ----------------------------------------------------------------------------------


def test_staff_file_with_bom_comma_and_loose_headers(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "hr.csv"
    path.write_bytes(
        "\ufeff Personeelsnummer ,VOORNAAM,Achternaam,Afdeling,Rol,Onderdeel,Extra\n"
        "7,Bram,van der Wal,Financiën,procesmedewerker,ov,x\n".encode()
    )
    with db.begin() as session:
        report = import_staff(session, path)
    assert report.lines()[0] == "medewerkers: 1 toegevoegd, 0 bijgewerkt, 0 ongewijzigd"
    assert report.warnings == ["hr.csv:1: kolom 'Extra' is onbekend en wordt genegeerd"]
    with db.begin() as session:
        [row] = staff.list_people(session, staff.StaffQuery())
    assert (row.name, row.department, row.roles) == (
        "Bram van der Wal",
        "Financiën",
        "OV procesmedewerker",
    )


def imported(db: Database, path: Path, today: dt.date) -> StaffReport:
    """``path`` imported as the staff file on ``today``, in a transaction of its own."""
    with db.begin() as session:
        return import_staff(session, path, today=today)


def test_reimport_changes_nothing_and_an_updated_file_updates(db: Database, tmp_path: Path) -> None:
    first = write(
        tmp_path,
        "m.csv",
        HEADER,
        ANNA,
        "1001;Anna;de Vries;anna@gemeente.nl;OV;procesmedewerker;;01-01-2024;",
        "1002;Bram;Bakker;;CRAS;plaatsvervangend procesverantwoordelijke;;;",
    )
    imported(db, first, dt.date(2025, 1, 1))
    again = imported(db, first, dt.date(2025, 6, 1))
    assert again.lines() == [
        "medewerkers: 0 toegevoegd, 0 bijgewerkt, 2 ongewijzigd",
        "rollen: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd",
    ]
    updated = write(
        tmp_path,
        "m2.csv",
        HEADER,
        "1001;Anna;de Vries;a.devries@gemeente.nl;CRAS;procesverantwoordelijke;;"
        "01-01-2024;31-12-2025",
    )
    with db.begin() as session:
        report = import_staff(session, updated)
    assert report.lines() == [
        "medewerkers: 0 toegevoegd, 1 bijgewerkt, 0 ongewijzigd",
        "rollen: 0 toegevoegd, 1 bijgewerkt, 0 ongewijzigd",
    ]
    with db.begin() as session:
        anna = staff.find_person(session, "1001")
        assert anna is not None and anna.email == "a.devries@gemeente.nl"
        ends = {(a.unit.code, a.end_date) for a in anna.assignments}
        bram = staff.find_person(session, "1002")
        assert bram is not None and bram.assignments[0].kind.value == "plaatsvervanger"
    assert ends == {("CRAS", dt.date(2025, 12, 31)), ("OV", None)}
    with db.begin() as session:  # the end the file set is in the role's history, once
        cras = next(a for a in anna.assignments if a.unit.code == "CRAS")
        changes = audit.history(session, "assignments", cras.id)
        assert [(c.action, c.old, c.new) for c in changes][-1] == (
            "update",
            {"end_date": None},
            {"end_date": "2025-12-31"},
        )
        assert session.get(Assignment, cras.id).version == 2  # type: ignore[union-attr]


def test_a_role_named_twice_differently_is_refused_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    """Two rows of one role (same person, unit and start) with different ends contradict
    each other: which is true? The last used to win silently (and the weekly import then
    said "bijgewerkt" for nothing); now the file is refused at the second row, as two rows
    of one person that disagree are, and the role is left as it was."""
    first = write(
        tmp_path, "m.csv", HEADER, "1001;Anna;de Vries;;OV;procesmedewerker;;01-01-2024;31-12-2026"
    )
    twice = write(
        tmp_path,
        "m2.csv",
        HEADER,
        "1001;Anna;de Vries;;OV;procesmedewerker;;01-01-2024;30-09-2026",
        "1001;Anna;de Vries;;OV;procesmedewerker;;01-01-2024;31-12-2026",
    )
    imported(db, first, dt.date(2025, 1, 1))
    assert refused(db, twice) == [
        "m2.csv:3: kolom 'einddatum': deze rol staat voor dezelfde tijd ook op regel 2, anders "
        "ingevuld; laat één regel staan"
    ]
    with db.begin() as session:
        [role] = session.scalars(select(Assignment)).all()
        assert (role.end_date, role.version) == (dt.date(2026, 12, 31), 1)
        assert [c.action for c in audit.history(session, "assignments", role.id)] == ["import"]


def test_rows_of_one_person_agree_on_an_e_mail_address_in_another_case(
    db: Database, tmp_path: Path
) -> None:
    """HR systems write an address as typed: Anna@Gemeente.nl on one row, anna@gemeente.nl
    on the next is one address (the first row's is kept), not a refusal."""
    path = write(
        tmp_path,
        "m.csv",
        HEADER,
        "1001;Anna;de Vries;Anna@Gemeente.nl;OV;procesmedewerker;;01-01-2024;",
        "1001;Anna;de Vries;anna@gemeente.nl;CRAS;procesmedewerker;;01-01-2024;",
    )
    report = imported(db, path, dt.date(2025, 1, 1))
    assert (report.people.added, report.assignments.added) == (1, 2)
    with db.begin() as session:
        assert session.scalar(select(Person.email)) == "Anna@Gemeente.nl"


def test_a_role_held_twice_before_reads_back_from_its_own_export(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Imports before this rule could leave one person holding a role as primary and as
    deputy from one day (on SQLite; PostgreSQL's constraint never let them). The weekly
    routine (export, import) must still read back as unchanged, each row matching its own
    assignment; a new file giving such rows names the column in which they differ (type)."""
    db = sqlite_db
    path = write(tmp_path, "a.csv", HEADER, "1001;Anna;de Vries;;OV;procesmedewerker;;01-01-2024;")
    imported(db, path, dt.date(2025, 1, 1))
    with db.begin() as session:
        [held] = session.scalars(select(Assignment)).all()
        session.add(
            Assignment(
                person_id=held.person_id,
                unit_id=held.unit_id,
                role_id=held.role_id,
                kind=AssignmentKind.DEPUTY,
                start_date=held.start_date,
            )
        )
    with db.begin() as session:
        write_staff(session, tmp_path / "export.csv")
    for _ in range(2):
        report = imported(db, tmp_path / "export.csv", dt.date(2025, 1, 1))
        assert (report.assignments.added, report.assignments.updated) == (0, 0)
    with db.begin() as session:
        kinds = sorted(a.kind.name for a in session.scalars(select(Assignment)))
    assert kinds == ["DEPUTY", "PRIMARY"]
    both = write(
        tmp_path,
        "b.csv",
        HEADER,
        "1002;Bram;Bakker;;OV;procesmedewerker;primair;01-01-2024;",
        "1002;Bram;Bakker;;OV;procesmedewerker;plaatsvervanger;01-01-2024;",
    )
    assert refused(db, both) == [
        "b.csv:3: kolom 'type': deze rol staat voor dezelfde tijd ook op regel 2, anders "
        "ingevuld; laat één regel staan"
    ]


def test_a_role_is_held_once_at_a_time_whatever_the_file_says(db: Database, tmp_path: Path) -> None:
    """A person holds a role in a unit once at a time (Rol toewijzen refuses a second, and
    so does PostgreSQL's constraint); the import used to add the second anyway, from a
    later file with another start or from two rows of one file. A row repeating another
    exactly counts once."""
    write(tmp_path, "a.csv", HEADER, "1001;Anna;de Vries;;OV;procesmedewerker;;01-01-2024;")
    imported(db, tmp_path / "a.csv", dt.date(2025, 1, 1))
    later = write(tmp_path, "b.csv", HEADER, "1001;Anna;de Vries;;OV;procesmedewerker;;01-06-2024;")
    assert refused(db, later) == [
        "b.csv:2: kolom 'startdatum': deze medewerker heeft deze rol bij dit onderdeel al vanaf "
        "01-01-2024; geef die startdatum, of beëindig die rol eerst"
    ]
    two = write(
        tmp_path,
        "c.csv",
        HEADER,
        "1002;Bram;Bakker;;OV;procesmedewerker;primair;01-01-2024;",
        "1002;Bram;Bakker;;OV;procesmedewerker;plaatsvervanger;01-03-2024;",
    )
    assert refused(db, two) == [
        "c.csv:3: kolom 'startdatum': deze rol staat voor dezelfde tijd ook op regel 2, anders "
        "ingevuld; laat één regel staan"
    ]
    alike = write(
        tmp_path,
        "d.csv",
        HEADER,
        "1002;Bram;Bakker;;OV;procesmedewerker;;01-01-2024;",
        "1002;Bram;Bakker;;OV;procesmedewerker;;01-01-2024;",
        # after an earlier one ended: a second period of the same role is fine
        "1001;Anna;de Vries;;OV;procesmedewerker;;01-01-2024;31-03-2025",
        "1001;Anna;de Vries;;OV;procesmedewerker;;01-04-2025;",
    )
    report = imported(db, alike, dt.date(2025, 1, 1))
    assert (report.assignments.added, report.assignments.updated) == (2, 1)
    with db.begin() as session:
        held = sorted(
            (a.person.staff_number, a.start_date, a.end_date)
            for a in session.scalars(select(Assignment))
        )
    assert held == [
        ("1001", dt.date(2024, 1, 1), dt.date(2025, 3, 31)),
        ("1001", dt.date(2025, 4, 1), None),
        ("1002", dt.date(2024, 1, 1), None),
    ]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            "1001;Anna;de Vries;;CRAS;procesverantwoordelijke;;31-02-2025;",
            "m.csv:3: kolom 'startdatum': '31-02-2025' is geen geldige datum",
        ),
        (
            "1001;Anna;de Vries;;XYZ;procesverantwoordelijke;;;",
            "m.csv:3: kolom 'onderdeel': onbekend onderdeel 'XYZ'",
        ),
        (";Anna;de Vries;;;;;;", "m.csv:3: kolom 'personeelsnummer': is verplicht maar leeg"),
        ("1002;Bram;;;;;;;", "m.csv:3: kolom 'achternaam': is verplicht maar leeg"),
        (
            "1001;Anneke;de Vries;;;;;;",
            "m.csv:3: kolom 'voornaam': 'Anneke' wijkt af van regel 2 met dezelfde sleutel "
            "('Anna')",
        ),
        (
            "1003;Carla;Smit;geen-mail;;;;;",
            "m.csv:3: kolom 'email': 'geen-mail' is geen geldig e-mailadres",
        ),
        (
            "1003;Carla;Smit;;CRAS;procesmedewerker;baas;;",
            "m.csv:3: kolom 'type': 'baas' kan niet; kies uit primair, plaatsvervanger",
        ),
        (
            "1003;Carla;Smit;;CRAS;procesmedewerker;;01-02-2025;01-01-2025",
            "m.csv:3: kolom 'einddatum': einddatum 01-01-2025 ligt vóór startdatum 01-02-2025",
        ),
        (
            "1003;Carla;Smit;;;procesmedewerker;;;",
            "m.csv:3: kolom 'onderdeel': een rol hoort bij een onderdeel: vul ook 'onderdeel' in",
        ),
    ],
)
def test_a_bad_row_refuses_the_whole_file(
    db: Database, tmp_path: Path, line: str, problem: str
) -> None:
    path = write(tmp_path, "m.csv", HEADER, ANNA.replace(";01-01-2024;", ";;"), line)
    assert refused(db, path) == [problem]


def test_a_date_repeated_on_many_rows_is_refused_on_each(db: Database, tmp_path: Path) -> None:
    """Each distinct date text is read once (a file repeats its dates), yet every row that
    holds a bad one is named, and a good one repeated stays good."""
    path = write(
        tmp_path,
        "m.csv",
        HEADER,
        "1001;Anna;de Vries;;CRAS;procesmedewerker;;31-02-2025;",
        "1002;Bram;Bakker;;CRAS;procesmedewerker;;01-03-2025;",
        "1003;Carla;Smit;;CRAS;procesmedewerker;;31-02-2025;01-01-1900",
        "1004;Daan;Dijk;;CRAS;procesmedewerker;;01-03-2025;01-01-1900",
    )
    assert refused(db, path) == [
        "m.csv:2: kolom 'startdatum': '31-02-2025' is geen geldige datum",
        "m.csv:4: kolom 'startdatum': '31-02-2025' is geen geldige datum",
        "m.csv:4: kolom 'einddatum': 01-01-1900 kan niet kloppen: een datum van 01-01-1950 "
        f"tot en met {format_date(add_years(dt.date.today(), 10))}",
        "m.csv:5: kolom 'einddatum': 01-01-1900 kan niet kloppen: een datum van 01-01-1950 "
        f"tot en met {format_date(add_years(dt.date.today(), 10))}",
    ]


def test_every_refused_row_is_reported(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "m.csv",
        HEADER,
        ANNA,
        "1002;;Bakker;;;;;;",
        "1003;Carla;Smit;;QQ;rol-die-niet-bestaat;;;",
    )
    assert refused(db, path) == [
        "m.csv:3: kolom 'voornaam': is verplicht maar leeg",
        "m.csv:4: kolom 'onderdeel': onbekend onderdeel 'QQ'",
        "m.csv:4: kolom 'rol': onbekende rol 'rol-die-niet-bestaat'",
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        (
            "m.txt",
            b"personeelsnummer\n1\n",
            "m.txt: bestandstype .txt wordt niet ondersteund; gebruik .csv of .xlsx",
        ),
        ("m.csv", b"", "m.csv is leeg"),
        ("m.csv", (HEADER + "\n").encode(), "m.csv bevat alleen een kopregel, geen gegevens"),
        (
            "m.csv",
            "personeelsnummer;voornaam;achternaam\n1;Jos;Müller\n".encode("latin-1"),
            "m.csv:2: tekst is geen UTF-8; sla het bestand in Excel op als 'CSV UTF-8'",
        ),
        (
            "m.xlsx",
            b"PK\x03\x04 dit is geen excel",
            "m.xlsx is geen Excel-werkmap, al eindigt de naam op .xlsx; sla het bestand in "
            "Excel op als Excel-werkmap (.xlsx) of als CSV UTF-8",
        ),
        ("m.csv", b"naam;leeftijd\nJos;40\n", "m.csv:1: kolom 'personeelsnummer' ontbreekt"),
    ],
)
def test_unreadable_files_are_refused(
    db: Database, tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert refused(db, path)[0] == message


def test_ten_megabytes_of_garbage_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "m.csv"
    path.write_bytes(bytes(range(256)) * 40_000)
    assert refused(db, path) == [
        "m.csv:2: tekst is geen UTF-8; sla het bestand in Excel op als 'CSV UTF-8'"
    ]


def test_xlsx_true_and_false_cells_read_as_ja_and_nee(db: Database, tmp_path: Path) -> None:
    """Excel's own TRUE/FALSE in *actief* (a checkbox column from HR) was refused as
    'true' and 'false'."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Personeelsnummer", "Voornaam", "Achternaam", "Actief"])
    sheet.append([1001, "Anna", "de Vries", True])
    sheet.append([1002, "Bram", "Bakker", False])
    path = tmp_path / "hr.xlsx"
    workbook.save(path)
    with db.begin() as session:
        report = import_staff(session, path, today=dt.date(2026, 11, 30))
        active = dict(session.execute(select(Person.staff_number, Person.active)).all())
    assert report.lines()[0] == "medewerkers: 2 toegevoegd, 0 bijgewerkt, 0 ongewijzigd"
    assert active == {"1001": True, "1002": False}


def test_xlsx_with_formulas_merged_cells_and_real_dates(db: Database, tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(
        [
            "Personeelsnummer",
            "Voornaam",
            "Achternaam",
            "Onderdeel",
            "Rol",
            "Startdatum",
            "Opmerking",
        ]
    )
    sheet.append(
        [
            1001,
            "Anna",
            "de Vries",
            "CRAS",
            "procesmedewerker",
            dt.datetime(2024, 3, 1),
            "samengevoegd",
        ]
    )
    sheet.append(["=1000+2", "Bram", "Bakker", "OV", "procesmedewerker", "2024-03-01", None])
    sheet.merge_cells("G2:G3")
    path = tmp_path / "hr.xlsx"
    workbook.save(path)
    # openpyxl stores no computed value for a formula; Excel would. Refused, clearly:
    assert refused(db, path) == [UNCALCULATED.format(cell="A3")]
    sheet["A3"] = 1002
    workbook.save(path)
    with db.begin() as session:
        assert import_staff(session, path).people.added == 2
        anna = staff.find_person(session, "1001")
        assert anna is not None and anna.assignments[0].start_date == dt.date(2024, 3, 1)


def test_an_uncalculated_formula_is_refused_not_read_as_empty(db: Database, tmp_path: Path) -> None:
    """A workbook made by a script: its e-mail column is a formula Excel never calculated.
    Read with its computed values it was empty, and everyone was imported without an
    address. Refused, naming the cell; once saved by Excel (the value beside the formula)
    the computed address is what is imported."""
    import zipfile

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Personeelsnummer", "Voornaam", "Achternaam", "Email"])
    sheet.append([1001, "Anna", "de Vries", '=LOWER(B2)&"@gemeente.nl"'])
    made = tmp_path / "hr.xlsx"
    workbook.save(made)
    assert refused(db, made) == [UNCALCULATED.format(cell="D2")]
    with db.begin() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
    # As Excel saves it: the formula with its result (a text result: t="str").
    saved = tmp_path / "hr-excel.xlsx"
    with zipfile.ZipFile(made) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="D2">', b'<c r="D2" t="str">').replace(
                    b"<v />", b"<v>anna@gemeente.nl</v>"
                )
            target.writestr(item, data)
    with db.begin() as session:
        import_staff(session, saved)
        assert session.scalar(select(Person.email)) == "anna@gemeente.nl"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.text(alphabet=st.sampled_from('1;,\n"aé -:0CRAS|/'), max_size=300))
def test_any_text_imports_or_is_refused_cleanly(db: Database, tmp_path: Path, text: str) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_text(HEADER + "\n" + text, encoding="utf-8")
    before = counts(db)
    try:
        with db.begin() as session:
            import_staff(session, path)
    except (ImportRefused, ValidationError) as error:
        assert error.message
        assert counts(db) == before  # refused: nothing half-written
    for kind in (import_participation,):
        try:
            with db.begin() as session:
                kind(session, path)
        except (ImportRefused, ValidationError) as error:
            assert error.message


# --- participation ------------------------------------------------------------------------

PHEADER = "activiteit,titel,datum,soort,niveau,onderdelen,status,personeelsnummer,aanwezigheid,uren"


@pytest.fixture
def people(db: Database, tmp_path: Path) -> Database:
    path = write(tmp_path, "m.csv", HEADER, ANNA, "1002;Bram;Bakker;;OV;procesmedewerker;;;")
    with db.begin() as session:
        import_staff(session, path, today=dt.date(2024, 1, 1))
    return db


def test_participation_import_and_idempotence(people: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "d.csv",
        PHEADER,
        "R1,Oefening,12-03-2025,oefening,multi,CRAS|OV,,1001,,3",
        "R1,Oefening,12-03-2025,oefening,multi,CRAS|OV,,1002,afgemeld,",
        'R2,Cursus,2025-02-01,opleiding,,,,1002,aanwezig,"7,5"',
        "R3,Bestuurlijk,01-12-2030,oefening,bestuurlijk,BT,gepland,,,",
    )
    with people.begin() as session:
        first = import_participation(session, path)
    with people.begin() as session:
        again = import_participation(session, path)
        result = norms.compute(session, 2025, dt.date(2025, 12, 31))
    assert first.lines() == [
        "activiteiten: 3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd",
        "deelnames: 3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd",
    ]
    assert again.lines() == [
        "activiteiten: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd",
        "deelnames: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd",
    ]
    assert {p.staff_number: p.activities for p in result.persons} == {
        "1001": ("R1",),
        "1002": ("R2",),
    }
    assert {u.code for u in result.units if u.exercised} == {"CRAS", "OV"}


def test_the_trail_records_each_unit_an_import_gives_an_activity(
    people: Database, tmp_path: Path
) -> None:
    path = write(
        tmp_path,
        "d.csv",
        PHEADER,
        "R1,Oefening,12-03-2025,oefening,multi,CRAS|OV,,1001,,3",
        "R2,Oefening,13-03-2025,oefening,mono,BT,,1002,,2",
    )
    with people.begin() as session:
        import_participation(session, path)
    with people.begin() as session:
        ids = dict(session.execute(select(Activity.exchange_key, Activity.id)).all())
        units = dict(session.execute(select(Unit.code, Unit.id)).all())
        logged = session.scalars(
            select(AuditEntry.new).where(AuditEntry.table_name == "activity_units")
        ).all()
        verdict = chain.verify(session.connection())
    expected = [(ids["R1"], units["CRAS"]), (ids["R1"], units["OV"]), (ids["R2"], units["BT"])]
    # as json.dumps writes them (the trail's readers and its hash chain see this text)
    assert sorted(logged) == sorted(
        json.dumps({"activity_id": a, "unit_id": u}, sort_keys=True) for a, u in expected
    )
    assert verdict.broken is None


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (
            "R9,Cursus,01-02-2025,opleiding,multi,,,1001,,",
            "d.csv:3: kolom 'niveau': een opleiding heeft geen niveau; alleen een oefening of "
            "inzet is mono, multi of bestuurlijk",
        ),
        (
            "R9,Oefening,01-02-2025,oefening,mono,,geannuleerd,1001,aanwezig,",
            "d.csv:3: kolom 'aanwezigheid': Oefening is geannuleerd; daar kan niemand aanwezig "
            "zijn geweest",
        ),
        (
            "R9,Oefening,01-02-2027,oefening,mono,,gepland,1001,aanwezig,",
            "d.csv:3: kolom 'aanwezigheid': Oefening staat nog op gepland; markeer haar als "
            "uitgevoerd om aanwezigen te registreren",
        ),
        (  # the same person twice in one activity's rows, once present, once not
            "R9,Oefening,01-02-2025,oefening,mono,,,1001,aanwezig,2\n"
            "R9,Oefening,01-02-2025,oefening,mono,,,1002,aanwezig,2\n"
            "R9,Oefening,01-02-2025,oefening,mono,,,1001,afgemeld,",
            "d.csv:5: kolom 'aanwezigheid': 1001 staat twee keer in de presentie",
        ),
        (  # twice, the activity's rows apart: the second run of R9 meets the first
            "R9,Oefening,01-02-2025,oefening,mono,,,1001,aanwezig,2\n"
            "R0,Goed,01-01-2025,training,,,,1001,,\n"
            "R9,Oefening,01-02-2025,oefening,mono,,,1001,aanwezig,3",
            "d.csv:5: kolom 'aanwezigheid': 1001 staat twee keer in de presentie",
        ),
        (
            "R9,Oefening,01-02-2025,oefening,mono,,,9999,,",
            "d.csv:3: kolom 'personeelsnummer': personeelsnummer '9999' is onbekend; lees eerst "
            "de medewerkers in",
        ),
        (  # among an activity's rows without attendance and with a known person
            "R9,Oefening,01-02-2025,oefening,mono,,,,,\n"
            "R9,Oefening,01-02-2025,oefening,mono,,,1001,aanwezig,2\n"
            "R9,Oefening,01-02-2025,oefening,mono,,,9999,,",
            "d.csv:5: kolom 'personeelsnummer': personeelsnummer '9999' is onbekend; lees eerst "
            "de medewerkers in",
        ),
        (
            "R9,Oefening,01-02-2025,vergadering,,,,,,",
            "d.csv:3: kolom 'soort': 'vergadering' kan niet; kies uit opleiding, training, "
            "oefening, inzet",
        ),
        (
            "R9,Oefening,01-02-2025,oefening,mono,ZZ,,,,",
            "d.csv:3: kolom 'onderdelen': onbekend onderdeel 'ZZ'",
        ),
        (
            "R9,Oefening,01-02-2025,oefening,mono,,,1001,,veel",
            "d.csv:3: kolom 'uren': 'veel' is geen getal",
        ),
        (  # 26112026 typed into the year of a date field, as once happened
            "R9,Oefening,01-12-2611,oefening,mono,,,1001,,",
            "d.csv:3: kolom 'datum': 01-12-2611 kan niet kloppen: een datum van 01-01-2000 "
            f"tot en met {format_date(add_years(dt.date.today(), 10))}",
        ),
        (
            "R9,Oefening,31-12-1999,oefening,mono,,,1001,,",
            "d.csv:3: kolom 'datum': 31-12-1999 kan niet kloppen: een datum van 01-01-2000 "
            f"tot en met {format_date(add_years(dt.date.today(), 10))}",
        ),
    ],
)
def test_bad_participation_rows_are_refused(
    people: Database, tmp_path: Path, line: str, problem: str
) -> None:
    path = write(tmp_path, "d.csv", PHEADER, "R0,Goed,01-01-2025,training,,,,1002,,", line)
    assert refused(people, path, "participation") == [problem]


def test_rows_of_one_activity_must_agree(people: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "d.csv",
        PHEADER,
        "R1,Oefening,01-02-2025,oefening,mono,,,1001,,",
        "R1,Oefening,02-02-2025,oefening,mono,,,1002,,",
    )
    assert refused(people, path, "participation") == [
        "d.csv:3: kolom 'datum': '02-02-2025' wijkt af van regel 2 met dezelfde sleutel "
        "('01-02-2025')"
    ]


def test_rows_of_one_activity_agree_when_they_spell_a_value_differently(
    people: Database, tmp_path: Path
) -> None:
    """A date as 5-3-2025 on one row and 05-03-2025 on the next, the kind as Oefening and
    oefening, the units in another order: the same activity, not a disagreement (the
    first row's spelling is kept). A title spelt otherwise is still refused."""
    path = write(
        tmp_path,
        "d.csv",
        PHEADER,
        "R1,Oefening,05-03-2025,oefening,mono,CRAS|OV,,1001,,",
        "R1,Oefening,5-3-2025,Oefening,Mono,ov|cras,,1002,,",
    )
    with people.begin() as session:
        report = import_participation(session, path)
    assert (report.activities.added, report.participations.added) == (1, 2)
    with people.begin() as session:
        [activity] = session.scalars(select(Activity)).all()
        assert activity.date == dt.date(2025, 3, 5)
    other = write(
        tmp_path,
        "e.csv",
        PHEADER,
        "R2,Oefening,05-03-2025,oefening,mono,,,1001,,",
        "R2,Oefening!,5-3-2025,oefening,mono,,,1002,,",
    )
    assert refused(people, other, "participation") == [
        "e.csv:3: kolom 'titel': 'Oefening!' wijkt af van regel 2 met dezelfde sleutel ('Oefening')"
    ]


def test_export_imports_back_to_the_same_compliance(tmp_path: Path) -> None:
    today = dt.date(2026, 11, 23)
    source = open_database(str(tmp_path / "bron.sqlite"))
    source.login("adviseur")
    with source.begin() as session:
        demo.fill(session, today=today)
        # Exemptions are not part of these files either (export all carries them).
        session.execute(delete(Exemption))
        write_staff(session, tmp_path / "medewerkers.xlsx")
        for year in (2024, 2025, 2026):
            export_participation(session, year, tmp_path / f"deelname-{year}.csv")
        expected = render.to_json(norms.compute(session, 2025))
    source.close()
    target = open_database(str(tmp_path / "doel.sqlite"))
    target.login("adviseur")
    with target.begin() as session:
        import_staff(session, tmp_path / "medewerkers.xlsx", today=today)
        for year in (2024, 2025, 2026):
            import_participation(session, tmp_path / f"deelname-{year}.csv")
        actual = render.to_json(norms.compute(session, 2025))
    target.close()
    # Evaluations, improvement actions and plan dates are not part of these files.
    for key in ("summary", "persons", "units", "administrative_exercise", "staffing"):
        assert actual[key] == expected[key], key
    assert len(actual["persons"]) > 100


def test_cli_import_prints_every_problem_and_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "cli.sqlite")
    bad = write(
        tmp_path,
        "medewerkers.csv",
        HEADER,
        "1;Anna;Bakker;;CRAS;procesmedewerker;;31-02-2025;",
        "2;Bram;Bakker;;QQ;procesmedewerker;;;",
    )
    assert cli.main(["--db", db, "import", "staff", str(bad)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        "medewerkers.csv:2: kolom 'startdatum': '31-02-2025' is geen geldige datum",
        "medewerkers.csv:3: kolom 'onderdeel': onbekend onderdeel 'QQ'",
        "oto-app: 2 regels geweigerd; er is niets ingelezen",
    ]
    good = write(tmp_path, "ok.csv", HEADER, "1;Anna;Bakker;;CRAS;procesmedewerker;;;")
    assert cli.main(["--db", db, "import", "staff", str(good)]) == 0
    assert "medewerkers: 1 toegevoegd" in capsys.readouterr().out
    out = tmp_path / "uit.xlsx"
    assert (
        cli.main(["--db", db, "export", "participation", "--year", "2025", "--out", str(out)]) == 0
    )
    assert out.exists()
    assert cli.main(["--db", db, "export", "staff", "--out", str(tmp_path / "x.pdf")]) == 1


def test_calendar_of_planned_activities(people: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "d.csv",
        PHEADER,
        'R1,"Oefening; met, tekens en een hele lange titel die gevouwen moet worden '
        'op vijfenzeventig",01-12-2030,oefening,mono,CRAS,gepland,,,',
        "R2,Gehouden,01-02-2025,training,,,,,,",
    )
    with people.begin() as session:
        import_participation(session, path)
        text = planned_calendar(session, now=dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and text.endswith("END:VCALENDAR\r\n")
    assert "UID:oto-R1@oto.local" in lines and "DTSTART;VALUE=DATE:20301201" in lines
    assert "Gehouden" not in text  # only planned activities
    assert all(len(line.encode()) <= 75 for line in lines)
    unfolded = text.replace("\r\n ", "")
    assert "SUMMARY:Oefening\\; met\\, tekens en een hele lange titel" in unfolded
    assert json.dumps(text)  # plain text, no bytes


def test_a_refusal_made_in_the_background_process_arrives_whole(
    db: Database, tmp_path: Path
) -> None:
    """The GUI checks and imports in a child process (oto_app.jobs); a refused file comes
    back pickled with every row problem, in the language of the GUI."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from oto_app import jobs
    from oto_app.errors import ImportRefused
    from oto_app.exchange.preview import ImportKind

    path = tmp_path / "hr.csv"
    path.write_text(
        "personeelsnummer;voornaam;achternaam;onderdeel;rol\n1;Anna;Vries;ONBEKEND;procesmedewerker\n",
        encoding="utf-8",
    )
    pool = ProcessPoolExecutor(1, get_context("spawn"), jobs.start_child, ("en",))
    with pool, pytest.raises(ImportRefused) as refused:
        pool.submit(jobs.import_file, *jobs.where(db), ImportKind.STAFF, path, True).result()
    assert refused.value.key == "import_refused"
    assert [p.line for p in refused.value.problems] == [2]
    assert "ONBEKEND" in str(refused.value.problems[0])
    assert pickle.loads(pickle.dumps(refused.value)).message == refused.value.message


def test_the_preview_reads_no_further_than_the_rows_it_shows(db: Database, tmp_path: Path) -> None:
    """The wizard's first page shows 20 rows; a fault further down (here a byte that is not
    UTF-8 on line 30) is for the check to report, not a reason to show nothing."""
    from oto_app.exchange.preview import ImportKind, preview

    path = tmp_path / "hr.csv"
    note = "x" * 1000  # a file is decoded 8 KB at a time: line 30 is 8 KB past line 21
    rows = [f"{n};Anna;Vries{n};{note}".encode() for n in range(1, 40)]
    rows[28] = f"29;Ren\u00e9e;Vries;{note}".encode("latin-1")  # line 30
    header = b"personeelsnummer;voornaam;achternaam;opmerking\n"
    path.write_bytes(header + b"\n".join(rows) + b"\n")
    shown = preview(ImportKind.STAFF, path)
    assert shown.lines == list(range(2, 22))
    assert shown.rows[-1] == ["20", "Anna", "Vries20"]
    assert refused(db, path) == [
        "hr.csv:30: tekst is geen UTF-8; sla het bestand in Excel op als 'CSV UTF-8'"
    ]
