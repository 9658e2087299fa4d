"""The trend over years: the same figures as each year's own norms, on screen, on paper
and from ``compliance --years``."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Group, Rect

from oto_app import cli, demo, norms
from oto_app.db import Database
from oto_app.norms import figures, render, trend, vocabulary
from oto_app.norms.results import EvaluationState
from oto_app.norms.vocabulary import Verdict
from oto_app.reports import compliance_report, trend_section
from tests.oto_app.test_reports import text_of

TODAY = dt.date(2026, 11, 23)


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    return sqlite_db


def test_each_year_is_the_year_s_own_figures_at_its_end(demo_db: Database) -> None:
    with demo_db.begin() as session:
        assert trend.first_year(session) == 2024  # the demo's activities start in 2024
        assert trend.span(session, 2026) == (2024, 2026)  # fewer than five: less data
        assert trend.span(session, 2030) == (2026, 2030)
        years = trend.compute_years(session, 2024, 2026, today=TODAY)
        for y in years:
            own = norms.compute(session, y.year, today=TODAY)
            assert y.reference_date == own.reference_date
            assert (y.persons_compliant, y.persons_counted, y.persons_exempt) == (
                own.persons_compliant,
                own.persons_counted,
                own.persons_exempt,
            )
            assert (y.units_exercised, y.units_total) == (own.units_exercised, len(own.units))
            assert y.administrative_held == len(own.administrative.exercises)
            late = sum(e.status == EvaluationState.OVERDUE for e in own.evaluations)
            assert y.evaluations_on_time == len(own.evaluations) - late
            assert y.actions_overdue == len(own.actions_overdue)
    assert [y.reference_date for y in years] == [
        dt.date(2024, 12, 31),
        dt.date(2025, 12, 31),
        TODAY,
    ]
    data = render.trend_json(years)
    assert [y["year"] for y in data["years"]] == [2024, 2025, 2026]
    first = data["years"][0]
    assert first["percent_trained"] == round(
        100 * first["persons_compliant"] / first["persons_counted"], 1
    )


def test_the_command_line_gives_the_same_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(tmp_path / "oto.sqlite")
    assert cli.main(["--db", path, "init", "--demo"]) == 0
    capsys.readouterr()
    last = dt.date.today().year - 1
    assert (
        cli.main(["--db", path, "compliance", "--years", f"{last - 1}-{last}", "--format", "json"])
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert cli.main(["--db", path, "compliance", "--year", str(last), "--format", "json"]) == 0
    year = json.loads(capsys.readouterr().out)
    entry = data["years"][-1]
    assert entry["reference_date"] == f"{last}-12-31"
    assert entry["persons_compliant"] == year["summary"]["persons_compliant"]
    assert entry["units_exercised"] == year["summary"]["units_exercised"]
    assert entry["improvement_actions_overdue"] == len(year["improvement_actions_overdue"])
    assert cli.main(["--db", path, "compliance", "--years", "2025-2021"]) == 1
    assert "jaren 2025-2021 kan niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as wrong:
        cli.main(["--db", path, "compliance", "--years", "vorig jaar"])
    assert wrong.value.code == 2


def test_the_annual_overview_prints_the_trend(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "jaaroverzicht.pdf"
    with demo_db.begin() as session:
        compliance_report.write(session, 2025, path)
        years = trend.compute_years(session, 2024, 2025)
    everything = "\n".join(text_of(path))
    section = everything[everything.index("Trend over de jaren") :]
    assert "% getraind (N1)" in section
    for y in years:
        pct = f"{figures.whole_percent(y.persons_compliant, y.persons_counted)}%"
        assert f"{y.year} {y.persons_compliant} / {y.persons_counted} ({pct})" in section


def _rects(group: Group) -> list[Rect]:
    """The filled rectangles ReportLab draws, however deep in their groups."""
    found = []
    for shape in group.getContents():
        if isinstance(shape, Group):
            found += _rects(shape)
        elif isinstance(shape, Rect) and shape.height > 0 and shape.fillColor is not None:
            found.append(shape)
    return found


def test_the_printed_trend_colours_each_bar_as_its_year_s_n1(demo_db: Database) -> None:
    with demo_db.begin() as session:
        years = trend.compute_years(session, 2024, 2026, today=TODAY)
    [bars] = [s for s in trend_section.chart(years).contents if isinstance(s, VerticalBarChart)]
    drawn = sorted(_rects(bars.draw()), key=lambda r: r.x)
    # 2024 and 2025 ended with someone untrained (red), 2026 is still running (amber)
    expected = [vocabulary.RED, vocabulary.RED, vocabulary.AMBER]
    assert [r.fillColor.hexval() for r in drawn] == ["0x" + c[1:] for c in expected]
    assert [y.trained_verdict for y in years] == [Verdict.NOT_MET, Verdict.NOT_MET, Verdict.OPEN]


def test_a_percentage_is_whole_and_rounded_half_up_everywhere() -> None:
    """Screen, paper and text show the same whole figure (Python's round() would give 12)."""
    assert [figures.whole_percent(*f) for f in ((1, 8), (7, 8), (133, 140), (0, 5))] == [
        13,
        88,
        95,
        0,
    ]
    assert figures.percent(0, 0) == "—" and figures.percent(2, 3) == "67%"
    assert [figures.axis_top(n) for n in (0, 3, 19, 41)] == [1, 3, 20, 50]
