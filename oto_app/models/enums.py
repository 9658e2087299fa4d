"""The domain's closed vocabularies. Stored by name; labels come from the message catalogue."""

from __future__ import annotations

import enum


class UnitKind(enum.Enum):
    DEELPROCES = "deelproces"
    TEAM = "team"


class ExemptionKind(enum.Enum):
    """Why someone cannot train for a while (vrijstelling)."""

    ILLNESS = "ziekte"
    LEAVE = "verlof"
    SECONDMENT = "detachering"
    OTHER = "anders"


class AssignmentKind(enum.Enum):
    PRIMARY = "primair"
    DEPUTY = "plaatsvervanger"


class ActivityKind(enum.Enum):
    COURSE = "opleiding"
    TRAINING = "training"
    EXERCISE = "oefening"
    DEPLOYMENT = "inzet"


#: The kinds of activity that are evaluated (and may have an exercise level).
EVALUATED_KINDS = (ActivityKind.EXERCISE, ActivityKind.DEPLOYMENT)


class ExerciseLevel(enum.Enum):
    MONO = "mono"
    MULTI = "multi"
    ADMINISTRATIVE = "bestuurlijk"


class ExerciseForm(enum.Enum):
    TABLETOP = "ttx"
    DRILL = "drill"
    FUNCTIONAL = "functioneel"
    FULL_SCALE = "full-scale"
    SYSTEM = "systeemoefening"
    OTHER = "anders"


class Organiser(enum.Enum):
    MUNICIPAL = "gemeente"
    REGIONAL = "regio"


class ActivityStatus(enum.Enum):
    PLANNED = "gepland"
    HELD = "uitgevoerd"
    CANCELLED = "geannuleerd"


class AttendanceStatus(enum.Enum):
    INVITED = "uitgenodigd"
    PRESENT = "aanwezig"
    EXCUSED = "afgemeld"
    ABSENT = "afwezig"


class Discipline(enum.Enum):
    MONO = "mono"
    MULTI = "multi"


class EvaluationStatus(enum.Enum):
    DRAFT = "concept"
    FINAL = "definitief"


class ActionStatus(enum.Enum):
    OPEN = "open"
    IN_PROGRESS = "in uitvoering"
    DONE = "afgerond"


class Rating(enum.Enum):
    """How an objective was met, as HSEEP rates it."""

    P = "P"  #: performed without challenges
    S = "S"  #: performed with some challenges
    M = "M"  #: performed with major challenges
    U = "U"  #: unable to be performed


class Validity(enum.Enum):
    """Where a person stands with a course their role requires."""

    VALID = "geldig"
    EXPIRING = "verloopt binnenkort"
    EXPIRED = "verlopen"
    MISSING = "ontbreekt"


class UserRole(enum.Enum):
    """What a user may do (shared/domain.md's users)."""

    ADVISER = "adviseur"  #: everything
    PROCESS_LEAD = "procesverantwoordelijke"  #: logs for their own units; reads the rest
    READER = "lezer"  #: reads and prints
