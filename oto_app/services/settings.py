"""Settings shared by all workstations, kept in the database as plain text values."""

from __future__ import annotations

from sqlalchemy.orm import Session

from oto_app.models import Setting
from oto_app.seed import MUNICIPALITY_KEY
from oto_app.services import rights

DEMO_KEY = "demo_data"


def get(session: Session, key: str, default: str | None = None) -> str | None:
    setting = session.get(Setting, key)
    return setting.value if setting is not None else default


def put(session: Session, key: str, value: str) -> None:
    rights.require_adviser(session, "do_edit_settings")
    session.merge(Setting(key=key, value=value))


def municipality(session: Session) -> str:
    return get(session, MUNICIPALITY_KEY) or "Gemeente"


def is_demo(session: Session) -> bool:
    """True while the database holds the generated example municipality."""
    return get(session, DEMO_KEY) is not None
