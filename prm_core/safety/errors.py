"""Errors of the safety layer. Each carries a catalogued :class:`Message` (``exc.message``).

``ReadOnlyDatabaseError`` and ``DatabaseBusyError`` are ``ServiceError`` subclasses: a write
refused because the file is read-only, or because another writer held the lock too long,
reaches the user through the same path as any other refused save (nothing is written).
"""

from __future__ import annotations

from prm_core.safety.messages import Message, TranslatableError
from prm_core.services.errors import ServiceError


class ReadOnlyDatabaseError(TranslatableError, ServiceError):
    """A write on a database opened read-only; nothing was written."""


class DatabaseBusyError(TranslatableError, ServiceError):
    """Another writer kept the SQLite lock longer than the busy timeout; nothing was written."""


class BackupError(TranslatableError):
    """A backup could not be made; no backup file was left behind.

    ``source_damaged`` is True when the database itself is damaged (the copy failed its check
    or the file could not be read), False for a problem with the backup folder or target.
    """

    def __init__(self, msg: Message, *, source_damaged: bool = False) -> None:
        super().__init__(msg)
        self.source_damaged = source_damaged


class RestoreError(TranslatableError):
    """A restore was refused (damaged backup, same file...); the database is untouched."""
