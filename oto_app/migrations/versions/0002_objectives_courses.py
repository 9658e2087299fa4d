"""evaluation objectives (P/S/M/U) and attachments; courses, their validity, role requirements

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

SQLite cannot add a foreign key or drop a column by ALTER in Alembic's terms, and its
batch mode copies the table: with foreign keys on, dropping the old ``activities`` or
``evaluations`` table would cascade to participations and improvement actions. So the
two column changes use SQLite's own ALTER TABLE (3.35+), which keeps every row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.create_table(
        "courses",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("validity_years", sa.Integer(), nullable=True),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_courses")),
        sa.UniqueConstraint("name", name=op.f("uq_courses_name")),
    )
    op.create_table(
        "role_courses",
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("course_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["course_id"],
            ["courses.id"],
            name=op.f("fk_role_courses_course_id_courses"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["role_id"],
            ["roles.id"],
            name=op.f("fk_role_courses_role_id_roles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("role_id", "course_id", name=op.f("pk_role_courses")),
    )
    for table, column in (
        ("evaluation_attachments", sa.Column("reference", sa.String(length=1000), nullable=False)),
        ("evaluation_objectives", sa.Column("objective", sa.String(length=500), nullable=False)),
    ):
        extra = (
            [
                sa.Column(
                    "rating",
                    sa.Enum("P", "S", "M", "U", name="rating", native_enum=False, length=20),
                    nullable=False,
                ),
                sa.Column("note", sa.Text(), nullable=True),
            ]
            if table == "evaluation_objectives"
            else []
        )
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("evaluation_id", sa.Integer(), nullable=False),
            sa.Column("position", sa.Integer(), nullable=False),
            column,
            *extra,
            sa.ForeignKeyConstraint(
                ["evaluation_id"],
                ["evaluations.id"],
                name=op.f(f"fk_{table}_evaluation_id_evaluations"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_evaluation_id"), table, ["evaluation_id"])

    # The single attachment of 0001 becomes the first of the list.
    op.execute(
        "INSERT INTO evaluation_attachments (evaluation_id, position, reference) "
        "SELECT id, 0, attachment FROM evaluations "
        "WHERE attachment IS NOT NULL AND attachment <> ''"
    )
    op.execute("ALTER TABLE evaluations DROP COLUMN attachment")

    if sqlite:
        op.execute(
            "ALTER TABLE activities ADD COLUMN course_id INTEGER "
            "CONSTRAINT fk_activities_course_id_courses REFERENCES courses (id)"
        )
    else:
        op.add_column("activities", sa.Column("course_id", sa.Integer(), nullable=True))
        op.create_foreign_key(
            op.f("fk_activities_course_id_courses"), "activities", "courses", ["course_id"], ["id"]
        )
    op.create_index(op.f("ix_activities_course_id"), "activities", ["course_id"])


def downgrade() -> None:
    raise NotImplementedError("OTO databases are restored from a backup, not downgraded")
