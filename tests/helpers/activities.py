"""Activities the GUI journeys start from, made through the services."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from oto_app.models import ActivityKind, ActivityStatus, ExerciseLevel
from oto_app.services import activities, organisation
from oto_app.services.activities import ActivityData


def unit_exercise(
    session: Session, code: str, day: dt.date, *, held: bool = False, hours: float | None = None
) -> int:
    """A mono exercise of the unit ``code``, titled "Oefening CODE", on ``day``; its id."""
    unit = organisation.find_unit(session, code).id
    data = ActivityData(
        f"Oefening {code}",
        ActivityKind.EXERCISE,
        day,
        ExerciseLevel.MONO,
        status=ActivityStatus.HELD if held else ActivityStatus.PLANNED,
        hours=hours,
        unit_ids=(unit,),
    )
    return activities.create_activity(session, data).value
