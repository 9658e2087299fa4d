"""One vocabulary for the norms' statuses: the word and the colour of each, everywhere.

The dashboard, its chart, every PDF and ``compliance --format text`` take a status's
word and colour from here, so a person called *nieuw* on screen is *nieuw* on paper too
(N1: voldaan / nog te doen / nieuw / niet voldaan / vrijgesteld; N4: afgerond / open /
te laat). The words live in the message catalogue (Dutch, English); the colours are
plain hex strings so that Qt and ReportLab can both use them.
"""

from __future__ import annotations

import enum

from oto_app import messages
from oto_app.norms.results import EvaluationState, PersonStatus

GREEN, AMBER, RED, BLUE, GREY = "#2e7d32", "#c77800", "#c62828", "#7fa7d1", "#8d8d8d"

#: In the order charts stack them and legends list them.
PERSON_COLOURS: dict[PersonStatus, str] = {
    PersonStatus.COMPLIANT: GREEN,
    PersonStatus.PENDING: AMBER,
    PersonStatus.NEW: BLUE,
    PersonStatus.NON_COMPLIANT: RED,
    PersonStatus.EXEMPT: GREY,
}

EVALUATION_COLOURS: dict[EvaluationState, str] = {
    EvaluationState.DONE: GREEN,
    EvaluationState.OPEN: AMBER,
    EvaluationState.OVERDUE: RED,
}


def word(status: PersonStatus | EvaluationState) -> str:
    """The user's word for a status, in the current language."""
    return messages.label(status)


def colour(status: PersonStatus | EvaluationState) -> str:
    if isinstance(status, PersonStatus):
        return PERSON_COLOURS[status]
    return EVALUATION_COLOURS[status]


class Verdict(enum.Enum):
    """A norm's light for a year: the cards, the trend's bars and the Jaaroverzicht."""

    MET = "met"  #: green
    OPEN = "open"  #: amber: not yet, and the year is not over at the reference date
    NOT_MET = "not"  #: red: not met, and the year is over


VERDICT_COLOURS: dict[Verdict, str] = {
    Verdict.MET: GREEN,
    Verdict.OPEN: AMBER,
    Verdict.NOT_MET: RED,
}


def verdict(met: bool, year_over: bool) -> Verdict:
    """The one rule for a yearly norm: met is green; not met is amber while the year
    runs (at the reference date) and red once it is over."""
    if met:
        return Verdict.MET
    return Verdict.NOT_MET if year_over else Verdict.OPEN
