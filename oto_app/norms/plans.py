"""N7: each active unit's deelplan was reviewed within the last N years."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import messages
from oto_app.dates import add_years, format_date
from oto_app.models import Unit
from oto_app.norms import dated
from oto_app.norms.results import NormSettings, PlanResult


def evaluate(session: Session, on: dt.date, settings: NormSettings) -> list[PlanResult]:
    limit = add_years(on, -settings.plan_review_years)
    reviews = dated.last_reviews(session, on)
    results = []
    dated_code = dated.unit_code(dated.changed_units(session, on))
    for unit_id, code, note in session.execute(
        select(Unit.id, dated_code, Unit.plan_note)
        .where(Unit.in_service_clause(on))
        .order_by(dated_code)
    ):
        reviewed = reviews.get(unit_id)
        if reviewed is None:
            current, reason = False, messages.text("n7_never") + (f" ({note})" if note else "")
        elif reviewed >= limit:
            current, reason = True, messages.text("n7_current", date=format_date(reviewed))
        else:
            current = False
            reason = messages.text(
                "n7_old", date=format_date(reviewed), years=settings.plan_review_years
            )
        results.append(PlanResult(code, reviewed, current, reason))
    return results
