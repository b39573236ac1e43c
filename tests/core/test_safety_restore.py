"""Restore: the backup comes back row by row, the current file is always kept first."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from prm_core.database import DatabaseDamagedError, open_database
from prm_core.safety import backup as bk
from prm_core.safety.backup import list_backups, make_backup, newest_good_backup
from prm_core.safety.errors import RestoreError
from prm_core.safety.restore import restore_backup
from tests.core.test_safety_support import (
    HEAD_FIXTURE,
    all_rows,
    count,
    damage,
    damage_header,
    page_size,
    set_page_size,
)


@pytest.fixture(autouse=True)
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """A database in use: the 0003 fixture opened (WAL) and changed after a backup."""
    path = tmp_path / "live.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    return path


def _change(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("UPDATE partners SET notes = 'changed after the backup' WHERE id = 1")
    conn.execute("DELETE FROM events WHERE id % 2 = 0")
    conn.commit()
    conn.close()


def test_backup_and_restore_round_trip_row_by_row(live: Path) -> None:
    original = all_rows(live)
    info = make_backup(live, reason="manual")
    assert info is not None
    _change(live)
    changed = all_rows(live)
    assert changed != original

    result = restore_backup(info.path, live)

    assert all_rows(live) == original
    assert result.damaged_copy is None
    assert result.safety_backup is not None and result.safety_backup.reason == "restore"
    assert all_rows(result.safety_backup.path) == changed  # the state before is kept
    db = open_database(live)  # passes the check on open
    db.close()
    assert bk.verify(live) is None
    assert count(live, "SELECT count(*) FROM events") == 307


def test_restore_is_seen_by_a_connection_that_stays_open(live: Path) -> None:
    info = make_backup(live)
    assert info is not None
    _change(live)
    other = sqlite3.connect(live)  # e.g. a second window
    assert other.execute("SELECT count(*) FROM events").fetchone()[0] < 307
    restore_backup(info.path, live)
    assert other.execute("SELECT count(*) FROM events").fetchone()[0] == 307
    other.close()


@pytest.fixture
def in_place_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail the test if the restore falls back to replacing the file."""

    def no_replacing(*_args: object) -> None:
        raise AssertionError("the file was replaced instead of restored in place")

    monkeypatch.setattr("prm_core.safety.restore._replace_file", no_replacing)


@pytest.mark.parametrize(("backup_pages", "live_pages"), [(4096, 8192), (8192, 4096)])
@pytest.mark.usefixtures("in_place_only")
def test_a_backup_with_another_page_size_is_restored_in_place(
    live: Path, backup_pages: int, live_pages: int
) -> None:
    """New files get 8 KiB pages, older files and their backups have 4 KiB: SQLite's backup
    API refuses to write across page sizes into a WAL file, yet the restore stays in place."""
    original = all_rows(live)
    info = make_backup(live)
    assert info is not None
    set_page_size(info.path, backup_pages)
    _change(live)
    set_page_size(live, live_pages)
    other = sqlite3.connect(live)  # open throughout: sees the restore only if done in place
    assert other.execute("SELECT count(*) FROM events").fetchone()[0] < 307

    restore_backup(info.path, live)

    assert other.execute("SELECT count(*) FROM events").fetchone()[0] == 307
    other.close()
    assert all_rows(live) == original
    assert bk.verify(live) is None
    assert page_size(live) == live_pages
    assert sorted(p.name for p in live.parent.iterdir() if ".pages" in p.name) == []


@pytest.mark.usefixtures("in_place_only")
def test_a_stale_copy_left_by_a_crash_is_not_reused(live: Path) -> None:
    """A crashed restore can leave its temporary copy; a later process with the same pid
    must start from a fresh file (a stale WAL file of yet another page size would refuse
    the copy and make the restore fall back to replacing the file)."""
    original = all_rows(live)
    info = make_backup(live)
    assert info is not None
    _change(live)
    set_page_size(live, 8192)
    stale = live.with_name(f".{live.name}.{os.getpid()}.pages")
    conn = sqlite3.connect(stale)
    conn.execute("PRAGMA page_size=16384")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE leftover (x)")
    conn.close()

    restore_backup(info.path, live)

    assert all_rows(live) == original
    assert not stale.exists()


def test_restore_works_when_the_current_file_is_damaged(live: Path) -> None:
    original = all_rows(live)
    info = make_backup(live)
    assert info is not None
    damage(live)
    with pytest.raises(DatabaseDamagedError):
        open_database(live)
    damaged_bytes = live.read_bytes()

    result = restore_backup(info.path, live)

    assert all_rows(live) == original
    assert result.safety_backup is None
    assert result.damaged_copy is not None
    assert result.damaged_copy.read_bytes() == damaged_bytes  # kept for a specialist
    assert result.damaged_copy.parent.name == "damaged"
    open_database(live).close()


def test_restore_works_when_the_file_is_not_even_recognised(live: Path) -> None:
    original = all_rows(live)
    info = make_backup(live)
    assert info is not None
    damage_header(live)
    Path(f"{live}-wal").write_bytes(b"stale wal that must not be replayed" * 100)
    result = restore_backup(info.path, live)
    assert result.damaged_copy is not None
    assert Path(f"{result.damaged_copy}-wal").exists()
    assert not Path(f"{live}-wal").exists() or Path(f"{live}-wal").stat().st_size == 0
    assert all_rows(live) == original


def test_restore_into_a_missing_file_creates_it(live: Path, tmp_path: Path) -> None:
    info = make_backup(live)
    assert info is not None
    target = tmp_path / "elsewhere" / "restored.db"
    result = restore_backup(info.path, target)
    assert result.safety_backup is None and result.damaged_copy is None
    assert all_rows(target) == all_rows(live)


def test_a_damaged_backup_is_refused_and_nothing_changes(live: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    shutil.copyfile(live, bad)
    damage(bad)
    before = live.read_bytes()
    with pytest.raises(RestoreError) as caught:
        restore_backup(bad, live)
    assert "not a usable backup" in str(caught.value)
    assert live.read_bytes() == before
    assert list_backups(live) == []
    with pytest.raises(RestoreError):
        restore_backup(tmp_path / "missing.db", live)
    with pytest.raises(RestoreError):
        restore_backup(live, live)


def test_newest_good_backup_after_damage_on_open(live: Path) -> None:
    """The GUI's path: the file fails its check on open; the newest good backup restores it."""
    make_backup(live, reason="open")
    _change(live)
    make_backup(live, reason="periodic")
    expected = all_rows(live)
    damage(live)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(live)
    assert caught.value.path == str(live) and caught.value.problems
    newest = newest_good_backup(live)
    assert newest is not None and newest.reason == "periodic"
    restore_backup(newest.path, live)
    assert all_rows(live) == expected
