"""The typed SQLAlchemy 2 mapping of the whole domain."""

from oto_app.models.access import AuditEntry, User, user_units
from oto_app.models.activities import Activity, Participation, activity_units
from oto_app.models.base import Base
from oto_app.models.enums import (
    EVALUATED_KINDS,
    ActionStatus,
    ActivityKind,
    ActivityStatus,
    AssignmentKind,
    AttendanceStatus,
    Discipline,
    EvaluationStatus,
    ExemptionKind,
    ExerciseForm,
    ExerciseLevel,
    Organiser,
    Rating,
    UnitKind,
    UserRole,
    Validity,
)
from oto_app.models.evaluation import (
    Evaluation,
    EvaluationAttachment,
    EvaluationObjective,
    ImprovementAction,
)
from oto_app.models.organisation import (
    Course,
    PlanReview,
    Role,
    RoleTerm,
    Unit,
    role_courses,
    unit_roles,
)
from oto_app.models.settings import OtoMarker, Setting, YearNorms
from oto_app.models.staff import Assignment, Exemption, Person

__all__ = [
    "EVALUATED_KINDS",
    "ActionStatus",
    "Activity",
    "ActivityKind",
    "ActivityStatus",
    "Assignment",
    "AssignmentKind",
    "AttendanceStatus",
    "AuditEntry",
    "Base",
    "Course",
    "Discipline",
    "Evaluation",
    "EvaluationAttachment",
    "EvaluationObjective",
    "EvaluationStatus",
    "Exemption",
    "ExemptionKind",
    "ExerciseForm",
    "ExerciseLevel",
    "ImprovementAction",
    "Organiser",
    "OtoMarker",
    "Participation",
    "Person",
    "PlanReview",
    "Rating",
    "Role",
    "RoleTerm",
    "Setting",
    "Unit",
    "UnitKind",
    "User",
    "UserRole",
    "Validity",
    "YearNorms",
    "activity_units",
    "role_courses",
    "unit_roles",
    "user_units",
]
