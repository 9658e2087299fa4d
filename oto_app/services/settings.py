"""Settings shared by all workstations, kept in the database as plain text values."""

from __future__ import annotations

from dataclasses import asdict

from sqlalchemy.orm import Session

from oto_app.changes import Changes
from oto_app.errors import ValidationError
from oto_app.models import Setting, YearNorms
from oto_app.norms.results import NormSettings
from oto_app.seed import MUNICIPALITY_KEY
from oto_app.services import rights

DEMO_KEY = "demo_data"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    setting = session.get(Setting, key)
    return setting.value if setting is not None else default


def put(session: Session, key: str, value: str) -> Changes:
    rights.require_adviser(session, "do_edit_settings")
    session.merge(Setting(key=key, value=value))
    return Changes.SETTINGS


def municipality(session: Session) -> str:
    return get(session, MUNICIPALITY_KEY) or "Gemeente"


def is_demo(session: Session) -> bool:
    """True while the database holds the generated example municipality."""
    return get(session, DEMO_KEY) is not None


def save_norms(session: Session, year: int, settings: NormSettings) -> Changes:
    """The adviser's norm numbers for ``year`` (read back by oto_app.norms.settings)."""
    rights.require_adviser(session, "do_edit_settings")
    for name, value in asdict(settings).items():
        if value < 0 or (name in ("plan_review_years", "new_person_days") and value == 0):
            raise ValidationError("bad_norm_value", field=name, value=value)
    stored = session.get(YearNorms, year) or YearNorms(year=year)
    for name, value in asdict(settings).items():
        setattr(stored, name, value)
    session.add(stored)
    return Changes.SETTINGS
