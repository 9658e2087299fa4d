"""Presentielijst: printed before an activity, signed on paper, typed in afterwards.

The expected people by unit, sorted by surname ignoring the tussenvoegsel, each with a
signature column, then empty rows for walk-ins.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.reports.document import build, para, table
from oto_app.services import activities, attendance, settings

t = messages.text
WALK_IN_ROWS = 10
SIGNATURE_ROW = 9 * mm  #: room to sign by hand


def write(session: Session, activity_key: str, path: Path) -> int:
    """The sheet for the activity with this key (exchange key or id); returns pages."""
    activity = activities.find_by_key(session, activity_key)
    detail = activities.detail(session, activity.id)
    people = [p for p in attendance.expected(session, activity.id) if p.asked]
    municipality = settings.municipality(session)
    data = detail.data
    facts = " · ".join(
        part
        for part in (
            format_date(data.date),
            messages.label(data.kind),
            data.place or "",
            ", ".join(detail.unit_codes),
        )
        if part
    )
    by_unit = sorted(
        people, key=lambda p: (p.units.split(", ")[0] if p.units else "~", p.sort_name)
    )
    widths = [62 * mm, 24 * mm, 22 * mm, 66 * mm]

    header = [
        t("report_col_name"),
        t("report_col_number"),
        t("report_col_unit"),
        t("report_col_signature"),
    ]

    def story() -> Iterator[Flowable]:
        yield para(f"{t('report_sheet_title')}: {data.title}", "title")
        yield para(facts, "h2")
        yield para(t("report_sheet_intro"))
        yield Spacer(1, 4 * mm)
        rows = ([p.name, p.staff_number, p.units, ""] for p in by_unit)
        yield from table(header, rows, widths, SIGNATURE_ROW)
        yield para(t("report_sheet_walkins"), "h2")
        yield from table(header, [["", "", "", ""]] * WALK_IN_ROWS, widths, SIGNATURE_ROW)

    title = f"{t('report_sheet_title')} {format_date(data.date)}"
    return build(path, title, municipality, story)
