"""Opening a database another program is writing with a rollback journal (a large
command-line import): a clear "in use" error, never "damaged" (which offers a restore)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from prm_core import database
from prm_core.database import DatabaseDamagedError, DatabaseInUseError, open_database
from prm_core.safety import files


@pytest.fixture
def short_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(files, "BUSY_TIMEOUT_S", 0.2)


@pytest.fixture
def writer(sqlite_db: database.Database) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A second program's connection to the fixture's file, in rollback-journal mode."""
    path = Path(str(sqlite_db.engine.url.database))
    sqlite_db.close()
    conn = sqlite3.connect(path, isolation_level=None)
    assert conn.execute("PRAGMA journal_mode=DELETE").fetchone() == ("delete",)
    yield path, conn
    if conn.in_transaction:
        conn.rollback()
    conn.close()


def write_some(conn: sqlite3.Connection, *, spill: bool) -> None:
    """Start a write; with ``spill`` the page cache is tiny, so the writer must take the
    exclusive lock that keeps readers out until it commits."""
    conn.execute(f"PRAGMA cache_size={2 if spill else 2000}")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO partners (name, type, status, notes) VALUES (?, 'reseller', 'active', '')",
        [(f"Busy {i} " + "x" * 150,) for i in range(3000 if spill else 3)],
    )


@pytest.mark.usefixtures("short_timeouts")
@pytest.mark.parametrize("spill", [True, False], ids=["exclusive lock", "reserved lock"])
def test_a_file_another_program_is_writing_is_in_use_not_damaged(
    writer: tuple[Path, sqlite3.Connection], spill: bool
) -> None:
    """With the exclusive lock, the check cannot read; with only the reserved lock it can,
    but SQLite refuses the switch back to WAL. Both say "in use"; neither says damaged."""
    path, conn = writer
    write_some(conn, spill=spill)
    assert Path(f"{path}-journal").exists()
    with pytest.raises(DatabaseInUseError) as caught:
        open_database(path)
    assert not isinstance(caught.value, DatabaseDamagedError)
    assert caught.value.message.key == "db.in_use"
    assert str(path) in str(caught.value) and "try again" in str(caught.value)
    conn.commit()  # once the writer has finished, the file opens as usual, in WAL again
    opened = open_database(path)
    opened.close()
    with sqlite3.connect(path) as check:
        assert check.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert check.execute("SELECT count(*) FROM partners WHERE name LIKE 'Busy %'").fetchone()[
            0
        ] == (3000 if spill else 3)
