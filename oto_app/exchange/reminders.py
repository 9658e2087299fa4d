"""Reminders for who still has to train: an e-mail draft and a list for a mail merge.

From the Overzicht's *Nog te trainen* or *Verloopt binnenkort* list. The draft is an
``.eml`` file (RFC 5322) with ``X-Unsent: 1``, which Outlook opens as a new message to
send: To the adviser, Bcc everyone with an e-mail address (so nobody sees the others),
a Dutch text with the next planned activities that concern them. The merge list is one
row per person (with their own next activity) for Word's *Afdruk samenvoegen*. OTO sends
nothing itself.

Who is on them is the norms' verdict (:attr:`PersonResult.to_train`): someone exempt on
the reference date is not reminded. The draft is one text for everyone in Bcc, so it
lists the activities under the unit (or course) they are open to, and those someone was
invited to personally apart: a CRAS member reads CRAS's dates and sees that the
beleidsteam's exercise is the beleidsteam's. One draft per unit would make the adviser
send several mails and mail twice who holds roles in two units.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

from sqlalchemy import CompoundSelect, literal, or_, select, union
from sqlalchemy.orm import Session

from oto_app import files, messages
from oto_app.dates import format_date
from oto_app.exchange.export import write_table
from oto_app.exchange.invitations import Contact, check_organiser, one_line, usable
from oto_app.models import (
    Activity,
    ActivityStatus,
    Assignment,
    AttendanceStatus,
    Course,
    Participation,
    Person,
    Unit,
    activity_units,
)
from oto_app.norms.results import PersonResult
from oto_app.norms.validity import Standing
from oto_app.services import settings

t = messages.text
#: The draft lists at most this many activities a unit or course; the merge list gives
#: each person one.
SHOWN_ACTIVITIES = 5
CHUNK = 2000  #: ids per IN (...) list: SQLite allows 32,766 parameters a statement
UNITS, COURSE, INVITED = 0, 1, 2  #: the kinds of the draft's groups, in their order
Key = tuple[int, frozenset[int]]  #: a group: its kind and its units (or its course)

MERGE_COLUMNS = (
    "personeelsnummer",
    "voornaam",
    "tussenvoegsel",
    "achternaam",
    "naam",
    "email",
    "onderdelen",
    "reden",
    "eerstvolgende_datum",
    "eerstvolgende_activiteit",
    "eerstvolgende_plaats",
)


@dataclass(frozen=True)
class Need:
    """One person on the list, and why they are on it (the list's own words)."""

    person_id: int
    reason: str
    units: str = ""
    course_id: int | None = None  #: Verloopt binnenkort: the course that runs out


@dataclass(frozen=True)
class Addressee:
    person_id: int
    staff_number: str
    first_name: str
    infix: str
    last_name: str
    name: str
    email: str | None
    units: str
    reason: str


@dataclass(frozen=True)
class Upcoming:
    activity_id: int
    date: dt.date
    title: str
    kind: str
    place: str

    def line(self) -> str:
        where = f", {self.place}" if self.place else ""
        return f"- {format_date(self.date)}  {self.title} ({self.kind}{where})"


@dataclass(frozen=True)
class Reminder:
    eml: bytes
    subject: str
    bcc: list[Addressee]
    without_email: list[Addressee]
    activities: list[Upcoming]
    groups: list[Group]


@dataclass(frozen=True)
class Group:
    """The planned activities open to one unit or course, or (``heading`` of the
    invitations) those someone in Bcc was invited to themselves."""

    heading: str
    activities: list[Upcoming]

    def lines(self) -> list[str]:
        shown = self.activities[:SHOWN_ACTIVITIES]
        more = len(self.activities) - len(shown)
        return [
            self.heading,
            *(u.line() for u in shown),
            *([t("remind_more", count=more)] if more else []),
        ]


@dataclass(frozen=True)
class Planned:
    """What :func:`upcoming` found: the activities by date, each person's first, and the
    draft's groups."""

    ordered: list[Upcoming]
    first: dict[int, Upcoming]
    groups: list[Group]


def training_needs(persons: Iterable[PersonResult]) -> list[Need]:
    """*Nog te trainen*: who still has to train by the norms, the exempt left out."""
    return list(each_training_need(persons))


def each_training_need(persons: Iterable[PersonResult]) -> Iterator[Need]:
    """:func:`training_needs`, made as they are read (the window asks only whether there
    is one)."""
    return (Need(p.person_id, p.reason, ", ".join(p.units)) for p in persons if p.to_train)


def course_needs(standings: Iterable[Standing], exempt: frozenset[int]) -> list[Need]:
    """*Verloopt binnenkort*: each course running out, except of someone exempt."""
    return list(each_course_need(standings, exempt))


def each_course_need(standings: Iterable[Standing], exempt: frozenset[int]) -> Iterator[Need]:
    """:func:`course_needs`, made as they are read."""
    return (
        Need(s.person_id, f"{s.course}: {s.reason}", course_id=s.course_id)
        for s in standings
        if s.person_id not in exempt
    )


def addressees(session: Session, needs: Sequence[Need]) -> list[Addressee]:
    """Each person once (a person expiring on two courses has both reasons), by name."""
    reasons: dict[int, list[str]] = {}
    units: dict[int, str] = {}
    for need in needs:
        reasons.setdefault(need.person_id, [])
        if need.reason and need.reason not in reasons[need.person_id]:
            reasons[need.person_id].append(need.reason)
        units.setdefault(need.person_id, need.units)
    people: list[Person] = []
    for chunk in _chunks(list(reasons)):
        people += session.scalars(select(Person).where(Person.id.in_(chunk)))
    people.sort(key=lambda p: p.sort_name)
    return [
        Addressee(
            p.id,
            p.staff_number,
            p.first_name,
            p.infix,
            p.last_name,
            p.name,
            usable(p.email),
            units[p.id],
            "; ".join(reasons[p.id]),
        )
        for p in people
    ]


def upcoming(session: Session, needs: Sequence[Need], since: dt.date) -> Planned:
    """The planned activities from ``since`` that concern these people: one of their units
    on its date, their name on its list (not excused), or an edition of the course that
    runs out; by date, each person's first, and grouped for the draft."""
    found: set[tuple[int, int, int | None]] = set()  # person, activity, unit (None: listed)
    for chunk in _chunks(sorted({n.person_id for n in needs})):
        found |= {(p, a, u) for p, a, u in session.execute(_concerning(chunk, since))}
    pairs = {(p, a) for p, a, _u in found}
    for_units: dict[int, set[int]] = {}  # activity -> the addressees' units it is for
    for _p, a, u in found:
        if u is not None:
            for_units.setdefault(a, set()).add(u)
    groups: dict[Key, set[int]] = {}
    for a, units in for_units.items():
        groups.setdefault((UNITS, frozenset(units)), set()).add(a)
    for course_id, activity_id, people in _editions(session, needs, since):
        pairs |= {(person, activity_id) for person in people}
        groups.setdefault((COURSE, frozenset({course_id})), set()).add(activity_id)
    invited = {a for _p, a, u in found if u is None}.difference(*groups.values())
    if invited:
        groups[(INVITED, frozenset())] = invited
    activities = {
        a.id: Upcoming(a.id, a.date, a.title, messages.label(a.kind), a.place or "")
        for chunk in _chunks(sorted({a for _p, a in pairs}))
        for a in session.scalars(select(Activity).where(Activity.id.in_(chunk)))
    }
    first: dict[int, Upcoming] = {}
    for person, activity_id in pairs:
        candidate = activities[activity_id]
        best = first.get(person)
        if best is None or _by_date(candidate) < _by_date(best):
            first[person] = candidate
    return Planned(
        sorted(activities.values(), key=_by_date), first, _grouped(session, groups, activities)
    )


def _by_date(u: Upcoming) -> tuple[dt.date, str, int]:
    return (u.date, u.title, u.activity_id)


def _editions(
    session: Session, needs: Sequence[Need], since: dt.date
) -> Iterable[tuple[int, int, set[int]]]:
    """The planned editions of the courses running out: course, activity, whose course."""
    courses: dict[int, set[int]] = {}
    for need in needs:
        if need.course_id is not None:
            courses.setdefault(need.course_id, set()).add(need.person_id)
    if not courses:
        return
    editions = session.execute(
        select(Activity.course_id, Activity.id).where(
            Activity.status == ActivityStatus.PLANNED,
            Activity.date >= since,
            Activity.course_id.in_(list(courses)),
        )
    ).all()
    for course_id, activity_id in editions:
        yield course_id or 0, activity_id, courses[course_id or 0]


def _grouped(
    session: Session, groups: dict[Key, set[int]], activities: dict[int, Upcoming]
) -> list[Group]:
    """The draft's groups: the units in their order (an activity for two of them once,
    under both names), the courses by name, then the invitations."""
    wanted = {
        kind: set().union(*(members for k, members in groups if k == kind)) for kind in (0, 1)
    }
    units = {
        u.id: ((u.position, u.code), f"{u.name} ({u.code})")
        for u in session.scalars(select(Unit).where(Unit.id.in_(wanted[UNITS])))
    }
    courses = {
        c.id: c.name for c in session.scalars(select(Course).where(Course.id.in_(wanted[COURSE])))
    }

    def heading(key: Key) -> tuple[tuple[object, ...], str]:
        kind, ids = key
        if kind == UNITS:
            ordered = sorted(ids, key=lambda i: units[i][0])
            names = ", ".join(units[i][1] for i in ordered)
            return (kind, [units[i][0] for i in ordered]), t("remind_for_unit", unit=names)
        if kind == COURSE:
            name = courses[next(iter(ids))]
            return (kind, name), t("remind_for_course", course=name)
        return (kind,), t("remind_invited")

    headed = sorted((heading(key), ids) for key, ids in groups.items())
    return [
        Group(text, sorted((activities[a] for a in ids), key=_by_date))
        for (_order, text), ids in headed
    ]


def _concerning(person_ids: list[int], since: dt.date) -> CompoundSelect:
    planned = (Activity.status == ActivityStatus.PLANNED, Activity.date >= since)
    by_unit = (
        select(Assignment.person_id, Activity.id, Assignment.unit_id)
        .join(activity_units, activity_units.c.unit_id == Assignment.unit_id)
        .join(Activity, Activity.id == activity_units.c.activity_id)
        .where(
            *planned,
            Assignment.person_id.in_(person_ids),
            Assignment.start_date <= Activity.date,
            or_(Assignment.end_date.is_(None), Assignment.end_date >= Activity.date),
        )
    )
    listed = (
        select(Participation.person_id, Activity.id, literal(None).label("unit_id"))
        .join(Activity, Activity.id == Participation.activity_id)
        .where(
            *planned,
            Participation.person_id.in_(person_ids),
            Participation.status != AttendanceStatus.EXCUSED,
        )
    )
    return union(by_unit, listed)


def reminder(
    session: Session,
    needs: Sequence[Need],
    adviser: Contact,
    kind: str,
    since: dt.date,
    year: int,
) -> Reminder:
    """The draft. ``kind`` is ``training`` (Nog te trainen) or ``courses`` (Verloopt
    binnenkort); ``since`` the first day whose planned activities are offered."""
    adviser = check_organiser(adviser)
    people = addressees(session, needs)
    planned = upcoming(session, needs, since)
    municipality = settings.municipality(session)
    subject = t(f"remind_subject_{kind}", year=year)
    lines = [t("remind_greeting"), "", t(f"remind_why_{kind}", year=year), ""]
    if planned.groups:
        lines.append(t("remind_next"))
        for group in planned.groups:
            lines += ["", *group.lines()]
    else:
        lines.append(t("remind_none_planned"))
    lines += [
        "",
        t("remind_sign_up", name=adviser.name, email=adviser.email),
        "",
        t("remind_regards"),
        adviser.name,
        t("remind_signature", municipality=municipality),
    ]
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"  # Outlook: open as a new message to send, not as received
    message["From"] = Address(adviser.name, addr_spec=adviser.email)
    message["To"] = Address(adviser.name, addr_spec=adviser.email)
    with_email = [p for p in people if p.email]
    if with_email:
        message["Bcc"] = [Address(one_line(p.name), addr_spec=p.email or "") for p in with_email]
    message["Subject"] = subject
    message.set_content("\n".join(lines) + "\n")
    return Reminder(
        bytes(message),
        subject,
        with_email,
        [p for p in people if not p.email],
        planned.ordered,
        planned.groups,
    )


def write_reminder(
    session: Session,
    path: Path,
    needs: Sequence[Need],
    adviser: Contact,
    kind: str,
    since: dt.date,
    year: int,
) -> Reminder:
    """The draft written to ``path`` (whole or not at all)."""
    made = reminder(session, needs, adviser, kind, since, year)
    files.write_bytes(path, made.eml)
    return made


def merge_rows(session: Session, needs: Sequence[Need], since: dt.date) -> Iterable[list[str]]:
    people = addressees(session, needs)
    first = upcoming(session, needs, since).first
    for p in people:
        nxt = first.get(p.person_id)
        yield [
            p.staff_number,
            p.first_name,
            p.infix,
            p.last_name,
            p.name,
            p.email or "",
            p.units,
            p.reason,
            format_date(nxt.date) if nxt else "",
            nxt.title if nxt else "",
            nxt.place if nxt else "",
        ]


def write_merge_list(session: Session, needs: Sequence[Need], since: dt.date, path: Path) -> int:
    """The list for Word's mail merge (.xlsx or .csv); returns the number of people."""
    return write_table(path, MERGE_COLUMNS, merge_rows(session, needs, since))


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), CHUNK):
        yield ids[start : start + CHUNK]
