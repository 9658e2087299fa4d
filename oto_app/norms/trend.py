"""The trend over years: the headline figures of N1-N4 and N6, each year at its own end.

Managers and the council read policy by indicators over years (Kadernota §5.1). Each year
is computed by the same norms code as the year itself (:func:`oto_app.norms.compute`) at
31 December, or today for the year still running, so the trend and the year's own
overview always agree. At most five years back, and not before the first year with data.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oto_app.errors import ValidationError
from oto_app.models import Activity
from oto_app.norms import figures
from oto_app.norms.compliance import compute
from oto_app.norms.results import Compliance, EvaluationState
from oto_app.norms.vocabulary import Verdict, verdict

SPAN = 5  #: years in the Overzicht's and the Jaaroverzicht's trend


@dataclass(frozen=True)
class TrendYear:
    year: int
    reference_date: dt.date
    persons_counted: int  #: in scope and not exempt
    persons_compliant: int
    persons_exempt: int
    units_exercised: int
    units_total: int
    administrative_held: int
    evaluations_total: int
    evaluations_overdue: int
    actions_overdue: int

    @property
    def percent_shown(self) -> str:
        """% trained as screen and paper show it: "81%" (whole, half up), or "—"."""
        return figures.percent(self.persons_compliant, self.persons_counted)

    @property
    def percent_trained(self) -> float | None:
        """% trained to one decimal, for the JSON."""
        if not self.persons_counted:
            return None
        return round(100 * self.persons_compliant / self.persons_counted, 1)

    @property
    def evaluations_on_time(self) -> int:
        return self.evaluations_total - self.evaluations_overdue

    @property
    def year_over(self) -> bool:
        return self.reference_date == dt.date(self.year, 12, 31)

    @property
    def trained_verdict(self) -> Verdict:
        """N1's light for the year, as its card and its Jaaroverzicht show it."""
        return verdict(self.persons_compliant == self.persons_counted, self.year_over)


def of_result(result: Compliance) -> TrendYear:
    return TrendYear(
        result.year,
        result.reference_date,
        result.persons_counted,
        result.persons_compliant,
        result.persons_exempt,
        result.units_exercised,
        len(result.units),
        len(result.administrative.exercises),
        len(result.evaluations),
        result.evaluations_in(EvaluationState.OVERDUE),
        len(result.actions_overdue),
    )


def first_year(session: Session) -> int | None:
    """The first year with an activity recorded: before it, 0% trained would mean "nothing
    recorded", not "nobody trained", so the trend does not go back further."""
    first = session.scalar(select(func.min(Activity.date)))
    return first.year if first is not None else None


def span(session: Session, last: int) -> tuple[int, int]:
    """The years of the trend ending in ``last``: five, or fewer when data starts later."""
    start = first_year(session)
    first = last - SPAN + 1 if start is None else max(last - SPAN + 1, min(start, last))
    return first, last


def compute_years(
    session: Session, first: int, last: int, today: dt.date | None = None
) -> list[TrendYear]:
    """Each year from ``first`` to ``last`` at 31 December (today for a running year)."""
    if first == last + 1:
        return []  # no earlier years
    if first > last or last - first >= 50:
        raise ValidationError("trend_years", first=first, last=last)
    return [of_result(compute(session, year, today=today)) for year in range(first, last + 1)]
