"""A believable example municipality, so that a new user sees a living app at once.

About 150 staff over all units, three years of courses, trainings and exercises
with attendance, a real deployment, evaluations and improvement actions. The
current year is deliberately unfinished: some units not yet exercised, some
people still to train, an evaluation overdue, so every screen has something to say.
Deterministic for a given ``today``.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from oto_app.errors import ValidationError
from oto_app.models import (
    ActionStatus,
    Activity,
    ActivityKind,
    ActivityStatus,
    Assignment,
    AssignmentKind,
    AttendanceStatus,
    Course,
    Discipline,
    Evaluation,
    EvaluationAttachment,
    EvaluationObjective,
    EvaluationStatus,
    Exemption,
    ExemptionKind,
    ExerciseForm,
    ExerciseLevel,
    ImprovementAction,
    Organiser,
    Participation,
    Person,
    PlanReview,
    Rating,
    Role,
    Unit,
)
from oto_app.names import fold, split_surname
from oto_app.seed import MUNICIPALITY_KEY, seed_defaults
from oto_app.services import settings

FIRST_NAMES = (
    "Anna",
    "Bram",
    "Carla",
    "Daan",
    "Eva",
    "Femke",
    "Gerard",
    "Hanneke",
    "Ingrid",
    "Jan",
    "Karin",
    "Lars",
    "Marieke",
    "Niels",
    "Olga",
    "Pieter",
    "Quinten",
    "Ria",
    "Sander",
    "Tessa",
    "Ultje",
    "Vera",
    "Willem",
    "Yvonne",
    "Zoë",
    "Joost",
    "Sanne",
    "Ruud",
    "Linda",
    "Kees",
    "Mirjam",
    "Erik",
    "Petra",
    "Harm",
    "Janneke",
    "Bart",
    "Esther",
    "Gijs",
    "Noor",
    "Thijs",
    "Renée",
    "Sietske",
    "Jelle",
    "Wietske",
)
SURNAMES = (
    "de Vries",
    "Jansen",
    "van der Meer",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Dijk",
    "Dijkstra",
    "Postma",
    "Hoekstra",
    "van den Berg",
    "Kuipers",
    "Veenstra",
    "Wiersma",
    "Huisman",
    "Brouwer",
    "ter Horst",
    "Zijlstra",
    "van 't Hof",
    "Boersma",
    "Kramer",
    "Jonker",
    "Schuurman",
    "Hofstra",
    "Nijboer",
    "Tuinstra",
    "van Dam",
    "Sikkema",
    "Bosma",
    "Oosterhof",
    "Pruim",
    "Scholten",
)
DEPARTMENTS = (
    "Publiekszaken",
    "Communicatie",
    "Financiën",
    "Wonen",
    "Openbare Ruimte",
    "Welzijn",
    "Juridische Zaken",
    "Informatievoorziening",
    "Bestuursondersteuning",
    "Milieu",
)
SCENARIOS = (
    "overstroming",
    "gevaarlijke stoffen",
    "stroomstoring",
    "cybercrisis",
    "grote brand",
    "evacuatie woonwijk",
    "extreem weer",
)
E, L = ActivityKind, ExerciseLevel
#: What happens every year besides the course and the unit exercises: (title, kind, level,
#: units, (month, day)).
Planned = tuple[str, ActivityKind, ExerciseLevel | None, tuple[str, ...], tuple[int, int]]
YEARLY: tuple[Planned, ...] = (
    ("Training actiecentrum", E.TRAINING, None, ("AC",), (4, 8)),
    (
        "Multidisciplinaire oefening Veiligheidsregio",
        E.EXERCISE,
        L.MULTI,
        ("AC", "VC", "OV"),
        (9, 24),
    ),
    ("Cybercrisis systeemoefening", E.EXERCISE, L.MONO, ("AC", "BT"), (10, 15)),
    ("Bestuurlijke oefening beleidsteam", E.EXERCISE, L.ADMINISTRATIVE, ("BT", "VC"), (12, 9)),
)
DEPLOYMENT: Planned = (
    "Inzet stroomstoring binnenstad",
    E.DEPLOYMENT,
    L.MULTI,
    ("AC", "OV", "VC"),
    (1, 19),
)
BASIC_COURSE = "Basiscursus crisisbeheersing"
BASIC_COURSE_AC = "Basiscursus actiecentrum"
POLICY_COURSE = "Bestuurlijk crisismanagement"
OBJECTIVES = (
    "Opschaling binnen 60 minuten na alarmering",
    "Actueel beeld gedeeld met het actiecentrum",
    "Besluiten vastgelegd in het logboek",
    "Informatie aan verwanten binnen 2 uur",
)
PLACES = ("Stadhuis, raadzaal", "Actiecentrum", "Sporthal De Wilgen", "Veiligheidsregio")


def fill(session: Session, today: dt.date | None = None, seed: int = 2026) -> None:
    """Fill an empty database with the demo municipality; refuse one that holds people."""
    today = today or dt.date.today()
    if has_people(session):
        raise ValidationError("db_not_empty")
    seed_defaults(session)
    rng = random.Random(seed)
    settings.put(session, MUNICIPALITY_KEY, "Gemeente Wierdenmeer")
    settings.put(session, settings.DEMO_KEY, today.isoformat())
    units = {u.code: u for u in session.scalars(select(Unit))}
    roles = {r.name: r for r in session.scalars(select(Role))}
    courses = _courses(session, roles)
    members = _staff(session, rng, units, roles, today)
    _review_plans(rng, units, today)
    for year in (today.year - 2, today.year - 1, today.year):
        _year_of_activities(session, rng, year, units, members, today, courses)
    _exemptions(session, members, today)
    session.flush()


def _exemptions(session: Session, members: dict[str, list[Person]], today: dt.date) -> None:
    """Three people who could not train for a while (chosen without the random generator,
    so the rest of the demo stays as it was)."""
    year = today.year
    for person, kind, start, end, reason in (
        (
            members["PLT"][3],
            ExemptionKind.ILLNESS,
            today - dt.timedelta(days=200),
            None,
            "Langdurig ziek; re-integratie nog niet begonnen",
        ),
        (
            members["OV"][5],
            ExemptionKind.LEAVE,
            dt.date(year - 1, 9, 1),
            dt.date(year, 2, 28),
            "Ouderschapsverlof",
        ),
        (
            members["VC"][4],
            ExemptionKind.SECONDMENT,
            dt.date(year - 1, 3, 1),
            dt.date(year + 1, 2, 28),
            "Gedetacheerd bij de veiligheidsregio",
        ),
    ):
        session.add(
            Exemption(person=person, kind=kind, start_date=start, end_date=end, reason=reason)
        )


def _courses(session: Session, roles: dict[str, Role]) -> dict[str, Course]:
    """The catalogue: the basic course (valid three years) for everyone in the processes
    and the action centre, crisis management for the policy team (valid four years)."""
    made = {}
    for name, years, holders in (
        (BASIC_COURSE, 3, ("procesverantwoordelijke", "procesmedewerker")),
        (BASIC_COURSE_AC, 3, ("coördinator actiecentrum", "medewerker actiecentrum")),
        (POLICY_COURSE, 4, ("voorzitter beleidsteam", "lid beleidsteam")),
    ):
        course = Course(name=name, validity_years=years)
        session.add(course)
        for role in holders:
            roles[role].courses.append(course)
        made[name] = course
    return made


def has_people(session: Session) -> bool:
    return session.scalar(select(func.count(Person.id))) != 0


def _staff(
    session: Session,
    rng: random.Random,
    units: dict[str, Unit],
    roles: dict[str, Role],
    today: dt.date,
) -> dict[str, list[Person]]:
    """About 150 people; returns the people per unit code (those with a role there)."""
    numbers = iter(range(10001, 20000))
    members: dict[str, list[Person]] = {code: [] for code in units}
    three_years_ago = dt.date(today.year - 2, 1, 1)

    def person(active: bool = True) -> Person:
        infix, last = split_surname(rng.choice(SURNAMES))
        first = rng.choice(FIRST_NAMES)
        mailbox = "".join(c for c in fold(f"{first}.{infix}{last}") if c.isalnum() or c == ".")
        p = Person(
            staff_number=str(next(numbers)),
            first_name=first,
            infix=infix,
            last_name=last,
            email=f"{mailbox}@wierdenmeer.nl",
            phone=f"050 {rng.randint(200, 899)} {rng.randint(1000, 9999)}",
            department=rng.choice(DEPARTMENTS),
            active=active,
        )
        session.add(p)
        return p

    def give(
        p: Person,
        code: str,
        role: str,
        kind: AssignmentKind,
        start: dt.date,
        end: dt.date | None = None,
    ) -> None:
        session.add(
            Assignment(
                person=p,
                unit=units[code],
                role=roles[role],
                kind=kind,
                start_date=start,
                end_date=end,
            )
        )
        members[code].append(p)

    for code, unit in units.items():
        lead, member = (
            ("voorzitter beleidsteam", "lid beleidsteam")
            if code == "BT"
            else ("coördinator actiecentrum", "medewerker actiecentrum")
            if code == "AC"
            else ("procesverantwoordelijke", "procesmedewerker")
        )
        start = three_years_ago - dt.timedelta(days=rng.randint(0, 900))
        give(person(), code, lead, AssignmentKind.PRIMARY, start)
        # CRAS lost its deputy this year: N5 has something to show.
        if code != "CRAS":
            give(person(), code, lead, AssignmentKind.DEPUTY, start)
        for _ in range(13 if unit.kind.name == "DEELPROCES" else 8):
            give(
                person(),
                code,
                member,
                AssignmentKind.PRIMARY,
                three_years_ago - dt.timedelta(days=rng.randint(0, 1500)),
            )
    # Newcomers (status "nieuw"), leavers (history kept), and people in two units.
    for code in ("OV", "VC", "AC"):
        give(
            person(),
            code,
            "procesmedewerker" if code != "AC" else "medewerker actiecentrum",
            AssignmentKind.PRIMARY,
            today - dt.timedelta(days=rng.randint(10, 60)),
        )
    for code in ("CRIB", "PLT", "MZ", "CRAS"):
        leaver = person(active=False)
        leaver.left_on = today - dt.timedelta(days=rng.randint(100, 500))
        give(
            leaver,
            code,
            "procesmedewerker",
            AssignmentKind.PRIMARY,
            three_years_ago,
            leaver.left_on,
        )
    for p in rng.sample(members["AC"], 3):
        give(p, "OV", "procesmedewerker", AssignmentKind.PRIMARY, three_years_ago)
    return members


def _review_plans(rng: random.Random, units: dict[str, Unit], today: dt.date) -> None:
    for code, unit in units.items():
        years_ago = 6 if code == "UH" else rng.randint(0, 3)
        if code != "NZ":
            reviewed = min(dt.date(today.year - years_ago, rng.randint(1, 12), 1), today)
            # The review before, so that earlier years show the plan that held then.
            before = dt.date(reviewed.year - rng.randint(3, 5), rng.randint(1, 12), 1)
            unit.reviews.extend(PlanReview(reviewed_on=day) for day in (before, reviewed))


def _year_of_activities(
    session: Session,
    rng: random.Random,
    year: int,
    units: dict[str, Unit],
    members: dict[str, list[Person]],
    today: dt.date,
    courses: dict[str, Course],
) -> None:
    current = year == today.year
    codes = [c for c in units if c not in ("BT", "AC")]
    # The current year leaves CRAS and NZ unexercised so far.
    exercised = [c for c in codes if not (current and c in ("CRAS", "NZ"))]
    plan: list[tuple[str, ActivityKind, ExerciseLevel | None, list[str], dt.date]] = []
    plan.append((BASIC_COURSE, ActivityKind.COURSE, None, codes, dt.date(year, 2, 12)))

    for i in range(0, len(exercised), 2):
        pair = exercised[i : i + 2]
        plan.append(
            (
                f"Oefening {' en '.join(units[c].name for c in pair)}",
                ActivityKind.EXERCISE,
                ExerciseLevel.MONO,
                pair,
                dt.date(year, 3 + i, 10 + i),
            )
        )
    extra = YEARLY + ((DEPLOYMENT,) if year == today.year - 1 else ())
    plan += [(t, k, lv, list(c), dt.date(year, *md)) for t, k, lv, c, md in extra]
    plan.append((BASIC_COURSE_AC, ActivityKind.COURSE, None, ["AC"], dt.date(year, 2, 19)))
    if year == today.year - 2:
        plan.append((POLICY_COURSE, ActivityKind.COURSE, None, ["BT"], dt.date(year, 5, 20)))
    for n, (title, kind, level, covered, day) in enumerate(plan, start=1):
        status = ActivityStatus.HELD if day <= today else ActivityStatus.PLANNED
        activity = Activity(
            exchange_key=f"DEMO-{year}-{n:02d}",
            title=title,
            kind=kind,
            level=level,
            form=_form(kind, title),
            scenario=rng.choice(SCENARIOS) if level else None,
            date=day,
            place=rng.choice(PLACES),
            status=status,
            organiser=Organiser.REGIONAL if level == ExerciseLevel.MULTI else Organiser.MUNICIPAL,
            hours=3.0 if kind != ActivityKind.COURSE else 7.0,
            units=[units[c] for c in covered],
            course=courses.get(title),
        )
        session.add(activity)
        _attendance(
            session,
            rng,
            activity,
            covered,
            members,
            held=status == ActivityStatus.HELD,
            turnout=0.55 if current else 0.8,
        )
        if status == ActivityStatus.HELD and kind in (
            ActivityKind.EXERCISE,
            ActivityKind.DEPLOYMENT,
        ):
            _evaluate(session, rng, activity, units[covered[0]], members[covered[0]], today)


def _form(kind: ActivityKind, title: str) -> ExerciseForm | None:
    if kind not in (ActivityKind.EXERCISE, ActivityKind.DEPLOYMENT):
        return None
    if "systeem" in title:
        return ExerciseForm.SYSTEM
    return ExerciseForm.TABLETOP if "Bestuurlijke" in title else ExerciseForm.FUNCTIONAL


def _attendance(
    session: Session,
    rng: random.Random,
    activity: Activity,
    covered: list[str],
    members: dict[str, list[Person]],
    held: bool,
    turnout: float,
) -> None:
    invited = {
        p.staff_number: p
        for code in covered
        for p in members[code]
        if any(a.active_on(activity.date) for a in p.assignments)
    }
    for person in invited.values():
        if not held:
            status = AttendanceStatus.INVITED
        else:
            roll = rng.random()
            status = (
                AttendanceStatus.PRESENT
                if roll < turnout
                else AttendanceStatus.EXCUSED
                if roll < turnout + 0.12
                else AttendanceStatus.ABSENT
            )
        hours = activity.hours if status == AttendanceStatus.PRESENT else None
        session.add(Participation(activity=activity, person=person, status=status, hours=hours))


def _evaluate(
    session: Session,
    rng: random.Random,
    activity: Activity,
    unit: Unit,
    people: list[Person],
    today: dt.date,
) -> None:
    age = (today - activity.date).days
    if age < 30:  # the most recent exercises are not evaluated yet
        return
    final = age > 120 or rng.random() < 0.5
    evaluation = Evaluation(
        activity=activity,
        activity_title=activity.title,
        discipline=Discipline.MULTI if activity.level == ExerciseLevel.MULTI else Discipline.MONO,
        held_on=activity.date + dt.timedelta(days=14),
        author="Adviseur Rampenbestrijding",
        went_well="De opkomst was goed en de rollen waren duidelijk.",
        to_improve="De informatie-uitwisseling met het actiecentrum liep traag.",
        conclusions="Het deelproces functioneert; de verbeterpunten worden opgepakt.",
        status=EvaluationStatus.FINAL if final else EvaluationStatus.DRAFT,
        finished_on=activity.date + dt.timedelta(days=30) if final else None,
        objectives=[
            EvaluationObjective(position=n, objective=text, rating=Rating[rng.choice("PPSSM")])
            for n, text in enumerate(rng.sample(OBJECTIVES, 3), start=1)
        ],
    )
    if activity.level == ExerciseLevel.MULTI:
        evaluation.attachments = [
            EvaluationAttachment(
                position=1,
                reference=f"\\\\regio\\oto\\evaluaties\\{activity.date.year}\\{activity.title}.pdf",
            )
        ]
    session.add(evaluation)
    owner = people[0] if people else None
    due = activity.date + dt.timedelta(days=rng.choice((60, 120, 200)))
    done = due < today and rng.random() < 0.6
    session.add(
        ImprovementAction(
            evaluation=evaluation,
            unit_id=unit.id,
            owner=owner,
            due_date=due,
            description="Werkinstructie informatiestroom actiecentrum bijwerken en beoefenen.",
            status=ActionStatus.DONE if done else ActionStatus.OPEN,
            verification="Besproken en getest in de volgende training." if done else None,
            closed_on=due if done else None,
        )
    )
