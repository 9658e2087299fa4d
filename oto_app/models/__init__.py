"""The typed SQLAlchemy 2 mapping of the whole domain."""

from oto_app.models.activities import Activity, Participation, activity_units
from oto_app.models.base import Base
from oto_app.models.enums import (
    ActionStatus,
    ActivityKind,
    ActivityStatus,
    AssignmentKind,
    AttendanceStatus,
    Discipline,
    EvaluationStatus,
    ExerciseForm,
    ExerciseLevel,
    Organiser,
    UnitKind,
)
from oto_app.models.evaluation import Evaluation, ImprovementAction
from oto_app.models.organisation import Role, Unit, unit_roles
from oto_app.models.settings import Setting, YearNorms
from oto_app.models.staff import Assignment, Person

__all__ = [
    "ActionStatus",
    "Activity",
    "ActivityKind",
    "ActivityStatus",
    "Assignment",
    "AssignmentKind",
    "AttendanceStatus",
    "Base",
    "Discipline",
    "Evaluation",
    "EvaluationStatus",
    "ExerciseForm",
    "ExerciseLevel",
    "ImprovementAction",
    "Organiser",
    "Participation",
    "Person",
    "Role",
    "Setting",
    "Unit",
    "UnitKind",
    "YearNorms",
    "activity_units",
    "unit_roles",
]
