"""Staff: the rules a user meets when adding, editing, finding and retiring people."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.db import Database
from oto_app.errors import ConcurrentEditError, ValidationError
from oto_app.services import assignments, organisation, staff
from oto_app.services.assignments import AssignmentData
from oto_app.services.staff import PersonData, StaffQuery, StaffSort

ANNA = PersonData("1001", "Anna", "Vries", infix="de", email="a.devries@gemeente.nl")


def _add(db: Database, *people: PersonData) -> list[int]:
    with db.begin() as session:
        return [staff.create_person(session, p).value for p in people]


def test_a_new_person_is_shown_with_tussenvoegsel_in_place(db: Database) -> None:
    [anna] = _add(db, ANNA)
    with db.begin() as session:
        detail = staff.person_detail(session, anna, dt.date(2025, 1, 1))
    assert detail.name == "Anna de Vries"
    assert detail.data.email == "a.devries@gemeente.nl"
    assert detail.assignments == []


def test_names_sort_by_surname_ignoring_tussenvoegsel(db: Database) -> None:
    _add(
        db,
        ANNA,
        PersonData("1002", "Bram", "Bakker"),
        PersonData("1003", "Carla", "Wal", infix="van der"),
        PersonData("1004", "Daan", "Émile"),
    )
    with db.begin() as session:
        names = [r.name for r in staff.list_people(session, StaffQuery())]
        backwards = [r.name for r in staff.list_people(session, StaffQuery(descending=True))]
    assert names == ["Bram Bakker", "Daan Émile", "Anna de Vries", "Carla van der Wal"]
    assert backwards == list(reversed(names))


def test_search_ignores_case_accents_and_finds_by_number(db: Database) -> None:
    _add(db, ANNA, PersonData("2002", "Renée", "Jansen", department="Communicatie"))
    with db.begin() as session:

        def found(text: str) -> list[str]:
            return [r.name for r in staff.list_people(session, StaffQuery(search=text))]

        assert found("renee") == ["Renée Jansen"]
        assert found("VRIES anna") == ["Anna de Vries"]
        assert found("2002") == ["Renée Jansen"]
        assert found("communicatie") == ["Renée Jansen"]
        assert found("niemand") == []
        assert staff.count_people(session, StaffQuery(search="e")) == 2


def test_the_list_pages_and_counts_in_sql(db: Database) -> None:
    _add(db, *[PersonData(f"{n:04d}", "Piet", f"Achternaam{n:04d}") for n in range(25)])
    with db.begin() as session:
        query = StaffQuery(sort=StaffSort.STAFF_NUMBER)
        page = staff.list_people(session, query, offset=20, limit=10)
        assert [r.staff_number for r in page] == ["0020", "0021", "0022", "0023", "0024"]
        assert staff.count_people(session, query) == 25


def test_duplicate_staff_number_is_refused_naming_the_holder(db: Database) -> None:
    _add(db, ANNA)
    with pytest.raises(ValidationError) as caught, db.begin() as session:
        staff.create_person(session, PersonData("1001", "Bram", "Bakker"))
    assert caught.value.message == "personeelsnummer 1001 is al in gebruik bij Anna de Vries"
    assert caught.value.field == "field_staff_number"
    with db.begin() as session:
        assert staff.count_people(session, StaffQuery()) == 1


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (PersonData("", "Anna", "Bakker"), "personeelsnummer is verplicht"),
        (PersonData("9", " ", "Bakker"), "voornaam is verplicht"),
        (PersonData("9", "Anna", ""), "achternaam is verplicht"),
        (
            PersonData("9", "Anna", "Bakker", email="anna-at-gemeente"),
            "'anna-at-gemeente' is geen geldig e-mailadres",
        ),
        (
            PersonData("9" * 40, "Anna", "Bakker"),
            "personeelsnummer is te lang (maximaal 32 tekens)",
        ),
    ],
)
def test_bad_person_input_is_refused_in_dutch(db: Database, data: PersonData, message: str) -> None:
    with pytest.raises(ValidationError) as caught, db.begin() as session:
        staff.create_person(session, data)
    assert caught.value.message == message


def test_an_edit_over_someone_elses_save_is_refused(db: Database) -> None:
    [anna] = _add(db, ANNA)
    with db.begin() as session:
        read_by_me = staff.person_detail(session, anna, dt.date(2025, 1, 1)).version
    with db.begin() as session:  # another workstation saves first
        staff.update_person(
            session,
            anna,
            PersonData("1001", "Anna", "Vries", "de", phone="06 1234 5678"),
            read_by_me,
        )
    with (
        pytest.raises(ConcurrentEditError, match="door iemand anders gewijzigd"),
        db.begin() as session,
    ):
        staff.update_person(session, anna, PersonData("1001", "Anneke", "Vries", "de"), read_by_me)
    with db.begin() as session:
        detail = staff.person_detail(session, anna, dt.date(2025, 1, 1))
    assert (detail.data.first_name, detail.data.phone) == ("Anna", "06 1234 5678")


def test_retiring_ends_open_assignments_and_keeps_history(db: Database) -> None:
    [anna] = _add(db, ANNA)
    with db.begin() as session:
        unit = organisation.find_unit(session, "CRAS").id
        role = organisation.find_role(session, "procesmedewerker").id
        assignments.assign(
            session, AssignmentData(anna, unit, role, start_date=dt.date(2023, 1, 1))
        )
    with db.begin() as session:
        assert staff.retire_person(session, anna, dt.date(2025, 6, 30)).value == 1
    with db.begin() as session:
        detail = staff.person_detail(session, anna, dt.date(2025, 7, 1))
        active_only = staff.list_people(session, StaffQuery(only_active=True))
    assert not detail.data.active
    [held] = detail.assignments
    assert (held.start_date, held.end_date, held.active) == (
        dt.date(2023, 1, 1),
        dt.date(2025, 6, 30),
        False,
    )
    assert active_only == []


def test_the_list_shows_the_roles_held_today(db: Database) -> None:
    [anna] = _add(db, ANNA)
    with db.begin() as session:
        units = {c: organisation.find_unit(session, c).id for c in ("CRAS", "OV")}
        role = organisation.find_role(session, "procesmedewerker").id
        assignments.assign(
            session, AssignmentData(anna, units["CRAS"], role, start_date=dt.date(2024, 1, 1))
        )
        assignments.assign(
            session,
            AssignmentData(
                anna,
                units["OV"],
                role,
                start_date=dt.date(2020, 1, 1),
                end_date=dt.date(2021, 1, 1),
            ),
        )
        [row] = staff.list_people(session, StaffQuery(on=dt.date(2025, 1, 1)))
    assert row.roles == "CRAS procesmedewerker"
