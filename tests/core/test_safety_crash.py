"""Crash safety, tested the hard way: SIGKILL a real ``prm`` process at random moments.

- During a 60,000-row events import (20 kills): the file passes ``integrity_check`` and holds
  none or all of the import; the import run again completes, and once more adds nothing. At
  least a quarter of the kills must land inside the open write transaction (the ``-wal``
  file had grown past 1 MB, or, as ``prm import`` writes a large load with a rollback
  journal, a ``-journal`` file was left behind: SQLite's mark of an unfinished write), so
  the test cannot pass by killing only start-up or idle time.
- During a migration of a 0001 database with 80,000 events (10 kills): the file passes the
  check, its schema is exactly one released revision's (never half of one), the data is intact
  and the upgrade run again completes.
- During a backup (10 kills): the backup file is absent or passes ``quick_check``; the source
  is byte for byte untouched.

Kill moments are random (seeded, so a failure can be replayed with the same
``PRM_CRASH_SEED``): three kills in four land at a random time after the run's first write,
within the measured length of its writing phase, the rest anywhere after half the start-up.
Two kill loops run side by side on separate files, one per core, to keep the whole under a
minute on the 2-core machine.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pytest

from prm_core import migrate
from prm_core.safety import backup as bk
from tests.core.test_safety_support import FIXTURES

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX SIGKILL"),
]

IMPORT_ROWS = 60_000
IMPORT_KILLS = 20
MIGRATION_EVENTS = 80_000
MIGRATION_KILLS = 10
BACKUP_KILLS = 10
SEED = int(os.environ.get("PRM_CRASH_SEED", "20261124"))
#: Kill loops run side by side, one killed process per core of the 2-core reference machine.
LANES = 2
#: A killed import whose -wal file is larger than this was writing its transaction (a
#: -journal file left behind says the same of a rollback-journal write).
MID_WRITE_WAL = 1_000_000
#: Runs are slower when two go at once: stretch the measured length for the kill moments.
PARALLEL_SLOWDOWN = 1.15
PRM = [sys.executable, "-m", "prm_core"]
T = TypeVar("T")


@pytest.fixture(autouse=True)
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(folder))
    return folder


@pytest.fixture(scope="session")
def big_csv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """60,000 events for 400 partners (most of them new to the database), once per run."""
    path = tmp_path_factory.mktemp("crash") / "events-60k.csv"
    rnd = random.Random(7)
    kinds = ["login", "material_download", "lead_registered", "deal_registered", "proposal"]
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["occurred_at", "partner", "person", "kind", "content", "external_id"])
        for i in range(IMPORT_ROWS):
            p = rnd.randrange(400)
            writer.writerow(
                [
                    f"2026-{1 + i % 12:02d}-{1 + i % 28:02d} {9 + i % 9:02d}:00",
                    f"耐久試験パートナー{p:03d}",
                    f"担当者{p:03d}-{rnd.randrange(3)}",
                    kinds[rnd.randrange(len(kinds))],
                    f"資料{rnd.randrange(8)}" if i % 5 == 0 else "",
                    f"crash-{i:06d}",
                ]
            )
    return path


def _fresh(src: Path, dst: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(src, dst)


def _integrity(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()


def _scalar(path: Path, sql: str) -> object:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchone()[0]
    finally:
        conn.close()


def _run(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*PRM, *args], capture_output=True, text=True, timeout=timeout, check=False
    )


Written = Callable[[], int]


def _kill_at(args: list[str], delay: float, after_write: Written | None = None) -> int | None:
    """Start ``prm args``, SIGKILL it ``delay`` s after its start, or, with ``after_write``
    (bytes on disk so far), ``delay`` s after those bytes first changed. Returns its exit
    code when it finished first, None when it was killed."""
    proc = subprocess.Popen([*PRM, *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        if after_write is not None:
            initial = after_write()
            deadline = time.monotonic() + 120
            while proc.poll() is None and after_write() == initial:
                assert time.monotonic() < deadline, "the run never started writing"
                time.sleep(0.002)
        proc.wait(timeout=delay)
        return proc.returncode
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return None


@pytest.fixture(scope="session")
def startup() -> float:
    """Seconds ``prm`` needs to start (Python, SQLAlchemy...) before it can touch a file."""
    start = time.perf_counter()
    done = _run(["--help"])
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - start


def _size(path: Path, suffix: str = "") -> int:
    try:
        return Path(f"{path}{suffix}").stat().st_size
    except OSError:
        return 0


def _written_bytes(path: Path) -> int:
    """What a write has put on disk so far: the file and its WAL or rollback journal."""
    return _size(path) + _size(path, "-wal") + _size(path, "-journal")


def _mid_write(path: Path) -> bool:
    """True when a killed run left an unfinished write transaction behind.

    A WAL file outlives every commit, so only its size says a transaction was under way; a
    rollback journal exists only from a transaction's first page write to its commit (this
    import's grows to about 140 KB), so its presence says it.
    """
    return _size(path, "-wal") > MID_WRITE_WAL or _size(path, "-journal") > 0


@dataclass(frozen=True)
class Calibration:
    """An uninterrupted run: its length and when it was writing (seconds from its start)."""

    length: float
    first_write: float
    last_write: float
    stdout: str

    def kill(
        self, rnd: random.Random, startup: float, args: list[str], written: Written
    ) -> int | None:
        """Run ``prm args`` and kill it at a random moment: three times in four inside the
        writing phase (a random time after its first write, up to the phase's measured
        length), otherwise anywhere from half the start-up to the end of the run (stretched
        for the lane running beside it). Its exit code when it finished first, else None."""
        if rnd.random() < 0.75:
            return _kill_at(args, rnd.uniform(0, self.last_write - self.first_write), written)
        return _kill_at(args, rnd.uniform(startup / 2, self.length * PARALLEL_SLOWDOWN))


def _calibrate(args: list[str], written: Written) -> Calibration:
    """Run ``prm args`` to the end, polling ``written()`` (bytes on disk so far) every 5 ms."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen([*PRM, *args], stdout=out, stderr=err, text=True)
        first = last = None
        seen = written()
        while proc.poll() is None:
            now = written()
            if now != seen:
                moment = time.perf_counter() - start
                first = moment if first is None else first
                last, seen = moment, now
            time.sleep(0.005)
        length = time.perf_counter() - start
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read(), err.read()
    assert proc.returncode == 0, stderr
    assert first is not None and last is not None, "the run wrote nothing"
    return Calibration(length, first, max(last, first + 0.05), stdout)


