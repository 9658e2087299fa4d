"""Alembic environment: runs on the connection (and transaction) the caller hands in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from oto_app.models import Base

config = context.config


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copy-and-move
        compare_type=True,
    )


connection = config.attributes.get("connection")
if connection is not None:
    _configure(connection)
    with context.begin_transaction():
        context.run_migrations()
else:  # the alembic command line, for developers: `alembic -x url=sqlite:///x.db upgrade head`
    url = context.get_x_argument(as_dictionary=True).get("url", "sqlite:///dev.sqlite")
    with create_engine(url).begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()
