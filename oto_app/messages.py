"""The core's user-facing messages: Dutch first, English available.

One small catalogue for everything the core says to a person (refusals, norm
reasons, report text). The UI uses Qt's own translation system; this module
serves the parts that run without Qt (CLI, reports). ``OTO_LANG=en`` or
:func:`set_language` switches the language for the process.
"""

from __future__ import annotations

import enum
import os

_CATALOGUE: dict[str, tuple[str, str]] = {
    # key: (Dutch, English)
    "required": ("{label} is verplicht", "{label} is required"),
    "staff_number_taken": (
        "personeelsnummer {number} is al in gebruik bij {name}",
        "staff number {number} is already used by {name}",
    ),
    "unit_code_taken": ("onderdeelcode {code} bestaat al", "unit code {code} already exists"),
    "role_name_taken": ("rol '{name}' bestaat al", "role '{name}' already exists"),
    "unknown_person": ("medewerker {ref} bestaat niet", "person {ref} does not exist"),
    "unknown_unit": ("onbekend onderdeel '{ref}'", "unknown unit '{ref}'"),
    "unknown_role": ("onbekende rol '{ref}'", "unknown role '{ref}'"),
    "unknown_assignment": ("toewijzing {ref} bestaat niet", "assignment {ref} does not exist"),
    "end_before_start": (
        "einddatum {end} ligt vóór startdatum {start}",
        "end date {end} is before start date {start}",
    ),
    "assignment_overlaps": (
        "{name} heeft al de rol {role} bij {unit} vanaf {start}",
        "{name} already holds the role {role} in {unit} from {start}",
    ),
    "assignment_already_ended": (
        "deze toewijzing is al beëindigd op {end}",
        "this assignment already ended on {end}",
    ),
    "inactive_unit": (
        "onderdeel {unit} is opgeheven; wijs geen nieuwe rollen toe",
        "unit {unit} is retired; assign no new roles",
    ),
    "inactive_person": (
        "{name} is niet actief; zet de medewerker eerst op actief",
        "{name} is not active; make the person active first",
    ),
    "invalid_email": (
        "'{value}' is geen geldig e-mailadres",
        "'{value}' is not a valid e-mail address",
    ),
    "too_long": (
        "{label} is te lang (maximaal {max} tekens)",
        "{label} is too long (at most {max} characters)",
    ),
    "min_activities": (
        "minimum aantal activiteiten moet 0 of meer zijn",
        "minimum number of activities must be 0 or more",
    ),
    "stale_record": (
        "{what} is intussen door iemand anders gewijzigd; laad opnieuw en probeer het nog eens",
        "{what} was changed by someone else meanwhile; reload and try again",
    ),
    "db_too_new": (
        "de database {where} is gemaakt door een nieuwere versie van OTO (schema {revision}); "
        "installeer de nieuwste versie. De database is niet aangeraakt.",
        "the database {where} was made by a newer version of OTO (schema {revision}); "
        "install the latest version. The database was not touched.",
    ),
    "db_not_a_database": (
        "{where} is geen OTO-database of is beschadigd ({detail})",
        "{where} is not an OTO database or is damaged ({detail})",
    ),
    "db_locked": (
        "de database {where} is vergrendeld door een ander programma; sluit dat en probeer opnieuw",
        "the database {where} is locked by another program; close it and try again",
    ),
    "db_read_only": (
        "de database {where} is alleen-lezen; OTO kan er niet in schrijven",
        "the database {where} is read-only; OTO cannot write to it",
    ),
    "db_unreachable": (
        "kan de database {where} niet openen: {detail}",
        "cannot open the database {where}: {detail}",
    ),
    "db_not_empty": (
        "de database bevat al gegevens; voorbeeldgegevens zijn alleen voor een lege database",
        "the database already holds data; demo data is only for an empty database",
    ),
    "field_staff_number": ("personeelsnummer", "staff number"),
    "field_first_name": ("voornaam", "first name"),
    "field_last_name": ("achternaam", "last name"),
    "field_unit_code": ("code", "code"),
    "field_unit_name": ("naam", "name"),
    "field_role_name": ("rolnaam", "role name"),
    "field_start_date": ("startdatum", "start date"),
    "field_end_date": ("einddatum", "end date"),
    "field_email": ("e-mail", "e-mail"),
    "field_phone": ("telefoon", "phone"),
    "field_department": ("afdeling", "department"),
    "field_infix": ("tussenvoegsel", "infix"),
    "field_description": ("omschrijving", "description"),
    "field_plan_note": ("planstatus", "plan status"),
    "what_person": ("deze medewerker", "this person"),
    "what_unit": ("dit onderdeel", "this unit"),
    "what_role": ("deze rol", "this role"),
    # Enumeration labels: "<Enum>.<MEMBER>"
    "UnitKind.DEELPROCES": ("deelproces", "sub-process"),
    "UnitKind.TEAM": ("team", "team"),
    "AssignmentKind.PRIMARY": ("primair", "primary"),
    "AssignmentKind.DEPUTY": ("plaatsvervanger", "deputy"),
    "ActivityKind.COURSE": ("opleiding", "course"),
    "ActivityKind.TRAINING": ("training", "training"),
    "ActivityKind.EXERCISE": ("oefening", "exercise"),
    "ActivityKind.DEPLOYMENT": ("inzet", "deployment"),
    "ExerciseLevel.MONO": ("monodisciplinair", "single-discipline"),
    "ExerciseLevel.MULTI": ("multidisciplinair", "multi-discipline"),
    "ExerciseLevel.ADMINISTRATIVE": ("bestuurlijk", "administrative"),
    "ExerciseForm.TABLETOP": ("table-top (TTX)", "table-top (TTX)"),
    "ExerciseForm.DRILL": ("drill", "drill"),
    "ExerciseForm.FUNCTIONAL": ("functionele oefening", "functional exercise"),
    "ExerciseForm.FULL_SCALE": ("full-scale oefening", "full-scale exercise"),
    "ExerciseForm.SYSTEM": ("systeemoefening", "system exercise"),
    "ExerciseForm.OTHER": ("anders", "other"),
    "Organiser.MUNICIPAL": ("gemeente", "municipality"),
    "Organiser.REGIONAL": ("regio", "region"),
    "ActivityStatus.PLANNED": ("gepland", "planned"),
    "ActivityStatus.HELD": ("uitgevoerd", "held"),
    "ActivityStatus.CANCELLED": ("geannuleerd", "cancelled"),
    "AttendanceStatus.INVITED": ("uitgenodigd", "invited"),
    "AttendanceStatus.PRESENT": ("aanwezig", "present"),
    "AttendanceStatus.EXCUSED": ("afgemeld", "excused"),
    "AttendanceStatus.ABSENT": ("afwezig", "absent"),
    "Discipline.MONO": ("monodisciplinair", "single-discipline"),
    "Discipline.MULTI": ("multidisciplinair", "multi-discipline"),
    "EvaluationStatus.DRAFT": ("concept", "draft"),
    "EvaluationStatus.FINAL": ("definitief", "final"),
    "ActionStatus.OPEN": ("open", "open"),
    "ActionStatus.IN_PROGRESS": ("in uitvoering", "in progress"),
    "ActionStatus.DONE": ("afgerond", "done"),
}

_language = "en" if os.environ.get("OTO_LANG", "").lower().startswith("en") else "nl"


def set_language(language: str) -> None:
    """Switch the core's messages: ``nl`` (default) or ``en``."""
    global _language
    _language = "en" if language.lower().startswith("en") else "nl"


def language() -> str:
    return _language


def text(key: str, **params: object) -> str:
    """The message ``key`` in the current language, with ``params`` filled in."""
    dutch, english = _CATALOGUE[key]
    template = english if _language == "en" else dutch
    return template.format(**params)


def label(member: enum.Enum) -> str:
    """The user's word for an enum member: ``AssignmentKind.DEPUTY`` -> plaatsvervanger."""
    return text(f"{type(member).__name__}.{member.name}")


def keys() -> list[str]:
    return list(_CATALOGUE)
