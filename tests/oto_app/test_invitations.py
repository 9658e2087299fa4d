"""Invitations as Outlook meeting requests: valid iCalendar (parsed back with the
``icalendar`` package), every invited person with an address as an ATTENDEE, and a
changed date or a cancellation that replaces the meeting (same UID, higher SEQUENCE)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar

from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.exchange import calendar, invitations
from oto_app.exchange.invitations import Contact
from oto_app.models import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    ExemptionKind,
    ExerciseLevel,
)
from oto_app.services import (
    activities,
    assignments,
    attendance,
    exemptions,
    organisation,
    staff,
)
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.exemptions import ExemptionData
from oto_app.services.staff import PersonData

D = dt.date
ADVISER = Contact("Ria Adviseur", "r.adviseur@wierdenmeer.nl")
HOSTILE_TITLE = 'Oefening "CRAS"; stroom, uitval\nmet een tweede regel en ' + "heel " * 20 + "lang"


@pytest.fixture
def planned(db: Database) -> dict[str, int]:
    """A planned exercise of CRAS on 4 March 2026 in a place, with four people in CRAS:
    two with an address, one without, one with an address no mail program takes."""
    with db.begin() as session:
        cras = organisation.find_unit(session, "CRAS").id
        role = organisation.find_role(session, "procesmedewerker").id
        ids: dict[str, int] = {}
        for number, first, last, email in (
            ("1", "Anna", "Vries", "anna@wierdenmeer.nl"),
            ("2", 'Jan "JJ"; Bakker,', "Bakker", "jan.bakker@wierdenmeer.nl"),
            ("3", "Piet", "Zonder", None),
        ):
            person = staff.create_person(
                session, PersonData(number, first, last, email=email)
            ).value
            assignments.assign(
                session, AssignmentData(person, cras, role, start_date=D(2020, 1, 1))
            )
            ids[number] = person
        ids["exercise"] = activities.create_activity(
            session,
            ActivityData(
                HOSTILE_TITLE,
                ActivityKind.EXERCISE,
                D(2026, 3, 4),
                ExerciseLevel.MONO,
                place="Stadhuis, raadzaal",
                unit_ids=(cras,),
            ),
        ).value
    return ids


def parse(text: str) -> Calendar:
    assert "\n" not in text.replace("\r\n", "")  # CRLF only
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))  # folded
    return Calendar.from_ical(text)


def only_event(cal: Calendar):  # type: ignore[no-untyped-def]
    events = cal.walk("VEVENT")
    assert len(events) == 1
    return events[0]


def attendees(event) -> list[str]:  # type: ignore[no-untyped-def]
    found = event.get("ATTENDEE")
    found = found if isinstance(found, list) else [found]
    return sorted(str(a).removeprefix("mailto:") for a in found)


def test_an_invitation_is_a_meeting_request_with_every_address(
    db: Database, planned: dict[str, int]
) -> None:
    with db.begin() as session:
        made = invitations.invitation(session, planned["exercise"], ADVISER)
    cal = parse(made.text)
    assert str(cal["METHOD"]) == "REQUEST"
    event = only_event(cal)
    assert str(event["SUMMARY"]) == HOSTILE_TITLE
    assert str(event["LOCATION"]) == "Stadhuis, raadzaal"
    assert event.decoded("DTSTART") == D(2026, 3, 4)
    assert event.decoded("DTEND") == D(2026, 3, 5)
    assert int(event["SEQUENCE"]) == 0
    assert str(event["UID"]).startswith("oto-") and str(event["UID"]).endswith("@oto.local")
    assert str(event["ORGANIZER"]) == "mailto:r.adviseur@wierdenmeer.nl"
    assert event["ORGANIZER"].params["CN"] == "Ria Adviseur"
    assert attendees(event) == ["anna@wierdenmeer.nl", "jan.bakker@wierdenmeer.nl"]
    names = {a.params["CN"] for a in event["ATTENDEE"]}
    assert names == {"Anna Vries", "Jan JJ; Bakker, Bakker"}  # the quotes could not stay
    assert all(a.params["RSVP"] == "TRUE" for a in event["ATTENDEE"])
    assert [p.name for p in made.without_email] == ["Piet Zonder"]
    assert made.file_name.startswith("uitnodiging-") and made.file_name.endswith(".ics")


def test_a_new_date_then_a_cancellation_replace_the_meeting(
    db: Database, planned: dict[str, int]
) -> None:
    exercise = planned["exercise"]
    with db.begin() as session:
        first = parse(invitations.invitation(session, exercise, ADVISER).text)
        detail = activities.detail(session, exercise)
        moved = dataclasses.replace(detail.data, date=D(2026, 4, 8))
        activities.update_activity(session, exercise, moved, detail.version)
    with db.begin() as session:
        second = parse(invitations.invitation(session, exercise, ADVISER).text)
        activities.set_status(session, exercise, ActivityStatus.CANCELLED)
    with db.begin() as session:
        made = invitations.invitation(session, exercise, ADVISER)
    third = parse(made.text)
    events = [only_event(c) for c in (first, second, third)]
    assert len({str(e["UID"]) for e in events}) == 1  # one meeting, replaced each time
    assert [int(e["SEQUENCE"]) for e in events] == [0, 1, 2]
    assert events[1].decoded("DTSTART") == D(2026, 4, 8)
    assert str(third["METHOD"]) == "CANCEL"
    assert str(events[2]["STATUS"]) == "CANCELLED"
    assert attendees(events[2]) == attendees(events[0])  # the cancellation reaches them all
    assert "geannuleerd" in str(events[2]["DESCRIPTION"])
    assert made.file_name.startswith("afzegging-")


def test_someone_exempt_who_was_only_invited_is_not_invited_again(
    db: Database, planned: dict[str, int]
) -> None:
    """Invited first, then exempt (seconded) over the exercise's date: not expected, so
    not in the meeting request, nor on the presentielijst; once they excuse themselves
    they show, as declined."""
    with db.begin() as session:
        attendance.record(
            session, planned["exercise"], [Entry(planned["2"], AttendanceStatus.INVITED)]
        )
        exemptions.add(
            session,
            ExemptionData(planned["2"], ExemptionKind.SECONDMENT, "detachering", D(2026, 1, 1)),
        )
        event = only_event(
            parse(invitations.invitation(session, planned["exercise"], ADVISER).text)
        )
        listed = [p.name for p in invitations.invitees(session, planned["exercise"])]
    assert attendees(event) == ["anna@wierdenmeer.nl"]
    assert listed == ["Anna Vries", "Piet Zonder"]
    assert _states_once_excused(db, planned, "2")["jan.bakker@wierdenmeer.nl"] == "DECLINED"


def _states_once_excused(db: Database, planned: dict[str, int], person: str) -> dict[str, str]:
    """Each attendee's PARTSTAT in the invitation after ``person`` excused themselves."""
    with db.begin() as session:
        attendance.record(
            session, planned["exercise"], [Entry(planned[person], AttendanceStatus.EXCUSED)]
        )
        event = only_event(
            parse(invitations.invitation(session, planned["exercise"], ADVISER).text)
        )
    return {str(a).removeprefix("mailto:"): a.params["PARTSTAT"] for a in event["ATTENDEE"]}


