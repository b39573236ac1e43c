"""The automatic backups other parts of prm_core ask for: before an import, before a migration.

Both back up a SQLite file that exists and holds data into its backups folder (rotated).
A database too damaged to copy stops the operation (``BackupError``): importing into it or
migrating it would only make things worse. A problem with the backups folder itself (disk
full, no permission) is logged and the operation goes on, so a full disk never locks a
manager out of their data. ``PRM_AUTO_BACKUP=0`` turns automatic backups off (benchmarks).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, make_url

from prm_core.safety.backup import BackupInfo, auto_backups_enabled, make_backup
from prm_core.safety.errors import BackupError

log = logging.getLogger(__name__)


def sqlite_file(url_or_engine: str | Engine) -> Path | None:
    """The database file behind a SQLite URL or engine, None for PostgreSQL or memory."""
    url = url_or_engine.url if isinstance(url_or_engine, Engine) else make_url(url_or_engine)
    if url.get_backend_name() != "sqlite":
        return None
    name = url.database
    if not name or name == ":memory:" or name.startswith("file:"):
        return None
    return Path(name)


def automatic_backup(path: Path | None, reason: str) -> BackupInfo | None:
    """Back up ``path`` for ``reason`` when automatic backups are on and it holds data."""
    if path is None or not auto_backups_enabled():
        return None
    try:
        return make_backup(path, reason=reason, skip_empty=True)
    except BackupError as exc:
        if exc.source_damaged:
            raise
        log.warning("automatic %s backup of %s failed: %s", reason, path, exc)
    except OSError as exc:
        log.warning("automatic %s backup of %s failed: %s", reason, path, exc)
    return None


def before_import(db: Any, path: str | os.PathLike[str] | None = None, kind: str = "") -> None:
    """Called by ``run_import`` before it writes: a backup of the database (reason import)."""
    file = sqlite_file(db.url)
    info = automatic_backup(file, "import")
    if info is not None:
        log.info("backed up %s before importing %s %s", file, kind, path or "")


def before_migration(engine: Engine, current: str | None, target: str) -> None:
    """Called by ``migrate.upgrade`` before it changes the schema (reason migrate)."""
    file = sqlite_file(engine)
    info = automatic_backup(file, "migrate")
    if info is not None:
        log.info("backed up %s before migrating %s → %s", file, current, target)
