"""One vocabulary for the norms' statuses: the word and the colour of each, everywhere.

The dashboard, its chart, every PDF and ``compliance --format text`` take a status's
word and colour from here, so a person called *nieuw* on screen is *nieuw* on paper too
(N1: voldaan / nog te doen / nieuw / niet voldaan / vrijgesteld; N4: afgerond / open /
te laat). The words live in the message catalogue (Dutch, English); the colours are
plain hex strings so that Qt and ReportLab can both use them.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from oto_app import messages
from oto_app.norms.results import Compliance, EvaluationState, PersonStatus

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


def verdict_word(state: Verdict) -> str:
    """The light in words, as the Jaaroverzicht's *Stand* column writes it: voldaan,
    nog te doen, niet voldaan."""
    return messages.text(f"report_mark_{state.value}")


def to_train_title() -> str:
    """The list of who still has to train for N1: the Overzicht's tab and the PDF's section."""
    return messages.text("report_missing")


@dataclass(frozen=True)
class NormLine:
    """One norm's line in the summary: the Jaaroverzicht's cover and the cards' tooltips."""

    code: str
    what: str  #: the norm, e.g. "Iedereen met een crisistaak getraind"
    result: str  #: e.g. "117 van 141 medewerkers; 2 vrijgesteld"
    verdict: Verdict

    def explained(self, year_over: bool) -> str:
        """The norm and its verdict in words, for a card's tooltip."""
        running = (
            ""
            if year_over or self.verdict != Verdict.OPEN
            else " " + messages.text("report_year_running")
        )
        return (
            messages.text(
                "norm_explained",
                code=self.code,
                what=self.what,
                result=self.result,
                verdict=verdict_word(self.verdict),
            )
            + running
        )


def norm_lines(r: Compliance) -> list[NormLine]:
    """N1-N7 with what each says, its outcome and its light."""
    t = messages.text
    over = r.year_over
    late = r.evaluations_in(EvaluationState.OVERDUE)
    short = sum(not s.met for s in r.staffing)
    stale = sum(not p.current for p in r.plans)

    def no_later(met: bool) -> Verdict:  # N4, N6, N7 are late or not: no "nog te doen"
        return Verdict.MET if met else Verdict.NOT_MET

    n1 = t("report_n1_value", done=r.persons_compliant, total=r.persons_counted)
    if r.persons_exempt:
        n1 += t("report_n1_exempt", count=r.persons_exempt)
    return [
        NormLine("N1", t("report_n1"), n1, verdict(r.persons_compliant == r.persons_counted, over)),
        NormLine(
            "N2",
            t("report_n2"),
            t("report_n2_value", done=r.units_exercised, total=len(r.units)),
            verdict(r.units_exercised == len(r.units), over),
        ),
        NormLine(
            "N3", t("report_n3"), r.administrative.reason, verdict(r.administrative.met, over)
        ),
        NormLine(
            "N4",
            t("report_n4"),
            t("report_n4_value", late=late, total=len(r.evaluations)),
            no_later(late == 0),
        ),
        NormLine(
            "N5",
            t("report_n5"),
            t("report_n5_value", short=short, total=len(r.staffing)),
            verdict(short == 0, over),
        ),
        NormLine(
            "N6",
            t("report_n6"),
            t("report_n6_value", count=len(r.actions_overdue)),
            no_later(not r.actions_overdue),
        ),
        NormLine(
            "N7",
            t("report_n7"),
            t("report_n7_value", stale=stale, total=len(r.plans)),
            no_later(stale == 0),
        ),
    ]
