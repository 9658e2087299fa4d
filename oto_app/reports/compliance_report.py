"""Jaaroverzicht OTO: the annual compliance overview managers read, sign and send on.

Cover with the management summary (N1-N7 with traffic-light marks), a chart per unit,
a section per unit (exercises held, its people and their status), everyone not yet
compliant, the administrative exercise, evaluations and overdue improvement actions,
plans, and a sign-off block.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy.orm import Session

from oto_app import messages, norms
from oto_app.dates import format_date
from oto_app.norms import figures, trend, vocabulary
from oto_app.norms.dated import period
from oto_app.norms.results import Compliance, EvaluationState, PersonResult, PersonStatus
from oto_app.norms.trend import TrendYear
from oto_app.reports import trend_section
from oto_app.reports.document import AMBER, FONT, GREEN, RED, Mark, build, para, table
from oto_app.services import settings

t = messages.text
#: Room a unit's heading needs with its line, exercises and first rows of people.
HEADING_AND_ROWS = 45 * mm
COLOURS = {s: colors.HexColor(c) for s, c in vocabulary.PERSON_COLOURS.items()}


def mark(state: str) -> Mark:
    """A coloured dot and word: met (green), not yet (amber), not met (red)."""
    word = vocabulary.verdict_word(vocabulary.Verdict(state))
    return Mark({"met": GREEN, "open": AMBER, "not": RED}[state], word)


def summary_rows(r: Compliance) -> list[list[object]]:
    return [
        [line.code, line.what, line.result, mark(line.verdict.value)]
        for line in vocabulary.norm_lines(r)
    ]


def summary_words(r: Compliance) -> str:
    """The management summary as sentences, for whoever reads only the cover."""
    parts = [t("report_words_n1", done=r.persons_compliant, total=r.persons_counted)]
    if r.persons_exempt:
        parts[0] += t("report_n1_exempt", count=r.persons_exempt)
    missing = [u.code for u in r.units if not u.exercised]
    parts.append(
        t("report_words_n2_missing", count=len(missing), units=", ".join(missing))
        if missing
        else t("report_words_n2_all", total=len(r.units))
    )
    parts.append(t("report_words_n3_yes" if r.administrative.met else "report_words_n3_no"))
    late = r.evaluations_in(EvaluationState.OVERDUE)
    parts.append(t("report_words_n4", late=late, total=len(r.evaluations)))
    short = [f"{s.unit} {s.role}" for s in r.staffing if not s.met]
    if short:
        parts.append(t("report_words_n5", count=len(short), roles=", ".join(short)))
    parts.append(t("report_words_n6", count=len(r.actions_overdue)))
    stale = [p.unit for p in r.plans if not p.current]
    if stale:
        parts.append(t("report_words_n7", count=len(stale), units=", ".join(stale)))
    return "; ".join(parts) + "."


def chart(r: Compliance) -> Drawing:
    """Per unit, people by N1 status (stacked bars), as on the dashboard."""
    codes = [u.code for u in r.units]
    counts = figures.per_unit(r)
    per_unit = min(8 * mm, 150 * mm / max(len(codes), 1))  # many units: thinner bars
    drawing = Drawing(170 * mm, per_unit * len(codes) + 22 * mm)
    bars = HorizontalBarChart()
    bars.x, bars.y = 22 * mm, 14 * mm
    bars.width, bars.height = 135 * mm, per_unit * len(codes)
    bars.categoryAxis.labels.fontSize = min(8, per_unit / mm * 2.5)
    bars.data = [[counts[c][s] for c in reversed(codes)] for s in COLOURS]
    bars.categoryAxis.categoryNames = list(reversed(codes))
    bars.categoryAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontName = FONT
    bars.categoryAxis.style = "stacked"
    bars.valueAxis.valueMin = 0
    most = figures.most_per_unit(counts)
    bars.valueAxis.valueStep = figures.nice_step(most)
    bars.valueAxis.valueMax = figures.axis_top(most)
    bars.valueAxis.labels.fontSize = 8
    for index, colour in enumerate(COLOURS.values()):
        bars.bars[index].fillColor = colour
        bars.bars[index].strokeColor = None
    legend = Legend()
    legend.x, legend.y = 22 * mm, 5 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = FONT
    legend.fontSize = 8
    legend.colorNamePairs = [(c, vocabulary.word(s)) for s, c in COLOURS.items()]
    drawing.add(bars)
    drawing.add(legend)
    axis = String(
        bars.x + bars.width / 2, bars.y - 9 * mm, t("report_chart_axis"), fontName=FONT, fontSize=8
    )
    axis.textAnchor = "middle"
    drawing.add(axis)
    legend.y = 2 * mm
    return drawing


def _title(r: Compliance, key: str) -> str:
    ref = r.activities.get(key)
    return f"{format_date(ref.date)} {ref.title}" if ref else key


def story(r: Compliance, municipality: str, years: Sequence[TrendYear] = ()) -> Iterator[Flowable]:
    """The whole document, produced as the layout reaches each part (see LazyStory)."""
    yield para(t("report_compliance_title", year=r.year), "title")
    yield para(municipality, "h2")
    running = "" if r.year_over else " " + t("report_year_running")
    yield para(t("report_reference", date=format_date(r.reference_date)) + running)
    yield Spacer(1, 6 * mm)
    yield para(t("report_summary"), "h1")
    yield para(summary_words(r))
    yield Spacer(1, 3 * mm)
    yield from table(
        [t("report_col_norm"), t("report_col_what"), t("report_col_result"), t("report_col_state")],
        summary_rows(r),
        [12 * mm, 62 * mm, 70 * mm, 30 * mm],
    )
    yield Spacer(1, 6 * mm)
    yield para(t("report_chart"), "h1")
    yield chart(r)
    yield PageBreak()
    yield from trend_section.section(years)
    yield from _units(r)
    yield from _not_compliant(r)
    yield from _exemptions(r)
    yield from _learning(r)
    yield _plans_and_sign_off(r)


def status_mark(status: PersonStatus | EvaluationState) -> Mark:
    """A status's own dot and word, as on the dashboard (norms.vocabulary)."""
    return Mark(colors.HexColor(vocabulary.colour(status)), vocabulary.word(status))


