"""iCalendar (.ics, RFC 5545) of planned activities, for Outlook and other agendas.

Each planned activity becomes an all-day event with a stable UID, so importing the
file again updates the agenda instead of doubling it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import files, messages
from oto_app.models import Activity, ActivityStatus, Unit, activity_units


def _escape(text: str) -> str:
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line: str) -> str:
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded = line.encode("utf-8")
    if len(encoded) <= 75:
        return line
    parts: list[str] = []
    current = b""
    for char in line:
        piece = char.encode("utf-8")
        if len(current) + len(piece) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += piece
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def planned_calendar(
    session: Session,
    year: int | None = None,
    unit_code: str | None = None,
    now: dt.datetime | None = None,
) -> str:
    query = select(Activity).where(Activity.status == ActivityStatus.PLANNED)
    if year is not None:
        query = query.where(
            Activity.date >= dt.date(year, 1, 1), Activity.date <= dt.date(year, 12, 31)
        )
    if unit_code:
        query = (
            query.join(activity_units, activity_units.c.activity_id == Activity.id)
            .join(Unit, Unit.id == activity_units.c.unit_id)
            .where(Unit.code == unit_code.upper())
        )
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//OTO//Opleiden Trainen Oefenen//NL",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    for activity in session.scalars(query.order_by(Activity.date, Activity.id)):
        units = ", ".join(u.code for u in activity.units)
        description = f"{messages.label(activity.kind)}" + (f" — {units}" if units else "")
        if activity.description:
            description += f"\n{activity.description}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:oto-{activity.key}@oto.local",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{activity.date:%Y%m%d}",
            f"DTEND;VALUE=DATE:{activity.date + dt.timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_escape(activity.title)}",
            f"DESCRIPTION:{_escape(description)}",
        ]
        if activity.place:
            lines.append(f"LOCATION:{_escape(activity.place)}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def write_calendar(
    session: Session, path: Path, year: int | None = None, unit_code: str | None = None
) -> None:
    files.write_bytes(path, planned_calendar(session, year, unit_code).encode("utf-8"))
