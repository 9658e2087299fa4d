"""The PDFs, read back as a manager reads them: names, units, statuses."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from oto_app import cli, demo, messages, norms
from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.models import Activity, Evaluation
from oto_app.norms import validity
from oto_app.norms.results import PersonStatus
from oto_app.reports import (
    attendance_sheet,
    compliance_report,
    evaluation_report,
    personal_overview,
)
from oto_app.services import activities, attendance
from tests.helpers.files import text_of

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    return sqlite_db


def test_annual_overview_says_what_the_norms_say(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "jaaroverzicht.pdf"
    with demo_db.begin() as session:
        pages = compliance_report.write(session, 2025, path)
        result = norms.compute(session, 2025)
    reader = PdfReader(path)
    assert len(reader.pages) == pages > 3
    fonts = {
        str(f.get_object().get("/BaseFont"))
        for page in reader.pages
        for f in (page["/Resources"].get("/Font") or {}).values()
    }
    assert all("Vera" in f for f in fonts)  # embedded Vera only
    pages_text = text_of(path)
    first, everything = pages_text[0], "\n".join(pages_text)
    assert "Jaaroverzicht OTO 2025" in first and "Gemeente Wierdenmeer" in first
    assert "Peildatum: 31-12-2025." in first
    assert result.persons_exempt == 2  # counted apart: not in the "of"
    counted = len(result.persons) - 2
    assert f"{result.persons_compliant} van {counted} medewerkers; 2 vrijgesteld" in first
    assert all(f"pagina {n} van {pages}" in pages_text[n - 1] for n in range(1, pages + 1))
    for unit in result.units:
        assert f"{unit.name} ({unit.code})" in everything
    late = [p for p in result.persons if p.status != PersonStatus.COMPLIANT]
    assert late and all(p.name in everything for p in late)
    assert "Opvangen en Verzorgen" in everything and "coördinatie" in everything  # ö intact
    assert "Vastgesteld" in pages_text[-1] and "Handtekening" in pages_text[-1]


def test_attendance_sheet_lists_the_expected_by_surname(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "lijst.pdf"
    with demo_db.begin() as session:
        attendance_sheet.write(session, "DEMO-2026-08", path)
        activity = activities.find_by_key(session, "DEMO-2026-08")
        everyone = attendance.expected(session, activity.id)
    expected = [p for p in everyone if p.asked]
    text = "\n".join(text_of(path))
    assert "Presentielijst: Bestuurlijke oefening beleidsteam" in text
    assert "09-12-2026" in text and "Niet op de lijst" in text
    # the demo's Ria Bosma, invited, then seconded over the date: not on the paper list
    assert [p.name for p in everyone if not p.asked] == ["Ria Bosma"]
    assert "Ria Bosma" not in text
    positions = [text.index(p.name) for p in expected]
    bt = [p for p in expected if p.units.startswith("BT")]
    assert positions[: len(bt)] == sorted(positions[: len(bt)])  # by surname within a unit


def test_report_commands(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = demo_db.location
    out = tmp_path / "j.pdf"
    assert (
        cli.main(
            [
                "--db",
                db,
                "report",
                "compliance",
                "--year",
                "2026",
                "--on",
                "2026-06-30",
                "--out",
                str(out),
            ]
        )
        == 0
    )
    assert "Peildatum: 30-06-2026." in text_of(out)[0]
    assert (
        cli.main(
            [
                "--db",
                db,
                "report",
                "attendance-sheet",
                "--activity",
                "NIET-BESTAAND",
                "--out",
                str(tmp_path / "x.pdf"),
            ]
        )
        == 1
    )
    assert "activiteit NIET-BESTAAND bestaat niet" in capsys.readouterr().err


def test_personal_overview_holds_roles_and_history(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "persoon.pdf"
    with demo_db.begin() as session:
        person = next(iter(staff_list(session)))
        personal_overview.write(session, person.staff_number, path)
        history = attendance.history(session, person.id)
        courses = validity.standings(session, dt.date.today(), person.id)
    text = " ".join(text_of(path))
    assert f"Persoonlijk OTO-overzicht: {person.name}" in text
    assert "Vereiste opleidingen" in text
    assert courses and all(f"{c.course} " in text and c.reason in text for c in courses)
    assert f"Personeelsnummer {person.staff_number}" in text
    assert history and all(h.title.split()[0] in text for h in history)
    assert "alle gegevens die OTO over deze medewerker bewaart" in text


def test_evaluation_report_and_its_refusal(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "evaluatie.pdf"
    with demo_db.begin() as session:
        evaluation_report.write(session, "DEMO-2025-02", path)
        with pytest.raises(ValidationError, match="heeft nog geen evaluatie"):
            evaluation_report.write(session, "DEMO-2025-01", tmp_path / "x.pdf")
    text = " ".join(text_of(path))
    for heading in (
        "Evaluatieverslag",
        "Wat ging goed",
        "Wat moet beter",
        "Conclusies",
        "Verbeterpunten",
        "geëvalueerd op",
        "Doelstellingen",
    ):
        assert heading in text
    with demo_db.begin() as session:
        evaluation = session.scalars(
            select(Evaluation).join(Activity).where(Activity.exchange_key == "DEMO-2025-02")
        ).one()
        ratings = [(o.objective, messages.label(o.rating)) for o in evaluation.objectives]
    assert ratings and all(f"{o} {r}" in text for o, r in ratings)


def test_evaluation_report_of_a_deleted_activity(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.begin() as session:
        activity = activities.find_by_key(session, "DEMO-2025-02")
        title = activity.title
        evaluation_id = activities.deletion_impact(session, activity.id).evaluation_id
        activities.delete_activity(session, activity.id)
    path = tmp_path / "bewaard.pdf"
    command = ["--db", demo_db.location, "report", "evaluation"]
    assert cli.main([*command, "--evaluation", str(evaluation_id), "--out", str(path)]) == 0
    text = " ".join(text_of(path))
    assert f"Evaluatieverslag: {title}" in text
    assert "de activiteit is verwijderd; deze evaluatie is bewaard" in text


def staff_list(session):  # type: ignore[no-untyped-def]
    from oto_app.services import staff

    return staff.list_people(session, staff.StaffQuery())
