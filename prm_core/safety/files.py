"""Low-level SQLite file helpers shared by backup, restore, integrity and the open check."""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

#: Readers wait this long for a writer's checkpoint or recovery before giving up (seconds).
BUSY_TIMEOUT_S = 10.0
#: How long a rollback of a hot journal waits for a lock: none is held after a crash.
HOT_JOURNAL_WAIT_S = 0.5
#: Files beside a SQLite database that belong to it.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")

log = logging.getLogger(__name__)


def remove_temporary(path: Path) -> None:
    """Delete a temporary database file and its companions, if any. A file that cannot be
    deleted is logged, not raised: the caller's own outcome (or error) is what matters."""
    for leftover in (path, *(Path(f"{path}{s}") for s in COMPANION_SUFFIXES)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError as exc:
            log.warning("could not delete the temporary file %s (%s)", leftover, exc)


def file_uri(path: str | os.PathLike[str], **params: str) -> str:
    """A SQLite ``file:`` URI for ``path`` (percent-encoded, so any file name works)."""
    uri = Path(path).resolve().as_uri()
    if params:
        uri += "?" + "&".join(f"{k}={v}" for k, v in params.items())
    return uri


def connect(
    path: str | os.PathLike[str], *, read_only: bool = True, immutable: bool = False
) -> sqlite3.Connection:
    """A plain sqlite3 connection, read-only by default (never creates the file).

    A WAL-mode file that this process may not write, or whose folder it may not write,
    cannot be read normally: SQLite must create the ``-wal``/``-shm`` files first and fails
    with "attempt to write a readonly database". Nobody can be writing such a file through
    this folder, so a read-only connection then reads it as immutable instead.
    """
    if read_only and not immutable:
        roll_back_hot_journal(path)
    params = {"mode": "ro" if read_only else "rw"}
    if immutable:
        params["immutable"] = "1"
    conn = sqlite3.connect(
        file_uri(path, **params),
        uri=True,
        timeout=BUSY_TIMEOUT_S,
        check_same_thread=False,
        isolation_level=None,
    )
    if read_only and not immutable:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlite3.OperationalError as exc:
            if not _cannot_create_companions(exc) or unfinished_write(exc):
                conn.close()  # immutable would read an interrupted write's pages as they are
                raise
            conn.close()
            return connect(path, read_only=True, immutable=True)
        except sqlite3.DatabaseError:
            pass  # a damaged file: the caller's check reports it
    return conn


def give_up_when_busy(timeout: float | None = None) -> Callable[[int, int, int], None]:
    """A ``Connection.backup`` progress callback that ends a backup kept waiting for a lock.

    Python's ``backup`` retries a step that finds the database locked for as long as the
    lock lasts; a large import holds its write lock for its whole run. After ``timeout``
    this raises "database is locked", as any other statement would after its busy timeout.
    """
    deadline = time.monotonic() + (BUSY_TIMEOUT_S if timeout is None else timeout)

    def progress(status: int, _remaining: int, _total: int) -> None:
        if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) and time.monotonic() > deadline:
            raise sqlite3.OperationalError("database is locked")

    return progress


def is_locked(exc: BaseException) -> bool:
    """SQLite's "database is locked": another program holds the file's lock (not damage)."""
    return "database is locked" in str(exc).lower()


def unfinished_write(exc: BaseException) -> bool:
    """SQLite could not undo an interrupted write (a hot rollback journal) for lack of write
    access: the file is sound once that is undone, but cannot be read correctly before."""
    return getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"


def roll_back_hot_journal(path: str | os.PathLike[str]) -> None:
    """Undo what a write interrupted by a crash left in a rollback journal beside ``path``.

    SQLite does this on the first read of a read-write connection; a read-only one cannot,
    fails, and is then retried as immutable above, which reads the half-written pages as
    they are: a sound file would be reported damaged, or backed up half-written. A large
    ``prm import`` writes with a rollback journal (``importing.sqlite_bulk``). A journal
    whose writer still runs is not hot, and SQLite leaves it alone; without write access
    nothing can be done, and the caller's check reports what it reads.
    """
    journal = Path(f"{path}-journal")
    try:
        if journal.stat().st_size == 0:
            return
    except OSError:  # none, the usual case
        return
    try:  # a short wait: a hot journal has no writer holding a lock, a live writer does
        conn = sqlite3.connect(
            file_uri(path, mode="rw"), uri=True, timeout=HOT_JOURNAL_WAIT_S, isolation_level=None
        )
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        log.info("a rollback journal beside %s could not be rolled back (%s)", path, exc)


def _cannot_create_companions(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "unable to open" in text


@contextlib.contextmanager
def connected(
    path: str | os.PathLike[str], *, read_only: bool = True
) -> Iterator[sqlite3.Connection]:
    conn = connect(path, read_only=read_only)
    try:
        yield conn
    finally:
        conn.close()


def quick_check(conn: sqlite3.Connection, table: str | None = None) -> list[str]:
    """``PRAGMA quick_check`` (of one table when given): [] when the file is sound.

    A file SQLite cannot read at all ("file is not a database") raises ``sqlite3.DatabaseError``.
    """
    pragma = f'PRAGMA quick_check("{table}")' if table else "PRAGMA quick_check"
    rows = [str(r[0]) for r in conn.execute(pragma).fetchall()]
    return [] if rows == ["ok"] else rows


def reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def table_names(conn: sqlite3.Connection) -> set[str]:
    return {str(r[0]) for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def count_rows(conn: sqlite3.Connection, table: str) -> int | None:
    """Rows in ``table``, or None when the table does not exist or cannot be read."""
    try:
        return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.Error:
        return None


def schema_revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row else None


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); a no-op where directories cannot be opened (Windows)."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def has_content(path: Path) -> bool:
    """True when ``path`` exists and holds at least one table (a fresh file does not)."""
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return False
    except OSError:
        return False
    try:
        with connected(path) as conn:
            return bool(table_names(conn))
    except sqlite3.Error:
        return True  # unreadable: treat as content (it may be a damaged database)
