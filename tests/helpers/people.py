"""People a test starts from, made through the services as the app makes them."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from oto_app.db import Database
from oto_app.services import assignments, organisation, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.staff import PersonData


def person_in_a_role(
    db: Database,
    since: dt.date,
    person: PersonData | None = None,
    unit: str = "OV",
    role: str = "procesmedewerker",
) -> int:
    """A person (Anna Bakker, number 1, unless given) with ``role`` in ``unit`` since
    ``since``; returns the person's id."""
    with db.begin() as session:
        made = staff.create_person(session, person or PersonData("1", "Anna", "Bakker")).value
        assignments.assign(
            session,
            AssignmentData(
                made,
                organisation.find_unit(session, unit).id,
                organisation.find_role(session, role).id,
                start_date=since,
            ),
        )
    return made


def unit_members(
    session: Session, code: str, people: list[tuple[str, str, str, str]], since: dt.date
) -> None:
    """Each of ``people`` (number, first name, infix, surname) a procesmedewerker of the
    unit ``code`` since ``since``: a paper list's names, as the journeys type them."""
    unit = organisation.find_unit(session, code).id
    role = organisation.find_role(session, "procesmedewerker").id
    for number, first, infix, last in people:
        person = staff.create_person(session, PersonData(number, first, last, infix=infix)).value
        assignments.assign(session, AssignmentData(person, unit, role, start_date=since))
