"""a role's name before a rename, so earlier years name the role as it was called

Revision ID: 0010_role_names
Revises: 0009_dated_formation
Create Date: 2026-12-01

``role_terms.name``: what the role was called up to the term's date. Terms of before this
revision keep no name (the role was not renamed then: its name is the role's own).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_role_names"
down_revision = "0009_dated_formation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("role_terms", sa.Column("name", sa.String(length=120), nullable=True))


def downgrade() -> None:
    # Plain ALTER TABLE (SQLite 3.35+ and PostgreSQL), as 0008: no batch copy.
    op.execute("ALTER TABLE role_terms DROP COLUMN name")
