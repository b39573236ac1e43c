"""Never lose a manager's data: backups, restore, integrity checks, where the file lives.

Modules (import them directly; this package imports nothing so ``prm_core.database`` can use
its parts without an import cycle):

- ``backup``: verified online backups, rotation (12 daily, 10 weekly, 9 monthly), listing.
- ``restore``: put a backup back, after backing up the current file (even a damaged one).
- ``integrity``: SQLite's own checks plus the app's invariants, each problem described.
- ``location``: synced, network and read-only locations, with the reason.
- ``hooks``: the calls the rest of prm_core makes (before an import, before a migration).
- ``messages``: the catalogue of user-facing messages with stable keys (translated by the GUI).
- ``errors``: the exceptions, each carrying one of those messages; ``files``: SQLite helpers.
"""
