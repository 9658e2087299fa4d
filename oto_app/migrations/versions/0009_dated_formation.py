"""dated formation, unit names and reopenings, so a year reprinted later is the same year

Revision ID: 0009_dated_formation
Revises: 0008_exemptions
Create Date: 2026-12-01

- ``unit_roles.since``: the first day a role is part of a unit's formation (N5 checks the
  key roles of the formation as it stood). Rows already there keep no date: always.
- ``unit_terms``: a unit's code and name before a rename, up to a date; a year names its
  units as they were called on its reference date.
- ``evaluation_reopenings`` and ``action_reopenings``: an evaluation that was final and set
  back to draft, an action that was finished and set back to open, each with the period
  it was finished in (N4 and N6 of that period still count it as finished).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009_dated_formation"
down_revision = "0008_exemptions"
branch_labels = None
depends_on = None

#: Each reopening table: (table, the column pointing at its record, the record's table).
_REOPENINGS = (
    ("evaluation_reopenings", "evaluation_id", "evaluations"),
    ("action_reopenings", "action_id", "improvement_actions"),
)


def upgrade() -> None:
    op.add_column("unit_roles", sa.Column("since", sa.Date(), nullable=True))
    op.create_table(
        "unit_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["units.id"], name=op.f("fk_unit_terms_unit_id_units"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit_terms")),
        sa.UniqueConstraint("unit_id", "until", name=op.f("uq_unit_terms_unit_id")),
    )
    op.create_index(op.f("ix_unit_terms_unit_id"), "unit_terms", ["unit_id"])
    for table, column, target in _REOPENINGS:
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column(column, sa.Integer(), nullable=False),
            sa.Column("closed_on", sa.Date(), nullable=False),
            sa.Column("reopened_on", sa.Date(), nullable=False),
            sa.ForeignKeyConstraint(
                [column],
                [f"{target}.id"],
                name=op.f(f"fk_{table}_{column}_{target}"),
                ondelete="CASCADE",
            ),
            sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}")),
        )
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def downgrade() -> None:
    for table, column, _ in _REOPENINGS:
        op.drop_index(op.f(f"ix_{table}_{column}"), table_name=table)
        op.drop_table(table)
    op.drop_index(op.f("ix_unit_terms_unit_id"), table_name="unit_terms")
    op.drop_table("unit_terms")
    # Plain ALTER TABLE (SQLite 3.35+ and PostgreSQL), as 0008: no batch copy.
    op.execute("ALTER TABLE unit_roles DROP COLUMN since")
