"""dated history for reprintable years: deelplan reviews, a unit's retirement, role terms

Revision ID: 0004_dated_history
Revises: 0003
Create Date: 2026-12-01

A year printed later must be the same year, so what the norms read is dated:

- ``plan_reviews``: every review of a unit's deelplan (N7 uses the last one on or before
  the reference date). The single ``units.plan_reviewed_on`` of 0003 becomes each unit's
  first review, and the column goes.
- ``units.retired_on``: the day a unit was retired. Units retired before this revision
  keep no date (they count in no year, as before).
- ``role_terms``: a role's key-role flag and minimum before a change, up to a date.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_dated_history"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("reviewed_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=True),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.ForeignKeyConstraint(
            ["unit_id"],
            ["units.id"],
            name=op.f("fk_plan_reviews_unit_id_units"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_plan_reviews")),
        sa.UniqueConstraint("unit_id", "reviewed_on", name=op.f("uq_plan_reviews_unit_id")),
    )
    op.create_index(op.f("ix_plan_reviews_unit_id"), "plan_reviews", ["unit_id"])
    op.create_table(
        "role_terms",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("role_id", sa.Integer(), nullable=False),
        sa.Column("until", sa.Date(), nullable=False),
        sa.Column("is_key", sa.Boolean(), nullable=False),
        sa.Column("min_activities", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["role_id"], ["roles.id"], name=op.f("fk_role_terms_role_id_roles"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_role_terms")),
        sa.UniqueConstraint("role_id", "until", name=op.f("uq_role_terms_role_id")),
    )
    op.create_index(op.f("ix_role_terms_role_id"), "role_terms", ["role_id"])

    # The one review date each unit had becomes the first entry of its history.
    op.execute(
        "INSERT INTO plan_reviews (unit_id, reviewed_on) "
        "SELECT id, plan_reviewed_on FROM units WHERE plan_reviewed_on IS NOT NULL"
    )
    # SQLite's own ALTER TABLE (3.35+) keeps every row; batch mode would copy the table and,
    # with foreign keys on, cascade the drop of the old one (see 0002).
    op.execute("ALTER TABLE units DROP COLUMN plan_reviewed_on")
    op.add_column("units", sa.Column("retired_on", sa.Date(), nullable=True))


def downgrade() -> None:
    raise NotImplementedError("OTO databases are restored from a backup, not downgraded")