def _units(r: Compliance) -> Iterator[Flowable]:
    people: dict[str, list[PersonResult]] = defaultdict(list)
    for person in r.persons:
        for code in person.units:
            people[code].append(person)
    yield para(t("report_units"), "h1")
    yield para(t("report_deputy_note"), "small")
    for unit in r.units:
        members = sorted(people[unit.code], key=lambda p: p.sort_name)
        trained = sum(p.status == PersonStatus.COMPLIANT for p in members)
        exempt = sum(p.status == PersonStatus.EXEMPT for p in members)
        yield CondPageBreak(HEADING_AND_ROWS)  # never a heading alone at a page's foot
        yield para(f"{unit.name} ({unit.code})", "h2")
        yield para(
            t(
                "report_unit_line",
                reason=unit.reason,
                trained=trained,
                total=len(members) - exempt,
                exempt=t("report_n1_exempt", count=exempt) if exempt else "",
            )
        )
        if unit.exercises:
            titles = "; ".join(_title(r, k) for k in unit.exercises)
            yield para(t("report_exercises") + " " + titles, "small")
        yield from table(
            [
                t("report_col_name"),
                t("report_col_number"),
                t("report_col_role"),
                t("report_col_status"),
                t("report_col_activities"),
            ],
            (
                [
                    p.name,
                    p.staff_number,
                    ", ".join(p.roles),
                    status_mark(p.status),
                    str(p.attended),
                ]
                for p in members
            ),
            [44 * mm, 25 * mm, 52 * mm, 28 * mm, 25 * mm],
            caption=t("report_continued", what=f"{unit.name} ({unit.code})"),
        )


def _not_compliant(r: Compliance) -> Iterator[Flowable]:
    missing = sorted(
        (p for p in r.persons if p.to_train),
        key=lambda p: (p.units, p.sort_name),
    )
    yield PageBreak()
    yield para(t("report_missing"), "h1")
    if not missing:
        yield para(t("report_missing_none"))
    yield from table(
        [
            t("report_col_name"),
            t("report_col_unit"),
            t("report_col_role"),
            t("report_col_status"),
            t("report_col_reason"),
        ],
        (
            [p.name, ", ".join(p.units), ", ".join(p.roles), status_mark(p.status), p.reason]
            for p in missing
        ),
        [39 * mm, 21 * mm, 40 * mm, 26 * mm, 48 * mm],  # "niet voldaan" on one line
        caption=t("report_continued", what=t("report_missing")),
    )


