"""the audit trail's hash chain: a salt, a hash and (after an anonymisation) the digests

Revision ID: 0006_audit_chain
Revises: 0005_oto_marker
Create Date: 2026-12-01

Three nullable columns on audit_log (plain ALTER TABLE ADD COLUMN, no table copy), then
every existing entry is salted and chained in id order (oto_app.chain), so that the
trail of an upgraded database verifies from its first entry.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_audit_chain"
down_revision = "0005_oto_marker"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("salt", sa.String(length=32), nullable=True))
    op.add_column("audit_log", sa.Column("hash", sa.String(length=64), nullable=True))
    op.add_column("audit_log", sa.Column("scrubbed", sa.String(length=129), nullable=True))
    from oto_app import chain

    chain.seal_after(op.get_bind(), 0)


def downgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_column("scrubbed")
        batch.drop_column("hash")
        batch.drop_column("salt")
