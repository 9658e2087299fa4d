"""Plain results of the norms, each with the reason a user can read."""

from __future__ import annotations

import datetime as dt
import enum
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from oto_app.models.enums import ExemptionKind


class PersonStatus(enum.Enum):
    COMPLIANT = "compliant"
    PENDING = "pending"
    NON_COMPLIANT = "non_compliant"
    NEW = "new"
    EXEMPT = "exempt"


#: Who still has to train: not compliant and not exempt (the Jaaroverzicht's list of who
#: is missing, and the reminders).
TO_TRAIN = frozenset({PersonStatus.PENDING, PersonStatus.NON_COMPLIANT, PersonStatus.NEW})


class EvaluationState(enum.Enum):
    DONE = "done"
    OPEN = "open"
    OVERDUE = "overdue"


@dataclass(frozen=True)
class NormSettings:
    """The adviser's numbers for a year (defaults: shared/domain.md)."""

    min_activities_per_person: int = 1
    new_person_days: int = 90
    min_exercises_per_unit: int = 1
    min_administrative_exercises: int = 1
    evaluation_due_days: int = 42
    min_primary: int = 1
    min_deputy: int = 1
    plan_review_years: int = 4


class PersonResult(NamedTuple):
    """One person's N1 result. A NamedTuple, not a dataclass: a region has 100,000 of
    them and building these is the hot loop of the norms (see bench/norms.py)."""

    person_id: int
    staff_number: str
    name: str
    sort_name: str
    email: str | None
    phone: str | None
    units: tuple[str, ...]
    roles: tuple[str, ...]
    required: int
    attended: int
    activities: tuple[str, ...]  #: keys of the activities that count, by date
    first_start: dt.date
    status: PersonStatus
    reason: str

    @property
    def to_train(self) -> bool:
        """Still has to train on the reference date (an exempt person has not)."""
        return self.status in TO_TRAIN


@dataclass(frozen=True)
class UnitResult:
    unit_id: int
    code: str
    name: str
    exercised: bool
    exercises: tuple[str, ...]
    planned: tuple[str, ...]  #: exercises still planned this year (after the reference date)
    year_over: bool
    reason: str


@dataclass(frozen=True)
class AdministrativeResult:
    met: bool
    exercises: tuple[str, ...]
    planned: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class StaffingResult:
    unit: str
    role: str
    primary: int
    deputy: int
    primary_trained: int
    deputy_trained: int
    met: bool
    reason: str


@dataclass(frozen=True)
class EvaluationResult:
    activity: str
    title: str
    date: dt.date
    status: EvaluationState
    reason: str


@dataclass(frozen=True)
class OverdueAction:
    id: int
    unit: str | None
    due: dt.date
    description: str
    owner: str | None


@dataclass(frozen=True)
class PlanResult:
    unit: str
    last_review: dt.date | None
    current: bool
    reason: str


@dataclass(frozen=True)
class ExemptionResult:
    """Someone in scope whose exemption covers the reference date, and why."""

    person_id: int
    staff_number: str
    name: str
    kind: ExemptionKind
    start: dt.date
    end: dt.date | None
    reason: str


@dataclass(frozen=True)
class ActivityRef:
    """What a key in the results stands for (for drill-down and reports)."""

    key: str
    id: int
    title: str
    date: dt.date


@dataclass(frozen=True)
class Compliance:
    year: int
    reference_date: dt.date
    settings: NormSettings
    persons: list[PersonResult]
    units: list[UnitResult]
    administrative: AdministrativeResult
    staffing: list[StaffingResult]
    evaluations: list[EvaluationResult]
    actions_overdue: list[OverdueAction]
    plans: list[PlanResult]
    activities: dict[str, ActivityRef]
    #: The exemptions covering the reference date of people in scope (N1 vrijgesteld).
    exemptions: list[ExemptionResult] = field(default_factory=list)
    #: True for :func:`~oto_app.norms.compliance.compute_units_first`: no people (N1) and
    #: no staffing (N5) yet.
    partial: bool = False

    @property
    def year_over(self) -> bool:
        return self.reference_date == dt.date(self.year, 12, 31)

    @cached_property
    def _statuses(self) -> Counter[PersonStatus]:
        """How many people have each N1 status, counted once: the cards, the report and
        the trend ask for these counts again and again (a region has 90,000 people)."""
        return Counter(p.status for p in self.persons)

    @property
    def persons_compliant(self) -> int:
        return self._statuses[PersonStatus.COMPLIANT]

    @property
    def persons_exempt(self) -> int:
        return self._statuses[PersonStatus.EXEMPT]

    @property
    def exempt_ids(self) -> frozenset[int]:
        """The people whose exemption covers the reference date."""
        return frozenset(p.person_id for p in self.persons if p.status == PersonStatus.EXEMPT)

    @property
    def persons_counted(self) -> int:
        """In scope and not exempt: what N1's "x of y" counts against."""
        return len(self.persons) - self.persons_exempt

    @property
    def units_exercised(self) -> int:
        return sum(u.exercised for u in self.units)

    def evaluations_in(self, state: EvaluationState) -> int:
        """How many held exercises and deployments (N4) have this evaluation state: the
        one count behind the Overzicht's card, the report and the trend."""
        return sum(e.status == state for e in self.evaluations)
