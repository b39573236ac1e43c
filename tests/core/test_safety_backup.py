"""Backups: verified copies, atomic names, rotation like Anki's, listing with counts."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from prm_core import migrate
from prm_core.database import Database, open_database
from prm_core.safety import backup as bk
from prm_core.safety import files
from prm_core.safety.backup import (
    BackupInfo,
    ChangeWatcher,
    RotationPolicy,
    backup_folder,
    list_backups,
    make_backup,
    newest_good_backup,
    parse_name,
    plan_rotation,
    rotate,
)
from prm_core.safety.errors import BackupError
from prm_core.safety.hooks import before_import
from tests.core.test_safety_support import FIXTURES, HEAD_FIXTURE, all_rows, count, damage
from tests.factories import add_event, add_partner


@pytest.fixture(autouse=True)
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(folder))
    monkeypatch.delenv(bk.AUTO_BACKUP_ENV, raising=False)
    return folder


@pytest.fixture
def fixture_db(tmp_path: Path) -> Path:
    path = tmp_path / "partners.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    return path


def test_backup_is_a_row_by_row_copy_and_passes_quick_check(fixture_db: Path) -> None:
    info = make_backup(fixture_db, reason="manual")
    assert info is not None
    assert info.path.parent == backup_folder(fixture_db)
    assert all_rows(info.path) == all_rows(fixture_db)
    assert bk.verify(info.path) is None
    assert (info.partners, info.events, info.schema) == (7, 307, migrate.head_revision())
    assert info.size == info.path.stat().st_size
    # one self-contained file: rollback journal mode, no -wal beside it
    conn = sqlite3.connect(info.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not Path(f"{info.path}-wal").exists()
    assert not list(info.path.parent.glob(".*partial*"))


def test_backup_sees_committed_data_still_in_the_wal(sqlite_db: Database) -> None:
    with sqlite_db.transaction() as s:
        p = add_partner(s, "WAL社")
        add_event(s, p, "registered", date(2026, 1, 5))
    path = sqlite_db.path
    assert path is not None and Path(f"{path}-wal").stat().st_size > 0  # not checkpointed
    info = make_backup(path)
    assert info is not None and info.partners == 1 and info.events == 1


def test_backup_while_another_connection_writes(sqlite_db: Database) -> None:
    """The copy is a consistent snapshot: a writer in the middle neither blocks nor breaks it."""
    path = sqlite_db.path
    assert path is not None
    with sqlite_db.transaction() as s:
        p = add_partner(s, "並行社")
    writer = sqlite3.connect(path, timeout=10)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO events (partner_id, kind, occurred_at, source) "
        "VALUES (?, 'login', '2026-01-01 00:00:00', 'x')",
        (p.id,),
    )
    info = make_backup(path)  # the writer holds the write lock meanwhile
    writer.commit()
    writer.close()
    assert info is not None and info.events == 0  # the uncommitted row is not in it
    assert bk.verify(info.path) is None


def test_out_writes_exactly_there_and_never_overwrites(fixture_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "copy" / "manual.db"
    info = make_backup(fixture_db, out=out)
    assert info is not None and info.path == out and out.exists()
    before = out.read_bytes()
    with pytest.raises(BackupError) as caught:
        make_backup(fixture_db, out=out)
    assert "already exists" in str(caught.value) and not caught.value.source_damaged
    assert out.read_bytes() == before
    assert not backup_folder(fixture_db).exists()  # --out does not touch the folder


def test_a_damaged_source_leaves_no_backup(fixture_db: Path) -> None:
    damage(fixture_db)
    with pytest.raises(BackupError) as caught:
        make_backup(fixture_db, reason="open")
    assert caught.value.source_damaged
    folder = backup_folder(fixture_db)
    assert list(folder.iterdir()) in ([], [folder / "database.txt"])


def test_skip_empty_makes_no_backup_of_a_new_file(tmp_path: Path) -> None:
    assert make_backup(tmp_path / "missing.db", skip_empty=True) is None
    fresh = tmp_path / "fresh.db"
    sqlite3.connect(fresh).execute("PRAGMA journal_mode=WAL").close()
    assert make_backup(fresh, skip_empty=True) is None
    assert not backup_folder(fresh).exists()


def test_names_carry_time_and_reason_and_do_not_collide(fixture_db: Path) -> None:
    now = datetime(2026, 6, 30, 9, 15, 0)
    first = make_backup(fixture_db, reason="import", now=now)
    second = make_backup(fixture_db, reason="import", now=now)
    assert first is not None and second is not None
    assert first.path.name == "partners_20260630-091500_import.db"
    assert second.path.name == "partners_20260630-091500.1_import.db"
    assert parse_name(second.path.name) == (now, "import")
    assert parse_name("notes.db") is None
    with pytest.raises(ValueError):
        bk.backup_name("x", now, "whenever")


def test_list_backups_newest_first_with_counts(sqlite_db: Database) -> None:
    path = sqlite_db.path
    assert path is not None
    make_backup(path, reason="open", now=datetime(2026, 6, 1, 8, 0))
    with sqlite_db.transaction() as s:
        p = add_partner(s, "追加社")
        add_event(s, p, "registered", date(2026, 6, 2))
        add_event(s, p, "login", date(2026, 6, 3))
    make_backup(path, reason="periodic", now=datetime(2026, 6, 1, 8, 30))
    found = list_backups(path)
    assert [(b.reason, b.partners, b.events) for b in found] == [
        ("periodic", 1, 2),
        ("open", 0, 0),
    ]
    assert found[0].created == datetime(2026, 6, 1, 8, 30)
    assert all(b.schema == migrate.head_revision() for b in found)
    # stray files in the folder are ignored
    (found[0].path.parent / "notes.txt").write_text("x")
    (found[0].path.parent / ".x_20260601-083000_open.db.1.2.partial").write_text("x")
    assert len(list_backups(path)) == 2


def test_newest_good_backup_skips_damaged_ones(fixture_db: Path) -> None:
    older = make_backup(fixture_db, reason="open", now=datetime(2026, 6, 1, 8, 0))
    newer = make_backup(fixture_db, reason="open", now=datetime(2026, 6, 2, 8, 0))
    assert older is not None and newer is not None
    damage(newer.path)
    good = newest_good_backup(fixture_db)
    assert good is not None and good.path == older.path


# -- rotation -----------------------------------------------------------------------------------
def _plan(stamps: list[datetime], policy: RotationPolicy, today: date) -> set[datetime]:
    kept, _ = plan_rotation([(s, s) for s in stamps], policy, today)
    return set(kept)


def test_rotation_keeps_today_then_daily_weekly_monthly() -> None:
    today = date(2026, 6, 30)
    # every 6 hours for a year and a half
    start = datetime(2025, 1, 1)
    stamps = [start + timedelta(hours=6 * i) for i in range(4 * 546)]
    stamps = [s for s in stamps if s.date() <= today]
    kept = _plan(stamps, RotationPolicy(), today)
    todays = {s for s in stamps if s.date() == today}
    assert todays <= kept and len(todays) == 4
    older = sorted((s for s in kept if s.date() < today), reverse=True)
    days = [s.date() for s in older]
    # 12 daily: the newest backup of each of the 12 previous days
    assert days[:12] == [today - timedelta(days=n) for n in range(1, 13)]
    assert all(s.hour == 18 for s in older[:12])
    # 10 weekly: one per older ISO week, each the newest of its week (a Sunday)
    weekly = older[12:22]
    weeks = [s.date().isocalendar()[:2] for s in weekly]
    assert len(set(weeks)) == 10 and weeks == sorted(weeks, reverse=True)
    assert weeks[0] < (today - timedelta(days=12)).isocalendar()[:2]
    assert all(s.date().isoweekday() == 7 for s in weekly)
    # 9 monthly: one per older month
    monthly = older[22:]
    months = [(s.year, s.month) for s in monthly]
    assert len(monthly) == 9 and len(set(months)) == 9
    assert months[0] < (weekly[-1].year, weekly[-1].month)
    assert len(kept) == 4 + 12 + 10 + 9


def test_rotation_is_configurable_and_keeps_gaps() -> None:
    today = date(2026, 6, 30)
    stamps = [datetime(2026, 6, d, 12) for d in (1, 5, 20, 28, 29)] + [datetime(2026, 6, 30, 1)]
    assert _plan(stamps, RotationPolicy(daily=2, weekly=0, monthly=0), today) == {
        datetime(2026, 6, 30, 1),
        datetime(2026, 6, 29, 12),
        datetime(2026, 6, 28, 12),
    }
    assert _plan(stamps, RotationPolicy(daily=0, weekly=0, monthly=0), today) == {
        datetime(2026, 6, 30, 1)
    }
    # weekly picks up where daily stopped (the 29th, a Monday): one per older ISO week
    assert _plan(stamps, RotationPolicy(daily=1, weekly=5, monthly=0), today) == {
        datetime(2026, 6, 30, 1),
        datetime(2026, 6, 29, 12),
        datetime(2026, 6, 28, 12),
        datetime(2026, 6, 20, 12),
        datetime(2026, 6, 5, 12),  # the 1st is in the same ISO week: dropped
    }
    # beyond the cap, only the newest of today's backups are kept
    many_today = [datetime(2026, 6, 30, h) for h in range(8)]
    assert _plan(many_today, RotationPolicy(recent=3), today) == set(many_today[-3:])


def test_rotate_deletes_files_the_policy_drops(fixture_db: Path) -> None:
    folder = backup_folder(fixture_db)
    made: list[BackupInfo] = []
    for day in range(1, 11):
        info = make_backup(
            fixture_db,
            reason="periodic",
            now=datetime(2026, 6, day, 10),
            policy=RotationPolicy(daily=100, weekly=0, monthly=0),
        )
        assert info is not None
        made.append(info)
    assert len(list_backups(fixture_db)) == 10
    stale = folder / ".partners_20260101-000000_open.db.1.1.partial"
    stale.write_text("left by a killed backup")
    old = time.time() - bk.STALE_PARTIAL_S - 60
    os.utime(stale, (old, old))
    removed = rotate(
        folder, RotationPolicy(daily=3, weekly=0, monthly=0), now=datetime(2026, 6, 10, 12)
    )
    kept = list_backups(fixture_db)
    assert [b.created.day for b in kept] == [10, 9, 8, 7]
    assert len(removed) == 6 and not stale.exists()


# -- change detection and hooks -----------------------------------------------------------------
def test_change_watcher_sees_commits_of_other_connections(sqlite_db: Database) -> None:
    path = sqlite_db.path
    assert path is not None
    watcher = ChangeWatcher(path)
    try:
        assert not watcher.changed()
        with sqlite_db.transaction() as s:
            add_partner(s, "変更社")
        assert watcher.changed()
        watcher.mark()
        assert not watcher.changed()
        with sqlite_db.reading() as s:  # reading changes nothing
            s.execute(__import__("sqlalchemy").text("SELECT count(*) FROM partners"))
        assert not watcher.changed()
    finally:
        watcher.close()


def test_before_import_backs_up_the_database(sqlite_db: Database) -> None:
    path = sqlite_db.path
    assert path is not None
    with sqlite_db.transaction() as s:
        add_partner(s, "取込前社")
    before_import(sqlite_db, "events.csv", "events")
    assert [(b.reason, b.partners) for b in list_backups(path)] == [("import", 1)]


def test_automatic_backups_can_be_turned_off(
    sqlite_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(bk.AUTO_BACKUP_ENV, "0")
    with sqlite_db.transaction() as s:
        add_partner(s, "無効社")
    before_import(sqlite_db)
    assert sqlite_db.path is not None and list_backups(sqlite_db.path) == []


def test_a_full_backup_folder_does_not_block_an_import(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backups folder should be")
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(blocker))
    with sqlite_db.transaction() as s:
        add_partner(s, "満杯社")
    before_import(sqlite_db)  # logged, not raised


def test_migration_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(FIXTURES / "schema_0001.db", path)
    db = open_database(path)
    db.close()
    backups = list_backups(path)
    assert [b.reason for b in backups] == ["migrate"]
    assert backups[0].schema == "0001"
    assert all_rows(backups[0].path) == all_rows(FIXTURES / "schema_0001.db")
    # already at head: no second backup
    open_database(path).close()
    assert len(list_backups(path)) == 1
    assert count(path, "SELECT count(*) FROM events") == 307


def test_run_import_backs_up_first_but_not_for_a_dry_run(
    sqlite_db: Database, tmp_path: Path
) -> None:
    from prm_core.importing import run_import, validate

    with sqlite_db.transaction() as s:
        add_partner(s, "既存株式会社")
    csv_path = tmp_path / "events.csv"
    csv_path.write_text(
        "occurred_at,partner,kind,external_id\n2026-04-01,既存株式会社,login,x-1\n",
        encoding="utf-8",
    )
    path = sqlite_db.path
    assert path is not None
    validate(sqlite_db, csv_path, "events")
    assert list_backups(path) == []
    report = run_import(sqlite_db, csv_path, "events")
    assert report.inserted == 1
    backups = list_backups(path)
    assert [(b.reason, b.partners, b.events) for b in backups] == [("import", 1, 0)]


def test_removing_a_temporary_file_never_raises(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Cleanup runs after a backup failed or a restore ended: a file that cannot be deleted
    is logged, the others still go, and the caller's own error is what is raised."""
    stuck = tmp_path / "copy.db"
    stuck.mkdir()  # unlink() fails on a directory
    wal = tmp_path / "copy.db-wal"
    wal.write_bytes(b"x")
    files.remove_temporary(stuck)
    assert not wal.exists()
    assert stuck.is_dir()
    assert "could not delete the temporary file" in caplog.text
