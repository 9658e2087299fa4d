"""the database itself refuses two overlapping assignments of one role (PostgreSQL)

Revision ID: 0007_assignment_overlap
Revises: 0006_audit_chain
Create Date: 2026-12-01

Two workstations assigning the same role in the same unit to the same person at the same
moment both passed the service's check and both were saved. On PostgreSQL an exclusion
constraint (btree_gist) over the dates now refuses the second; on SQLite the service holds
the write lock from its check to its insert (oto_app.services.common.hold_write_lock).
Exact duplicates such a race left behind are removed first (the lowest id stays); they
differ in nothing but their id.
"""

from __future__ import annotations

from alembic import op

revision = "0007_assignment_overlap"
down_revision = "0006_audit_chain"
branch_labels = None
depends_on = None

CONSTRAINT = "ex_assignments_no_overlap"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        "DELETE FROM assignments a USING assignments b WHERE a.id > b.id "
        "AND a.person_id = b.person_id AND a.unit_id = b.unit_id AND a.role_id = b.role_id "
        "AND a.kind = b.kind AND a.start_date = b.start_date "
        "AND a.end_date IS NOT DISTINCT FROM b.end_date"
    )
    op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
    op.execute(
        f"ALTER TABLE assignments ADD CONSTRAINT {CONSTRAINT} EXCLUDE USING gist "
        "(person_id WITH =, unit_id WITH =, role_id WITH =, "
        "daterange(start_date, end_date, '[]') WITH &&)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"ALTER TABLE assignments DROP CONSTRAINT {CONSTRAINT}")
