"""Users and rights, enforced by the services themselves (not by hiding buttons)."""

from __future__ import annotations

import datetime as dt

import pytest

from oto_app.db import Database
from oto_app.errors import NotAllowedError, ValidationError
from oto_app.models import (
    ActivityKind,
    ActivityStatus,
    AttendanceStatus,
    ExerciseLevel,
    UserRole,
)
from oto_app.services import activities, attendance, evaluations, staff, users
from oto_app.services.activities import ActivityData
from oto_app.services.attendance import Entry
from oto_app.services.evaluations import ActionData, EvaluationData
from oto_app.services.organisation import find_unit
from oto_app.services.staff import PersonData, StaffQuery

DAY = dt.date(2025, 3, 12)


def _exercise(session, unit_code: str) -> int:  # type: ignore[no-untyped-def]
    unit = find_unit(session, unit_code).id
    return activities.create_activity(
        session,
        ActivityData(
            f"Oefening {unit_code}",
            ActivityKind.EXERCISE,
            DAY,
            level=ExerciseLevel.MONO,
            status=ActivityStatus.HELD,
            unit_ids=(unit,),
        ),
    ).value


def _as(db: Database, login: str, role: UserRole, units: tuple[str, ...] = ()) -> None:
    """The adviser gives ``login`` a role; then the database is used as ``login``."""
    db.login("adviseur")
    db.login(login)
    db.login("adviseur")
    with db.begin() as session:
        [user] = [u for u in users.list_users(session) if u.login == login]
        unit_ids = tuple(find_unit(session, code).id for code in units)
        users.set_role(session, user.id, role, unit_ids)
    db.login(login)


def test_the_first_user_is_adviser_and_later_ones_readers(db: Database) -> None:
    assert db.actor is not None and db.actor.role is UserRole.ADVISER  # conftest: first login
    newcomer = db.login("j.jansen")
    assert newcomer.role is UserRole.READER
    assert db.login("adviseur").role is UserRole.ADVISER


def test_a_reader_reads_but_cannot_change_anything(db: Database) -> None:
    with db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries", "de"))
        activity = _exercise(session, "OV")
    _as(db, "lezer1", UserRole.READER)
    with db.begin() as session:
        assert [p.name for p in staff.list_people(session, StaffQuery())] == ["Anna de Vries"]
        with pytest.raises(NotAllowedError) as refused:
            staff.create_person(session, PersonData("M2", "Bram", "Bakker"))
        assert refused.value.message == (
            "alleen de adviseur rampenbestrijding mag medewerkers en hun rollen wijzigen; "
            "u bent lezer"
        )
        with pytest.raises(NotAllowedError) as refused:
            attendance.record(session, activity, [Entry(1, AttendanceStatus.PRESENT)])
        assert "alleen leesrechten" in refused.value.message


def test_a_process_lead_logs_for_their_own_unit_only(db: Database) -> None:
    with db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
        theirs, other = _exercise(session, "OV"), _exercise(session, "CRIB")
        evaluation = evaluations.save(session, other, EvaluationData(author="A")).value
        action = evaluations.add_action(session, evaluation, ActionData("Beter alarmeren")).value
    _as(db, "p.lead", UserRole.PROCESS_LEAD, ("OV",))
    with db.begin() as session:
        ov = find_unit(session, "OV").id
        crib = find_unit(session, "CRIB").id
        # Their own unit: plan, log attendance, evaluate.
        new = activities.create_activity(
            session, ActivityData("Training OV", ActivityKind.TRAINING, DAY, unit_ids=(ov,))
        ).value
        attendance.record(session, theirs, [Entry(person, AttendanceStatus.PRESENT)])
        evaluations.save(session, theirs, EvaluationData(author="P. Lead"))
    # Another unit's activity, through every path: refused, saying whose it is.
    attempts = [
        lambda s: attendance.record(s, other, [Entry(person, AttendanceStatus.PRESENT)]).value,
        lambda s: attendance.add_person(s, other, person),
        lambda s: activities.set_status(s, other, ActivityStatus.CANCELLED),
        lambda s: activities.delete_activity(s, other),
        lambda s: activities.update_activity(
            s, other, ActivityData("Overgenomen", ActivityKind.TRAINING, DAY, unit_ids=(ov,))
        ),
        lambda s: activities.update_activity(  # nor move their own to another unit
            s, new, ActivityData("Weg", ActivityKind.TRAINING, DAY, unit_ids=(crib,))
        ),
        lambda s: (
            activities.create_activity(
                s, ActivityData("Voor CRIB", ActivityKind.TRAINING, DAY, unit_ids=(crib,))
            ).value
        ),
        lambda s: evaluations.save(s, other, EvaluationData(author="P. Lead")).value,
        lambda s: evaluations.add_action(s, evaluation, ActionData("Ook dit")).value,
        lambda s: evaluations.update_action(s, action, ActionData("Anders")),
        lambda s: staff.create_person(s, PersonData("M9", "Piet", "Pot")).value,
    ]
    for attempt in attempts:
        with pytest.raises(NotAllowedError) as refused, db.begin() as session:
            attempt(session)
        assert "alleen" in refused.value.message
    with db.begin() as session:
        with pytest.raises(NotAllowedError) as refused:
            attendance.record(session, other, [Entry(person, AttendanceStatus.PRESENT)])
        assert refused.value.message == (
            "u mag presentie vastleggen alleen voor uw eigen onderdelen (OV); dit gaat over CRIB"
        )
        assert activities.detail(session, other).data.title == "Oefening CRIB"  # untouched


def test_only_the_adviser_manages_users_and_one_adviser_remains(db: Database) -> None:
    db.login("tweede")
    db.login("adviseur")
    with db.begin() as session:
        rows = {u.login: u for u in users.list_users(session)}
        with pytest.raises(ValidationError) as refused:
            users.set_role(session, rows["adviseur"].id, UserRole.READER)
        assert "ten minste één adviseur" in refused.value.message
        users.set_role(session, rows["tweede"].id, UserRole.ADVISER)
        users.set_role(session, rows["adviseur"].id, UserRole.READER)  # now there is another
    db.login("adviseur")
    with db.begin() as session, pytest.raises(NotAllowedError):
        users.set_role(session, rows["tweede"].id, UserRole.READER)


def test_without_a_user_nothing_is_written(db: Database) -> None:
    db.sessions.configure(info={})  # as if nobody signed in
    with pytest.raises(NotAllowedError) as refused, db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries"))
    assert "niet aangemeld" in refused.value.message
