"""Alembic environment: runs on the connection handed over by ``prm_core.migrate``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine

from prm_core.orm import Base

config = context.config
target_metadata = Base.metadata


def _run(connection: object) -> None:
    context.configure(
        connection=connection,  # type: ignore[arg-type]
        target_metadata=target_metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if isinstance(connection, Engine):  # pytest-alembic hands over an engine
    with connection.begin() as conn:
        _run(conn)
elif connection is not None:  # prm_core.migrate hands over a connection in a transaction
    _run(connection)
else:  # plain `alembic` command line (developers): sqlalchemy.url from the config
    url = config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url or call prm_core.migrate")
    with create_engine(url).connect() as conn:
        _run(conn)
        conn.commit()
