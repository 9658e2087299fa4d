"""The sheets of the complete workbook (``export all`` / ``import all``), described once.

Each :class:`Sheet` is a table; each :class:`Col` one of its columns with its Dutch header
and how it is written; a :class:`Link` a link table shown as a list (``OV|CRAS``) on the
sheet of one side. :mod:`oto_app.exchange.everything` writes and reads them from this
description alone, so a column cannot be written without being read back.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Table

from oto_app.models import (
    ActionReopening,
    ActionStatus,
    Activity,
    ActivityKind,
    ActivityStatus,
    Assignment,
    AssignmentKind,
    AttendanceStatus,
    Base,
    Course,
    Discipline,
    Evaluation,
    EvaluationAttachment,
    EvaluationObjective,
    EvaluationReopening,
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
    RoleTerm,
    Setting,
    Unit,
    UnitKind,
    UnitTerm,
    YearNorms,
    activity_units,
    role_courses,
    unit_roles,
)
from oto_app.names import sort_key

#: Tables a workbook does not carry (a test checks every other table has a sheet).
NOT_CARRIED = ("users", "user_units", "audit_log", "alembic_version", "oto_marker")
YES, NO = "ja", "nee"


@dataclass(frozen=True)
class Col:
    """One column of a sheet: its Dutch header, the table column, how it is written.

    ``kind``: text, lines (may hold line breaks), int, float, bool, date, enum, ref (a
    natural key of ``ref``'s sheet, e.g. a unit's code for ``unit_id``) or nr (the number
    of a record of ``ref``'s sheet).
    """

    header: str
    name: str
    kind: str = "text"
    enum: type[enum.Enum] | None = None
    ref: str | None = None
    width: int = 14


@dataclass(frozen=True)
class Link:
    """A column listing linked records (``OV|CRAS``): a link table seen from one side."""

    header: str
    table: Table
    own: str  #: the link table's column pointing at this sheet's record
    other: str  #: the one pointing at the listed records
    ref: str  #: the sheet of the listed records (its natural key is shown)
    width: int = 20


@dataclass(frozen=True)
class Sheet:
    title: str
    table: Table
    columns: tuple[Col, ...]
    links: tuple[Link, ...] = ()
    key: str | None = None  #: the natural key column others refer to (None: by number)
    derive: Callable[[dict[str, Any]], None] | None = None  #: fills computed columns

    @property
    def headers(self) -> list[str]:
        return [c.header for c in self.columns] + [link.header for link in self.links]


def table_of(model: type[Base]) -> Table:
    """A mapped class's table, typed as one."""
    return cast(Table, model.__table__)


def _nr(width: int = 7) -> Col:
    return Col("Nr", "id", "int", width=width)


def _numbered(
    title: str,
    model: type[Base],
    *columns: Col,
    links: tuple[Link, ...] = (),
    key: str | None = None,
    derive: Callable[[dict[str, Any]], None] | None = None,
    nr_width: int = 7,
) -> Sheet:
    """The sheet of a table whose records carry their number (``Nr``) first."""
    return Sheet(title, table_of(model), (_nr(nr_width), *columns), links, key, derive)


def _reopened(title: str, model: type[Base], header: str, record: str, of: str) -> Sheet:
    """The periods a record of ``of`` was finished in before it was set back."""
    return _numbered(
        title,
        model,
        Col(header, record, "nr", ref=of, width=10),
        Col("Afgerond op", "closed_on", "date", width=13),
        Col("Heropend op", "reopened_on", "date", width=13),
    )


def _person_sort_name(values: dict[str, Any]) -> None:
    values["sort_name"] = sort_key(values["first_name"], values["infix"], values["last_name"])


SHEETS: tuple[Sheet, ...] = (
    _numbered(
        "Onderdelen",
        Unit,
        Col("Code", "code", width=9),
        Col("Naam", "name", width=40),
        Col("Soort", "kind", "enum", UnitKind, width=12),
        Col("Actief", "active", "bool", width=8),
        Col("Volgorde", "position", "int", width=9),
        Col("Planstatus", "plan_note", width=20),
        Col("Opgeheven op", "retired_on", "date", width=13),
        Col("In gebruik sinds", "established_on", "date", width=13),
        key="code",
    ),
    _numbered(
        "Onderdelen eerder",
        UnitTerm,
        Col("Onderdeel", "unit_id", "ref", ref="Onderdelen", width=11),
        Col("Tot en met", "until", "date", width=13),
        Col("Code", "code", width=9),
        Col("Naam", "name", width=40),
    ),
    _numbered(
        "Deelplanherzieningen",
        PlanReview,
        Col("Onderdeel", "unit_id", "ref", ref="Onderdelen", width=11),
        Col("Herzien op", "reviewed_on", "date", width=13),
        Col("Toelichting", "note", width=30),
    ),
    _numbered(
        "Rollen",
        Role,
        Col("Naam", "name", width=36),
        Col("Sleutelfunctie", "is_key", "bool", width=14),
        Col("Minimum activiteiten", "min_activities", "int", width=12),
        Col("Omschrijving", "description", "lines", width=50),
        links=(Link("Vereiste opleidingen", role_courses, "role_id", "course_id", "Opleidingen"),),
        key="name",
    ),
    _numbered(
        "Rollen eerder",
        RoleTerm,
        Col("Rol", "role_id", "ref", ref="Rollen", width=36),
        Col("Tot en met", "until", "date", width=13),
        Col("Sleutelfunctie", "is_key", "bool", width=14),
        Col("Minimum activiteiten", "min_activities", "int", width=12),
        Col("Naam", "name", width=36),
    ),
    Sheet(
        "Formatie",
        unit_roles,
        (
            Col("Onderdeel", "unit_id", "ref", ref="Onderdelen", width=11),
            Col("Rol", "role_id", "ref", ref="Rollen", width=36),
            Col("Sinds", "since", "date", width=13),
        ),
    ),
    _numbered(
        "Medewerkers",
        Person,
        Col("Personeelsnummer", "staff_number", width=16),
        Col("Voornaam", "first_name", width=16),
        Col("Tussenvoegsel", "infix", width=12),
        Col("Achternaam", "last_name", width=20),
        Col("E-mail", "email", width=32),
        Col("Telefoon", "phone", width=16),
        Col("Afdeling", "department", width=20),
        Col("Actief", "active", "bool", width=8),
        Col("Uit dienst", "left_on", "date", width=13),
        key="staff_number",
        derive=_person_sort_name,
    ),
    _numbered(
        "Toewijzingen",
        Assignment,
        Col("Personeelsnummer", "person_id", "ref", ref="Medewerkers", width=16),
        Col("Onderdeel", "unit_id", "ref", ref="Onderdelen", width=11),
        Col("Rol", "role_id", "ref", ref="Rollen", width=32),
        Col("Type", "kind", "enum", AssignmentKind, width=15),
        Col("Startdatum", "start_date", "date", width=13),
        Col("Einddatum", "end_date", "date", width=13),
    ),
    _numbered(
        "Vrijstellingen",
        Exemption,
        Col("Personeelsnummer", "person_id", "ref", ref="Medewerkers", width=16),
        Col("Soort", "kind", "enum", ExemptionKind, width=13),
        Col("Reden", "reason", "lines", width=40),
        Col("Van", "start_date", "date", width=13),
        Col("Tot en met", "end_date", "date", width=13),
    ),
    _numbered(
        "Opleidingen",
        Course,
        Col("Naam", "name", width=36),
        Col("Geldig (jaren)", "validity_years", "int", width=14),
        Col("Omschrijving", "description", "lines", width=50),
        key="name",
    ),
    _numbered(
        "Activiteiten",
        Activity,
        Col("Activiteitcode", "exchange_key", width=14),
        Col("Titel", "title", width=40),
        Col("Soort", "kind", "enum", ActivityKind, width=11),
        Col("Niveau", "level", "enum", ExerciseLevel, width=12),
        Col("Vorm", "form", "enum", ExerciseForm, width=14),
        Col("Scenario", "scenario", width=20),
        Col("Datum", "date", "date", width=12),
        Col("Plaats", "place", width=20),
        Col("Organisator", "organiser", "enum", Organiser, width=12),
        Col("Status", "status", "enum", ActivityStatus, width=12),
        Col("Uren", "hours", "float", width=7),
        Col("Omschrijving", "description", "lines", width=40),
        Col("Opleiding", "course_id", "ref", ref="Opleidingen", width=30),
        links=(Link("Onderdelen", activity_units, "activity_id", "unit_id", "Onderdelen"),),
    ),
    _numbered(
        "Deelnames",
        Participation,
        Col("Activiteit (nr)", "activity_id", "nr", ref="Activiteiten", width=10),
        Col("Personeelsnummer", "person_id", "ref", ref="Medewerkers", width=16),
        Col("Aanwezigheid", "status", "enum", AttendanceStatus, width=13),
        Col("Rol gespeeld", "role_played", width=24),
        Col("Uren", "hours", "float", width=7),
        nr_width=9,
    ),
    _numbered(
        "Evaluaties",
        Evaluation,
        Col("Activiteit (nr)", "activity_id", "nr", ref="Activiteiten", width=10),
        Col("Titel activiteit", "activity_title", width=36),
        Col("Discipline", "discipline", "enum", Discipline, width=10),
        Col("Gehouden op", "held_on", "date", width=13),
        Col("Auteur", "author", width=24),
        Col("Wat ging goed", "went_well", "lines", width=40),
        Col("Wat moet beter", "to_improve", "lines", width=40),
        Col("Conclusies", "conclusions", "lines", width=40),
        Col("Status", "status", "enum", EvaluationStatus, width=11),
        Col("Afgerond op", "finished_on", "date", width=13),
    ),
    _numbered(
        "Evaluatiedoelen",
        EvaluationObjective,
        Col("Evaluatie (nr)", "evaluation_id", "nr", ref="Evaluaties", width=10),
        Col("Volgorde", "position", "int", width=9),
        Col("Doelstelling", "objective", width=50),
        Col("Beoordeling", "rating", "enum", Rating, width=12),
        Col("Toelichting", "note", "lines", width=40),
    ),
    _numbered(
        "Evaluatiebijlagen",
        EvaluationAttachment,
        Col("Evaluatie (nr)", "evaluation_id", "nr", ref="Evaluaties", width=10),
        Col("Volgorde", "position", "int", width=9),
        Col("Verwijzing", "reference", width=60),
    ),
    _reopened(
        "Evaluaties heropend", EvaluationReopening, "Evaluatie (nr)", "evaluation_id", "Evaluaties"
    ),
    _numbered(
        "Verbeterpunten",
        ImprovementAction,
        Col("Evaluatie (nr)", "evaluation_id", "nr", ref="Evaluaties", width=10),
        Col("Omschrijving", "description", "lines", width=50),
        Col("Onderdeel", "unit_id", "ref", ref="Onderdelen", width=11),
        Col("Eigenaar (personeelsnummer)", "owner_id", "ref", ref="Medewerkers", width=16),
        Col("Uiterlijk", "due_date", "date", width=12),
        Col("Status", "status", "enum", ActionStatus, width=13),
        Col("Verificatie", "verification", "lines", width=40),
        Col("Afgerond op", "closed_on", "date", width=13),
    ),
    _reopened(
        "Verbeterpunten heropend",
        ActionReopening,
        "Verbeterpunt (nr)",
        "action_id",
        "Verbeterpunten",
    ),
    Sheet(
        "Normen per jaar",
        table_of(YearNorms),
        (
            Col("Jaar", "year", "int", width=7),
            Col("N1 minimum activiteiten per persoon", "min_activities_per_person", "int"),
            Col("N1 nieuw (dagen)", "new_person_days", "int"),
            Col("N2 minimum oefeningen per onderdeel", "min_exercises_per_unit", "int"),
            Col("N3 minimum bestuurlijke oefeningen", "min_administrative_exercises", "int"),
            Col("N4 evaluatie binnen (dagen)", "evaluation_due_days", "int"),
            Col("N5 minimum primair", "min_primary", "int"),
            Col("N5 minimum plaatsvervanger", "min_deputy", "int"),
            Col("N7 herziening binnen (jaren)", "plan_review_years", "int"),
        ),
        key="year",
    ),
    Sheet(
        "Instellingen",
        table_of(Setting),
        (Col("Sleutel", "key", width=20), Col("Waarde", "value", "lines", width=50)),
        key="key",
    ),
)

#: The order a workbook is read in: every sheet after the sheets it refers to.
IMPORT_ORDER = (
    "Onderdelen",
    "Onderdelen eerder",
    "Deelplanherzieningen",
    "Opleidingen",
    "Rollen",
    "Rollen eerder",
    "Formatie",
    "Medewerkers",
    "Vrijstellingen",
    "Toewijzingen",
    "Activiteiten",
    "Deelnames",
    "Evaluaties",
    "Evaluatiedoelen",
    "Evaluatiebijlagen",
    "Evaluaties heropend",
    "Verbeterpunten",
    "Verbeterpunten heropend",
    "Normen per jaar",
    "Instellingen",
)
BY_TITLE = {s.title: s for s in SHEETS}
