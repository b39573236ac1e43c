"""Where the database lives and how it is opened: URL resolution, engine tuning, auto-upgrade."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from prm_core import migrate
from prm_core.safety.messages import Message, TranslatableError, message

APP_NAME = "PRM Desktop"
APP_AUTHOR = "PRM"
ENV_VAR = "PRM_DB"
#: How long a writer waits for another writer's lock on SQLite before giving up (ms).
SQLITE_BUSY_TIMEOUT_MS = 10_000
#: Pause between attempts to set WAL on a file another program is writing (seconds).
WAL_RETRY_S = 0.05
#: Page size of a new SQLite file (SQLite's default is 4 KiB). Half as many pages mean less
#: per-page work in big imports, index builds and WAL checkpoints: a million-row CSV import
#: took 4% less time, a 200k-row workbook 2.5% (bench/import.py, six paired runs each), and
#: reads stayed within 1-3%. 16 KiB gained no more and slowed point reads. An existing file
#: keeps its own page size (only VACUUM could change it).
SQLITE_PAGE_SIZE = 8192


#: Files up to this size get a full ``PRAGMA quick_check`` on open (about 4 ms per MB on the
#: reference machine); larger ones get it per table except ``events``, the bulk of the file,
#: which the GUI's backup on open checks in the background (its copy is quick-checked).
FULL_CHECK_MAX_BYTES = 256 * 1024 * 1024


class DatabaseError(Exception):
    """A database could not be opened or upgraded; the message is meant for the user."""


class DatabaseDamagedError(TranslatableError, DatabaseError):
    """The SQLite file failed its check on open; nothing was changed.

    Callers offer a restore from a backup (``prm_core.safety.backup.newest_good_backup``).
    Attributes: ``path`` (the file), ``problems`` (what SQLite reported).
    """

    def __init__(self, path: str, problems: list[str]) -> None:
        reason = "; ".join(problems[:3]) + (" …" if len(problems) > 3 else "")
        super().__init__(message("db.damaged", path=path, reason=reason))
        self.path = path
        self.problems = problems


class DatabaseInUseError(TranslatableError, DatabaseError):
    """Another program held the SQLite file's lock past the busy timeout while it was being
    opened (a command-line import writing with a rollback journal); nothing was changed.
    Not damage: a restore must not be offered."""

    def __init__(self, path: str) -> None:
        super().__init__(message("db.in_use", path=path, seconds=SQLITE_BUSY_TIMEOUT_MS // 1000))
        self.path = path


class DatabaseUnfinishedWriteError(TranslatableError, DatabaseError):
    """An interrupted write's rollback journal lies beside a file this account cannot write,
    so it cannot be undone and the file cannot be read correctly. Not damage: no restore."""

    def __init__(self, path: str) -> None:
        super().__init__(message("db.unfinished_write", path=path))
        self.path = path


def _locked(exc: BaseException | None) -> bool:
    """True when ``exc`` or one it was raised from is SQLite's "database is locked"."""
    from prm_core.safety import files
    from prm_core.safety.errors import DatabaseBusyError

    while exc is not None:
        if isinstance(exc, DatabaseBusyError) or files.is_locked(exc):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


class ReadOnlyOutdatedError(TranslatableError, DatabaseError):
    """A read-only file whose schema is older than the app's: it cannot be upgraded."""


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
    # Only a file without tables takes a new page size; for any other this does nothing.
    cur.execute(f"PRAGMA page_size={SQLITE_PAGE_SIZE}")
    _set_wal(cur)
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _set_wal(cur: Any) -> None:
    """``PRAGMA journal_mode=WAL``, waiting up to the busy timeout like any other statement.

    SQLite answers "database is locked" at once, without its busy handler, while another
    program writes the file with a rollback journal (a large ``prm import``): retried, a
    window opened meanwhile waits for that import to commit instead of failing at once.
    """
    import sqlite3
    import time

    from prm_core.safety import files

    deadline = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if not files.is_locked(exc) or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_S)


