"""A year reprinted later is the same year (issue 16).

Build 2025 (the demo municipality as it stood on 31-12-2025), take its compliance at
31-12-2025, then live through 2026 through the services as the adviser would: new plan
reviews, ended assignments, new people, exercises and trainings, leavers, a retired
unit, a role that became a key role with a higher minimum, new norms for 2026, late
evaluations finished, overdue actions closed, a key role joining a unit's formation, a
unit renamed (code and name), a role renamed, evaluations set back to draft (one finished again), an
action of 2025 reopened. The 2025 JSON must not move, not one key.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from oto_app import demo, norms, privacy
from oto_app.db import Database
from oto_app.exchange.units import import_units
from oto_app.models import (
    ActionStatus,
    Activity,
    ActivityKind,
    ActivityStatus,
    Assignment,
    AttendanceStatus,
    Evaluation,
    EvaluationStatus,
    ExerciseLevel,
    ImprovementAction,
    Person,
    Unit,
)
from oto_app.norms import render
from oto_app.norms.results import NormSettings
from oto_app.services import (
    activities,
    assignments,
    attendance,
    evaluations,
    organisation,
    settings,
    staff,
)
from oto_app.services.activities import ActivityData
from oto_app.services.assignments import AssignmentData
from oto_app.services.attendance import Entry
from oto_app.services.staff import PersonData

D = dt.date
END_2025 = D(2025, 12, 31)


def snapshot(session: Session) -> str:
    return json.dumps(render.to_json(norms.compute(session, 2025, END_2025)), sort_keys=True)


def live_through_2026(session: Session, tmp_path: Path) -> None:
    units = {u.code: u for u in session.scalars(select(Unit))}
    # Through the exchange: a new unit in 2026, and reviews of 2026 for two others.
    file = tmp_path / "onderdelen.csv"
    file.write_text(
        "onderdeel;naam;deelplan_herzien\nEVAC;Evacuatie;01-04-2026\nCRAS;;15-03-2026\n"
        "UH;;01-05-2026\n",
        encoding="utf-8",
    )
    import_units(session, file, today=D(2026, 6, 1))
    # Every deelplan reviewed again in 2026 (some were out of date at the end of 2025).
    for unit in units.values():
        organisation.add_plan_review(session, unit, D(2026, 2, 1))
    # A unit retired in 2026: it still counts in 2025.
    organisation.set_unit_active(session, units["MZ"].id, False, today=D(2026, 3, 1))
    # Roles change: the process worker becomes a key role asking two activities.
    worker = organisation.find_role(session, "procesmedewerker")
    organisation.update_role(
        session,
        worker.id,
        organisation.RoleData(worker.name, is_key=True, min_activities=2),
        today=D(2026, 1, 15),
    )
    lead = organisation.find_role(session, "procesverantwoordelijke")
    organisation.update_role(
        session, lead.id, organisation.RoleData(lead.name, is_key=False), today=D(2026, 1, 15)
    )
    # Assignments ended, people who left, new people with roles.
    open_ones = session.scalars(
        select(Assignment).where(Assignment.end_date.is_(None)).order_by(Assignment.id)
    ).all()
    for assignment in open_ones[:15]:
        assignments.end_assignment(session, assignment.id, D(2026, 4, 30))
    leavers = session.scalars(
        select(Person).where(Person.active.is_(True)).order_by(Person.id.desc())
    ).all()
    for person in leavers[:6]:
        staff.retire_person(session, person.id, D(2026, 5, 31))
    for n in range(5):
        pid = staff.create_person(session, PersonData(f"N26-{n}", "Nieuwe", f"Collega{n}")).value
        assignments.assign(
            session,
            AssignmentData(
                pid,
                units["CRAS"].id,
                worker.id,
                start_date=D(2026, 2, 1),
            ),
        )
    # Exercises and a training in 2026, with attendance.
    present = [p.id for p in leavers[10:30]]
    for title, kind, day in (
        ("Oefening 2026 CRAS", ActivityKind.EXERCISE, D(2026, 3, 10)),
        ("Training 2026", ActivityKind.TRAINING, D(2026, 6, 2)),
    ):
        activity = activities.create_activity(
            session,
            ActivityData(
                title,
                kind,
                day,
                ExerciseLevel.ADMINISTRATIVE if kind == ActivityKind.EXERCISE else None,
                status=ActivityStatus.HELD,
                unit_ids=(units["CRAS"].id, units["BT"].id),
            ),
        ).value
        attendance.record(session, activity, [Entry(p, AttendanceStatus.PRESENT) for p in present])
    # 2026's own norms.
    settings.save_norms(
        session, 2026, NormSettings(min_activities_per_person=2, plan_review_years=2)
    )
    # Late evaluations of 2025 finished in 2026; actions overdue at the end of 2025 closed.
    for item in evaluations.to_evaluate(session, 2025):
        if item.status != EvaluationStatus.FINAL:
            evaluations.save(
                session,
                item.activity_id,
                evaluations.EvaluationData(author="Adviseur", status=EvaluationStatus.FINAL),
                today=D(2026, 1, 20),
            )
    overdue = session.scalars(
        select(ImprovementAction).where(
            ImprovementAction.due_date <= END_2025,
            ImprovementAction.status != ActionStatus.DONE,
        )
    ).all()
    for action in overdue:
        evaluations.set_action_status(
            session, action.id, ActionStatus.DONE, "nagelopen", today=D(2026, 2, 2)
        )
    set_back_what_2025_finished(session)
    # A key role (of 2025) joins the policy team's formation with someone new in 2026.
    pid = staff.create_person(session, PersonData("N26-BT", "Nieuwe", "Adviseur")).value
    assignments.assign(
        session, AssignmentData(pid, units["BT"].id, lead.id, start_date=D(2026, 7, 1))
    )
    # CRAS gets a new code and name in the autumn.
    cras = units["CRAS"]
    organisation.update_unit(
        session,
        cras.id,
        organisation.UnitData("SCHADE", "Schadeafhandeling", cras.kind, plan_note=cras.plan_note),
        today=D(2026, 9, 1),
    )
    # ... and the policy team's chair is called by its office from October.
    chair = organisation.find_role(session, "voorzitter beleidsteam")
    organisation.update_role(
        session, chair.id, organisation.RoleData("burgemeester", is_key=True), today=D(2026, 10, 1)
    )
    session.flush()


def set_back_what_2025_finished(session: Session) -> None:
    """Two evaluations final at the end of 2025 set back to draft in 2026 (one finished
    again later), and an action closed in 2025 reopened."""
    final = session.scalars(  # finished by the end of 2025: done in its N4
        select(Evaluation)
        .join(Activity, Activity.id == Evaluation.activity_id)
        .where(
            Evaluation.status == EvaluationStatus.FINAL,
            Evaluation.finished_on <= END_2025,
            Activity.date >= D(2025, 1, 1),
        )
        .order_by(Evaluation.id)
    ).all()
    assert len(final) >= 2
    for evaluation, again in ((final[0], True), (final[1], False)):
        assert evaluation.activity_id is not None
        draft = evaluations.EvaluationData(author="Adviseur", status=EvaluationStatus.DRAFT)
        evaluations.save(session, evaluation.activity_id, draft, today=D(2026, 3, 1))
        if again:
            done = evaluations.EvaluationData(author="Adviseur", status=EvaluationStatus.FINAL)
            evaluations.save(session, evaluation.activity_id, done, today=D(2026, 4, 1))
    closed = session.scalars(
        select(ImprovementAction)
        .where(
            ImprovementAction.status == ActionStatus.DONE,
            ImprovementAction.closed_on <= END_2025,
            ImprovementAction.due_date < END_2025,
        )
        .order_by(ImprovementAction.id)
    ).first()
    assert closed is not None
    evaluations.set_action_status(session, closed.id, ActionStatus.OPEN, today=D(2026, 3, 1))


def test_2025_reprinted_after_2026_is_the_same_year(sqlite_db: Database, tmp_path: Path) -> None:
    with sqlite_db.begin() as session:
        demo.fill(session, today=END_2025)
        before = snapshot(session)
    data = json.loads(before)
    # The year has something to lose: reviews, late evaluations, overdue actions, MZ.
    assert any(not p["current"] for p in data["plans"])
    assert "MZ" in [u["code"] for u in data["units"]]
    assert data["improvement_actions_overdue"] and data["staffing"]

    with sqlite_db.begin() as session:
        live_through_2026(session, tmp_path)
    with sqlite_db.begin() as session:
        after = snapshot(session)
        later = norms.compute(session, 2026, D(2026, 12, 1))
    assert json.loads(after) == data
    assert after == before
    # ... while 2026 itself did change.
    assert "MZ" not in [u.code for u in later.units]
    assert "EVAC" in [u.code for u in later.units]
    assert all(p.current for p in later.plans if p.unit != "NZ")
    assert "procesmedewerker" in {s.role for s in later.staffing}
    assert ("SCHADE", "Schadeafhandeling") in [(u.code, u.name) for u in later.units]
    assert "CRAS" in [u["code"] for u in data["units"]]
    assert "voorzitter beleidsteam" in {s["role"] for s in data["staffing"]}
    assert "burgemeester" in {s.role for s in later.staffing}
    assert "burgemeester" in {r for p in later.persons for r in p.roles}


def test_anonymising_the_leavers_changes_their_names_not_the_figures(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """AVG: the names of people who left go, the figures of the years they counted in stay."""
    with sqlite_db.begin() as session:
        demo.fill(session, today=END_2025)
        live_through_2026(session, tmp_path)
        before = json.loads(snapshot(session))
    with sqlite_db.begin() as session:
        assert privacy.anonymise(session, today=D(2032, 1, 1)).value >= 6
        after = json.loads(snapshot(session))

    def figures(data: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in data.items() if k not in ("persons", "exemptions")}

    def statuses(data: dict[str, Any]) -> list[tuple[str, tuple[str, ...]]]:
        return sorted((p["status"], tuple(p["activities"])) for p in data["persons"])

    assert figures(after) == figures(before) and statuses(after) == statuses(before)
    names = {p["name"] for p in after["persons"]} - {p["name"] for p in before["persons"]}
    assert names and all(n.startswith("Geanonimiseerd") for n in names)
