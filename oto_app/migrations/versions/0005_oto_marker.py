"""our own marker in every OTO database

Revision ID: 0005_oto_marker
Revises: 0004_dated_history
Create Date: 2026-12-01

A one-row table ``oto_marker`` on every engine, and on SQLite also the header's
``application_id`` (oto_app.marker reads it without opening the file), so that OTO tells
its own database from another program's by more than Alembic's revision name. Only adds:
no existing row is touched.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_oto_marker"
down_revision = "0004_dated_history"
branch_labels = None
depends_on = None

APPLICATION_ID = 0x4F544F21  # oto_app.marker.APPLICATION_ID ("OTO!"), fixed forever


def upgrade() -> None:
    marker = op.create_table(
        "oto_marker",
        sa.Column("application", sa.String(length=16), nullable=False),
        sa.PrimaryKeyConstraint("application", name=op.f("pk_oto_marker")),
    )
    op.bulk_insert(marker, [{"application": "OTO"}])
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
    op.drop_table("oto_marker")
