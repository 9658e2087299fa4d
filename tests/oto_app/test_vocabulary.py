"""One word per status everywhere: the PDF's tables, the text summary and the JSON agree
with the norms (issue 16: the per-unit tables printed "nog niet" for people called nieuw)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path

import pytest

from oto_app import demo, norms
from oto_app.db import Database
from oto_app.norms import render, vocabulary
from oto_app.norms.results import Compliance, EvaluationState, PersonStatus
from oto_app.reports import compliance_report
from tests.helpers.files import text_of

TODAY = dt.date(2026, 11, 23)
WORDS = {
    PersonStatus.COMPLIANT: "voldaan",
    PersonStatus.PENDING: "nog te doen",
    PersonStatus.NEW: "nieuw",
    PersonStatus.NON_COMPLIANT: "niet voldaan",
    PersonStatus.EXEMPT: "vrijgesteld",
    EvaluationState.DONE: "afgerond",
    EvaluationState.OPEN: "open",
    EvaluationState.OVERDUE: "te laat",
}


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    with sqlite_db.begin() as session:
        demo.fill(session, today=TODAY)
    return sqlite_db


def test_the_words_are_the_issue_s_words() -> None:
    assert {s: vocabulary.word(s) for s in WORDS} == WORDS
    assert len(set(vocabulary.PERSON_COLOURS.values())) == len(vocabulary.PERSON_COLOURS)


def _statuses(section: str) -> Counter[str]:
    """How often each person-status word stands in a table of the PDF's text."""
    found: Counter[str] = Counter()
    found["niet voldaan"] = len(re.findall(r"niet voldaan", section))
    found["voldaan"] = len(re.findall(r"(?<!niet )voldaan", section))
    found["nog te doen"] = len(re.findall(r"nog te doen", section))
    found["nieuw"] = len(re.findall(r"\bnieuw\b", section))
    # a status cell, not a unit's line ("17 van 17 medewerkers getraind; 1 vrijgesteld")
    found["vrijgesteld"] = len(re.findall(r"(?<!\d )\bvrijgesteld\b", section))
    return found


def _expected(result: Compliance, statuses: list[PersonStatus]) -> Counter[str]:
    expected: Counter[str] = Counter()
    for person in result.persons:
        if person.status in statuses:
            expected[WORDS[person.status]] += len(person.units)
    return expected


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_person_has_the_same_word_in_pdf_text_and_json(
    demo_db: Database, tmp_path: Path, year: int
) -> None:
    path = tmp_path / "jaaroverzicht.pdf"
    with demo_db.begin() as session:
        result = norms.compute(session, year, today=TODAY)
        compliance_report.write(session, year, path, on=result.reference_date)
        text = render.to_text(result)
    seen = {p.status for p in result.persons}
    assert {PersonStatus.COMPLIANT, PersonStatus.EXEMPT} <= seen
    if year == 2026:
        assert {PersonStatus.NEW, PersonStatus.PENDING} <= seen
    else:
        assert PersonStatus.NON_COMPLIANT in seen
    everything = "\n".join(text_of(path))
    per_unit = everything[everything.index("Per onderdeel") : everything.index("Nog te trainen")]
    # Every person stands in each of their units' tables with their own status word.
    statuses = _statuses(per_unit)
    expected = _expected(result, list(PersonStatus))
    assert {w: statuses[w] for w in expected} == dict(expected)
    assert "nog niet" not in per_unit.replace("nog niet geoefend", "")
    # Each unit's line counts as the cover does: the exempt apart, not in the "van".
    for unit in result.units:
        members = [p for p in result.persons if unit.code in p.units]
        exempt = sum(p.status == PersonStatus.EXEMPT for p in members)
        trained = sum(p.status == PersonStatus.COMPLIANT for p in members)
        line = f"{trained} van {len(members) - exempt} medewerkers getraind"
        assert line + (f"; {exempt} vrijgesteld." if exempt else ".") in per_unit, unit.code
    # The text summary: the same word for each person not yet compliant.
    for person in result.persons:
        if person.status != PersonStatus.COMPLIANT:
            assert f"{person.name:<30} {WORDS[person.status]}: {person.reason}" in text
    # The JSON keeps its English contract words.
    data = render.to_json(result)
    assert {p["status"] for p in data["persons"]} == {s.value for s in seen}


def test_evaluations_have_the_same_word_in_pdf_and_text(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "jaaroverzicht.pdf"
    with demo_db.begin() as session:
        result = norms.compute(session, 2026, today=TODAY)
        compliance_report.write(session, 2026, path, on=result.reference_date)
    text = render.to_text(result)
    everything = "\n".join(text_of(path))
    section = everything[everything.index("Evaluaties") :]
    for evaluation in result.evaluations:
        word = WORDS[evaluation.status]
        assert f"{evaluation.title}: {word}" in text
        assert f"{evaluation.title} {word}" in section or evaluation.title not in section
    assert "loopt" not in text.split("N4")[1].split("N5")[0]


def test_voldaan_is_met_in_english_everywhere() -> None:
    """One English word for *voldaan*: the window said "met", the PDF and the status
    column "compliant" (the JSON keeps its contract's ``compliant``, a key, not a word)."""
    from xml.etree import ElementTree

    from oto_app import messages

    pairs = [*messages._CATALOGUE.values(), *messages._ONE.values()]
    ts = Path(__file__).parents[2] / "resources" / "translations" / "oto_en.ts"
    for message in ElementTree.parse(ts).getroot().iter("message"):
        english = " ".join(
            t.text or "" for t in message.iter() if t.tag in ("translation", "numerusform")
        )
        pairs.append((message.findtext("source", ""), english))
    said = [english for dutch, english in pairs if "voldaan" in dutch.lower()]
    assert said and all(re.search(r"\bmet\b", english, re.I) for english in said), said
    assert [english for _dutch, english in pairs if "complian" in english.lower()] == []
