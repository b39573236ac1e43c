"""``prm backup``, ``prm restore`` and ``prm check``: the safety net from the command line.

- ``prm backup`` copies the database into its backups folder (rotated: 12 daily, 10 weekly,
  9 monthly by default); ``--out F`` writes one verified copy to F instead (never
  overwriting); ``--list`` lists the backups with date, size and partner/event counts.
- ``prm restore F`` (or ``--latest``) puts a backup back; the current file is backed up first,
  or, when it is too damaged for that, copied raw beside the backups.
- ``prm check`` runs ``PRAGMA integrity_check`` (``--quick``: ``quick_check``), the
  foreign-key check and the app's own invariants, and prints each problem.

Exit codes (the project's): 0 success (``check``: no problem found); 1 ``check`` found
problems, ``backup`` found the database damaged, or something unexpected failed; 2 bad
input: no such database or backup file, a target that exists, a backup that is not usable,
a PostgreSQL database for backup/restore (the server's own backups apply there).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_BAD_INPUT = 2


def register(sub: Any) -> None:  # argparse's subparsers action has no public type
    backup = sub.add_parser(
        "backup",
        help="back up the database (verified copy; rotated in the backups folder)",
        description=(
            "Copy the SQLite database with SQLite's online backup API, check the copy "
            "(PRAGMA quick_check) and only then give it its name. Without --out the copy goes "
            "to the backups folder beside the user data ($PRM_BACKUP_DIR moves it) and old "
            "backups are thinned out."
        ),
    )
    backup.add_argument("--out", metavar="FILE", help="write the backup to FILE (must not exist)")
    backup.add_argument(
        "--list", action="store_true", help="list the backups of the database instead"
    )
    backup.add_argument("--keep-daily", type=int, default=None, metavar="N", help="default 12")
    backup.add_argument("--keep-weekly", type=int, default=None, metavar="N", help="default 10")
    backup.add_argument("--keep-monthly", type=int, default=None, metavar="N", help="default 9")
    backup.add_argument("--format", choices=["json", "table"], default="table")
    backup.set_defaults(func=cmd_backup)

    restore = sub.add_parser(
        "restore",
        help="replace the database by a backup (the current file is backed up first)",
        description=(
            "Check the backup, back up the current database (or keep a raw copy when it is "
            "damaged), then put the backup in its place. Close the app on this file first."
        ),
    )
    which = restore.add_mutually_exclusive_group(required=True)
    which.add_argument("backup_file", nargs="?", metavar="FILE", help="the backup to restore")
    which.add_argument(
        "--latest", action="store_true", help="the newest backup that passes its check"
    )
    restore.add_argument("--format", choices=["json", "table"], default="table")
    restore.set_defaults(func=cmd_restore)

    check = sub.add_parser(
        "check",
        help="check the database: SQLite integrity, foreign keys, the app's invariants",
        description=(
            "Run PRAGMA integrity_check and foreign_key_check (SQLite) and the app's own "
            "invariants (every row's partner exists, persons belong to the row's partner...). "
            "Prints each problem; exit code 1 when any was found."
        ),
    )
    check.add_argument(
        "--quick", action="store_true", help="PRAGMA quick_check instead of integrity_check"
    )
    check.add_argument("--format", choices=["json", "table"], default="table")
    check.set_defaults(func=cmd_check)


def _sqlite_path(args: argparse.Namespace) -> Path | None:
    from prm_core.database import resolve_url
    from prm_core.safety.hooks import sqlite_file

    return sqlite_file(resolve_url(args.db))


def _bad(text: object) -> int:
    print(f"prm: error: {text}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _info_row(info: Any) -> dict[str, object]:
    return {
        "created": info.created,
        "reason": info.reason,
        "size": info.size,
        "partners": info.partners,
        "events": info.events,
        "schema": info.schema,
        "path": str(info.path),
    }


def cmd_backup(args: argparse.Namespace) -> int:
    from prm_core.cli.output import print_json, print_table
    from prm_core.safety.backup import RotationPolicy, backup_folder, list_backups, make_backup
    from prm_core.safety.errors import BackupError
    from prm_core.safety.messages import message

    path = _sqlite_path(args)
    if path is None:
        return _bad(message("backup.postgresql"))
    if args.list:
        rows = [_info_row(b) for b in list_backups(path)]
        if args.format == "json":
            print_json({"database": str(path), "folder": str(backup_folder(path)), "backups": rows})
        else:
            print(f"backups of {path} in {backup_folder(path)}:")
            print_table(rows, ["created", "reason", "size", "partners", "events", "path"])
        return EXIT_OK
    if not path.is_file():
        return _bad(message("db.not_found", path=path))
    defaults = RotationPolicy()
    policy = RotationPolicy(
        daily=_count(args.keep_daily, defaults.daily),
        weekly=_count(args.keep_weekly, defaults.weekly),
        monthly=_count(args.keep_monthly, defaults.monthly),
    )
    try:
        info = make_backup(path, reason="manual", out=args.out, policy=policy)
    except BackupError as exc:
        if exc.source_damaged:
            print(f"prm: error: {exc}", file=sys.stderr)
            return EXIT_PROBLEMS
        return _bad(exc)
    assert info is not None  # not skip_empty
    if args.format == "json":
        print_json(_info_row(info))
    else:
        print(
            f"backed up {path} to {info.path} ({info.size:,} bytes, {info.partners} partners, "
            f"{info.events} events; check ok)"
        )
    return EXIT_OK


def _count(value: int | None, default: int) -> int:
    from prm_core.cli.main import UsageError

    if value is None:
        return default
    if value < 0:
        raise UsageError("--keep-daily/--keep-weekly/--keep-monthly must be 0 or more")
    return value


def cmd_restore(args: argparse.Namespace) -> int:
    from prm_core.cli.output import print_json
    from prm_core.safety.backup import newest_good_backup
    from prm_core.safety.errors import BackupError, RestoreError
    from prm_core.safety.messages import message
    from prm_core.safety.restore import restore_backup

    path = _sqlite_path(args)
    if path is None:
        return _bad(message("backup.postgresql"))
    if args.latest:
        newest = newest_good_backup(path)
        if newest is None:
            return _bad(message("restore.no_backup", path=path))
        source = newest.path
    else:
        source = Path(args.backup_file)
    try:
        result = restore_backup(source, path)
    except (RestoreError, BackupError) as exc:
        return _bad(exc)
    kept = result.safety_backup.path if result.safety_backup else result.damaged_copy
    if args.format == "json":
        print_json(
            {
                "restored_from": str(result.restored_from),
                "database": str(result.target),
                "previous_file_kept_at": str(kept) if kept else None,
                "previous_file_damaged": result.damaged_copy is not None,
            }
        )
    else:
        print(f"restored {result.target} from {result.restored_from}")
        if result.safety_backup is not None:
            print(f"the previous content is backed up in {result.safety_backup.path}")
        elif result.damaged_copy is not None:
            print(f"the previous (damaged) file is kept as {result.damaged_copy}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from prm_core.cli.output import print_json
    from prm_core.database import open_database, resolve_url
    from prm_core.safety.integrity import CheckReport, check_database, check_file
    from prm_core.safety.messages import message

    path = _sqlite_path(args)
    report: CheckReport
    if path is not None:
        if not path.is_file():
            return _bad(message("db.not_found", path=path))
        report = check_file(path, full=not args.quick)
    else:
        db = open_database(resolve_url(args.db), upgrade=False, check=False)
        try:
            report = check_database(db, full=not args.quick)
        finally:
            db.close()
    if args.format == "json":
        print_json(report.to_json())
    else:
        print(f"{report.database}: schema {report.schema or '-'}; ran {', '.join(report.checks)}")
        for note in report.notes:
            print(f"note: {note}")
        for problem in report.problems:
            print(f"problem: {problem}")
        count = len(report.problems)
        print("ok: no problem found" if not count else f"{count} problem(s) found")
    return EXIT_OK if report.ok else EXIT_PROBLEMS
