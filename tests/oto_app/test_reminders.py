"""Reminders: an .eml draft that Outlook opens as a new message (X-Unsent), To the adviser,
Bcc the people, with the planned activities that concern them; and a merge list."""

from __future__ import annotations

import datetime as dt
from email import message_from_bytes, policy
from email.utils import getaddresses
from pathlib import Path

import pytest
from openpyxl import load_workbook

from oto_app import norms
from oto_app.db import Database
from oto_app.errors import ValidationError
from oto_app.exchange import reminders
from oto_app.exchange.invitations import Contact
from oto_app.exchange.reminders import Need
from oto_app.models import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    ExemptionKind,
    ExerciseLevel,
    Validity,
)
from oto_app.norms.results import PersonStatus
from oto_app.norms.validity import Standing
from oto_app.services import activities, assignments, attendance, exemptions, organisation, staff
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.exemptions import ExemptionData
from oto_app.services.staff import PersonData

D = dt.date
ADVISER = Contact("Ria Adviseur", "r.adviseur@wierdenmeer.nl")
SINCE = D(2026, 1, 1)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    """Three people of CRAS and one of OV; planned activities for CRAS and OV, one held,
    one before ``SINCE``, one cancelled."""
    with db.begin() as session:
        cras = organisation.find_unit(session, "CRAS").id
        ov = organisation.find_unit(session, "OV").id
        role = organisation.find_role(session, "procesmedewerker").id
        ids: dict[str, int] = {}
        for number, first, last, email, unit in (
            ("1", "Anna", "Vries", "anna@wierdenmeer.nl", cras),
            ("2", "Émile", "Bakker", "emile@wierdenmeer.nl", cras),
            ("3", "Piet", "Zonder", None, cras),
            ("4", "Olga", "Opvang", "olga@wierdenmeer.nl", ov),
        ):
            person = staff.create_person(
                session, PersonData(number, first, last, email=email)
            ).value
            assignments.assign(
                session, AssignmentData(person, unit, role, start_date=D(2020, 1, 1))
            )
            ids[number] = person
        for key, title, day, unit, status in (
            ("cras-maart", "Oefening CRAS stroomstoring", D(2026, 3, 4), cras, None),
            ("cras-juni", "Training CRAS registratie", D(2026, 6, 9), cras, None),
            ("ov-mei", "Oefening opvang", D(2026, 5, 12), ov, None),
            ("cras-oud", "Oefening van vorig jaar", D(2025, 12, 1), cras, None),
            ("cras-af", "Geannuleerde oefening", D(2026, 2, 2), cras, ActivityStatus.CANCELLED),
        ):
            ids[key] = activities.create_activity(
                session,
                ActivityData(
                    title,
                    ActivityKind.EXERCISE,
                    day,
                    ExerciseLevel.MONO,
                    place="Stadhuis" if unit == cras else None,
                    unit_ids=(unit,),
                    status=status or ActivityStatus.PLANNED,
                ),
            ).value
    return ids


def needs(ids: dict[str, int], *numbers: str) -> list[Need]:
    return [Need(ids[n], "nog geen activiteit in 2026", "CRAS") for n in numbers]


