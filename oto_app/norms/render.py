"""The compliance result as the JSON of the contract (shared/interfaces.md) and as Dutch text.

``write_json`` streams the document: the persons (100,000 in a region) are encoded a chunk
at a time by orjson straight to bytes, so the output is never held whole in memory, and
indenting costs nothing extra (the standard library's encoder is pure Python with indent).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import islice
from typing import Any, BinaryIO

import orjson

from oto_app import messages
from oto_app.dates import format_date
from oto_app.norms import vocabulary
from oto_app.norms.results import Compliance, EvaluationState, PersonResult, PersonStatus
from oto_app.norms.trend import TrendYear

#: Enum.value is a property, slow in the loop over every person
_STATUS = {status: status.value for status in PersonStatus}
_CHUNK = 2000  #: persons encoded per orjson call
#: stands in for the persons while the rest of the document is encoded (NUL is never data)
_HOLE = "\0persons\0"


def person_json(p: PersonResult) -> dict[str, Any]:
    """One person's entry of ``persons`` (activities and units are tuples: JSON arrays)."""
    return {
        "staff_number": p.staff_number,
        "name": p.name,
        "status": _STATUS[p.status],
        "activities": p.activities,
        "required": p.required,
        "units": p.units,
        "reason": p.reason,
    }


def write_json(result: Compliance, out: BinaryIO, indent: bool = False) -> None:
    """Write ``to_json(result)`` as UTF-8 to ``out``, compact or indented by two spaces,
    the persons streamed in chunks (memory does not grow with the output)."""
    option = orjson.OPT_INDENT_2 if indent else 0
    head, tail = orjson.dumps(_frame(result), option=option).split(orjson.dumps(_HOLE), maxsplit=1)
    out.write(head)
    _write_persons(out, result.persons, indent)
    out.write(tail + b"\n")


def _write_persons(out: BinaryIO, persons: Iterable[PersonResult], indent: bool) -> None:
    source = iter(persons)
    option = orjson.OPT_INDENT_2 if indent else 0
    # indented, each person sits two levels deep: four spaces before every line
    between, first, last = (b",\n    ", b"[\n    ", b"\n  ]") if indent else (b",", b"[", b"]")
    opened = False
    while chunk := list(islice(source, _CHUNK)):
        out.write(between if opened else first)
        if indent:  # JSON strings hold no raw newline: each one is a line break
            encoded = [orjson.dumps(person_json(p), option=option) for p in chunk]
            out.write(between.join(e.replace(b"\n", b"\n    ") for e in encoded))
        else:  # the chunk as one array, without its brackets
            out.write(orjson.dumps([person_json(p) for p in chunk])[1:-1])
        opened = True
    out.write(last if opened else b"[]")


def _frame(result: Compliance) -> dict[str, Any]:
    """The document with a placeholder where the persons go."""
    document = to_json(result, persons=False)
    document["persons"] = _HOLE
    return document


def to_json(result: Compliance, persons: bool = True) -> dict[str, Any]:
    """English keys, stable; extra keys (reasons, details) beside the contract's.
    ``persons=False`` leaves the list empty (the summary still counts them)."""
    return {
        "year": result.year,
        "reference_date": result.reference_date.isoformat(),
        "summary": {
            "persons_in_scope": len(result.persons),
            "persons_compliant": result.persons_compliant,
            "persons_exempt": result.persons_exempt,
            "units_exercised": result.units_exercised,
            "units_total": len(result.units),
        },
        "persons": [person_json(p) for p in result.persons] if persons else [],
        "exemptions": [
            {
                "staff_number": e.staff_number,
                "kind": e.kind.name.lower(),
                "start": e.start.isoformat(),
                "end": e.end.isoformat() if e.end else None,
                "reason": e.reason,
            }
            for e in result.exemptions
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
        t("text_n1", done=result.persons_compliant, total=result.persons_counted),
    ]
    if result.persons_exempt:
        lines.append(t("text_n1_exempt", count=result.persons_exempt))
    waiting = [p for p in result.persons if p.status != PersonStatus.COMPLIANT]
    lines += [
        f"    {p.staff_number:<10} {p.name:<30} {vocabulary.word(p.status)}: {p.reason}"
        for p in waiting
    ]
    lines.append(t("text_n2", done=result.units_exercised, total=len(result.units)))
    lines += [f"    {_mark(u.exercised)} {u.code:<5} {u.name}: {u.reason}" for u in result.units]
    lines.append(
        t("text_n3") + f" {_mark(result.administrative.met)} " + result.administrative.reason
    )
    lines.append(t("text_n4"))
    lines += [
        f"    {_mark(e.status == EvaluationState.DONE)} {format_date(e.date)} {e.title}: "
        f"{vocabulary.word(e.status)}"
        + ("" if e.status == EvaluationState.DONE else f" ({e.reason})")
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


def trend_json(years: list[TrendYear]) -> dict[str, Any]:
    """``compliance --years``: each year's headline figures, English keys like the rest."""
    return {
        "years": [
            {
                "year": y.year,
                "reference_date": y.reference_date.isoformat(),
                "persons_counted": y.persons_counted,
                "persons_compliant": y.persons_compliant,
                "persons_exempt": y.persons_exempt,
                "percent_trained": y.percent_trained,
                "units_exercised": y.units_exercised,
                "units_total": y.units_total,
                "administrative_exercises": y.administrative_held,
                "evaluations_total": y.evaluations_total,
                "evaluations_on_time": y.evaluations_on_time,
                "evaluations_overdue": y.evaluations_overdue,
                "improvement_actions_overdue": y.actions_overdue,
            }
            for y in years
        ]
    }


def trend_text(years: list[TrendYear]) -> str:
    t = messages.text
    lines = [t("text_trend_title", first=years[0].year, last=years[-1].year), ""]
    lines.append(t("text_trend_header"))
    for y in years:
        trained = f"{y.persons_compliant}/{y.persons_counted} {y.percent_shown}"  # as on paper
        units = f"{y.units_exercised}/{y.units_total}"
        evaluated = f"{y.evaluations_on_time}/{y.evaluations_total}"
        lines.append(
            f"{y.year}  {format_date(y.reference_date)}  {trained:<18} {units:<12} "
            f"{y.administrative_held:<3} {evaluated:<11} {y.actions_overdue}"
        )
    return "\n".join(lines) + "\n"
