"""iCalendar (.ics, RFC 5545) of activities, for Outlook and other agendas.

The year agenda (``export calendar``) publishes the planned activities; an invitation
(:mod:`oto_app.exchange.invitations`) is a meeting request for one of them. Both use the
same event: an all-day VEVENT with a stable UID (so importing or opening a file again
updates the agenda instead of doubling it) and the activity's version as its SEQUENCE
(every saved change raises it, so a changed date or a cancellation replaces the meeting).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import files, messages
from oto_app.models import Activity, ActivityStatus, Unit, activity_units

PRODID = "-//OTO//Opleiden Trainen Oefenen//NL"


def escape(text: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, ; and , escaped, line ends as \\n."""
    return (
        text.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\r", "\\n")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
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


def stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def uid(activity: Activity) -> str:
    """The event's identity in every agenda: the activity's key never changes."""
    return f"oto-{activity.key}@oto.local"


def sequence(activity: Activity) -> int:
    """RFC 5545 SEQUENCE: 0 for a new activity, one more for every saved change (the
    optimistic-locking version, raised by every UPDATE of the activity)."""
    return max(0, activity.version - 1)


def description(activity: Activity) -> str:
    units = ", ".join(u.code for u in activity.units)
    text = f"{messages.label(activity.kind)}" + (f" — {units}" if units else "")
    if activity.description:
        text += f"\n{activity.description}"
    return text


def event(activity: Activity, when: str, extra: Iterable[str] = (), text: str = "") -> list[str]:
    """The VEVENT of one activity: a whole day, with ``extra`` properties before its end."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(activity)}",
        f"SEQUENCE:{sequence(activity)}",
        f"DTSTAMP:{when}",
        f"DTSTART;VALUE=DATE:{activity.date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{activity.date + dt.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{escape(activity.title)}",
        f"DESCRIPTION:{escape(text or description(activity))}",
    ]
    if activity.place:
        lines.append(f"LOCATION:{escape(activity.place)}")
    return [*lines, *extra, "END:VEVENT"]


def calendar(method: str, events: Iterable[list[str]]) -> str:
    """A VCALENDAR with ``method`` (PUBLISH, REQUEST, CANCEL), CRLF line ends, folded."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
    ]
    for lines_of_event in events:
        lines += lines_of_event
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


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
    when = stamp(now)
    activities = session.scalars(query.order_by(Activity.date, Activity.id))
    return calendar("PUBLISH", (event(activity, when) for activity in activities))


def write_calendar(
    session: Session, path: Path, year: int | None = None, unit_code: str | None = None
) -> None:
    files.write_bytes(path, planned_calendar(session, year, unit_code).encode("utf-8"))
