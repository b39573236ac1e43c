"""``prm``: create, fill and inspect a PRM database without the GUI.

Exit codes: 0 success, 2 bad input (usage, unknown partner, bad file), 1 unexpected failure.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict

from prm_core import __version__, migrate
from prm_core.cli.output import print_json, print_table
from prm_core.database import Database, DatabaseError, open_database, resolve_url
from prm_core.safety.errors import DatabaseBusyError, ReadOnlyDatabaseError

#: Modules that add subcommands: each has ``register(subparsers) -> None`` and sets
#: ``func`` on its parsers; a func takes the parsed args and returns an exit code.
COMMAND_MODULES: tuple[str, ...] = (
    "prm_core.cli.kpi_cmd",
    "prm_core.cli.import_cmd",
    "prm_core.cli.deals_cmd",
    "prm_core.cli.safety_cmd",
    "prm_core.cli.export_cmd",
    "prm_core.cli.diagnosis_cmd",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_BAD_INPUT = 2


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit code 2."""


def open_from_args(args: argparse.Namespace) -> Database:
    """The database named by ``--db`` / ``$PRM_DB`` / the default, upgraded to head."""
    return open_database(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    url = resolve_url(args.db)
    db = open_database(url, upgrade=False)
    try:
        before = migrate.current_revision(db.engine)
        migrate.upgrade(db.engine)
        after = migrate.current_revision(db.engine)
    finally:
        db.close()
    state = "created" if before is None else ("upgraded" if before != after else "up to date")
    print(f"{db.display_name}: {state} (schema {after})")
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    if args.partners < 1 or args.months < 1:
        raise UsageError("--partners and --months must be at least 1")
    from prm_core.demo import generate_demo

    db = open_from_args(args)
    last_shown = -1

    def progress(done: int, total: int) -> None:
        nonlocal last_shown
        pct = 100 * done // max(total, 1)
        if pct != last_shown and not args.quiet:
            last_shown = pct
            print(f"\rgenerating demo data… {pct:3d}%", end="", file=sys.stderr, flush=True)

    try:
        summary = generate_demo(
            db, partners=args.partners, months=args.months, seed=args.seed, progress=progress
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc
    finally:
        db.close()
    if not args.quiet:
        print(file=sys.stderr)
    if args.format == "json":
        print_json(asdict(summary))
    else:
        print_table([asdict(summary)], list(asdict(summary)))
    return EXIT_OK


def cmd_info(args: argparse.Namespace) -> int:
    from prm_core.queries.partners import database_counts

    db = open_from_args(args)
    try:
        with db.reading() as session:
            counts = database_counts(session)
        info = {
            "database": db.display_name,
            "schema": migrate.current_revision(db.engine),
            "version": __version__,
            **counts,
        }
    finally:
        db.close()
    if args.format == "json":
        print_json(info)
    else:
        for key, value in info.items():
            print(f"{key:>10}: {value}")
    return EXIT_OK


def cmd_partners(args: argparse.Namespace) -> int:
    from prm_core.queries.partners import list_partners

    db = open_from_args(args)
    try:
        with db.reading() as session:
            rows = [asdict(r) for r in list_partners(session)]
    finally:
        db.close()
    if args.format == "json":
        print_json(rows)
    else:
        columns = ["code", "name", "type", "tier", "territory", "owner", "last_activity"]
        print_table(rows, columns)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prm", description="PRM Desktop command line: manage a partner database headless."
    )
    parser.add_argument("--version", action="version", version=f"prm {__version__}")
    parser.add_argument(
        "--db",
        help="SQLite file path or SQLAlchemy URL (default: $PRM_DB, else the user data folder)",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(
        name: str, func: Callable[[argparse.Namespace], int], help_: str
    ) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_)
        p.set_defaults(func=func)
        return p

    def formats(p: argparse.ArgumentParser, default: str = "table") -> None:
        p.add_argument("--format", choices=["json", "table"], default=default)

    add("init", cmd_init, "create the database or upgrade it to the newest schema")
    demo = add("demo", cmd_demo, "fill an empty database with realistic demo data")
    demo.add_argument("--partners", type=int, default=200, help="number of partners (200)")
    demo.add_argument("--months", type=int, default=24, help="months of history (24)")
    demo.add_argument("--seed", type=int, default=1, help="random seed; same seed, same data")
    demo.add_argument("--quiet", action="store_true", help="no progress on stderr")
    formats(demo)
    formats(add("info", cmd_info, "show the schema version and row counts"))
    formats(add("partners", cmd_partners, "list partners"))
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (UsageError, DatabaseError) as exc:
        print(f"prm: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (DatabaseBusyError, ReadOnlyDatabaseError) as exc:  # expected; worded for users
        print(f"prm: error: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("prm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `prm partners | head`: the reader left; not an error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except Exception as exc:  # the last line of defence: one line, not a traceback
        print(f"prm: unexpected error: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILURE


if __name__ == "__main__":
    raise SystemExit(main())
