"""Large command-line imports into SQLite write their pages once, with a rollback journal.

What is checked is what a user would care about: which journal file SQLite writes while the
import runs, that the database is back in WAL afterwards, that an open application keeps its
WAL, and that a crash midway leaves the database as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from prm_core.cli.main import main
from prm_core.database import Database, open_database
from prm_core.importing import run_import, sqlite_bulk
from tests.core.test_import_support import EN_HEADER, counts, write_csv

ROWS = [
    [f"2026-04-{1 + i % 28:02d}", f"P{i % 9}", "", "login", "", "", "", f"J{i}"] for i in range(300)
]


def journal_files(db_path: Path) -> set[str]:
    """Which of SQLite's side files exist beside the database now."""
    return {suffix for suffix in ("-journal", "-wal") if Path(f"{db_path}{suffix}").exists()}


def journal_mode(db_path: Path) -> str:
    with sqlite3.connect(db_path) as conn:
        return str(conn.execute("PRAGMA journal_mode").fetchone()[0])


@pytest.fixture
def bulk_at_ten(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("prm_core.importing.sqlite_bulk.BULK_MIN_ROWS", 10)


def import_watching(db: Database, db_path: Path, csv: Path, **options: object) -> set[str]:
    """Import ``csv`` in batches of 50 rows; the side files seen after the batches."""
    seen: set[str] = set()

    def progress(done: int, _total: int) -> None:
        if 0 < done < len(ROWS):
            seen.update(journal_files(db_path))

    report = run_import(db, csv, "events", batch_rows=50, progress=progress, **options)  # type: ignore[arg-type]
    assert report.inserted == len(ROWS)
    return seen


@pytest.mark.usefixtures("bulk_at_ten")
@pytest.mark.parametrize(
    ("exclusive", "expected"), [(True, {"-journal"}), (False, {"-wal"})], ids=["cli", "gui"]
)
def test_an_exclusive_large_load_uses_a_rollback_journal_and_ends_in_wal(
    sqlite_db: Database, tmp_path: Path, exclusive: bool, expected: set[str]
) -> None:
    db_path = Path(str(sqlite_db.engine.url.database))
    csv = write_csv(tmp_path / "big.csv", [EN_HEADER, *ROWS])
    assert import_watching(sqlite_db, db_path, csv, exclusive=exclusive) == expected
    assert journal_mode(db_path) == "wal"
    assert not Path(f"{db_path}-journal").exists()
    assert counts(sqlite_db)["events"] == len(ROWS)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # and the re-import finds every row already there, whatever the journal was
    assert run_import(sqlite_db, csv, "events", exclusive=True).duplicates == len(ROWS)


def test_a_small_load_or_a_dry_run_keeps_wal(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_path = Path(str(sqlite_db.engine.url.database))
    csv = write_csv(tmp_path / "small.csv", [EN_HEADER, *ROWS])  # under BULK_MIN_ROWS
    assert import_watching(sqlite_db, db_path, csv, exclusive=True) == {"-wal"}
    monkeypatch.setattr(sqlite_bulk, "BULK_MIN_ROWS", 10)
    seen: set[str] = set()
    report = run_import(
        sqlite_db,
        csv,
        "events",
        dry_run=True,
        exclusive=True,
        batch_rows=50,
        progress=lambda done, _total: seen.update(journal_files(db_path)),
    )
    assert report.duplicates == len(ROWS) and not report.committed  # read, checked, not written
    assert seen == {"-wal"}  # leaving WAL would have removed the -wal file


@pytest.mark.usefixtures("bulk_at_ten")
def test_an_open_application_keeps_its_wal_and_its_reads(
    sqlite_db: Database, tmp_path: Path
) -> None:
    """SQLite refuses to leave WAL while another connection has the file: the import runs
    in WAL as it always did, and the other connection can read throughout."""
    db_path = Path(str(sqlite_db.engine.url.database))
    other = sqlite3.connect(db_path)
    try:
        assert other.execute("SELECT count(*) FROM events").fetchone() == (0,)
        csv = write_csv(tmp_path / "big.csv", [EN_HEADER, *ROWS])
        assert import_watching(sqlite_db, db_path, csv, exclusive=True) == {"-wal"}
        assert other.execute("SELECT count(*) FROM events").fetchone() == (len(ROWS),)
    finally:
        other.close()
    assert journal_mode(db_path) == "wal"


CRASH = """
import os, sys
import prm_core.importing.sqlite_bulk as bulk
from prm_core.database import open_database
from prm_core.importing import run_import

bulk.BULK_MIN_ROWS = 10
bulk.CACHE_KIB = 64  # a small page cache, so pages reach the database file before commit

def progress(done, total):
    if done >= 1500:
        os._exit(3)  # a crash: no rollback, no clean-up

run_import(open_database(sys.argv[1]), sys.argv[2], "events", batch_rows=250,
           progress=progress, exclusive=True)
"""


def test_a_crash_midway_leaves_the_database_as_it_was(
    sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The next open, ``prm check`` (and a backup, through the same read-only connection)
    roll the journal back first, as SQLite does on a read-write open; read as it is, the
    half-written file looks damaged."""
    db_path = Path(str(sqlite_db.engine.url.database))
    first = write_csv(tmp_path / "first.csv", [EN_HEADER, *ROWS])
    run_import(sqlite_db, first, "events")
    before = counts(sqlite_db)
    sqlite_db.close()
    size_before = db_path.stat().st_size
    rows = [
        [f"2026-05-{1 + i % 28:02d}", f"Q{i % 50}", "", "login", "", "", "", f"K{i}"]
        for i in range(3000)
    ]
    big = write_csv(tmp_path / "big.csv", [EN_HEADER, *rows])
    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, PYTHONPATH=str(root), PRM_BACKUP_DIR=str(tmp_path / "backups"))
    done = subprocess.run(
        [sys.executable, "-c", CRASH, str(db_path), str(big)], env=env, check=False
    )
    assert done.returncode == 3
    assert Path(f"{db_path}-journal").exists()  # a hot journal: the crash was mid-write
    assert db_path.stat().st_size > size_before  # pages had reached the database file
    copy = tmp_path / "copy.db"  # the same crash, for `prm check` (which does not open)
    shutil.copyfile(db_path, copy)
    shutil.copyfile(f"{db_path}-journal", f"{copy}-journal")
    assert main(["--db", str(copy), "check", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["ok"] is True
    reopened = open_database(db_path)  # the hot journal is rolled back before the check
    try:
        assert counts(reopened) == before
        with reopened.reading() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
    finally:
        reopened.close()
    assert journal_mode(db_path) == "wal"
    assert not Path(f"{db_path}-journal").exists()


@contextmanager
def spying(monkeypatch: pytest.MonkeyPatch, seen: list[bool]) -> Iterator[None]:
    real = sqlite_bulk.rollback_journal

    @contextmanager
    def spy(*args: object, **kwargs: object) -> Iterator[bool]:
        with real(*args, **kwargs) as switched:  # type: ignore[arg-type]
            seen.append(switched)
            yield switched

    monkeypatch.setattr("prm_core.importing.runner.rollback_journal", spy)
    yield


@pytest.mark.usefixtures("bulk_at_ten")
def test_the_command_line_imports_exclusively(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[bool] = []
    csv = write_csv(tmp_path / "big.csv", [EN_HEADER, *ROWS])
    with spying(monkeypatch, seen):
        code = main(["--db", str(tmp_path / "c.db"), "import", "events", str(csv)])
    capsys.readouterr()
    assert code == 0
    assert seen == [True]
    assert journal_mode(tmp_path / "c.db") == "wal"


@pytest.mark.usefixtures("bulk_at_ten")
def test_the_load_syncs_fully_and_the_pool_gets_its_usual_connection_back(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """synchronous=FULL while the rollback journal is in use (NORMAL is durable only with
    WAL); afterwards the pooled connection is back in WAL with NORMAL."""
    from prm_core.importing.events import EventImporter

    seen: list[int] = []
    apply = EventImporter.apply

    def spy(self: EventImporter, *args: Any, **kwargs: Any) -> Any:
        seen.append(int(self.ctx.conn.exec_driver_sql("PRAGMA synchronous").scalar() or 0))
        return apply(self, *args, **kwargs)

    monkeypatch.setattr(EventImporter, "apply", spy)
    csv = write_csv(tmp_path / "big.csv", [EN_HEADER, *ROWS])
    run_import(sqlite_db, csv, "events", batch_rows=50, exclusive=True)
    assert seen and set(seen) == {2}  # FULL
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1  # NORMAL


@pytest.mark.usefixtures("bulk_at_ten")
def test_a_connection_left_in_rollback_journal_mode_is_not_pooled(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When WAL cannot be set again at the end (a reader opened the file meanwhile), the
    connection is discarded; the next one sets WAL on the file again."""
    real = sqlite_bulk._journal_mode

    def refuse_wal(conn: Any, mode: str) -> bool:
        return False if mode == "wal" else real(conn, mode)

    monkeypatch.setattr(sqlite_bulk, "_journal_mode", refuse_wal)
    csv = write_csv(tmp_path / "big.csv", [EN_HEADER, *ROWS])
    assert run_import(sqlite_db, csv, "events", exclusive=True).inserted == len(ROWS)
    with sqlite_db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 1
