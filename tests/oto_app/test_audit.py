"""The audit trail: who changed which record when, old and new values, in the same
transaction as the change (so a change that is rolled back leaves no trace either)."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from oto_app import audit
from oto_app.cli import main
from oto_app.db import Database
from oto_app.exchange.staff_import import import_staff
from oto_app.models import ActivityKind, ActivityStatus, AuditEntry, Person
from oto_app.services import activities, staff
from oto_app.services.activities import ActivityData
from oto_app.services.organisation import find_unit
from oto_app.services.staff import PersonData
from tests.conftest import ADVISER

DAY = dt.date(2025, 3, 12)


def test_every_change_of_a_person_is_kept_with_who_and_what(db: Database) -> None:
    with db.begin() as session:
        person = staff.create_person(session, PersonData("M1", "Anna", "Vries", "de")).value
    with db.begin() as session:
        staff.update_person(session, person, PersonData("M1", "Anna", "Visser", "", phone="06-1"))
    with db.begin() as session:
        [made, changed] = audit.history(session, "people", person)
    assert (made.action, made.login, made.old) == ("insert", ADVISER, None)
    assert made.new is not None and made.new["last_name"] == "Vries"
    assert changed.action == "update" and changed.login == ADVISER
    assert changed.old == {
        "infix": "de",
        "last_name": "Vries",
        "sort_name": "vries anna de",
        "phone": None,
    }
    assert changed.new == {
        "infix": "",
        "last_name": "Visser",
        "sort_name": "visser anna",
        "phone": "06-1",
    }
    assert dt.datetime.now() - changed.at < dt.timedelta(minutes=1)


def test_the_changes_of_one_save_are_kept_in_the_order_of_the_records(db: Database) -> None:
    """The trail of the same work reads the same each time (an export compared with an
    earlier one): the rows one save changed follow their ids, not where Python happened to
    keep them in memory (SQLAlchemy's dirty set; 40 rows, changed last to first)."""
    with db.begin() as session:
        for number in range(1, 41):
            staff.create_person(session, PersonData(f"M{number}", "Anna", f"Vries{number}"))
    with db.begin() as session:
        people = session.scalars(select(Person).order_by(Person.id.desc())).all()
        for person in people:
            person.phone = "06-1"
    with db.begin() as session:
        changed = session.scalars(
            select(AuditEntry.record_id)
            .where(AuditEntry.action == "update", AuditEntry.table_name == "people")
            .order_by(AuditEntry.id)
        ).all()
    assert changed == sorted(changed, key=int) and len(changed) == 40


def test_a_change_that_is_rolled_back_leaves_no_entry(db: Database) -> None:
    with pytest.raises(RuntimeError), db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries"))
        raise RuntimeError("stroomstoring")
    with db.begin() as session:
        assert audit.history(session, "people", 1) == []
        tables = {e.table_name for e in session.scalars(select(AuditEntry))}
        assert "people" not in tables and "users" in tables  # the adviser's sign-in stays


def test_units_of_an_activity_and_its_deletion(db: Database) -> None:
    with db.begin() as session:
        ov, crib = find_unit(session, "OV").id, find_unit(session, "CRIB").id
        data = ActivityData("Training", ActivityKind.TRAINING, DAY, unit_ids=(ov,))
        activity = activities.create_activity(session, data).value
    with db.begin() as session:
        activities.update_activity(
            session,
            activity,
            ActivityData(
                "Training", ActivityKind.TRAINING, DAY, status=ActivityStatus.HELD, unit_ids=(crib,)
            ),
        )
    with db.begin() as session:
        activities.delete_activity(session, activity)
    with db.begin() as session:
        trail = audit.history(session, "activities", activity)
    assert trail[0].action == "insert" and trail[-1].action == "delete"
    old, new = {}, {}  # one save may reach the database in more than one flush
    for change in trail[1:-1]:
        assert change.action == "update"
        old.update(change.old or {})
        new.update(change.new or {})
    assert old == {"status": "PLANNED", "units": [str(ov)]}
    assert new == {"status": "HELD", "units": [str(crib)]}
    gone = trail[-1]
    assert gone.action == "delete" and gone.old is not None and gone.old["title"] == "Training"


def test_an_import_is_one_entry_and_a_persons_history_shows_what_was_imported(
    db: Database, tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    header = "personeelsnummer;voornaam;achternaam;onderdeel;rol\n"
    path.write_text(
        header + "7;Bram;Wal;OV;procesmedewerker\n8;Ria;Bos;OV;procesmedewerker\n",
        encoding="utf-8",
    )
    with db.begin() as session:
        import_staff(session, path)
    first_file = path.read_bytes()
    path.write_text(header + "7;Bram;Walle;OV;procesmedewerker\n", encoding="utf-8")
    with db.begin() as session:
        import_staff(session, path)
        person = staff.find_person(session, "7")
        assert person is not None
        [made, changed] = audit.history(session, "people", person.id)
        other = staff.find_person(session, "8")
        assert other is not None
        [made_other] = audit.history(session, "people", other.id)
        imports = session.scalars(
            select(AuditEntry).where(
                AuditEntry.table_name == "people", AuditEntry.action == "import"
            )
        ).all()
    # both people came in with one entry, which names the file and its digest
    [entry] = imports
    assert entry.new is not None and '"file":"hr.csv"' in entry.new
    assert hashlib.sha256(first_file).hexdigest() in entry.new
    # and still each person's history has the values they were imported with
    assert made.action == "import" and made.new is not None and made.new["last_name"] == "Wal"
    assert made.source == "hr.csv" and "uit hr.csv" in audit.describe(made)
    assert (changed.old, changed.new) == ({"last_name": "Wal"}, {"last_name": "Walle"})
    assert made_other.new is not None and made_other.new["last_name"] == "Bos"
    assert made_other.new["staff_number"] == "8"


def test_the_trail_exports_to_csv(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.begin() as session:
        staff.create_person(session, PersonData("M1", "Anna", "Vries", "de"))
    out = tmp_path / "audit.csv"
    with db.begin() as session:
        assert audit.export(session, out, "people") == 1
    rows = list(csv.reader(out.open(encoding="utf-8-sig"), delimiter=";"))
    assert rows[0] == ["tijdstip", "gebruiker", "actie", "tabel", "record", "oud", "nieuw"]
    assert rows[1][1:5] == [ADVISER, "insert", "people", "1"]
    assert '"last_name": "Vries"' in rows[1][6]
    if db.is_sqlite:  # the command line, on the same file
        everything = tmp_path / "alles.csv"
        assert main(["--db", db.location, "audit", "--out", str(everything)]) == 0
        assert "regels" in capsys.readouterr().out
        assert len(everything.read_text(encoding="utf-8-sig").splitlines()) > 2


def test_an_imported_activity_reads_in_the_users_words() -> None:
    """An ``import`` entry (a row an import added) is described as any other: its
    enumerations by their labels, its dates dd-mm-jjjj, after the file it came from."""
    imported = audit.Change(
        dt.datetime(2026, 12, 1, 10, 0),
        ADVISER,
        audit.IMPORT,
        "activities",
        "#1-1",
        None,
        {"kind": "EXERCISE", "level": "MULTI", "date": "2026-12-01", "title": "Oefening"},
        "deelname.csv",
    )
    assert audit.describe(imported) == (
        "uit deelname.csv; datum: 01-12-2026; soort: oefening; niveau: multidisciplinair; "
        "titel: Oefening"
    )
    assert audit.action_label(imported) == "ingelezen"
