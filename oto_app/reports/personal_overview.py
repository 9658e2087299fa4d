"""Persoonlijk OTO-overzicht: one person's roles and activities over the years.

Also the answer when someone asks what is held about them (AVG): it carries every
field OTO keeps about a person.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import format_date
from oto_app.errors import NotFoundError
from oto_app.models import AttendanceStatus
from oto_app.norms import validity
from oto_app.reports.document import build, para, table
from oto_app.services import attendance, settings, staff

t = messages.text


def write(session: Session, staff_number: str, path: Path) -> int:
    person = staff.find_person(session, staff_number)
    if person is None:
        raise NotFoundError("unknown_person", ref=staff_number)
    on = person.left_on or dt.date.today()
    detail = staff.person_detail(session, person.id, on)
    courses = validity.standings(session, on, person.id)
    rows = attendance.history(session, person.id)
    municipality = settings.municipality(session)
    data = detail.data
    present_per_year = Counter(r.date.year for r in rows if r.status == AttendanceStatus.PRESENT)

    def story() -> Iterator[Flowable]:
        yield para(f"{t('report_person_title')}: {detail.name}", "title")
        yield para(
            t(
                "report_contact",
                number=data.staff_number,
                department=data.department or "—",
                email=data.email or "—",
                phone=data.phone or "—",
            )
        )
        yield para(t("report_person_held"), "small")
        yield para(t("report_person_roles"), "h1")
        yield from table(
            [
                t("report_col_unit"),
                t("report_col_role"),
                t("report_col_type"),
                t("report_col_from"),
                t("report_col_until"),
            ],
            (
                [
                    f"{a.unit_code} {a.unit_name}",
                    a.role,
                    messages.label(a.kind),
                    format_date(a.start_date),
                    format_date(a.end_date),
                ]
                for a in detail.assignments
            ),
            [60 * mm, 44 * mm, 26 * mm, 22 * mm, 22 * mm],
        )
        yield para(t("report_person_courses"), "h1")
        if not courses:
            yield para(t("report_person_no_courses"))
        yield from table(
            [
                t("report_col_course"),
                t("report_col_completed"),
                t("report_col_status"),
                t("report_col_note"),
            ],
            (
                [c.course, format_date(c.completed_on), messages.label(c.status), c.reason]
                for c in courses
            ),
            [64 * mm, 26 * mm, 36 * mm, 48 * mm],
        )
        yield para(t("report_person_years"), "h1")
        yield from table(
            [t("report_col_year"), t("report_col_present")],
            ([str(y), str(n)] for y, n in sorted(present_per_year.items())),
            [30 * mm, 40 * mm],
        )
        yield para(t("report_person_activities"), "h1")
        yield from table(
            [
                t("report_col_date"),
                t("report_col_activity"),
                t("report_col_kind"),
                t("report_col_attendance"),
                t("report_col_hours"),
            ],
            (
                [
                    format_date(r.date),
                    r.title,
                    messages.label(r.kind),
                    messages.label(r.status),
                    "" if r.hours is None else f"{r.hours:g}".replace(".", ","),
                ]
                for r in rows
            ),
            [22 * mm, 78 * mm, 24 * mm, 30 * mm, 20 * mm],
        )

    return build(path, f"{t('report_person_title')} {detail.name}", municipality, story)
