"""One complete workbook (issue 15): `export all` writes everything a person can read, and
`import all` into an empty database gives the same compliance for every year, every key."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select, update

from oto_app import cli, demo, norms
from oto_app.db import Database, open_database
from oto_app.errors import ValidationError
from oto_app.exchange import everything, sheets
from oto_app.models import (
    ActionReopening,
    Activity,
    Base,
    Evaluation,
    EvaluationReopening,
    ImprovementAction,
    Role,
    RoleTerm,
    Unit,
    UnitTerm,
    YearNorms,
    unit_roles,
)
from oto_app.norms import render

TODAY = dt.date(2026, 11, 23)


def every_year(database: Database) -> dict[int, object]:
    """The compliance JSON of every year from the first activity's to today's."""
    with database.begin() as session:
        first, last = session.execute(
            select(func.min(Activity.date), func.max(Activity.date))
        ).one()
        return {
            year: render.to_json(
                norms.compute(session, year, norms.reference_date(year, today=TODAY))
            )
            for year in range(first.year, max(last.year, TODAY.year) + 1)
        }


@pytest.fixture(scope="module")
def demo_workbook(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[int, object]]:
    folder = tmp_path_factory.mktemp("alles")
    source = open_database(str(folder / "demo.sqlite"))
    source.login("adviseur")
    with source.begin() as session:
        demo.fill(session, today=TODAY)
        # what the demo lacks: a year's own norm numbers, a role's earlier terms, a unit's
        # earlier name, a formation's first day, an evaluation and an action set back
        session.add(YearNorms(year=2025, min_activities_per_person=2, plan_review_years=3))
        role = session.scalars(select(Role).where(Role.name == "procesmedewerker")).one()
        session.add(RoleTerm(role=role, until=dt.date(2024, 12, 31), is_key=True, min_activities=2))
        session.add(
            RoleTerm(
                role=session.scalars(
                    select(Role).where(Role.name == "voorzitter beleidsteam")
                ).one(),
                until=dt.date(2025, 6, 30),
                is_key=True,
                min_activities=1,
                name="voorzitter",
            )
        )
        cras = session.scalars(select(Unit).where(Unit.code == "CRAS")).one()
        session.add(UnitTerm(unit=cras, until=dt.date(2024, 12, 31), code="SCH", name="Schade"))
        session.execute(
            update(unit_roles)
            .where(unit_roles.c.unit_id == cras.id, unit_roles.c.role_id == role.id)
            .values(since=dt.date(2025, 3, 1))
        )
        evaluation = session.scalars(select(Evaluation).order_by(Evaluation.id)).first()
        action = session.scalars(select(ImprovementAction).order_by(ImprovementAction.id)).first()
        assert evaluation is not None and action is not None
        session.add(
            EvaluationReopening(
                evaluation_id=evaluation.id,
                closed_on=dt.date(2025, 5, 1),
                reopened_on=dt.date(2026, 2, 1),
            )
        )
        session.add(
            ActionReopening(
                action_id=action.id, closed_on=dt.date(2024, 1, 1), reopened_on=dt.date(2026, 2, 1)
            )
        )
    path = folder / "alles.xlsx"
    with source.begin() as session:
        everything.export_all(session, path)
    expected = every_year(source)
    source.close()
    return path, expected


def test_every_table_is_carried_or_said_not_to_be() -> None:
    carried = {s.table.name for s in sheets.SHEETS} | {
        link.table.name for s in sheets.SHEETS for link in s.links
    }
    assert set(Base.metadata.tables) - carried == set(sheets.NOT_CARRIED) - {"alembic_version"}
    assert [s.title for s in sheets.SHEETS][:1] == ["Onderdelen"]
    assert set(sheets.IMPORT_ORDER) == {s.title for s in sheets.SHEETS}


def test_the_workbook_imports_back_to_the_same_compliance_every_year(
    db: Database, demo_workbook: tuple[Path, dict[int, object]]
) -> None:
    path, expected = demo_workbook
    with db.begin() as session:
        report = everything.import_all(session, path)
    assert report.sheets["Medewerkers"] > 100 and report.sheets["Deelnames"] > 1000
    for title in ("Onderdelen eerder", "Evaluaties heropend", "Verbeterpunten heropend"):
        assert report.sheets[title] == 1, title
    assert "SCH" in [u["code"] for u in expected[2024]["units"]]  # type: ignore[index]
    roles = {s["role"] for s in expected[2024]["staffing"]}  # type: ignore[index]
    assert "voorzitter" in roles
    actual = every_year(db)
    assert actual.keys() == expected.keys() and len(actual) >= 3
    for year in expected:
        for key in expected[year]:  # type: ignore[attr-defined]
            assert actual[year][key] == expected[year][key], (year, key)  # type: ignore[index]
    with db.begin() as session:  # and the ids go on from the workbook's
        assert everything.export_all(session, path.with_name("opnieuw.xlsx"))


def test_the_workbook_is_for_people_too(demo_workbook: tuple[Path, dict[int, object]]) -> None:
    book = load_workbook(demo_workbook[0])
    assert book.sheetnames[:8] == [
        "Onderdelen",
        "Onderdelen eerder",
        "Deelplanherzieningen",
        "Rollen",
        "Rollen eerder",
        "Formatie",
        "Medewerkers",
        "Toewijzingen",
    ]
    for title in (
        "Onderdelen",
        "Rollen",
        "Medewerkers",
        "Toewijzingen",
        "Opleidingen",
        "Activiteiten",
        "Deelnames",
        "Evaluaties",
        "Verbeterpunten",
        "Normen per jaar",
    ):
        sheet = book[title]
        assert sheet.freeze_panes == "A2", title
        assert sheet.auto_filter.ref.startswith("A1:"), title
        assert sheet["A1"].font.bold, title
    people = book["Medewerkers"]
    assert [c.value for c in people[1]][:5] == [
        "Nr",
        "Personeelsnummer",
        "Voornaam",
        "Tussenvoegsel",
        "Achternaam",
    ]
    assert people.column_dimensions["F"].width == 32
    start = book["Toewijzingen"]["F2"]
    assert isinstance(start.value, dt.datetime) and start.number_format == "DD-MM-YYYY"
    assert {c.data_type for row in people.iter_rows() for c in row if c.value} <= {
        "s",
        "n",
        "d",
    }  # never "f"


def test_import_all_wants_an_empty_database(
    db: Database, demo_workbook: tuple[Path, dict[int, object]]
) -> None:
    with db.begin() as session:
        demo.fill(session, today=TODAY)
    with pytest.raises(ValidationError) as refused, db.begin() as session:
        everything.import_all(session, demo_workbook[0])
    assert refused.value.message.startswith("deze database bevat al gegevens (people)")


def test_a_damaged_workbook_is_refused_with_every_row(
    db: Database, demo_workbook: tuple[Path, dict[int, object]], tmp_path: Path
) -> None:
    book = load_workbook(demo_workbook[0])
    book["Medewerkers"]["C2"] = ""
    book["Toewijzingen"]["C3"] = "XYZ"
    path = tmp_path / "kapot.xlsx"
    book.save(path)
    from oto_app.errors import ImportRefused

    with pytest.raises(ImportRefused) as refused, db.begin() as session:
        everything.import_all(session, path)
    problems = [str(p) for p in refused.value.problems]
    assert "kapot.xlsx[Medewerkers]:2: kolom 'Voornaam': is verplicht maar leeg" in problems
    assert (
        "kapot.xlsx[Toewijzingen]:3: kolom 'Onderdeel': 'XYZ' staat niet op het tabblad Onderdelen"
        in problems
    )
    with db.begin() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0


def test_the_command_line_exports_and_imports_all(
    tmp_path: Path,
    demo_workbook: tuple[Path, dict[int, object]],
    capsys: pytest.CaptureFixture[str],
) -> None:
    target = str(tmp_path / "leeg.sqlite")
    assert cli.main(["--db", target, "import", "all", str(demo_workbook[0])]) == 0
    assert "Medewerkers: " in capsys.readouterr().out
    out = tmp_path / "weer.xlsx"
    assert cli.main(["--db", target, "export", "all", "--out", str(out)]) == 0
    assert out.exists()
    assert cli.main(["--db", target, "export", "all", "--out", str(tmp_path / "x.csv")]) == 1
