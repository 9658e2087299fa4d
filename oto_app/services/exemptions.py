"""Exemptions (vrijstellingen): per person a period, a kind and a reason.

Someone on long sick leave, parental leave or a secondment cannot train; on a reference
date inside their exemption their N1 status is *vrijgesteld* (oto_app.norms.people).
Periods of one person never overlap, so a date has at most one reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.dates import format_date
from oto_app.errors import ValidationError
from oto_app.models import Exemption, ExemptionKind, Person
from oto_app.norms.dated import period
from oto_app.services import common, rights


@dataclass(frozen=True)
class ExemptionData:
    person_id: int
    kind: ExemptionKind
    reason: str
    start_date: dt.date
    end_date: dt.date | None = None  #: None: until further notice


@dataclass(frozen=True)
class ExemptionRow:
    id: int
    kind: ExemptionKind
    reason: str
    start_date: dt.date
    end_date: dt.date | None
    version: int

    def covers(self, day: dt.date) -> bool:
        return self.start_date <= day and (self.end_date is None or day <= self.end_date)


def _apply(session: Session, exemption: Exemption, data: ExemptionData) -> None:
    person = common.fetch(session, Person, data.person_id, "unknown_person")
    if data.end_date is not None and data.end_date < data.start_date:
        raise ValidationError(
            "end_before_start",
            field="field_end_date",
            end=format_date(data.end_date),
            start=format_date(data.start_date),
        )
    last = data.end_date or dt.date.max
    others = select(Exemption).where(
        Exemption.person_id == person.id,
        Exemption.start_date <= last,
        (Exemption.end_date.is_(None)) | (Exemption.end_date >= data.start_date),
    )
    if exemption.id is not None:
        others = others.where(Exemption.id != exemption.id)
    clash = session.scalar(others)
    if clash is not None:
        raise ValidationError(
            "exemption_overlaps",
            field="field_start_date",
            name=person.name,
            period=period(clash.start_date, clash.end_date),
        )
    exemption.person_id = person.id
    exemption.kind = data.kind
    exemption.reason = common.required(data.reason, "field_exemption_reason", 500)
    exemption.start_date = data.start_date
    exemption.end_date = data.end_date


def add(session: Session, data: ExemptionData) -> Done[int]:
    rights.require_adviser(session, "do_edit_staff")
    exemption = Exemption()
    _apply(session, exemption, data)
    session.add(exemption)
    session.flush()
    return Done(exemption.id, Changes.STAFF)


def update(
    session: Session, exemption_id: int, data: ExemptionData, version: int | None = None
) -> Changes:
    rights.require_adviser(session, "do_edit_staff")
    exemption = common.fetch(session, Exemption, exemption_id, "unknown_exemption")
    common.check_version(exemption, version, "what_exemption")
    _apply(session, exemption, data)
    common.flush(session, "what_exemption")
    return Changes.STAFF


def remove(session: Session, exemption_id: int) -> Changes:
    """Delete an exemption recorded by mistake (the audit trail keeps what it was)."""
    rights.require_adviser(session, "do_edit_staff")
    session.delete(common.fetch(session, Exemption, exemption_id, "unknown_exemption"))
    common.flush(session, "what_exemption")
    return Changes.STAFF


def of_person(session: Session, person_id: int) -> list[ExemptionRow]:
    """The person's exemptions, latest first."""
    return [
        ExemptionRow(e.id, e.kind, e.reason, e.start_date, e.end_date, e.version)
        for e in session.scalars(
            select(Exemption)
            .where(Exemption.person_id == person_id)
            .order_by(Exemption.start_date.desc())
        )
    ]
