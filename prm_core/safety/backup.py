"""Verified backups of a SQLite database, rotated like Anki's, listed with their contents.

A backup is made with SQLite's online backup API into a temporary name beside the target
(one step, so the copy is a consistent snapshot even while another window writes), switched
to a self-contained rollback-journal file, checked with ``PRAGMA quick_check`` and only then
renamed into place. A backup file with its final name has therefore always passed the check;
a crash or kill leaves at most a hidden ``.partial`` file, cleaned up later.

Automatic backups go to ``<user data>/backups/<name>-<hash>/`` (one folder per database file;
``$PRM_BACKUP_DIR`` moves the root), named ``<name>_<YYYYMMDD-HHMMSS>_<reason>.db``. After
each one the folder is thinned like Anki does: the 12 newest backups made today are kept, then
the newest backup of each of the 12 previous days that have one, of 10 weeks before those,
and of 9 months before those (:class:`RotationPolicy`).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TypeVar

import platformdirs

from prm_core.safety import files
from prm_core.safety.errors import BackupError
from prm_core.safety.messages import message

log = logging.getLogger(__name__)

BACKUP_DIR_ENV = "PRM_BACKUP_DIR"
#: Set to 0 to turn off automatic backups (before imports, migrations, in the GUI).
AUTO_BACKUP_ENV = "PRM_AUTO_BACKUP"
APP_NAME = "PRM Desktop"
APP_AUTHOR = "PRM"

#: Why a backup was made (the last part of its file name).
REASONS = ("open", "periodic", "import", "migrate", "restore", "manual", "close")
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)_(?P<stamp>\d{8}-\d{6})(?:\.(?P<seq>\d+))?_(?P<reason>[a-z]+)\.db$"
)
#: Leftovers of a killed backup older than this are removed (seconds).
STALE_PARTIAL_S = 6 * 3600


@dataclass(frozen=True)
class RotationPolicy:
    """How many backups to keep: Anki's daily/weekly/monthly defaults, plus a cap on the
    backups made today (Anki keeps them all; ours are not compressed, so the newest ``recent``
    of today are kept)."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    recent: int = 12


@dataclass(frozen=True)
class BackupInfo:
    """One backup file. ``partners``/``events`` are None when the file cannot be read."""

    path: Path
    created: datetime
    reason: str
    size: int
    partners: int | None
    events: int | None
    schema: str | None


def auto_backups_enabled() -> bool:
    return os.environ.get(AUTO_BACKUP_ENV, "1").strip().lower() not in {"0", "false", "no", "off"}


def backup_root() -> Path:
    """Where automatic backups go: ``$PRM_BACKUP_DIR``, else ``<user data>/backups``."""
    configured = os.environ.get(BACKUP_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "backups"


def backup_folder(db_path: str | os.PathLike[str], root: Path | None = None) -> Path:
    """The folder holding the automatic backups of the database file ``db_path``."""
    resolved = Path(db_path).expanduser().resolve()
    digest = hashlib.sha1(os.path.normcase(str(resolved)).encode("utf-8")).hexdigest()[:8]
    return (root or backup_root()) / f"{resolved.stem}-{digest}"


def backup_name(stem: str, created: datetime, reason: str, seq: int = 0) -> str:
    if reason not in REASONS:
        raise ValueError(f"unknown backup reason {reason!r}")
    suffix = f".{seq}" if seq else ""
    return f"{stem}_{created.strftime(STAMP_FORMAT)}{suffix}_{reason}.db"


def parse_name(name: str) -> tuple[datetime, str] | None:
    """(created, reason) of a backup file name, or None when it is not one."""
    match = _NAME.match(name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], STAMP_FORMAT)
    except ValueError:
        return None
    return created, match["reason"]


# -- making a backup ----------------------------------------------------------------------------
@dataclass(frozen=True)
class _Copied:
    schema: str | None
    partners: int | None
    events: int | None


def copy_verified(source: Path, target: Path) -> BackupInfo:
    """Copy ``source`` to ``target`` (which must not exist) so that ``target`` only ever
    appears complete and checked. Raises ``BackupError``; nothing is left at ``target`` then.
    """
    if not source.is_file():
        raise BackupError(message("db.not_found", path=source))
    if target.exists():
        raise BackupError(message("backup.target_exists", path=target))
    if target.resolve() == source.resolve():
        raise BackupError(message("backup.target_exists", path=target))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        started = time.time()
        copied = _copy_to(source, tmp)
        files.fsync_file(tmp)
        # the file's time is the moment of the snapshot: changed_since() compares with it
        os.utime(tmp, (started, started))
        if target.exists():  # someone else took the name meanwhile: never overwrite
            raise BackupError(message("backup.target_exists", path=target))
        os.replace(tmp, target)
        files.fsync_dir(target.parent)
    except BaseException:
        files.remove_temporary(tmp)
        raise
    created = datetime.fromtimestamp(target.stat().st_mtime)
    parsed = parse_name(target.name)
    return BackupInfo(
        path=target,
        created=parsed[0] if parsed else created,
        reason=parsed[1] if parsed else "manual",
        size=target.stat().st_size,
        partners=copied.partners,
        events=copied.events,
        schema=copied.schema,
    )


