"""AVG (GDPR): what OTO holds about one person, and forgetting people who left long ago.

- :func:`export_person` writes the personal overview (PDF) and a machine-readable JSON
  file of every field and record about the person, including the audit trail of their
  record; the export itself is recorded in the audit trail.
- :func:`anonymise` replaces the personal data of everyone who left more than ``years``
  ago by a number; their roles and attendance stay, so the figures of past years do not
  change. The old values are also removed from the audit trail (otherwise it would keep
  what was forgotten) in a way that keeps its hash chain whole; what remains there is who
  anonymised whom and when, and which entries were blanked.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict
from pathlib import Path

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from oto_app import audit, chain, files, health
from oto_app.changes import Changes, Done
from oto_app.dates import add_years
from oto_app.errors import NotFoundError
from oto_app.models import AuditEntry, Exemption, ImprovementAction, Person
from oto_app.names import sort_key
from oto_app.norms import validity
from oto_app.services import attendance, exemptions, rights, staff

#: Default: people who left more than this many years ago are anonymised.
KEEP_YEARS = 5
ANONYMOUS = "AVG-"  #: staff number prefix of an anonymised person


def export_person(session: Session, staff_number: str, folder: Path) -> Done[tuple[Path, Path]]:
    """``avg-<number>.pdf`` and ``avg-<number>.json`` in ``folder``."""
    from oto_app.reports import personal_overview

    person = staff.find_person(session, staff_number)
    if person is None:
        raise NotFoundError("unknown_person", ref=staff_number)
    files.make_folder(folder)
    pdf, data = folder / f"avg-{staff_number}.pdf", folder / f"avg-{staff_number}.json"
    on = person.left_on or dt.date.today()
    detail = staff.person_detail(session, person.id, on)
    owned = session.scalars(
        select(ImprovementAction).where(ImprovementAction.owner_id == person.id)
    )
    held = {
        "person": {"id": person.id, **asdict(detail.data), "left_on": person.left_on},
        "roles": [asdict(a) for a in detail.assignments],
        "activities": [asdict(h) for h in attendance.history(session, person.id)],
        "courses": [asdict(s) for s in validity.standings(session, on, person.id)],
        "improvement_actions": [
            {"id": a.id, "description": a.description, "due_date": a.due_date, "status": a.status}
            for a in owned
        ],
        "exemptions": [asdict(e) for e in exemptions.of_person(session, person.id)],
        "audit_trail": [asdict(c) for c in audit.history(session, "people", person.id)],
        "exported_on": dt.date.today(),
    }
    personal_overview.write(session, staff_number, pdf)
    try:
        files.write_text(data, json.dumps(held, default=audit.plain, ensure_ascii=False, indent=2))
    except BaseException:
        pdf.unlink(missing_ok=True)  # both files or neither
        raise
    audit.write(session, "export", "people", [(person.id, None, {"files": [pdf.name, data.name]})])
    return Done((pdf, data), Changes.NONE)  # the trail notes the export; no screen shows it


def due(session: Session, years: int = KEEP_YEARS, today: dt.date | None = None) -> list[Person]:
    """Everyone who left on or before ``years`` years ago and is not anonymised yet."""
    cutoff = add_years(today or dt.date.today(), -years)
    return list(
        session.scalars(
            select(Person)
            .where(
                Person.active.is_(False),
                Person.left_on <= cutoff,
                Person.staff_number.not_like(f"{ANONYMOUS}%"),
            )
            .order_by(Person.id)
        )
    )


def anonymise(session: Session, years: int = KEEP_YEARS, today: dt.date | None = None) -> Done[int]:
    """Forget the personal data of everyone :func:`due`; returns how many."""
    rights.require_adviser(session, "do_privacy")
    health.ensure_sound(session)  # never write into a damaged file
    people = [p.id for p in due(session, years, today)]
    for person_id in people:
        number = f"{ANONYMOUS}{person_id}"
        # A Core statement, not the ORM: its audit entry would keep the old name.
        session.execute(
            update(Person)
            .where(Person.id == person_id)
            .values(
                staff_number=number,
                first_name="Geanonimiseerd",
                infix="",
                last_name=number,
                sort_name=sort_key("", "", number),
                email=None,
                phone=None,
                department=None,
                version=Person.version + 1,
            )
        )
    exempt: list[str] = []
    if people:
        # An exemption's reason may say why someone was ill: forget it; the kind and the
        # period stay, so the figures of past years stay as they were.
        exempt = [
            str(i)
            for i in session.scalars(select(Exemption.id).where(Exemption.person_id.in_(people)))
        ]
        session.execute(
            update(Exemption)
            .where(Exemption.person_id.in_(people))
            .values(reason="geanonimiseerd", version=Exemption.version + 1)
        )
    if people and session.info.get("server_trail"):  # the server blanks and records it
        session.execute(
            text("SELECT oto_forget(:people, :years)"), {"people": people, "years": years}
        )
    elif people:
        # The trail forgets their old values too, keeping the chain (oto_app.chain.scrub);
        # the anonymisation is recorded as entries of its own naming what it blanked.
        blanked = chain.scrub(
            session.connection(),
            AuditEntry.table_name == "people",
            AuditEntry.record_id.in_([str(p) for p in people]),
        )
        if exempt:  # their exemptions' trail too, named by entries of its own
            gone = chain.scrub(
                session.connection(),
                AuditEntry.table_name == "exemptions",
                AuditEntry.record_id.in_(exempt),
            )
            audit.write(
                session,
                "anonymise",
                "exemptions",
                [(int(e), None, {"years": years, "entries": gone.get(e, [])}) for e in exempt],
            )
        audit.write(
            session,
            "anonymise",
            "people",
            [(p, None, {"years": years, "entries": blanked.get(str(p), [])}) for p in people],
        )
    session.expire_all()
    return Done(len(people), Changes.STAFF)
