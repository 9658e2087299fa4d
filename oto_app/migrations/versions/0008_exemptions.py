"""exemptions (vrijstellingen): per person a period, a kind and a reason; a unit's start

Revision ID: 0008_exemptions
Revises: 0007_assignment_overlap
Create Date: 2026-12-01

A new table, and ``units.established_on``: the first day a unit counts, so a unit added
later does not appear in earlier years (existing units keep no date: they always counted).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_exemptions"
down_revision = "0007_assignment_overlap"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exemptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "ILLNESS",
                "LEAVE",
                "SECONDMENT",
                "OTHER",
                name="exemptionkind",
                native_enum=False,
                create_constraint=False,
                length=20,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("start_date", sa.Date(), nullable=False),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.CheckConstraint(
            "end_date IS NULL OR end_date >= start_date",
            name=op.f("ck_exemptions_end_after_start"),
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["people.id"],
            name=op.f("fk_exemptions_person_id_people"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exemptions")),
    )
    op.create_index(op.f("ix_exemptions_person_id"), "exemptions", ["person_id"])
    op.add_column("units", sa.Column("established_on", sa.Date(), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE (SQLite 3.35+ and PostgreSQL): a batch copy of units would cascade.
    op.execute("ALTER TABLE units DROP COLUMN established_on")
    op.drop_index(op.f("ix_exemptions_person_id"), table_name="exemptions")
    op.drop_table("exemptions")
