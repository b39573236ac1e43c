"""Bulk loading into SQLite: a bigger page cache, and index rebuilds for very large loads.

Measured on the 2-core reference machine, inserting into ``events`` costs about 2-4 µs per
row per secondary index when the index is maintained row by row (there are five; the insert
itself is the smaller part), while ``CREATE INDEX`` after the load sorts once and costs well
under 1 µs per row per index, but over the *whole* table. So when a load adds many rows
compared with what the table holds, the secondary indexes are dropped inside the import's
transaction and recreated from their own stored SQL before commit. Readers keep their WAL
snapshot, a rollback (rejection, cancel, crash) restores the indexes untouched, and the
unique index that dedupes ``(source, external_id)`` is never dropped.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from sqlalchemy import CheckConstraint, Connection, Table
from sqlalchemy.exc import OperationalError

from prm_core.safety.errors import DatabaseBusyError

log = logging.getLogger(__name__)

#: Worth dropping indexes only when at least this many rows are still to be inserted...
BULK_MIN_ROWS: Final = 50_000
#: ...and they are at least this fraction of the rows already in the table.
BULK_MIN_RATIO: Final = 0.5
#: Page cache during an import, in KiB (constant, so memory stays flat in file size).
CACHE_KIB: Final = 65_536
#: Page cache while the dropped indexes are rebuilt (SQLite's default).
REBUILD_CACHE_KIB: Final = 2_000
#: Helper threads SQLite's sorter may use for CREATE INDEX (1M rows, five indexes, two
#: cores: 3.6 s single-threaded, 2.7 s with two).
SORTER_THREADS: Final = 2


@contextmanager
def larger_cache(conn: Connection, *, checks_off: bool = False) -> Iterator[None]:
    """Import settings for this connection while the block runs, restored afterwards.

    A bigger page cache and sorter threads. With ``checks_off``, no per-row foreign key and
    CHECK constraint checks (together about 2 µs per event row, a third of the insert):
    the importer only writes ids it read or created in the same transaction and values it
    validated itself, and verifies before commit, once for the whole load, that the ids
    all still exist (``check_references``) and that no new row breaks a CHECK constraint
    (``check_violations``), so the per-row checks are redundant there. Must be entered
    outside a transaction (PRAGMA autobegins one, which is committed here; foreign_keys is
    ignored inside a transaction). If restoring fails the connection is invalidated so the
    pool never hands out a connection without its checks.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    previous = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    threads = conn.exec_driver_sql("PRAGMA threads").scalar()
    fk = conn.exec_driver_sql("PRAGMA foreign_keys").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.exec_driver_sql(f"PRAGMA threads={SORTER_THREADS}")
    if checks_off:
        conn.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
    conn.commit()
    if checks_off and fk:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
    try:
        yield
    finally:
        try:
            if conn.in_transaction():
                conn.rollback()
            conn.exec_driver_sql(f"PRAGMA cache_size={int(previous or -2000)}")
            conn.exec_driver_sql(f"PRAGMA threads={int(threads or 0)}")
            conn.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")
            conn.commit()
            if checks_off and fk:
                conn.exec_driver_sql("PRAGMA foreign_keys=ON")
                conn.commit()
                if not conn.exec_driver_sql("PRAGMA foreign_keys").scalar():
                    raise RuntimeError("foreign keys could not be switched back on")
            if conn.exec_driver_sql("PRAGMA ignore_check_constraints").scalar():
                raise RuntimeError("CHECK constraints could not be switched back on")
        except BaseException:
            conn.invalidate()
            raise


@contextmanager
def rollback_journal(conn: Connection, *, wanted: bool, expected_rows: int) -> Iterator[bool]:
    """While the block runs, SQLite's rollback journal instead of WAL, when ``wanted``, the
    load is large (``BULK_MIN_ROWS``) and this connection is the only one with the file
    open; yields whether it switched.

    With WAL every page of a big load is written twice: into the WAL while loading, and
    into the database file by the checkpoint at commit (0.7 s for a million events).
    With a rollback journal a new page goes straight to the file, and only pages that
    existed before are copied to the journal, so a rollback, a cancel or a crash restores
    them just as safely (the next open rolls a leftover journal back). The price is that
    no other connection may read meanwhile: SQLite refuses to leave WAL while another
    connection has the file open, so an open application keeps its WAL, but a reader that
    opens the file during the load waits for the commit or is told the database is busy.
    Hence only on request (the command line). Must be entered outside a transaction.

    ``synchronous`` goes from NORMAL to FULL meanwhile: NORMAL is durable with WAL, but
    with a rollback journal SQLite documents a small chance of corruption on power loss.
    If WAL cannot be set again (a reader opened the file meanwhile), the connection is
    discarded rather than returned to the pool in rollback-journal mode; the file gets WAL
    back from the next connection that opens it (``prm_core.database``).
    """
    switched = (
        wanted
        and expected_rows >= BULK_MIN_ROWS
        and conn.dialect.name == "sqlite"
        and _journal_mode(conn, "delete")
    )
    if switched:
        synchronous = int(conn.exec_driver_sql("PRAGMA synchronous").scalar() or 1)
        conn.exec_driver_sql("PRAGMA synchronous=FULL")
        conn.commit()
    try:
        yield switched
    finally:
        if switched:
            if conn.in_transaction():
                conn.rollback()
            if _journal_mode(conn, "wal"):
                conn.exec_driver_sql(f"PRAGMA synchronous={synchronous}")
                conn.commit()
            else:
                log.warning("the database stays in rollback-journal mode until next opened")
                conn.invalidate()


