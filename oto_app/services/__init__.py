"""Use cases. Every function takes a Session; the caller owns the transaction.

Functions here never commit: the boundary (a button press, a CLI command) opens
``with database.begin() as session:`` and the whole use case is one unit of work.
They return plain frozen dataclasses, never ORM objects, so the UI can keep them.
"""
