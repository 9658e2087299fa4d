"""``import units`` / ``export units``: units and their deelplan reviews, with history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from oto_app import cli, norms
from oto_app.db import Database
from oto_app.errors import ImportRefused
from oto_app.exchange.units import import_units, write_units
from oto_app.models import PlanReview, Unit
from tests.oto_app.test_exchange import write

TODAY = dt.date(2026, 12, 1)


def _state(db: Database) -> tuple[int, int, list[tuple[str, str]]]:
    with db.begin() as session:
        units = session.scalar(select(func.count()).select_from(Unit)) or 0
        reviews = session.scalar(select(func.count()).select_from(PlanReview)) or 0
        names = [
            (c, n) for c, n in session.execute(select(Unit.code, Unit.name).order_by(Unit.code))
        ]
    return units, reviews, names


def test_reviews_are_added_to_the_history_and_new_units_made(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "onderdelen.csv",
        "Onderdeel;Naam;Deelplan_herzien",
        "cras;;01-03-2022",
        "CRAS;;2026-12-01",
        "EVAC;Evacuatie;15-05-2024",
        "NZ;Nazorg en herstel;",
    )
    with db.begin() as session:
        report = import_units(session, path, today=TODAY)
    assert report.lines() == [
        "onderdelen: 1 toegevoegd, 1 bijgewerkt, 1 ongewijzigd",
        "deelplanherzieningen: 3 toegevoegd, 0 bijgewerkt, 0 ongewijzigd",
    ]
    with db.begin() as session:
        plans = {p.unit: p for p in norms.compute(session, 2025).plans}
        assert (plans["CRAS"].last_review, plans["CRAS"].current) == (dt.date(2022, 3, 1), True)
        assert "EVAC" not in plans  # a unit added now counts from today, not in 2025
        later = {p.unit: p for p in norms.compute(session, 2026, TODAY).plans}
        assert later["EVAC"].last_review == dt.date(2024, 5, 15)
        assert later["CRAS"].last_review == TODAY
        assert session.scalar(select(Unit.name).where(Unit.code == "NZ")) == "Nazorg en herstel"
    before = _state(db)
    with db.begin() as session:  # the same file again changes nothing
        again = import_units(session, path, today=TODAY)
    assert again.lines()[1] == "deelplanherzieningen: 0 toegevoegd, 0 bijgewerkt, 3 ongewijzigd"
    assert _state(db) == before


def test_a_refused_row_writes_nothing_and_says_why(db: Database, tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "onderdelen.csv",
        "onderdeel;naam;deelplan_herzien",
        "CRAS;;01-03-2022",
        "XX;;01-03-2022",
        "OV;;31-02-2025",
        "VC;;02-12-2026",
        "MZ;Milieuzorg;",
        "MZ;Milieu;",
        ";Zonder code;",
    )
    before = _state(db)
    with pytest.raises(ImportRefused) as caught, db.begin() as session:
        import_units(session, path, today=TODAY)
    assert _state(db) == before
    problems = [str(p) for p in caught.value.problems]
    text = "\n".join(problems)
    assert (
        "onderdelen.csv:3: kolom 'onderdeel': onbekend onderdeel 'XX'; vul de 'naam' in om het "
        "als nieuw onderdeel toe te voegen"
    ) in text
    assert "onderdelen.csv:4: kolom 'deelplan_herzien': '31-02-2025' is geen geldige datum" in text
    assert (
        "onderdelen.csv:5: kolom 'deelplan_herzien': herziening op 02-12-2026 ligt in de toekomst"
        in text
    )
    assert "onderdelen.csv:7: kolom 'naam'" in text
    assert "onderdelen.csv:8: kolom 'onderdeel': is verplicht maar leeg" in text


def test_export_reads_back_as_itself_and_xlsx_works(db: Database, tmp_path: Path) -> None:
    source = write(
        tmp_path,
        "in.csv",
        "onderdeel;naam;deelplan_herzien",
        "CRAS;;01-03-2021",
        "CRAS;;01-03-2025",
    )
    with db.begin() as session:
        import_units(session, source, today=TODAY)
        out = tmp_path / "onderdelen.xlsx"
        rows = write_units(session, out)
    assert rows == 11  # ten units, CRAS twice
    before = _state(db)
    with db.begin() as session:
        report = import_units(session, out, today=TODAY)
    assert report.units.added == report.units.updated == report.reviews.added == 0
    assert _state(db) == before
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["onderdeel", "naam", "deelplan_herzien"])
    sheet.append(["OV", None, dt.datetime(2024, 2, 1)])
    book.save(tmp_path / "excel.xlsx")
    with db.begin() as session:
        assert import_units(session, tmp_path / "excel.xlsx", today=TODAY).reviews.added == 1


def test_the_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = str(tmp_path / "oto.sqlite")  # a new database: its first user is its adviser
    assert cli.main(["--db", url, "init"]) == 0
    good = write(tmp_path, "ok.csv", "onderdeel;deelplan_herzien", "UH;01-06-2024")
    assert cli.main(["--db", url, "import", "units", str(good)]) == 0
    assert "deelplanherzieningen: 1 toegevoegd" in capsys.readouterr().out
    bad = write(tmp_path, "bad.csv", "onderdeel;deelplan_herzien", "QQ;01-06-2024")
    assert cli.main(["--db", url, "import", "units", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "bad.csv:2: kolom 'onderdeel': onbekend onderdeel 'QQ'" in err
    out = tmp_path / "units.csv"
    assert cli.main(["--db", url, "export", "units", "--out", str(out)]) == 0
    text = out.read_text("utf-8-sig")
    assert text.splitlines()[0] == "onderdeel;naam;deelplan_herzien"
    assert "UH;Uitvaart en Herdenken;01-06-2024" in text