def _section(title: str) -> Iterator[Flowable]:
    """A section's heading, on a new page when its introduction and first rows would not
    fit below it (an introduction between heading and table let the heading stand alone)."""
    yield CondPageBreak(HEADING_AND_ROWS)
    yield para(title, "h1")


def _exemptions(r: Compliance) -> Iterator[Flowable]:
    """Everyone exempt on the reference date, with the kind, period and reason."""
    yield from _section(t("report_exemptions"))
    if not r.exemptions:
        yield para(t("report_none"))
        return
    yield para(t("report_exemptions_intro"), "small")
    units = {p.person_id: ", ".join(p.units) for p in r.persons}
    yield from table(
        [
            t("report_col_name"),
            t("report_col_unit"),
            t("report_col_kind"),
            t("report_col_period"),
            t("report_col_reason"),
        ],
        (
            [
                e.name,
                units.get(e.person_id, ""),
                messages.label(e.kind),
                period(e.start, e.end),
                e.reason,
            ]
            for e in r.exemptions
        ),
        [38 * mm, 20 * mm, 22 * mm, 44 * mm, 50 * mm],
    )


def _learning(r: Compliance) -> Iterator[Flowable]:
    admin = r.administrative
    held = ": " + "; ".join(_title(r, k) for k in admin.exercises) if admin.exercises else ""
    yield para(t("report_admin"), "h1")
    yield para(admin.reason + held)
    yield from _section(t("report_evaluations"))
    if not r.evaluations:
        yield para(t("report_none"))
    yield from table(
        [
            t("report_col_date"),
            t("report_col_activity"),
            t("report_col_status"),
            t("report_col_reason"),
        ],
        ([format_date(e.date), e.title, status_mark(e.status), e.reason] for e in r.evaluations),
        [22 * mm, 70 * mm, 22 * mm, 60 * mm],
    )
    yield from _section(t("report_actions"))
    if not r.actions_overdue:
        yield para(t("report_none"))
    yield from table(
        [t("report_col_due"), t("report_col_unit"), t("report_col_action"), t("report_col_owner")],
        (
            [format_date(a.due), a.unit or "", a.description, a.owner or ""]
            for a in r.actions_overdue
        ),
        [22 * mm, 21 * mm, 91 * mm, 40 * mm],
    )


def _plans_and_sign_off(r: Compliance) -> Flowable:
    """The plans with the sign-off: so the sign-off never stands alone on the last page."""
    plans = table(
        [t("report_col_unit"), t("report_col_reviewed"), t("report_col_state")],
        (
            [p.unit, format_date(p.last_review), mark("met" if p.current else "not")]
            for p in r.plans
        ),
        [30 * mm, 40 * mm, 40 * mm],
    )
    return KeepTogether([para(t("report_plans"), "h1"), *plans, _sign_off()])


def _sign_off() -> Flowable:
    line = "_" * 38
    rows = [
        [t("report_sign_name"), line],
        [t("report_sign_function"), line],
        [t("report_sign_date"), line],
        [t("report_sign_signature"), line],
    ]
    return KeepTogether(
        [
            para(t("report_sign_off"), "h1"),
            para(t("report_sign_text")),
            Spacer(1, 4 * mm),
            *table([t("report_sign_by"), ""], rows, [40 * mm, 100 * mm], row_height=9 * mm),
        ]
    )


def write(session: Session, year: int, path: Path, on: dt.date | None = None) -> int:
    """Compute the norms and write the overview; returns the number of pages."""
    result = norms.compute(session, year, on)
    first, _last = trend.span(session, year)
    years = [*trend.compute_years(session, first, year - 1), trend.of_result(result)]
    municipality = settings.municipality(session)
    title = t("report_compliance_title", year=year)
    return build(path, title, municipality, lambda: story(result, municipality, years))