def _unreadable(source: Path, exc: sqlite3.Error) -> BackupError:
    """Why ``source`` could not be read: busy (another program's write lock) or damaged."""
    if files.is_locked(exc):
        return BackupError(
            message("backup.source_busy", path=source, seconds=int(files.BUSY_TIMEOUT_S))
        )
    if files.unfinished_write(exc):
        return BackupError(message("db.unfinished_write", path=source))
    return BackupError(
        message("backup.source_damaged", path=source, reason=files.reason(exc)),
        source_damaged=True,
    )


def _copy_to(source: Path, tmp: Path) -> _Copied:
    try:
        src = files.connect(source, read_only=True)
    except sqlite3.Error as exc:
        raise _unreadable(source, exc) from exc
    try:
        dst = sqlite3.connect(tmp, isolation_level=None)
        try:
            try:
                # pages=-1: one step under one read transaction, a consistent snapshot that a
                # concurrent writer (WAL) neither blocks nor restarts.
                src.backup(dst, pages=-1, progress=files.give_up_when_busy())
            except sqlite3.DatabaseError as exc:
                raise _unreadable(source, exc) from exc
            try:
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                problems = files.quick_check(dst)
            except sqlite3.DatabaseError as exc:
                problems = [files.reason(exc)]
            if problems:
                raise BackupError(
                    message("backup.check_failed", path=source, reason="; ".join(problems[:3])),
                    source_damaged=True,
                )
            return _Copied(
                schema=files.schema_revision(dst),
                partners=files.count_rows(dst, "partners"),
                events=files.count_rows(dst, "events"),
            )
        finally:
            dst.close()
    finally:
        src.close()


def make_backup(
    source: str | os.PathLike[str],
    *,
    reason: str = "manual",
    out: str | os.PathLike[str] | None = None,
    root: Path | None = None,
    policy: RotationPolicy | None = None,
    now: datetime | None = None,
    skip_empty: bool = False,
) -> BackupInfo | None:
    """Back up the SQLite file ``source``.

    With ``out`` the backup is written there (never overwriting) and nothing is rotated;
    otherwise it goes to :func:`backup_folder` and the folder is rotated with ``policy``.
    ``skip_empty`` returns None without a backup when the file does not exist or holds no
    table yet. Raises ``BackupError`` (``source_damaged`` tells a damaged database apart).
    """
    src = Path(source).expanduser().resolve()
    if skip_empty and not files.has_content(src):
        return None
    if out is not None:
        return copy_verified(src, Path(out).expanduser())
    folder = backup_folder(src, root)
    folder.mkdir(parents=True, exist_ok=True)
    _note_source(folder, src)
    stamp = now or datetime.now()
    target = _free_name(folder, src.stem, stamp, reason)
    started = time.perf_counter()
    info = copy_verified(src, target)
    log.info(
        "backup %s (%s) in %.2f s, %d bytes",
        target,
        reason,
        time.perf_counter() - started,
        info.size,
    )
    rotate(folder, policy or RotationPolicy(), now=stamp)
    return info


def _free_name(folder: Path, stem: str, stamp: datetime, reason: str) -> Path:
    for seq in range(1000):
        candidate = folder / backup_name(stem, stamp, reason, seq)
        if not candidate.exists():
            return candidate
    raise BackupError(
        message("backup.target_exists", path=folder / backup_name(stem, stamp, reason))
    )


def _note_source(folder: Path, source: Path) -> None:
    """A text file naming the database, for a person looking into the backups folder."""
    note = folder / "database.txt"
    try:
        if not note.exists() or note.read_text(encoding="utf-8").strip() != str(source):
            note.write_text(f"{source}\n", encoding="utf-8")
    except OSError:
        pass


# -- rotation -----------------------------------------------------------------------------------
T = TypeVar("T")


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso[0], iso[1]


def plan_rotation(
    items: Iterable[tuple[datetime, T]], policy: RotationPolicy, today: date
) -> tuple[list[T], list[T]]:
    """(kept, dropped) items, newest first, by Anki's rule.

    Going back in time from the newest: the ``recent`` newest backups made today are kept;
    then, while daily slots remain, a backup is kept when its day is older than the last kept
    backup's day (so the newest backup of each day); once they are used up, the same with ISO
    weeks while weekly slots remain, then with months. Everything else is dropped.
    """
    ordered = sorted(items, key=lambda item: item[0], reverse=True)
    kept: list[T] = []
    dropped: list[T] = []
    recent, daily, weekly, monthly = policy.recent, policy.daily, policy.weekly, policy.monthly
    last: date | None = None
    for created, item in ordered:
        day = created.date()
        keep = False
        if day >= today:
            keep = recent > 0
            recent -= keep
        elif daily > 0:
            keep = last is None or day < last
            daily -= keep
        elif weekly > 0:
            keep = last is None or _week(day) < _week(last)
            weekly -= keep
        elif monthly > 0:
            keep = last is None or (day.year, day.month) < (last.year, last.month)
            monthly -= keep
        if keep:
            kept.append(item)
            last = day
        else:
            dropped.append(item)
    return kept, dropped


