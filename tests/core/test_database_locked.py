"""A database another program is writing with a rollback journal (a large command-line
import), or one an interrupted write left a journal beside that cannot be undone here:
opening, backing up and restoring say so clearly, never "damaged" (which offers a restore),
and change nothing."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from prm_core import database
from prm_core.database import (
    DatabaseDamagedError,
    DatabaseInUseError,
    DatabaseUnfinishedWriteError,
    _locked,
    open_database,
)
from prm_core.safety import files
from prm_core.safety.backup import make_backup
from prm_core.safety.errors import BackupError, DatabaseBusyError, RestoreError
from prm_core.safety.messages import message
from prm_core.safety.restore import restore_backup


@pytest.fixture
def short_timeouts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 200)
    monkeypatch.setattr(files, "BUSY_TIMEOUT_S", 0.2)


@pytest.fixture
def writer(sqlite_db: database.Database) -> Iterator[tuple[Path, sqlite3.Connection]]:
    """A second program's connection to the fixture's file, in rollback-journal mode."""
    path = Path(str(sqlite_db.engine.url.database))
    sqlite_db.close()
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
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


def test_a_window_opened_during_a_write_waits_for_the_commit(
    writer: tuple[Path, sqlite3.Connection],
) -> None:
    """SQLite refuses the switch back to WAL at once, without its busy wait, while the
    writer holds its lock: the open retries until the writer commits."""
    path, conn = writer
    write_some(conn, spill=False)
    threading.Timer(0.3, conn.commit).start()
    opened = open_database(path)
    try:
        with opened.reading() as s:
            names = s.execute(text("SELECT count(*) FROM partners WHERE name LIKE 'Busy %'"))
            assert names.scalar() == 3
    finally:
        opened.close()


def test_locked_is_found_anywhere_in_the_exception_chain() -> None:
    try:
        try:
            raise sqlite3.OperationalError("database is locked")
        except sqlite3.OperationalError as inner:
            raise RuntimeError("could not open") from inner
    except RuntimeError as outer:
        assert _locked(outer)
    assert _locked(DatabaseBusyError(message("db.busy", seconds=1)))
    assert not _locked(sqlite3.DatabaseError("database disk image is malformed"))


@pytest.mark.usefixtures("short_timeouts")
@pytest.mark.parametrize(
    ("spill", "refusal"),
    [(True, "backup.source_busy"), (False, "restore.target_busy")],
    ids=["nothing readable", "readable, not writable"],
)
def test_restoring_over_a_file_being_written_is_refused_and_changes_nothing(
    writer: tuple[Path, sqlite3.Connection], tmp_path: Path, spill: bool, refusal: str
) -> None:
    """With the writer's exclusive lock even the safety backup cannot read the file; with
    its reserved lock the backup can, but the restore cannot write. Either way the file is
    not replaced under the writer (which would delete its journal), and its write commits."""
    path, conn = writer
    good = make_backup(path, out=tmp_path / "good.db")  # before the writer starts
    assert good is not None
    write_some(conn, spill=spill)
    journal = Path(f"{path}-journal").read_bytes()
    with pytest.raises((BackupError, RestoreError)) as refused:
        restore_backup(good.path, path, root=tmp_path / "backups")
    assert refused.value.message.key == refusal
    assert Path(f"{path}-journal").read_bytes() == journal
    conn.commit()
    with sqlite3.connect(path) as check:
        count = check.execute("SELECT count(*) FROM partners WHERE name LIKE 'Busy %'")
        assert count.fetchone()[0] == (3000 if spill else 3)


@pytest.mark.usefixtures("short_timeouts")
def test_a_backup_of_a_file_being_written_says_busy_not_damaged(
    writer: tuple[Path, sqlite3.Connection], tmp_path: Path
) -> None:
    path, conn = writer
    write_some(conn, spill=True)
    with pytest.raises(BackupError) as caught:
        make_backup(path, out=tmp_path / "during.db")
    assert caught.value.message.key == "backup.source_busy" and not caught.value.source_damaged
    assert "try again" in str(caught.value)
    assert not (tmp_path / "during.db").exists()


CRASHED_WRITE = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=2")
conn.execute("BEGIN")
conn.executemany(
    "INSERT INTO partners (name, type, status, notes) VALUES (?, 'reseller', 'active', '')",
    [(f"Lost {i} " + "x" * 150,) for i in range(3000)],
)
os._exit(3)
"""


def test_an_interrupted_write_that_cannot_be_undone_here_is_not_called_damaged(
    sqlite_db: database.Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without write access the journal cannot be rolled back (simulated: running as root,
    permissions would not stop the rollback). Read as it is, the file looks damaged: it is
    reported as an interrupted write instead, and nothing is read, backed up or offered."""
    import subprocess
    import sys

    path = Path(str(sqlite_db.engine.url.database))
    sqlite_db.close()
    done = subprocess.run([sys.executable, "-c", CRASHED_WRITE, str(path)], check=False)
    assert done.returncode == 3 and Path(f"{path}-journal").stat().st_size > 0
    monkeypatch.setattr(files, "roll_back_hot_journal", lambda _path: None)
    with pytest.raises(DatabaseUnfinishedWriteError) as caught:
        open_database(path)
    assert not isinstance(caught.value, DatabaseDamagedError)
    with pytest.raises(BackupError) as refused:
        make_backup(path, out=tmp_path / "copy.db")
    assert refused.value.message.key == "db.unfinished_write"
    assert not refused.value.source_damaged
    monkeypatch.undo()  # write access again: the next open undoes the write
    reopened = open_database(path)
    reopened.close()
    with sqlite3.connect(path) as check:
        assert (
            check.execute("SELECT count(*) FROM partners WHERE name LIKE 'Lost %'").fetchone()[0]
            == 0
        )
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
