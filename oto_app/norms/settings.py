"""The per-year norm numbers, read with their defaults (the adviser saves them through
:func:`oto_app.services.settings.save_norms`: the norms sit below the services)."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy.orm import Session

from oto_app.models import YearNorms
from oto_app.norms.results import NormSettings


def for_year(session: Session, year: int) -> NormSettings:
    stored = session.get(YearNorms, year)
    if stored is None:
        return NormSettings()
    return NormSettings(**{f.name: getattr(stored, f.name) for f in fields(NormSettings)})
