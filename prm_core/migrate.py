"""Alembic migrations driven from code: no alembic.ini needed, works inside a bundle."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("path_separator", "os")
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "no migrations found"
    return head


def known_revisions() -> list[str]:
    """Every revision this version of the app knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


@contextmanager
def _schema_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction that DDL joins too, so a crash leaves the old schema or the new one.

    Python's sqlite3 module runs DDL outside any transaction unless the transaction was
    begun explicitly: on SQLite this issues ``BEGIN IMMEDIATE`` itself (writers wait for the
    lock; CREATE/ALTER/DROP then commit or roll back with everything else).
    """
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                yield conn
            return
        raw = conn.connection.dbapi_connection
        previous = getattr(raw, "isolation_level", "")
        raw.isolation_level = None  # type: ignore[union-attr]
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            raw.isolation_level = previous  # type: ignore[union-attr]


def upgrade(engine: Engine, revision: str = "head", *, backup: bool = True) -> None:
    """Upgrade in one transaction (schema changes included, also on SQLite).

    With ``backup`` (the default) a SQLite file that holds data is backed up first
    (reason ``migrate``, see ``prm_core.safety.hooks``).
    """
    if backup:
        current = current_revision(engine)
        target = head_revision() if revision == "head" else revision
        if current != target:
            from prm_core.safety.hooks import before_migration

            before_migration(engine, current, target)
    with _schema_transaction(engine) as conn:
        command.upgrade(alembic_config(conn), revision)


def downgrade(engine: Engine, revision: str) -> None:
    with _schema_transaction(engine) as conn:
        command.downgrade(alembic_config(conn), revision)


def upgrade_if_needed(engine: Engine) -> bool:
    """Bring the schema to head; returns True when anything ran."""
    if current_revision(engine) == head_revision():
        return False
    upgrade(engine)
    return True
