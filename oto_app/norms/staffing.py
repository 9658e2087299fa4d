"""N5: each key role in each active unit has enough trained primaries and deputies.

"Trained" is N1-compliant, so this builds on the person results rather than
querying attendance again; one query lists who holds which key role.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.models import Assignment, AssignmentKind, Role, Unit, unit_roles
from oto_app.norms import dated
from oto_app.norms.results import NormSettings, PersonResult, PersonStatus, StaffingResult


def evaluate(
    session: Session, on: dt.date, settings: NormSettings, persons: list[PersonResult]
) -> list[StaffingResult]:
    trained = {p.person_id for p in persons if p.status == PersonStatus.COMPLIANT}
    keys = dated.key_role_ids(session, on)
    code = dated.unit_code(dated.changed_units(session, on))
    name = dated.role_name(session, on)
    required = session.execute(
        select(Unit.id, code, Role.id, name)
        .join(unit_roles, unit_roles.c.unit_id == Unit.id)
        .join(Role, Role.id == unit_roles.c.role_id)
        .where(Unit.in_service_clause(on), dated.in_formation_clause(on), Role.id.in_(keys))
        .order_by(code, name)
    ).all()
    holders: dict[tuple[int, int], list[tuple[AssignmentKind, int]]] = defaultdict(list)
    for unit_id, role_id, kind, person_id in session.execute(
        select(Assignment.unit_id, Assignment.role_id, Assignment.kind, Assignment.person_id).where(
            Assignment.role_id.in_(keys), Assignment.active_on_clause(on)
        )
    ):
        holders[(unit_id, role_id)].append((kind, person_id))
    return [
        _result(unit_code, role, holders[(unit_id, role_id)], trained, settings)
        for unit_id, unit_code, role_id, role in required
    ]


def _result(
    code: str,
    role: str,
    held: list[tuple[AssignmentKind, int]],
    trained: set[int],
    settings: NormSettings,
) -> StaffingResult:
    def count(kind: AssignmentKind, only_trained: bool) -> int:
        return sum(k == kind and (not only_trained or p in trained) for k, p in held)

    primary, deputy = count(AssignmentKind.PRIMARY, False), count(AssignmentKind.DEPUTY, False)
    primary_ok = count(AssignmentKind.PRIMARY, True)
    deputy_ok = count(AssignmentKind.DEPUTY, True)
    met = primary_ok >= settings.min_primary and deputy_ok >= settings.min_deputy
    problems = []
    if primary < settings.min_primary:
        problems.append(messages.text("n5_no_primary"))
    elif primary_ok < settings.min_primary:
        problems.append(messages.text("n5_primary_untrained"))
    if deputy < settings.min_deputy:
        problems.append(messages.text("n5_no_deputy"))
    elif deputy_ok < settings.min_deputy:
        problems.append(messages.text("n5_deputy_untrained"))
    reason = "; ".join(problems) if problems else messages.text("n5_met")
    return StaffingResult(code, role, primary, deputy, primary_ok, deputy_ok, met, reason)
