"""Put a backup back in place of the database file, never losing the current one.

1. The backup is checked (``quick_check``); a damaged backup is refused, nothing changes.
2. The current file is backed up first (reason ``restore``). When it is too damaged for that,
   its raw bytes (with its ``-wal`` file) are copied to ``<backups>/damaged/`` instead, so
   even a damaged file is kept for a specialist.
3. A sound current file is overwritten through SQLite's backup API: one write transaction, so
   a crash leaves either the old or the restored content, and another process that has the
   file open sees the change like any other commit. A damaged file is replaced instead: the
   backup is copied to a temporary name beside it, checked, then renamed over it after its
   stale ``-wal``/``-shm`` files are removed.

Close every connection of this process to the file first (``Database.close()``).
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from prm_core.safety import files
from prm_core.safety.backup import BackupInfo, backup_folder, make_backup, verify
from prm_core.safety.errors import BackupError, RestoreError
from prm_core.safety.messages import message

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreResult:
    """``safety_backup``: the verified backup of the file as it was before the restore;
    ``damaged_copy``: the raw copy kept instead when the file was too damaged to back up."""

    restored_from: Path
    target: Path
    safety_backup: BackupInfo | None
    damaged_copy: Path | None


def restore_backup(
    backup: str | os.PathLike[str],
    target: str | os.PathLike[str],
    *,
    root: Path | None = None,
) -> RestoreResult:
    """Replace the SQLite database ``target`` by the content of ``backup``.

    Raises ``RestoreError`` when the backup is unusable or another program is writing the
    target (nothing changed) and ``BackupError`` when the current file can be neither backed
    up nor copied, or is busy (nothing changed).
    """
    source = Path(backup).expanduser().resolve()
    dest = Path(target).expanduser().resolve()
    if source == dest:
        raise RestoreError(message("restore.same_file"))
    problem = verify(source) if source.is_file() else "file not found"
    if problem is not None:
        raise RestoreError(message("backup.not_a_backup", path=source, reason=problem))

    safety: BackupInfo | None = None
    damaged: Path | None = None
    if dest.exists() and dest.stat().st_size > 0:
        try:
            safety = make_backup(dest, reason="restore", root=root, skip_empty=True)
        except BackupError as exc:
            if not exc.source_damaged:
                raise
            log.warning("current file is damaged (%s); keeping a raw copy", exc)
            damaged = _keep_damaged_copy(dest, root)

    if damaged is None and dest.exists() and _restore_in_place(source, dest):
        log.info("restored %s into %s (online backup API)", source, dest)
    else:
        _replace_file(source, dest)
        log.info("restored %s over %s (file replaced)", source, dest)
    return RestoreResult(source, dest, safety, damaged)


def _restore_in_place(source: Path, dest: Path) -> bool:
    """Copy ``source`` into the sound database ``dest`` through SQLite (one transaction)."""
    try:
        with (
            files.connected(dest, read_only=False) as dst,
            _with_page_size(source, _page_size(dst), dest) as pages_alike,
            files.connected(pages_alike) as src,
        ):
            src.backup(dst, pages=-1, progress=files.give_up_when_busy())
            dst.execute("PRAGMA journal_mode=WAL")
            problems = files.quick_check(dst)
    except sqlite3.Error as exc:
        if files.is_locked(exc):  # a live writer: replacing the file under it would lose both
            raise RestoreError(
                message("restore.target_busy", path=dest, seconds=int(files.BUSY_TIMEOUT_S))
            ) from exc
        log.warning("in-place restore failed (%s); replacing the file", exc)
        return False
    if problems:
        log.warning("in-place restore left problems (%s); replacing the file", problems)
        return False
    return True


def _page_size(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA page_size").fetchone()[0])


@contextmanager
def _with_page_size(source: Path, page_size: int, beside: Path) -> Iterator[Path]:
    """``source``, or a temporary copy of it with ``page_size`` pages beside ``beside``.

    SQLite's backup API cannot write into a WAL file of another page size ("attempt to write
    a readonly database"): a backup from before new files got 8 KiB pages, restored into a
    newer file, or the other way round. VACUUM rewrites the copy with the wanted page size.
    """
    with files.connected(source) as src:
        same = _page_size(src) == page_size
    if same:
        yield source
        return
    tmp = beside.with_name(f".{beside.name}.{os.getpid()}.pages")
    files.remove_temporary(tmp)  # left by a crashed run whose pid was this one's
    try:
        with files.connected(source) as src, closing(sqlite3.connect(tmp)) as copy:
            src.backup(copy, pages=-1)
            copy.execute("PRAGMA journal_mode=DELETE")  # VACUUM changes no WAL file's pages
            copy.execute(f"PRAGMA page_size={page_size}")
            copy.execute("VACUUM")
        yield tmp
    finally:
        files.remove_temporary(tmp)


def _replace_file(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.restoring")
    try:
        shutil.copyfile(source, tmp)
        problem = verify(tmp)
        if problem is not None:
            raise RestoreError(message("backup.not_a_backup", path=source, reason=problem))
        files.fsync_file(tmp)
        # The old -wal must go before the new file appears: SQLite would replay it onto the
        # restored content. The current state is already kept (backup or raw copy).
        for suffix in files.COMPANION_SUFFIXES:
            Path(f"{dest}{suffix}").unlink(missing_ok=True)
        os.replace(tmp, dest)
        files.fsync_dir(dest.parent)
    finally:
        files.remove_temporary(tmp)


def _keep_damaged_copy(dest: Path, root: Path | None) -> Path:
    folder = backup_folder(dest, root) / "damaged"
    folder.mkdir(parents=True, exist_ok=True)
    copy = folder / f"{dest.stem}_{datetime.now():%Y%m%d-%H%M%S}{dest.suffix or '.db'}"
    n = 1
    while copy.exists():
        copy = copy.with_name(f"{copy.stem}.{n}{copy.suffix}")
        n += 1
    shutil.copyfile(dest, copy)
    for suffix in ("-wal",):
        companion = Path(f"{dest}{suffix}")
        if companion.exists():
            shutil.copyfile(companion, Path(f"{copy}{suffix}"))
    return copy
