"""The default organisation every new database starts with (data, not code: editable after)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app.models import Role, Setting, Unit, UnitKind

#: (code, name, kind, plan note)
DEFAULT_UNITS: tuple[tuple[str, str, UnitKind, str | None], ...] = (
    ("OV", "Opvangen en Verzorgen", UnitKind.DEELPROCES, None),
    ("PLT", "Primaire Levensbehoeften en Transport", UnitKind.DEELPROCES, None),
    ("CRIB", "Centraal Registratie- en Inlichtingenbureau", UnitKind.DEELPROCES, None),
    ("VC", "Voorlichten en Communiceren", UnitKind.DEELPROCES, None),
    ("CRAS", "Centraal Registratiebureau Afhandeling Schade", UnitKind.DEELPROCES, None),
    ("MZ", "Milieuzorg", UnitKind.DEELPROCES, None),
    ("UH", "Uitvaart en Herdenken", UnitKind.DEELPROCES, None),
    ("NZ", "Nazorg", UnitKind.DEELPROCES, "in ontwikkeling"),
    ("BT", "Gemeentelijk beleidsteam", UnitKind.TEAM, None),
    ("AC", "Actiecentrum / coördinatie", UnitKind.TEAM, None),
)

#: (name, key role, description)
DEFAULT_ROLES: tuple[tuple[str, bool, str], ...] = (
    ("procesverantwoordelijke", True, "Leidt het deelproces; heeft een plaatsvervanger."),
    ("procesmedewerker", False, "Voert taken van het deelproces uit."),
    ("voorzitter beleidsteam", True, "De burgemeester; plaatsvervanger: de loco-burgemeester."),
    ("lid beleidsteam", False, "Lid of adviseur van het gemeentelijk beleidsteam."),
    ("coördinator actiecentrum", True, "Coördineert de gemeentelijke crisisorganisatie."),
    ("medewerker actiecentrum", False, "Ondersteunt het actiecentrum."),
)

#: Which roles each kind of unit has in its formation.
FORMATION = {
    "BT": ("voorzitter beleidsteam", "lid beleidsteam"),
    "AC": ("coördinator actiecentrum", "medewerker actiecentrum"),
}
DEELPROCES_FORMATION = ("procesverantwoordelijke", "procesmedewerker")

MUNICIPALITY_KEY = "municipality"


def seed_defaults(session: Session) -> None:
    """Fill an empty organisation with the default units and roles; no-op otherwise."""
    if session.scalar(select(Unit.id).limit(1)) is not None:
        return
    roles = {
        name: Role(name=name, is_key=key, description=text) for name, key, text in DEFAULT_ROLES
    }
    session.add_all(roles.values())
    for position, (code, name, kind, note) in enumerate(DEFAULT_UNITS, start=1):
        formation = FORMATION.get(code, DEELPROCES_FORMATION)
        session.add(
            Unit(
                code=code,
                name=name,
                kind=kind,
                position=position,
                plan_note=note,
                roles=[roles[r] for r in formation],
            )
        )
    session.merge(Setting(key=MUNICIPALITY_KEY, value="Gemeente"))
