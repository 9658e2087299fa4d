"""The course catalogue: courses, how long each stays valid, which roles require which."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from oto_app.changes import Changes, Done
from oto_app.errors import ValidationError
from oto_app.models import Course, Role, role_courses
from oto_app.services import common, rights


@dataclass(frozen=True)
class CourseData:
    name: str
    validity_years: int | None = None  #: None: does not expire
    description: str | None = None
    role_ids: tuple[int, ...] = ()  #: the roles that require it


@dataclass(frozen=True)
class CourseRow:
    id: int
    name: str
    validity_years: int | None
    description: str | None
    roles: tuple[str, ...]
    role_ids: tuple[int, ...]
    version: int

    def data(self) -> CourseData:
        return CourseData(self.name, self.validity_years, self.description, self.role_ids)


def _apply(session: Session, course: Course, data: CourseData) -> None:
    name = common.required(data.name, "field_course_name", Course.name)
    clash = session.scalar(select(Course.id).where(Course.name == name))
    if clash is not None and clash != course.id:
        raise ValidationError("course_name_taken", field="field_course_name", name=name)
    if data.validity_years is not None and not 1 <= data.validity_years <= 50:
        raise ValidationError("validity_years", field="validity_years")
    course.name = name
    course.validity_years = data.validity_years
    course.description = common.limited(data.description, "field_description", 4000)
    session.add(course)
    roles = [common.fetch(session, Role, i, "unknown_role") for i in dict.fromkeys(data.role_ids)]
    if course.id is not None:
        for role in session.scalars(select(Role).where(Role.courses.contains(course))):
            if role not in roles:
                role.courses.remove(course)
    for role in roles:
        if course not in role.courses:
            role.courses.append(course)


def create_course(session: Session, data: CourseData) -> Done[int]:
    rights.require_adviser(session, "do_edit_organisation")
    course = Course()
    _apply(session, course, data)
    try:
        session.flush()
    except IntegrityError as exc:  # two workstations adding the same name at once
        raise ValidationError(
            "course_name_taken", field="field_course_name", name=data.name
        ) from exc
    return Done(course.id, Changes.COURSES)


def update_course(
    session: Session, course_id: int, data: CourseData, version: int | None = None
) -> Changes:
    rights.require_adviser(session, "do_edit_organisation")
    course = common.fetch(session, Course, course_id, "unknown_course")
    common.check_version(course, version, "what_course")
    _apply(session, course, data)
    common.flush(session, "what_course")
    return Changes.COURSES


def list_courses(session: Session) -> list[CourseRow]:
    """The catalogue with the roles requiring each course: two queries in all."""
    courses = session.scalars(select(Course).order_by(Course.name)).all()
    holders: dict[int, list[tuple[int, str]]] = {c.id: [] for c in courses}
    for course_id, role_id, role_name in session.execute(
        select(role_courses.c.course_id, Role.id, Role.name)
        .join(Role, Role.id == role_courses.c.role_id)
        .order_by(Role.name)
    ):
        holders[course_id].append((role_id, role_name))
    return [
        CourseRow(
            c.id,
            c.name,
            c.validity_years,
            c.description,
            tuple(name for _, name in holders[c.id]),
            tuple(rid for rid, _ in holders[c.id]),
            c.version,
        )
        for c in courses
    ]