@pytest.fixture
def base_db(tmp_path: Path) -> Path:
    """The fixture at the schema head (no migration before the import's own writes):
    partners, persons and events already there before the import."""
    path = tmp_path / "base.db"
    shutil.copyfile(FIXTURES / f"schema_{migrate.head_revision()}.db", path)
    return path


def test_kill_during_import_leaves_none_or_all(
    base_db: Path, big_csv: Path, tmp_path: Path, startup: float
) -> None:
    schema = _schema(base_db)
    partners_before = int(str(_scalar(base_db, "SELECT count(*) FROM partners")))
    events_before = int(str(_scalar(base_db, "SELECT count(*) FROM events")))
    calibration = tmp_path / "calibration.db"
    _fresh(base_db, calibration)
    # an uninterrupted run: how long, when it writes, what "all" is
    run = _calibrate(
        ["--db", str(calibration), *_import_args(big_csv)], lambda: _written_bytes(calibration)
    )
    report = json.loads(run.stdout)
    assert report["inserted"] == IMPORT_ROWS
    states = {
        (0, partners_before),
        (IMPORT_ROWS, partners_before + len(report["created_partners"])),
    }

    def lane(n: int) -> list[tuple[int, bool]]:
        rnd = random.Random(SEED + n)
        target = tmp_path / f"crash-{n}.db"
        args = ["--db", str(target), *_import_args(big_csv)]
        kills = finished = mid_write = 0
        outcomes = []
        # At least this lane's share of kills; and on a loaded machine, where kills can miss
        # the writing phase, keep going (up to three times as many) until enough landed in it.
        wanted = -(-IMPORT_KILLS // 4 // LANES)
        while kills < IMPORT_KILLS // LANES or (
            mid_write < wanted and kills < 3 * IMPORT_KILLS // LANES
        ):
            _fresh(base_db, target)
            code = run.kill(rnd, startup, args, lambda: _written_bytes(target))
            unfinished = _mid_write(target)  # before anything opens the file and recovers it
            kills += code is None
            finished += code is not None
            assert code in {None, 0}
            assert _integrity(target) == ["ok"]
            events = _scalar(target, "SELECT count(*) FROM events WHERE source = 'import'")
            partners = _scalar(target, "SELECT count(*) FROM partners")
            assert (events, partners) in states, f"half an import: {events} events, {partners}"
            # the import drops secondary indexes for a large load inside its transaction:
            # every kill leaves all of them there
            assert _schema(target) == schema, "an index is missing after the kill"
            if code is None:
                outcomes.append((int(str(events)), unfinished))
                mid_write += events == 0 and unfinished
            assert finished < 6, "the kills come too late to interrupt anything"
        # run it again after the last kill: it completes, and nothing is there twice
        again = _run(args)
        assert again.returncode == 0, again.stderr
        assert json.loads(again.stdout)["inserted"] in {0, IMPORT_ROWS}
        imported = _scalar(target, "SELECT count(*) FROM events WHERE source = 'import'")
        distinct = _scalar(
            target, "SELECT count(DISTINCT external_id) FROM events WHERE source = 'import'"
        )
        assert imported == distinct == IMPORT_ROWS
        assert _schema(target) == schema
        assert _scalar(target, "SELECT count(*) FROM events") == events_before + IMPORT_ROWS
        assert _integrity(target) == ["ok"]
        return outcomes

    outcomes = [o for result in _in_lanes(lane) for o in result]
    assert len(outcomes) >= IMPORT_KILLS
    mid_write = [events for events, unfinished in outcomes if events == 0 and unfinished]
    # kills really interrupted a large open write transaction, and it was rolled back
    assert len(mid_write) >= IMPORT_KILLS // 4, outcomes


