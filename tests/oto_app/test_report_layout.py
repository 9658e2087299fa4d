"""The Jaaroverzicht's page rules, read back from the PDF as a manager turns the pages."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from sqlalchemy import select

from oto_app import demo
from oto_app.db import Database
from oto_app.models import Assignment, AssignmentKind, Person, Role, Unit
from oto_app.norms.figures import nice_step
from oto_app.reports import compliance_report
from tests.oto_app.test_reports import text_of

TODAY = dt.date(2026, 11, 23)
HEADER = "Naam Personeelsnr. Rol Status Activiteiten"


def _big_nazorg(database: Database) -> None:
    """The demo, with 70 more people in Nazorg: its table runs over two pages."""
    with database.begin() as session:
        demo.fill(session, today=TODAY)
        nz = session.scalars(select(Unit).where(Unit.code == "NZ")).one()
        worker = session.scalars(select(Role).where(Role.name == "procesmedewerker")).one()
        for n in range(70):
            person = Person(staff_number=f"9{n:04d}", first_name="Extra", last_name=f"Lid{n:02d}")
            session.add(person)
            session.add(
                Assignment(
                    person=person,
                    unit=nz,
                    role=worker,
                    kind=AssignmentKind.PRIMARY,
                    start_date=dt.date(2024, 1, 1),
                )
            )


def test_the_page_rules_of_the_annual_overview(sqlite_db: Database, tmp_path: Path) -> None:
    _big_nazorg(sqlite_db)
    path = tmp_path / "jaaroverzicht.pdf"
    with sqlite_db.begin() as session:
        compliance_report.write(session, 2025, path)
        units = [(u.name, u.code) for u in session.scalars(select(Unit).order_by(Unit.code))]
    pages = text_of(path)
    # The cover: the summary in words beside the table, and a chart with counted ticks.
    cover = pages[0]
    assert re.search(r"\d+ van \d+ medewerkers getraind; 2 vrijgesteld; ", cover)
    assert "evaluaties te laat" in cover
    assert re.search(r"\d+ verbeterpunt(en)? over de datum", cover)
    assert "0 20 40 60 80 100" in cover and "aantal medewerkers" in cover  # NZ has 85
    # A unit's heading stands with the header of its people (never alone at a foot).
    for name, code in units:
        heading = f"{name} ({code})"
        [page] = [p for p in pages if re.search(re.escape(heading) + r"(?!, vervolg)", p)]
        assert HEADER in page[page.index(heading) :], heading
    # A table going on says which unit, with its header again.
    continued = [p for p in pages if "Nazorg (NZ), vervolg" in p]
    assert continued
    for page in continued:
        assert page.index("Nazorg (NZ), vervolg") < page.index(HEADER)
    # "Personeelsnr." in one piece; deputies marked in the role column.
    assert all("Personeelsnr ." not in p for p in pages)
    assert any("procesverantwoordelijke (plv.)" in p for p in pages)
    assert "plv. = plaatsvervanger" in "\n".join(pages)
    # The sign-off shares its page with the plans.
    assert "Vastgesteld" in pages[-1] and "Deelplannen" in pages[-1]


def test_chart_ticks_are_numbers_a_reader_counts_with() -> None:
    assert [nice_step(n) for n in (0, 3, 8, 9, 17, 40, 41, 90, 170, 400, 1000)] == [
        1,
        1,
        1,
        2,
        5,
        5,
        10,
        20,
        50,
        50,
        200,
    ]


def test_a_section_heading_stands_with_its_table_wherever_the_page_ends(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """Vrijstellingen stood alone (with its introduction) at the foot of a page and its
    table began on the next. Grown person by person, the sections move down the pages;
    each heading must share its page with its table's header every time."""
    sections = {
        "Vrijstellingen": "Naam Onderdeel Soort Periode Waarom",
        "Evaluaties": "Datum Activiteit Status Waarom",
    }
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
        nz = session.scalars(select(Unit).where(Unit.code == "NZ")).one()
        worker = session.scalars(select(Role).where(Role.name == "procesmedewerker")).one()
    for step in range(8):
        with sqlite_db.begin() as session:
            for n in range(3):
                person = Person(staff_number=f"8{step}{n:03d}", first_name="Nog", last_name="Een")
                session.add(person)
                session.add(
                    Assignment(
                        person=person,
                        unit_id=nz.id,
                        role_id=worker.id,
                        kind=AssignmentKind.PRIMARY,
                        start_date=dt.date(2024, 1, 1),
                    )
                )
        path = tmp_path / f"jaaroverzicht-{step}.pdf"
        with sqlite_db.begin() as session:
            compliance_report.write(session, 2026, path)
        pages = text_of(path)
        for heading, header in sections.items():
            [page] = [p for p in pages if header in p]
            assert heading in page[: page.index(header)], (step, heading)
