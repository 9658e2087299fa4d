"""The compliance result as the JSON of the contract (shared/interfaces.md) and as Dutch text."""

from __future__ import annotations

from typing import Any

from oto_app import messages
from oto_app.dates import format_date
from oto_app.norms.results import Compliance, PersonStatus


def to_json(result: Compliance) -> dict[str, Any]:
    """English keys, stable; extra keys (reasons, details) beside the contract's."""
    return {
        "year": result.year,
        "reference_date": result.reference_date.isoformat(),
        "summary": {
            "persons_in_scope": len(result.persons),
            "persons_compliant": result.persons_compliant,
            "units_exercised": result.units_exercised,
            "units_total": len(result.units),
        },
        "persons": [
            {
                "staff_number": p.staff_number,
                "name": p.name,
                "status": p.status.value,
                "activities": list(p.activities),
                "required": p.required,
                "units": list(p.units),
                "reason": p.reason,
            }
            for p in result.persons
        ],
        "units": [
            {
                "code": u.code,
                "name": u.name,
                "exercised": u.exercised,
                "exercises": list(u.exercises),
                "planned": list(u.planned),
                "reason": u.reason,
            }
            for u in result.units
        ],
        "administrative_exercise": {
            "met": result.administrative.met,
            "exercises": list(result.administrative.exercises),
            "planned": list(result.administrative.planned),
            "reason": result.administrative.reason,
        },
        "evaluations": [
            {
                "activity": e.activity,
                "status": e.status.value,
                "date": e.date.isoformat(),
                "reason": e.reason,
            }
            for e in result.evaluations
        ],
        "staffing": [
            {
                "unit": s.unit,
                "role": s.role,
                "primary": s.primary,
                "deputy": s.deputy,
                "primary_trained": s.primary_trained,
                "deputy_trained": s.deputy_trained,
                "met": s.met,
                "reason": s.reason,
            }
            for s in result.staffing
        ],
        "improvement_actions_overdue": [
            {
                "id": a.id,
                "unit": a.unit,
                "due": a.due.isoformat(),
                "description": a.description,
                "owner": a.owner,
            }
            for a in result.actions_overdue
        ],
        "plans": [
            {
                "unit": p.unit,
                "last_review": p.last_review.isoformat() if p.last_review else None,
                "current": p.current,
                "reason": p.reason,
            }
            for p in result.plans
        ],
    }


def _mark(met: bool) -> str:
    return messages.text("mark_met") if met else messages.text("mark_not_met")


def to_text(result: Compliance) -> str:
    """A readable summary in the user's language, for the terminal or an e-mail."""
    t = messages.text
    lines = [
        t("text_title", year=result.year, date=format_date(result.reference_date)),
        "",
        t("text_n1", done=result.persons_compliant, total=len(result.persons)),
    ]
    waiting = [p for p in result.persons if p.status != PersonStatus.COMPLIANT]
    lines += [
        f"    {p.staff_number:<10} {p.name:<30} {messages.label(p.status)}: {p.reason}"
        for p in waiting
    ]
    lines.append(t("text_n2", done=result.units_exercised, total=len(result.units)))
    lines += [f"    {_mark(u.exercised)} {u.code:<5} {u.name}: {u.reason}" for u in result.units]
    lines.append(
        t("text_n3") + f" {_mark(result.administrative.met)} " + result.administrative.reason
    )
    lines.append(t("text_n4"))
    lines += [
        f"    {_mark(e.status.value == 'done')} {format_date(e.date)} {e.title}: {e.reason}"
        for e in result.evaluations
    ]
    lines.append(t("text_n5"))
    lines += [f"    {_mark(s.met)} {s.unit:<5} {s.role}: {s.reason}" for s in result.staffing]
    lines.append(t("text_n6", count=len(result.actions_overdue)))
    lines += [
        f"    {format_date(a.due)} {a.unit or '-':<5} {a.description}"
        for a in result.actions_overdue
    ]
    lines.append(t("text_n7"))
    lines += [f"    {_mark(p.current)} {p.unit:<5} {p.reason}" for p in result.plans]
    return "\n".join(lines) + "\n"