def rotate(folder: Path, policy: RotationPolicy, *, now: datetime | None = None) -> list[Path]:
    """Delete the backups in ``folder`` that ``policy`` does not keep; returns them."""
    today = (now or datetime.now()).date()
    backups = [
        (parsed[0], path)
        for path in folder.glob("*.db")
        if (parsed := parse_name(path.name)) is not None
    ]
    _, dropped = plan_rotation(backups, policy, today)
    removed = []
    for path in dropped:
        try:
            path.unlink()
            removed.append(path)
        except OSError as exc:
            log.warning("cannot remove old backup %s: %s", path, exc)
    _remove_stale_partials(folder)
    return removed


def _remove_stale_partials(folder: Path) -> None:
    limit = time.time() - STALE_PARTIAL_S
    for path in folder.glob(".*.partial*"):
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
        except OSError:
            pass


# -- listing ------------------------------------------------------------------------------------
_counts_cache: dict[tuple[str, int, int], tuple[int | None, int | None, str | None]] = {}
_cache_lock = threading.Lock()


def describe(path: Path) -> BackupInfo:
    """A backup file's date, reason, size and counts (counts None when unreadable)."""
    stat = path.stat()
    parsed = parse_name(path.name)
    created, reason = parsed if parsed else (datetime.fromtimestamp(stat.st_mtime), "manual")
    key = (str(path), stat.st_size, stat.st_mtime_ns)
    with _cache_lock:
        cached = _counts_cache.get(key)
    if cached is None:
        try:
            with files.connected(path) as conn:
                cached = (
                    files.count_rows(conn, "partners"),
                    files.count_rows(conn, "events"),
                    files.schema_revision(conn),
                )
        except sqlite3.Error:
            cached = (None, None, None)
        with _cache_lock:
            _counts_cache[key] = cached
    partners, events, schema = cached
    return BackupInfo(path, created, reason, stat.st_size, partners, events, schema)


def list_backups(
    db_path: str | os.PathLike[str] | None = None, *, folder: Path | None = None
) -> list[BackupInfo]:
    """The backups of ``db_path`` (or in ``folder``), newest first."""
    where = folder if folder is not None else backup_folder(_required(db_path))
    if not where.is_dir():
        return []
    found = []
    for path in where.glob("*.db"):
        if parse_name(path.name) is None:
            continue
        try:
            found.append(describe(path))
        except OSError:
            continue
    # several backups in one second: the file written last is the newest
    return sorted(found, key=lambda b: (b.created, _mtime(b.path)), reverse=True)


def _mtime(path: Path) -> int:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _required(db_path: str | os.PathLike[str] | None) -> str | os.PathLike[str]:
    if db_path is None:
        raise ValueError("db_path or folder is required")
    return db_path


def verify(path: str | os.PathLike[str]) -> str | None:
    """None when ``path`` is a sound SQLite file, else the reason it is not."""
    try:
        with files.connected(path) as conn:
            problems = files.quick_check(conn)
    except sqlite3.Error as exc:
        return files.reason(exc)
    return "; ".join(problems[:3]) if problems else None


def snapshot_time(info: BackupInfo) -> datetime:
    """When the backup's snapshot was taken (its file time, to the microsecond)."""
    try:
        return datetime.fromtimestamp(info.path.stat().st_mtime)
    except OSError:
        return info.created


def changed_since(path: str | os.PathLike[str], moment: datetime) -> bool:
    """Whether the file (or the content of its ``-wal``) was written after ``moment``."""
    file = Path(path)
    stamps = []
    for candidate in (file, Path(f"{file}-wal")):
        try:
            stat = candidate.stat()
        except OSError:
            continue
        if candidate is file or stat.st_size > 0:
            stamps.append(stat.st_mtime)
    return not stamps or datetime.fromtimestamp(max(stamps)) >= moment


def newest_good_backup(
    db_path: str | os.PathLike[str], *, backups: Sequence[BackupInfo] | None = None
) -> BackupInfo | None:
    """The newest backup of ``db_path`` that passes ``quick_check``."""
    for info in backups if backups is not None else list_backups(db_path):
        if info.partners is not None and verify(info.path) is None:
            return info
    return None


# -- change detection ---------------------------------------------------------------------------
class ChangeWatcher:
    """Tells whether any connection (any window, any process) committed since ``mark()``.

    Holds its own read-only connection and reads ``PRAGMA data_version``, which changes when
    another connection commits to the file. Cheap enough to poll every few seconds.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._conn: sqlite3.Connection | None = files.connect(path, read_only=True)
        self._lock = threading.Lock()
        self._seen = self._version()

    def _version(self) -> int | None:
        with self._lock:
            if self._conn is None:
                return None
            try:
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                return None

    def changed(self) -> bool:
        version = self._version()
        return version is None or version != self._seen

    def mark(self) -> None:
        self._seen = self._version()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None