def test_who_excused_themselves_shows_as_declined(db: Database, planned: dict[str, int]) -> None:
    assert _states_once_excused(db, planned, "1") == {
        "anna@wierdenmeer.nl": "DECLINED",
        "jan.bakker@wierdenmeer.nl": "NEEDS-ACTION",
    }


@pytest.mark.parametrize(
    "email", ["", "  ", "geen-adres", "a@b", "x@y.nl\r\nBcc: z@z.nl", "a b@c.nl"]
)
def test_an_organiser_needs_a_usable_address(
    db: Database, planned: dict[str, int], email: str
) -> None:
    with db.begin() as session, pytest.raises(ValidationError) as refused:
        invitations.invitation(session, planned["exercise"], Contact("Ria", email))
    assert "e-mailadres" in refused.value.message


def test_a_held_activity_is_not_invited_to(db: Database, planned: dict[str, int]) -> None:
    with db.begin() as session:
        activities.set_status(session, planned["exercise"], ActivityStatus.HELD)
    with db.begin() as session, pytest.raises(ValidationError) as refused:
        invitations.invitation(session, planned["exercise"], ADVISER)
    assert "al uitgevoerd" in refused.value.message


def test_the_file_is_written_whole_into_the_folder(
    db: Database, planned: dict[str, int], tmp_path: Path
) -> None:
    with db.begin() as session:
        path, made = invitations.write_invitation(
            session, planned["exercise"], ADVISER, tmp_path / "uitnodigingen"
        )
    assert path.parent == tmp_path / "uitnodigingen"
    assert path.read_bytes() == made.text.encode("utf-8")
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no .part left behind


def test_the_year_agenda_shares_uid_and_sequence(db: Database, planned: dict[str, int]) -> None:
    with db.begin() as session:
        agenda = only_event(parse(calendar.planned_calendar(session, 2026)))
        invite = only_event(
            parse(invitations.invitation(session, planned["exercise"], ADVISER).text)
        )
    assert str(agenda["UID"]) == str(invite["UID"])
    assert int(agenda["SEQUENCE"]) == int(invite["SEQUENCE"])
    assert "ATTENDEE" not in agenda


def test_a_name_with_a_line_end_stays_on_its_line(db: Database, planned: dict[str, int]) -> None:
    from oto_app.models import Person

    with db.begin() as session:
        anna = session.get(Person, planned["1"])
        assert anna is not None
        anna.first_name = "Anna\nATTENDEE:mailto:indringer@elders.nl"
    with db.begin() as session:
        event = only_event(
            parse(invitations.invitation(session, planned["exercise"], ADVISER).text)
        )
    assert attendees(event) == ["anna@wierdenmeer.nl", "jan.bakker@wierdenmeer.nl"]
