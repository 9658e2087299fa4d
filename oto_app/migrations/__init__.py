"""Alembic migrations of the OTO schema.

``REVISIONS`` lists every revision id in order, so that opening a database can
tell "current", "older" and "newer than this program" without importing
Alembic (which costs start-up time); a test keeps it equal to the scripts.
"""

REVISIONS: tuple[str, ...] = (
    "0001",
    "0002",
    "0003",
    "0004_dated_history",
    "0005_oto_marker",
    "0006_audit_chain",
    "0007_assignment_overlap",
    "0008_exemptions",
    "0009_dated_formation",
    "0010_role_names",
)
HEAD = REVISIONS[-1]