def test_the_draft_opens_as_a_new_message_to_the_adviser_with_bcc(
    db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "herinnering.eml"
    with db.begin() as session:
        made = reminders.write_reminder(
            session,
            path,
            needs=needs(people, "1", "2", "3"),
            adviser=ADVISER,
            kind="training",
            since=SINCE,
            year=2026,
        )
    mail = message_from_bytes(path.read_bytes(), policy=policy.default)
    assert mail["X-Unsent"] == "1"
    assert getaddresses([mail["To"]]) == [("Ria Adviseur", "r.adviseur@wierdenmeer.nl")]
    assert sorted(a for _n, a in getaddresses([mail["Bcc"]])) == [
        "anna@wierdenmeer.nl",
        "emile@wierdenmeer.nl",
    ]
    assert "Émile Bakker" in str(mail["Bcc"])  # the name survives its encoding
    assert mail["Subject"] == made.subject and "2026" in made.subject
    body = mail.get_content()
    assert body.startswith("Beste collega,")
    assert "04-03-2026  Oefening CRAS stroomstoring (oefening, Stadhuis)" in body
    assert "09-06-2026  Training CRAS registratie" in body
    # Not: OV's exercise, last year's, the cancelled one.
    for absent in ("Oefening opvang", "vorig jaar", "Geannuleerde"):
        assert absent not in body
    assert body.index("04-03-2026") < body.index("09-06-2026")
    assert "r.adviseur@wierdenmeer.nl" in body
    assert [p.name for p in made.without_email] == ["Piet Zonder"]
    assert b"\r\n" in path.read_bytes()


def test_who_is_exempt_on_the_reference_date_is_not_reminded(
    db: Database, people: dict[str, int]
) -> None:
    """The Overzicht's lists show the exempt (grey); the reminders take the norms' verdict
    and leave them out: no "you have not yet taken part" to someone on sick leave."""
    with db.begin() as session:
        exemptions.add(
            session,
            ExemptionData(people["2"], ExemptionKind.ILLNESS, "Langdurig ziek", D(2026, 2, 1)),
        )
        result = norms.compute(session, 2026, on=D(2026, 3, 1))
        listed = [p.person_id for p in result.persons if p.status != PersonStatus.COMPLIANT]
        assert people["2"] in listed  # on the list, as vrijgesteld
        needs_now = reminders.training_needs(result.persons)
        assert sorted(n.person_id for n in needs_now) == sorted(people[n] for n in ("1", "3", "4"))
        made = reminders.reminder(session, needs_now, ADVISER, "training", SINCE, 2026)
        assert "emile@wierdenmeer.nl" not in {p.email for p in made.bcc}
        # Before the exemption, Émile still has to train.
        earlier = norms.compute(session, 2026, on=D(2026, 1, 15))
        assert people["2"] in {n.person_id for n in reminders.training_needs(earlier.persons)}
        # A course running out: not for the exempt either.
        running_out = [
            Standing(people[n], n, n, 1, "BHV", None, None, Validity.EXPIRED, "verlopen")
            for n in ("1", "2")
        ]
        kept = reminders.course_needs(running_out, result.exempt_ids)
        assert [n.person_id for n in kept] == [people["1"]]


def test_one_text_for_all_bcc_lists_each_activity_under_the_unit_it_is_for(
    db: Database, people: dict[str, int]
) -> None:
    """CRAS's staff and OV's Olga in one draft: each unit's dates under its own name, so
    nobody reads another unit's exercise as theirs; an invitation to another unit's
    activity is apart."""
    with db.begin() as session:
        attendance.add_person(session, people["ov-mei"], people["1"])
        made = reminders.reminder(
            session, needs(people, "1", "4"), ADVISER, "training", SINCE, 2026
        )
        body = message_from_bytes(made.eml, policy=policy.default).get_content()
        assert [g.heading for g in made.groups] == [  # in the units' own order
            "Voor Opvangen en Verzorgen (OV):",
            "Voor Centraal Registratiebureau Afhandeling Schade (CRAS):",
        ]  # Anna's invitation to OV's exercise: under OV already, not twice
        ov, cras = (body.index(g.heading) for g in made.groups)
        assert ov < body.index("Oefening opvang") < cras < body.index("Oefening CRAS")
        assert body.count("Oefening opvang") == 1
        # CRAS alone: the OV exercise Anna is invited to stands apart.
        made = reminders.reminder(session, needs(people, "1"), ADVISER, "training", SINCE, 2026)
        assert [g.heading for g in made.groups][-1] == (
            "Op uitnodiging (voor wie ervoor is uitgenodigd):"
        )
        assert [u.title for u in made.groups[-1].activities] == ["Oefening opvang"]
        assert "Voor Opvangen en Verzorgen" not in made.eml.decode("utf-8", "replace")


def test_someone_listed_for_an_activity_elsewhere_gets_it_too_unless_excused(
    db: Database, people: dict[str, int]
) -> None:
    with db.begin() as session:
        attendance.add_person(session, people["ov-mei"], people["1"])
        made = reminders.reminder(session, needs(people, "1"), ADVISER, "training", SINCE, 2026)
        assert "Oefening opvang" in [u.title for u in made.activities]
        attendance.record(session, people["ov-mei"], [Entry(people["1"], AttendanceStatus.EXCUSED)])
        made = reminders.reminder(session, needs(people, "1"), ADVISER, "training", SINCE, 2026)
        assert "Oefening opvang" not in [u.title for u in made.activities]


def test_nothing_planned_says_so_and_a_sender_needs_an_address(
    db: Database, people: dict[str, int]
) -> None:
    with db.begin() as session:
        made = reminders.reminder(
            session, needs(people, "1"), ADVISER, "courses", D(2027, 1, 1), 2026
        )
        body = message_from_bytes(made.eml, policy=policy.default).get_content()
        assert "nog geen activiteiten gepland" in body
        assert "opleiding" in made.subject.lower()
        with pytest.raises(ValidationError):
            reminders.reminder(
                session, needs(people, "1"), Contact("Ria", "ria"), "training", SINCE, 2026
            )


def test_the_merge_list_has_a_row_per_person_with_their_next_activity(
    db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    path = tmp_path / "samenvoegen.xlsx"
    with db.begin() as session:
        # person 1 twice (two courses running out): one row, both reasons
        rows = [*needs(people, "1", "3", "4"), Need(people["1"], "BHV verloopt 01-02-2026", "CRAS")]
        assert reminders.write_merge_list(session, rows, SINCE, path) == 3
    sheet = load_workbook(path).active
    values = [
        [c if c is not None else "" for c in row] for row in sheet.iter_rows(values_only=True)
    ]
    assert values[0] == list(reminders.MERGE_COLUMNS)
    by_number = {row[0]: dict(zip(values[0], row, strict=True)) for row in values[1:]}
    assert by_number["1"]["email"] == "anna@wierdenmeer.nl"
    assert by_number["1"]["reden"] == "nog geen activiteit in 2026; BHV verloopt 01-02-2026"
    assert by_number["1"]["eerstvolgende_datum"] == "04-03-2026"
    assert by_number["1"]["eerstvolgende_plaats"] == "Stadhuis"
    assert by_number["3"]["email"] == ""  # a letter, then
    assert by_number["4"]["eerstvolgende_activiteit"] == "Oefening opvang"


def test_hostile_names_stay_one_name_and_text(
    db: Database, people: dict[str, int], tmp_path: Path
) -> None:
    """A name from an import with a line end (a header break in an e-mail) or a formula
    (run by Excel) reaches the draft as one line and the merge list as text."""
    from oto_app.models import Person

    with db.begin() as session:
        anna = session.get(Person, people["1"])
        assert anna is not None
        anna.first_name = "Anna\r\nBcc: iedereen@elders.nl"
        piet = session.get(Person, people["3"])
        assert piet is not None
        piet.first_name = '=HYPERLINK("http://x","klik")'
    with db.begin() as session:
        made = reminders.reminder(
            session, needs(people, "1", "3"), ADVISER, "training", SINCE, 2026
        )
        reminders.write_merge_list(session, needs(people, "1", "3"), SINCE, tmp_path / "m.xlsx")
    mail = message_from_bytes(made.eml, policy=policy.default)
    assert [a for _n, a in getaddresses([mail["Bcc"]])] == ["anna@wierdenmeer.nl"]
    assert getaddresses([mail["Bcc"]])[0][0] == "Anna Bcc: iedereen@elders.nl Vries"
    cells = [c for row in load_workbook(tmp_path / "m.xlsx").active.iter_rows() for c in row]
    assert any(c.value and "HYPERLINK" in str(c.value) for c in cells)
    assert all(c.data_type != "f" for c in cells)  # text, never a formula