def _journal_mode(conn: Connection, mode: str) -> bool:
    """Set the journal mode; False when SQLite refused (another connection has the file)."""
    try:
        now = conn.exec_driver_sql(f"PRAGMA journal_mode={mode}").scalar()
    except (OperationalError, DatabaseBusyError):
        conn.rollback()
        return False
    conn.commit()
    return str(now).lower() == mode


def check_references(conn: Connection, table: str, ids: set[int]) -> bool:
    """True when every id in ``ids`` still exists in ``table`` (run inside the writing
    transaction, before commit, in place of per-row foreign key checks)."""
    if not ids:
        return True
    present = {int(r[0]) for r in conn.exec_driver_sql(f'SELECT id FROM "{table}"')}
    return ids <= present


def last_rowid(conn: Connection, table: str) -> int:
    """The table's highest rowid now: rows inserted later in the transaction lie above it."""
    return int(conn.exec_driver_sql(f'SELECT max(rowid) FROM "{table}"').scalar() or 0)


def check_violations(conn: Connection, table: Table, after_rowid: int) -> list[str]:
    """Names of the CHECK constraints of ``table`` that a row above ``after_rowid`` breaks.

    The constraints come from the schema's own definitions, so the verification cannot
    drift from what SQLite would have checked row by row; one scan of the new rows checks
    them all. A CHECK fails only when its expression is false (NULL passes), which is
    exactly when ``NOT (expr)`` is 1.
    """
    checks = [c for c in table.constraints if isinstance(c, CheckConstraint)]
    if not checks:
        return []
    columns = ", ".join(
        "max(NOT ({}))".format(
            c.sqltext.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True})
        )
        for c in checks
    )
    found = conn.exec_driver_sql(
        f'SELECT {columns} FROM "{table.name}" WHERE rowid > ?', (after_rowid,)
    ).one()
    return [str(c.name) for c, broken in zip(checks, found, strict=True) if broken]


class BulkLoad:
    """Drops a table's non-unique indexes for a big load; ``finish`` recreates them."""

    def __init__(self, conn: Connection, table: str) -> None:
        self.conn = conn
        self.table = table
        self.dropped: list[tuple[str, str]] = []

    @property
    def active(self) -> bool:
        return bool(self.dropped)

    def maybe_start_empty(self, expected_rows: int) -> bool:
        """Switch to bulk mode before the first insert when the table is empty: every row
        will be new, so no first batch has to be inserted the slow way to find that out."""
        if self.dropped or expected_rows < BULK_MIN_ROWS:
            return bool(self.dropped)
        if self.conn.exec_driver_sql(f'SELECT 1 FROM "{self.table}" LIMIT 1').first():
            return False
        return self.maybe_start(inserted_fraction=1.0, remaining_rows=expected_rows)

    def maybe_start(self, *, inserted_fraction: float, remaining_rows: int) -> bool:
        """Switch to bulk mode if the rows still expected to be inserted make it pay off."""
        if self.dropped:
            return True
        expected = inserted_fraction * remaining_rows
        if expected < BULK_MIN_ROWS:
            return False
        if expected < BULK_MIN_RATIO * last_rowid(self.conn, self.table):
            return False
        indexes = self.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
            "AND sql IS NOT NULL AND upper(sql) NOT LIKE 'CREATE UNIQUE%'",
            (self.table,),
        ).all()
        for name, _sql in indexes:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
        self.dropped = [(str(name), str(sql)) for name, sql in indexes]
        return True

    def finish(self, *, rebuild: bool) -> None:
        """Recreate the dropped indexes (skip when the transaction will be rolled back)."""
        dropped, self.dropped = self.dropped, []
        if rebuild and dropped:
            # CREATE INDEX sorts in runs the size of the page cache; small runs that fit the
            # CPU cache measured faster (1M rows, five indexes: 3.4 s at 2 MB, 5.2 s at 64 MB).
            self.conn.exec_driver_sql(f"PRAGMA cache_size=-{REBUILD_CACHE_KIB}")
            for _name, sql in dropped:
                self.conn.exec_driver_sql(sql)
            self.conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