def _import_args(csv_path: Path) -> list[str]:
    return ["import", "events", str(csv_path), "--format", "json"]


def _in_lanes(fn: Callable[[int], T]) -> list[T]:
    """Run ``fn(0)`` … ``fn(LANES - 1)`` at once: one killed process per core."""
    with ThreadPoolExecutor(max_workers=LANES) as pool:
        return list(pool.map(fn, range(LANES)))


@pytest.fixture(scope="session")
def big_0001(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The 0001 fixture plus 80,000 events: its migration takes long enough to be hit."""
    path = tmp_path_factory.mktemp("crash") / "big-0001.db"
    shutil.copyfile(FIXTURES / "schema_0001.db", path)
    conn = sqlite3.connect(path)
    indexes = conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'events' "
        "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
    ).fetchall()
    for name, _ in indexes:
        conn.execute(f'DROP INDEX "{name}"')
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
        "INSERT INTO events (partner_id, kind, occurred_at, source, external_id) "
        "SELECT 1 + i % 6, CASE i % 3 WHEN 0 THEN 'login' WHEN 1 THEN 'material_download' "
        "ELSE 'lead_registered' END, printf('2026-%02d-%02d 10:00:00', 1 + i % 6, 1 + i % 28), "
        "'bulk', 'b-' || i FROM n",
        (MIGRATION_EVENTS,),
    )
    for _, sql in indexes:
        conn.execute(sql)
    conn.commit()
    conn.close()
    return path


def _schema(path: Path) -> set[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return {
            (str(t), str(n))
            for t, n in conn.execute(
                "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        conn.close()


def _fingerprint(path: Path) -> tuple[object, ...]:
    conn = sqlite3.connect(path)
    try:
        return tuple(
            conn.execute(
                "SELECT count(*), sum(id), sum(partner_id), sum(length(external_id)), "
                "(SELECT count(*) FROM partners), (SELECT count(*) FROM meeting_attendees) "
                "FROM events"
            ).fetchone()
        )
    finally:
        conn.close()


def test_kill_during_migration_leaves_one_whole_schema(
    big_0001: Path, tmp_path: Path, startup: float
) -> None:
    revisions = migrate.known_revisions()
    head = revisions[-1]
    schemas = {rev: _schema(FIXTURES / f"schema_{rev}.db") for rev in revisions}
    data = _fingerprint(big_0001)
    calibration = tmp_path / "calibration.db"
    _fresh(big_0001, calibration)
    run = _calibrate(["--db", str(calibration), "init"], lambda: _size(calibration, "-wal"))
    assert _schema(calibration) == schemas[head]

    def lane(n: int) -> list[tuple[str, int]]:
        rnd = random.Random(SEED + 10 + n)
        target = tmp_path / f"migrating-{n}.db"
        args = ["--db", str(target), "init"]
        kills = finished = 0
        seen = []
        while kills < MIGRATION_KILLS // LANES:
            _fresh(big_0001, target)
            code = run.kill(rnd, startup, args, lambda: _size(target, "-wal"))
            wal = _size(target, "-wal")
            kills += code is None
            finished += code is not None
            assert _integrity(target) == ["ok"]
            revision = str(_scalar(target, "SELECT version_num FROM alembic_version"))
            assert _schema(target) == schemas[revision], f"half a migration at {revision}"
            assert _fingerprint(target) == data
            if code is None:
                seen.append((revision, wal))
            assert finished < 6, "the kills come too late to interrupt anything"
        again = _run(args)
        assert again.returncode == 0, again.stderr
        assert _schema(target) == schemas[head] and _fingerprint(target) == data
        return seen

    outcomes = [o for result in _in_lanes(lane) for o in result]
    # kills landed inside the schema transaction (its pages were in the -wal), rolled back
    mid_migration = [rev for rev, wal in outcomes if rev == "0001" and wal > 0]
    assert len(mid_migration) >= MIGRATION_KILLS // 4, outcomes


@pytest.fixture
def backup_source(big_0001: Path, tmp_path: Path) -> Path:
    path = tmp_path / "source.db"
    shutil.copyfile(big_0001, path)
    return path


def _folder_bytes(folder: Path, prefix: str) -> int:
    """Bytes in the files of ``folder`` whose names start with ``prefix`` (backup partials)."""
    try:
        return sum(p.stat().st_size for p in folder.iterdir() if p.name.startswith(prefix))
    except OSError:
        return 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_kill_during_backup_leaves_no_half_file(
    backup_source: Path, tmp_path: Path, startup: float
) -> None:
    digest = _digest(backup_source)
    fingerprint = _fingerprint(backup_source)
    calibration = tmp_path / "calibration.db"
    run = _calibrate(
        ["--db", str(backup_source), "backup", "--out", str(calibration)],
        lambda: _folder_bytes(tmp_path, ".calibration.db."),
    )
    halves = []

    def lane(n: int) -> None:
        rnd = random.Random(SEED + 20 + n)
        out = tmp_path / f"out-{n}" / "copy.db"
        args = ["--db", str(backup_source), "backup", "--out", str(out)]
        kills = finished = 0
        while kills < BACKUP_KILLS // LANES:
            code = run.kill(rnd, startup, args, lambda: _folder_bytes(out.parent, ".copy.db."))
            if code is None:
                halves.append(_folder_bytes(out.parent, ".copy.db."))
            kills += code is None
            finished += code is not None
            if out.exists():
                assert bk.verify(out) is None, "a backup with its final name fails its check"
                assert _fingerprint(out) == fingerprint
                out.unlink()
            leftovers = list(out.parent.iterdir()) if out.parent.exists() else []
            # nothing but hidden partials, which the next rotation of a backups folder removes
            assert all(p.name.startswith(".copy.db.") for p in leftovers), leftovers
            for partial in leftovers:
                partial.unlink()
            assert finished < 6, "the kills come too late to interrupt anything"
        final = _run(args)
        assert final.returncode == 0 and bk.verify(out) is None

    _in_lanes(lane)
    # kills landed while the copy was being written (a half-written hidden partial was left)
    assert sum(1 for size in halves if size > 0) >= BACKUP_KILLS // 4, halves
    # two processes read it at once, twenty were killed while reading: not a byte changed
    assert _digest(backup_source) == digest
    assert not Path(f"{backup_source}-wal").exists()