def _tune_sqlite_read_only(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA query_only=ON")
    cur.close()


def _refuse_clearly(reason: Message | None, context: ExceptionContext) -> None:
    """SQLite's "readonly database" and "database is locked" become ``ServiceError``s with a
    message for the user, so a refused write is shown like any other refused save."""
    from prm_core.safety.errors import DatabaseBusyError, ReadOnlyDatabaseError

    text = str(context.original_exception).lower()
    if "readonly database" in text or "read-only" in text:
        raise ReadOnlyDatabaseError(
            message("db.read_only_write", reason=reason or text)
        ) from context.original_exception
    if "database is locked" in text or "database table is locked" in text:
        raise DatabaseBusyError(
            message("db.busy", seconds=SQLITE_BUSY_TIMEOUT_MS // 1000)
        ) from context.original_exception


def create_db_engine(
    url: str, *, read_only: bool = False, read_only_reason: Message | None = None
) -> Engine:
    """An engine with the project's connection settings (pragmas on SQLite).

    ``read_only`` opens an existing SQLite file with ``mode=ro``: reads work, every write is
    refused with ``ReadOnlyDatabaseError`` (its message names ``read_only_reason``).
    """
    if is_sqlite(url):
        path = make_url(url).database
        if read_only and path and path != ":memory:":
            return _read_only_engine(url, path, read_only_reason)
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _tune_sqlite)
        event.listen(engine, "handle_error", partial(_refuse_clearly, None))
        return engine
    return create_engine(url, pool_pre_ping=True)


def _read_only_engine(url: str, path: str, reason: Message | None) -> Engine:
    import sqlite3

    from prm_core.safety import files

    def connect() -> sqlite3.Connection:
        # files.connect reads a WAL file whose -shm cannot be created as immutable
        return files.connect(path, read_only=True)

    engine = create_engine(url, creator=connect)
    event.listen(engine, "connect", _tune_sqlite_read_only)
    event.listen(engine, "handle_error", partial(_refuse_clearly, reason))
    return engine


@dataclass
class Database:
    """An open database: the engine plus a session factory. Thread-safe to share."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]
    #: Opened read-only (a read-only file or folder): every write is refused.
    read_only: bool = False
    #: Why it is read-only, for the banner (None when writable).
    read_only_reason: Message | None = field(default=None, compare=False)

    @property
    def path(self) -> Path | None:
        """The SQLite file, None for PostgreSQL or an in-memory database."""
        if not self.is_sqlite:
            return None
        name = make_url(self.url).database
        return Path(name) if name and name != ":memory:" else None

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


def check_sqlite_file(path: str | os.PathLike[str]) -> None:
    """Raise ``DatabaseDamagedError`` unless the existing SQLite file ``path`` passes a quick check.

    Up to ``FULL_CHECK_MAX_BYTES`` the whole file is checked; above, every table but
    ``events`` (see ``FULL_CHECK_MAX_BYTES``). A missing or empty file passes.
    """
    import sqlite3

    from prm_core.safety import files

    file = Path(path)
    if not file.is_file() or file.stat().st_size == 0:
        return
    try:
        with files.connected(file) as conn:
            if file.stat().st_size <= FULL_CHECK_MAX_BYTES:
                problems = files.quick_check(conn)
            else:
                problems = []
                for table in sorted(files.table_names(conn) - {"events"}):
                    problems += files.quick_check(conn, table)
    except sqlite3.DatabaseError as exc:
        if _locked(exc):
            raise DatabaseInUseError(str(file)) from exc
        if files.unfinished_write(exc):
            raise DatabaseUnfinishedWriteError(str(file)) from exc
        problems = [_reason(exc)]
    if problems:
        raise DatabaseDamagedError(str(file), problems)


def open_database(
    db: str | os.PathLike[str] | None = None,
    *,
    upgrade: bool = True,
    check: bool = True,
    read_only: bool | None = None,
) -> Database:
    """Open (creating if needed) and, unless told otherwise, upgrade the database to head.

    On SQLite, ``check`` first runs a quick check of an existing file and raises
    ``DatabaseDamagedError`` (a ``DatabaseError``) when it fails, so the caller can offer a
    restore. ``read_only=None`` opens a file read-only when it or its folder cannot be
    written (``Database.read_only``); True forces read-only, False never. A read-only file
    with an older schema raises ``ReadOnlyOutdatedError``. Upgrading a file that holds data backs
    it up first (``prm_core.migrate.upgrade``).
    """
    url = resolve_url(db)
    path = make_url(url).database if is_sqlite(url) else None
    file = Path(path) if path and path != ":memory:" else None
    reason: Message | None = None
    if file is not None and file.exists() and read_only is not False:
        from prm_core.safety.location import inspect_location

        reason = inspect_location(file).read_only_reason
        if read_only and reason is None:
            reason = message("location.read_only_requested")
    if file is not None and check:
        check_sqlite_file(file)
    engine = create_db_engine(url, read_only=reason is not None, read_only_reason=reason)
    try:
        if upgrade and reason is not None:
            current = migrate.current_revision(engine)
            if current != migrate.head_revision():
                raise ReadOnlyOutdatedError(
                    message("db.read_only_old_schema", path=_shown(url), current=current or "-")
                )
        elif upgrade:
            migrate.upgrade_if_needed(engine)
    except DatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if file is not None and _locked(exc):
            raise DatabaseInUseError(str(file)) from exc
        if file is not None and _looks_damaged(exc):
            raise DatabaseDamagedError(str(file), [_reason(exc)]) from exc
        raise DatabaseError(f"Cannot open database {_shown(url)}: {_reason(exc)}") from exc
    return Database(
        url,
        engine,
        sessionmaker(engine, expire_on_commit=False),
        read_only=reason is not None,
        read_only_reason=reason,
    )


def _looks_damaged(exc: BaseException) -> bool:
    text = _reason(exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text
