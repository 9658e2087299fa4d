"""Invitations: one activity as an Outlook meeting request (.ics, RFC 5545 / iTIP).

``METHOD:REQUEST`` for a planned activity, ``METHOD:CANCEL`` for a cancelled one, with the
organiser, an ATTENDEE per invited person who has an e-mail address, the place, and the
UID and SEQUENCE of :mod:`oto_app.exchange.calendar`: a later file for the same activity
(a new date, a cancellation) replaces the meeting in the attendees' calendars.

Invited are the people on the activity's presentielijst (everyone holding a role in one
of its units on its date, and whoever was added to it). Whoever has no usable e-mail
address is returned apart, for the dialog to name. OTO itself sends nothing: the user's
mail program opens the file and sends it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import files, messages
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.exchange import calendar
from oto_app.models import Activity, ActivityStatus, AttendanceStatus, Person
from oto_app.services import attendance, common

#: Good enough to hand to a mail program: one @, no spaces, nothing that breaks a header.
EMAIL = re.compile(r"^[^@\s<>\"(),;:\\\[\]]+@[^@\s<>\"(),;:\\\[\]]+\.[^@\s<>\"(),;:\\\[\]]+$")

#: How an attendee's answer so far shows in the request.
PARTSTAT = {AttendanceStatus.EXCUSED: "DECLINED"}


@dataclass(frozen=True)
class Contact:
    """Someone to write to: a name and an e-mail address (checked by :func:`usable`)."""

    name: str
    email: str


@dataclass(frozen=True)
class Invitee:
    person_id: int
    name: str
    units: str
    email: str | None  #: None: no usable address
    status: AttendanceStatus | None


@dataclass(frozen=True)
class Invitation:
    method: str  #: REQUEST or CANCEL
    text: str  #: the .ics
    sequence: int
    invited: list[Invitee]  #: with an address: the ATTENDEEs
    without_email: list[Invitee]  #: listed in the dialog
    #: a suggested name: uitnodiging-KEY.ics or afzegging-KEY.ics (English: invitation-…)
    file_name: str


def usable(email: str | None) -> str | None:
    """The address trimmed, if a mail program can use it; else None."""
    email = (email or "").strip()
    return email if EMAIL.match(email) else None


def check_organiser(organiser: Contact) -> Contact:
    email = usable(organiser.email)
    if email is None:
        value = organiser.email.strip()
        key = "contact_email_invalid" if value else "contact_email_missing"
        raise ValidationError(key, field="email", value=value)
    return Contact(one_line(organiser.name) or email, email)


def invitees(session: Session, activity_id: int) -> list[Invitee]:
    """The people of the presentielijst (AttendanceRow.asked), with their e-mail address
    if it is usable."""
    rows = [r for r in attendance.expected(session, activity_id) if r.asked]
    emails = dict(
        session.execute(
            select(Person.id, Person.email).where(Person.id.in_([r.person_id for r in rows]))
        ).all()
    )
    return [
        Invitee(r.person_id, r.name, r.units, usable(emails.get(r.person_id)), r.status)
        for r in rows
    ]


def invitation(
    session: Session, activity_id: int, organiser: Contact, now: dt.datetime | None = None
) -> Invitation:
    """The meeting request (planned) or cancellation (cancelled) of one activity."""
    activity = common.fetch(session, Activity, activity_id, "unknown_activity")
    if activity.status == ActivityStatus.HELD:
        raise ValidationError("invite_held", title=activity.title)
    organiser = check_organiser(organiser)
    people = invitees(session, activity_id)
    invited = [p for p in people if p.email]
    cancel = activity.status == ActivityStatus.CANCELLED
    method = "CANCEL" if cancel else "REQUEST"
    extra = [
        f"ORGANIZER;CN={_param(organiser.name)}:mailto:{organiser.email}",
        *(_attendee(p) for p in invited),
        f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}",
        "TRANSP:OPAQUE",
        "X-MICROSOFT-CDO-BUSYSTATUS:BUSY",
        "X-MICROSOFT-CDO-ALLDAYEVENT:TRUE",
    ]
    text = calendar.description(activity)
    if cancel:
        text = messages.text("invite_cancelled", date=format_date(activity.date)) + "\n" + text
    ics = calendar.calendar(method, [calendar.event(activity, calendar.stamp(now), extra, text)])
    prefix = messages.text("invite_file_cancel" if cancel else "invite_file")
    safe_key = re.sub(r"[^A-Za-z0-9_-]+", "-", activity.key).strip("-") or str(activity.id)
    return Invitation(
        method,
        ics,
        calendar.sequence(activity),
        invited,
        [p for p in people if not p.email],
        f"{prefix}-{safe_key}.ics",
    )


def write_invitation(
    session: Session, activity_id: int, organiser: Contact, folder: Path
) -> tuple[Path, Invitation]:
    """Write the invitation into ``folder`` (made if missing); returns the file and what
    went into it."""
    made = invitation(session, activity_id, organiser)
    files.make_folder(folder)
    path = folder / made.file_name
    files.write_bytes(path, made.text.encode("utf-8"))
    return path, made


def _attendee(person: Invitee) -> str:
    status = PARTSTAT.get(person.status, "NEEDS-ACTION") if person.status else "NEEDS-ACTION"
    return (
        f"ATTENDEE;CN={_param(person.name)};ROLE=REQ-PARTICIPANT;PARTSTAT={status};"
        f"RSVP=TRUE:mailto:{person.email}"
    )


def one_line(name: str) -> str:
    """A name as a header or parameter can hold it: line ends, tabs and runs of spaces as
    one space, no control characters (a name from an import may hold anything)."""
    return " ".join("".join(c if c >= " " and c != "\x7f" else " " for c in name).split())


def _param(value: str) -> str:
    """A parameter value (RFC 5545 3.2): quoted, without the quotes it may not hold."""
    return '"' + one_line(value).replace('"', "") + '"'
