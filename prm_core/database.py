"""Where the database lives and how it is opened: URL resolution, engine tuning, auto-upgrade."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from prm_core import migrate

APP_NAME = "PRM Desktop"
APP_AUTHOR = "PRM"
ENV_VAR = "PRM_DB"
#: How long a writer waits for another writer's lock on SQLite before giving up (ms).
SQLITE_BUSY_TIMEOUT_MS = 10_000


class DatabaseError(Exception):
    """A database could not be opened or upgraded; the message is meant for the user."""


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_db_path() -> Path:
    return data_dir() / "prm.db"


def demo_db_path() -> Path:
    return data_dir() / "demo.db"


def resolve_url(db: str | os.PathLike[str] | None = None) -> str:
    """Turn ``--db`` (a file path or a SQLAlchemy URL), ``$PRM_DB`` or the default into a URL."""
    raw = os.fspath(db) if db is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        raw = os.fspath(default_db_path())
    if "://" in raw:
        url = make_url(raw)
        if url.drivername in ("postgresql", "postgres"):  # psycopg 3 is the driver we ship
            url = url.set(drivername="postgresql+psycopg")
        return url.render_as_string(hide_password=False)
    return f"sqlite:///{Path(raw).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def _tune_sqlite(dbapi_conn: Any, _record: Any) -> None:
    # WAL lets readers and one writer work at once; NORMAL is durable with WAL except for the
    # very last transactions on power loss; foreign keys are off by default in SQLite.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def create_db_engine(url: str) -> Engine:
    """An engine with the project's connection settings (pragmas on SQLite)."""
    if is_sqlite(url):
        path = make_url(url).database
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _tune_sqlite)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open database: the engine plus a session factory. Thread-safe to share."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return is_sqlite(self.url)

    @property
    def display_name(self) -> str:
        return _shown(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits on success and rolls back entirely on any error."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


def _shown(url: str) -> str:
    parsed = make_url(url)
    if is_sqlite(url):
        return parsed.database or ":memory:"
    return parsed.render_as_string(hide_password=True)


def _reason(exc: BaseException) -> str:
    """The driver's own words ("file is not a database"), without SQLAlchemy's link lines."""
    if isinstance(exc, DBAPIError) and exc.orig is not None:
        return str(exc.orig).strip().splitlines()[0]
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def open_database(db: str | os.PathLike[str] | None = None, *, upgrade: bool = True) -> Database:
    """Open (creating if needed) and, unless told otherwise, upgrade the database to head."""
    url = resolve_url(db)
    engine = create_db_engine(url)
    try:
        if upgrade:
            migrate.upgrade_if_needed(engine)
    except Exception as exc:
        engine.dispose()
        raise DatabaseError(f"Cannot open database {_shown(url)}: {_reason(exc)}") from exc
    return Database(url, engine, sessionmaker(engine, expire_on_commit=False))
