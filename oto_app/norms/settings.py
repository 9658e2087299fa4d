"""The per-year norm numbers: read with defaults, saved by the adviser."""

from __future__ import annotations

from dataclasses import asdict, fields

from sqlalchemy.orm import Session

from oto_app.errors import ValidationError
from oto_app.models import YearNorms
from oto_app.norms.results import NormSettings
from oto_app.services import rights


def for_year(session: Session, year: int) -> NormSettings:
    stored = session.get(YearNorms, year)
    if stored is None:
        return NormSettings()
    return NormSettings(**{f.name: getattr(stored, f.name) for f in fields(NormSettings)})


def save(session: Session, year: int, settings: NormSettings) -> None:
    rights.require_adviser(session, "do_edit_settings")
    for name, value in asdict(settings).items():
        if value < 0 or (name in ("plan_review_years", "new_person_days") and value == 0):
            raise ValidationError("bad_norm_value", field=name, value=value)
    stored = session.get(YearNorms, year) or YearNorms(year=year)
    for name, value in asdict(settings).items():
        setattr(stored, name, value)
    session.add(stored)
