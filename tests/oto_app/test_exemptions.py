"""Exemptions (vrijstellingen): someone who cannot train for a while is counted apart."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from oto_app import audit, norms
from oto_app.changes import Changes
from oto_app.errors import ValidationError
from oto_app.models import ActivityKind, AssignmentKind, ExemptionKind
from oto_app.norms import render
from oto_app.norms.results import PersonStatus
from oto_app.reports import compliance_report
from oto_app.services import exemptions
from oto_app.services.exemptions import ExemptionData
from tests.oto_app import test_norms
from tests.oto_app.test_norms import D, World
from tests.oto_app.test_reports import text_of

LEAD = ("CRAS", "procesverantwoordelijke")
world = test_norms.world  # the tiny municipality of the norms tests


def test_an_exemption_covering_the_reference_date_makes_a_person_exempt(world: World) -> None:
    world.person("1", LEAD)
    world.person("2", LEAD, kind=AssignmentKind.DEPUTY)
    world.activity("T1", ActivityKind.TRAINING, D(2025, 3, 1), present=("1", "2"))
    world.person("3", ("CRAS", "procesmedewerker"))
    exemptions.add(
        world.session,
        ExemptionData(world.people["2"], ExemptionKind.ILLNESS, "Langdurig ziek", D(2025, 6, 1)),
    )
    exemptions.add(
        world.session,
        ExemptionData(
            world.people["3"],
            ExemptionKind.LEAVE,
            "Ouderschapsverlof",
            D(2025, 1, 1),
            D(2025, 12, 31),
        ),
    )
    result = world.compute()
    status = {p.staff_number: p for p in result.persons}
    assert status["2"].status == PersonStatus.EXEMPT  # trained, but not available
    assert status["2"].reason == "vrijgesteld (ziekte) vanaf 01-06-2025: Langdurig ziek"
    assert status["3"].reason == (
        "vrijgesteld (verlof) van 01-01-2025 tot en met 31-12-2025: Ouderschapsverlof"
    )
    # In scope, counted apart: 1 of 1 met, 2 exempt.
    assert (len(result.persons), result.persons_compliant, result.persons_exempt) == (3, 1, 2)
    assert result.persons_counted == 1
    # Not trained for N5: the deputy on sick leave leaves the key role short.
    cras = {s.unit: s for s in result.staffing}["CRAS"]
    assert (cras.deputy, cras.deputy_trained, cras.met) == (1, 0, False)
    # The JSON: status exempt, its own figure, the exemptions with kind and reason.
    data = render.to_json(result)
    assert {p["staff_number"]: p["status"] for p in data["persons"]}["2"] == "exempt"
    assert data["summary"]["persons_exempt"] == 2
    assert data["exemptions"][0] == {
        "staff_number": "2",
        "kind": "illness",
        "start": "2025-06-01",
        "end": None,
        "reason": "Langdurig ziek",
    }
    text = render.to_text(result)
    assert "N1 Iedereen getraind: 1 van 1 voldaan" in text
    assert "2 vrijgesteld (niet meegeteld in voldaan of niet voldaan)" in text
    # Before the exemption the person is trained again.
    earlier = {p.staff_number: p.status for p in world.compute(D(2025, 5, 31)).persons}
    assert earlier["2"] == PersonStatus.COMPLIANT


def test_refusals_say_why_and_nothing_is_saved(world: World) -> None:
    pid = world.person("1", LEAD)
    with pytest.raises(ValidationError, match="reden is verplicht"):
        exemptions.add(world.session, ExemptionData(pid, ExemptionKind.OTHER, "  ", D(2025, 1, 1)))
    with pytest.raises(ValidationError, match="einddatum 01-01-2025 ligt vóór startdatum"):
        exemptions.add(
            world.session,
            ExemptionData(pid, ExemptionKind.OTHER, "x", D(2025, 2, 1), D(2025, 1, 1)),
        )
    first = exemptions.add(
        world.session,
        ExemptionData(pid, ExemptionKind.SECONDMENT, "Regio", D(2025, 3, 1), D(2025, 8, 31)),
    ).value
    with pytest.raises(ValidationError) as refused:
        exemptions.add(
            world.session, ExemptionData(pid, ExemptionKind.ILLNESS, "Ziek", D(2025, 8, 1))
        )
    assert str(refused.value) == (
        "P Naam1 heeft al een vrijstelling van 01-03-2025 tot en met 31-08-2025; pas die aan "
        "in plaats van er een te laten overlappen"
    )
    exemptions.add(world.session, ExemptionData(pid, ExemptionKind.ILLNESS, "Ziek", D(2025, 9, 1)))
    # Changing the first into itself is not an overlap with itself.
    exemptions.update(
        world.session,
        first,
        ExemptionData(
            pid, ExemptionKind.SECONDMENT, "Regio Groningen", D(2025, 3, 1), D(2025, 8, 31)
        ),
    )
    assert [e.reason for e in exemptions.of_person(world.session, pid)] == [
        "Ziek",
        "Regio Groningen",
    ]


def test_every_exemption_is_audited(world: World) -> None:
    pid = world.person("1", LEAD)
    done = exemptions.add(
        world.session, ExemptionData(pid, ExemptionKind.LEAVE, "Verlof", D(2025, 3, 1))
    )
    assert done.changes == Changes.STAFF  # the pages showing people refresh
    made = done.value
    exemptions.remove(world.session, made)
    world.session.flush()
    changes = audit.history(world.session, "exemptions", made)
    assert [c.action for c in changes] == ["insert", "delete"]
    assert changes[0].new is not None and changes[0].new["reason"] == "Verlof"


def test_the_annual_overview_prints_exemptions_with_their_reason(
    world: World, tmp_path: Path
) -> None:
    world.person("1", LEAD)
    exemptions.add(
        world.session,
        ExemptionData(
            world.people["1"], ExemptionKind.SECONDMENT, "Gedetacheerd bij de regio", D(2025, 2, 1)
        ),
    )
    path = tmp_path / "jaaroverzicht.pdf"
    compliance_report.write(world.session, 2025, path)
    everything = "\n".join(text_of(path))
    section = everything[everything.index("Vrijstellingen") :]
    assert "P Naam1" in section and "detachering" in section
    assert "vanaf 01-02-2025" in section and "Gedetacheerd bij de regio" in section
    assert "0 van 0 medewerkers; 1 vrijgesteld" in everything
    assert dt.date(2025, 12, 31) == norms.compute(world.session, 2025).reference_date
