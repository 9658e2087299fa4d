"""Jaaroverzicht OTO: the annual compliance overview managers read, sign and send on.

Cover with the management summary (N1-N7 with traffic-light marks), a chart per unit,
a section per unit (exercises held, its people and their status), everyone not yet
compliant, the administrative exercise, evaluations and overdue improvement actions,
plans, and a sign-off block.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer
from sqlalchemy.orm import Session

from oto_app import messages, norms
from oto_app.dates import format_date
from oto_app.norms.results import Compliance, EvaluationState, PersonResult, PersonStatus
from oto_app.reports.document import AMBER, FONT, GREEN, RED, Mark, build, para, table
from oto_app.services import settings

t = messages.text
COLOURS = {
    PersonStatus.COMPLIANT: GREEN,
    PersonStatus.PENDING: AMBER,
    PersonStatus.NEW: colors.HexColor("#7fa7d1"),
    PersonStatus.NON_COMPLIANT: RED,
}


def mark(state: str) -> Mark:
    """A coloured dot and word: met (green), not yet (amber), not met (red)."""
    return Mark({"met": GREEN, "open": AMBER, "not": RED}[state], t(f"report_mark_{state}"))


def _state(met: bool, year_over: bool) -> str:
    return "met" if met else "not" if year_over else "open"


def summary_rows(r: Compliance) -> list[list[object]]:
    over = r.year_over
    late = sum(e.status == EvaluationState.OVERDUE for e in r.evaluations)
    short = sum(not s.met for s in r.staffing)
    stale = sum(not p.current for p in r.plans)
    return [
        [
            "N1",
            t("report_n1"),
            t("report_n1_value", done=r.persons_compliant, total=len(r.persons)),
            mark(_state(r.persons_compliant == len(r.persons), over)),
        ],
        [
            "N2",
            t("report_n2"),
            t("report_n2_value", done=r.units_exercised, total=len(r.units)),
            mark(_state(r.units_exercised == len(r.units), over)),
        ],
        ["N3", t("report_n3"), r.administrative.reason, mark(_state(r.administrative.met, over))],
        [
            "N4",
            t("report_n4"),
            t("report_n4_value", late=late, total=len(r.evaluations)),
            mark("met" if late == 0 else "not"),
        ],
        [
            "N5",
            t("report_n5"),
            t("report_n5_value", short=short, total=len(r.staffing)),
            mark(_state(short == 0, over)),
        ],
        [
            "N6",
            t("report_n6"),
            t("report_n6_value", count=len(r.actions_overdue)),
            mark("met" if not r.actions_overdue else "not"),
        ],
        [
            "N7",
            t("report_n7"),
            t("report_n7_value", stale=stale, total=len(r.plans)),
            mark("met" if stale == 0 else "not"),
        ],
    ]


def chart(r: Compliance) -> Drawing:
    """Per unit, people by N1 status (stacked bars), as on the dashboard."""
    codes = [u.code for u in r.units]
    counts = {code: dict.fromkeys(PersonStatus, 0) for code in codes}
    for person in r.persons:
        for code in person.units:
            if code in counts:
                counts[code][person.status] += 1
    drawing = Drawing(170 * mm, 8 * mm * len(codes) + 22 * mm)
    bars = HorizontalBarChart()
    bars.x, bars.y = 22 * mm, 14 * mm
    bars.width, bars.height = 135 * mm, 8 * mm * len(codes)
    bars.data = [[counts[c][s] for c in reversed(codes)] for s in COLOURS]
    bars.categoryAxis.categoryNames = list(reversed(codes))
    bars.categoryAxis.labels.fontName = FONT
    bars.valueAxis.labels.fontName = FONT
    bars.categoryAxis.style = "stacked"
    bars.valueAxis.valueMin = 0
    for index, colour in enumerate(COLOURS.values()):
        bars.bars[index].fillColor = colour
        bars.bars[index].strokeColor = None
    legend = Legend()
    legend.x, legend.y = 22 * mm, 5 * mm
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.fontName = FONT
    legend.fontSize = 8
    legend.colorNamePairs = [(c, messages.label(s)) for s, c in COLOURS.items()]
    drawing.add(bars)
    drawing.add(legend)
    return drawing


def _title(r: Compliance, key: str) -> str:
    ref = r.activities.get(key)
    return f"{format_date(ref.date)} {ref.title}" if ref else key


def story(r: Compliance, municipality: str) -> list[Flowable]:
    parts: list[Flowable] = [
        para(t("report_compliance_title", year=r.year), "title"),
        para(municipality, "h2"),
        para(
            t("report_reference", date=format_date(r.reference_date))
            + ("" if r.year_over else " " + t("report_year_running"))
        ),
        Spacer(1, 6 * mm),
        para(t("report_summary"), "h1"),
        *table(
            [
                t("report_col_norm"),
                t("report_col_what"),
                t("report_col_result"),
                t("report_col_state"),
            ],
            summary_rows(r),
            [12 * mm, 62 * mm, 70 * mm, 30 * mm],
        ),
        Spacer(1, 6 * mm),
        para(t("report_chart"), "h1"),
        chart(r),
        PageBreak(),
    ]
    parts += _units(r)
    parts += _not_compliant(r)
    parts += _learning(r)
    parts += _sign_off()
    return parts


def _units(r: Compliance) -> list[Flowable]:
    people: dict[str, list[PersonResult]] = defaultdict(list)
    for person in r.persons:
        for code in person.units:
            people[code].append(person)
    parts: list[Flowable] = [para(t("report_units"), "h1")]
    for unit in r.units:
        members = sorted(people[unit.code], key=lambda p: p.sort_name)
        trained = sum(p.status == PersonStatus.COMPLIANT for p in members)
        parts.append(para(f"{unit.name} ({unit.code})", "h2"))
        parts.append(
            para(t("report_unit_line", reason=unit.reason, trained=trained, total=len(members)))
        )
        if unit.exercises:
            parts.append(
                para(
                    t("report_exercises") + " " + "; ".join(_title(r, k) for k in unit.exercises),
                    "small",
                )
            )
        if members:
            parts += table(
                [
                    t("report_col_name"),
                    t("report_col_number"),
                    t("report_col_role"),
                    t("report_col_status"),
                    t("report_col_activities"),
                ],
                [
                    [
                        p.name,
                        p.staff_number,
                        ", ".join(p.roles),
                        mark(
                            "met"
                            if p.status == PersonStatus.COMPLIANT
                            else "not"
                            if p.status == PersonStatus.NON_COMPLIANT
                            else "open"
                        ),
                        str(p.attended),
                    ]
                    for p in members
                ],
                [46 * mm, 23 * mm, 50 * mm, 28 * mm, 27 * mm],
            )
    return parts


def _not_compliant(r: Compliance) -> list[Flowable]:
    missing = sorted(
        (p for p in r.persons if p.status != PersonStatus.COMPLIANT),
        key=lambda p: (p.units, p.sort_name),
    )
    parts: list[Flowable] = [PageBreak(), para(t("report_missing"), "h1")]
    if not missing:
        return [*parts, para(t("report_missing_none"))]
    rows = [
        [p.name, ", ".join(p.units), ", ".join(p.roles), messages.label(p.status), p.reason]
        for p in missing
    ]
    return parts + table(
        [
            t("report_col_name"),
            t("report_col_unit"),
            t("report_col_role"),
            t("report_col_status"),
            t("report_col_reason"),
        ],
        rows,
        [40 * mm, 18 * mm, 38 * mm, 22 * mm, 56 * mm],
    )


def _learning(r: Compliance) -> list[Flowable]:
    admin = r.administrative
    parts: list[Flowable] = [
        para(t("report_admin"), "h1"),
        para(
            admin.reason
            + (": " + "; ".join(_title(r, k) for k in admin.exercises) if admin.exercises else "")
        ),
        para(t("report_evaluations"), "h1"),
    ]
    if r.evaluations:
        parts += table(
            [
                t("report_col_date"),
                t("report_col_activity"),
                t("report_col_status"),
                t("report_col_reason"),
            ],
            [
                [format_date(e.date), e.title, messages.label(e.status), e.reason]
                for e in r.evaluations
            ],
            [22 * mm, 70 * mm, 22 * mm, 60 * mm],
        )
    else:
        parts.append(para(t("report_none")))
    parts.append(para(t("report_actions"), "h1"))
    if r.actions_overdue:
        parts += table(
            [
                t("report_col_due"),
                t("report_col_unit"),
                t("report_col_action"),
                t("report_col_owner"),
            ],
            [
                [format_date(a.due), a.unit or "", a.description, a.owner or ""]
                for a in r.actions_overdue
            ],
            [22 * mm, 18 * mm, 94 * mm, 40 * mm],
        )
    else:
        parts.append(para(t("report_none")))
    parts.append(para(t("report_plans"), "h1"))
    parts += table(
        [t("report_col_unit"), t("report_col_reviewed"), t("report_col_state")],
        [
            [p.unit, format_date(p.last_review), mark("met" if p.current else "not")]
            for p in r.plans
        ],
        [30 * mm, 40 * mm, 40 * mm],
    )
    return parts


def _sign_off() -> list[Flowable]:
    line = "_" * 38
    rows = [
        [t("report_sign_name"), line],
        [t("report_sign_function"), line],
        [t("report_sign_date"), line],
        [t("report_sign_signature"), line],
    ]
    return [
        KeepTogether(
            [
                para(t("report_sign_off"), "h1"),
                para(t("report_sign_text")),
                Spacer(1, 4 * mm),
                *table(["", ""], rows, [40 * mm, 100 * mm]),
            ]
        )
    ]


def write(session: Session, year: int, path: Path, on: dt.date | None = None) -> int:
    """Compute the norms and write the overview; returns the number of pages."""
    result = norms.compute(session, year, on)
    municipality = settings.municipality(session)
    title = t("report_compliance_title", year=year)
    return build(path, title, municipality, lambda: story(result, municipality))
