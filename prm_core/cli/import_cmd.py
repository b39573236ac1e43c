"""``prm import events|partners|persons|contents FILE``: bring CSV and Excel files in.

Exit codes: 0 imported (with ``--keep-valid``, also when some rows were set aside), 2 the
file was rejected and nothing was written (a refused file, or invalid rows), 1 anything
unexpected. ``--format json`` prints the report the GUI shows, for scripts.

Other import targets (``import deals``, ``import diagnostic``) plug in like the top-level
commands do: list a module in ``TARGET_MODULES`` whose ``register_import(targets)`` adds
its own sub-subcommand to the ``import`` parser's subparsers, reusing ``add_file_options``.
"""

from __future__ import annotations

import argparse
import importlib
import math
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from prm_core.database import Database
    from prm_core.importing import ImportLimits, ImportReport

#: An importer called with the open database, the mapping (or None), the terminal progress
#: callback (or None) and the size limits.
RunImport = Callable[
    [
        "Database",
        "dict[str, str | None] | None",
        "Callable[[int, int], None] | None",
        "ImportLimits",
    ],
    "ImportReport",
]

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REJECTED = 2

#: The built-in targets, in the order ``prm import --help`` lists them.
TARGETS: dict[str, str] = {
    "events": "activity events (portal logs, SFA exports): kinds, dates, amounts",
    "partners": "the partner list; existing partners (same name) are left as they are",
    "persons": "persons at partners, matched within their partner by name",
    "contents": "the content catalogue (資料)",
}

#: Modules adding more ``import`` targets: each has ``register_import(targets) -> None``.
TARGET_MODULES: tuple[str, ...] = ("prm_core.cli.deals_cmd", "prm_core.cli.export_cmd")


def add_file_options(p: argparse.ArgumentParser) -> None:
    """The options every import target takes (shared with targets added later)."""
    p.add_argument("file", metavar="FILE", help=".csv/.tsv/.txt (UTF-8, CP932) or .xlsx")
    p.add_argument(
        "--mapping",
        metavar="M.json",
        help='JSON object {"file header": "field" or null} overriding the automatic mapping',
    )
    p.add_argument(
        "--no-create",
        dest="create",
        action="store_false",
        help="unknown partners, persons and contents are errors instead of being created",
    )
    p.add_argument(
        "--keep-valid",
        action="store_true",
        help="import the valid rows; write the others to NAME.rejected.csv (NAME.rejected.xlsx "
        "from a workbook) beside FILE",
    )
    p.add_argument("--dry-run", action="store_true", help="validate and report only; write nothing")
    p.add_argument(
        "--sheet",
        metavar="NAME",
        help="the worksheet of an .xlsx to read (default: the first visible one); from a "
        "workbook with several sheets the rejects go to FILE.SHEET.rejected.xlsx",
    )
    p.add_argument(
        "--max-size",
        type=_megabytes,
        metavar="MB",
        help="refuse files larger than this (default 200 MB)",
    )
    p.add_argument("--format", choices=["json", "table"], default="table")


def _megabytes(text: str) -> float:
    """--max-size: a positive, finite number of MB (argparse turns the error into usage)."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of MB: {text!r}") from None
    if not math.isfinite(value) or value <= 0 or value > 1_000_000:
        raise argparse.ArgumentTypeError(f"must be more than 0 and at most 1000000 MB: {text!r}")
    return value


def _source_name(text: str) -> str:
    """--source: 1 to 200 characters, as the events table stores it."""
    from prm_core.importing.runner import MAX_SOURCE, source_name

    try:
        return source_name(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be 1 to {MAX_SOURCE} characters") from None


def register(sub: Any) -> None:  # argparse's subparsers action has no public type
    p: argparse.ArgumentParser = sub.add_parser(
        "import",
        help="import events, partners, persons or contents from CSV or Excel",
        description=(
            "Import a CSV (UTF-8, UTF-8 with BOM or Shift_JIS/CP932; comma, tab or semicolon) "
            "or .xlsx file. Headers in English or Japanese. All or nothing unless --keep-valid; "
            "importing the same file twice adds nothing."
        ),
    )
    targets = p.add_subparsers(dest="import_target", required=True, metavar="TARGET")
    for name, help_ in TARGETS.items():
        t = targets.add_parser(name, help=help_, description=help_)
        add_file_options(t)
        if name == "events":
            t.add_argument(
                "--source",
                default=None,
                type=_source_name,
                help='where the events come from (default "import"); ids dedupe per source',
            )
        t.set_defaults(func=cmd_import)
    for module_name in TARGET_MODULES:
        importlib.import_module(module_name).register_import(targets)


def _progress_printer() -> Any:
    last = [-1]

    def progress(done: int, total: int) -> None:
        pct = 100 * done // max(total, 1)
        if pct != last[0]:
            last[0] = pct
            print(f"\rimporting… {pct:3d}% ({done:,} rows)", end="", file=sys.stderr, flush=True)

    return progress


def cmd_import(args: argparse.Namespace) -> int:
    from prm_core.importing import DEFAULT_SOURCE, run_import

    return run_import_command(
        args,
        args.import_target,
        lambda db, mapping, progress, limits: run_import(
            db,
            args.file,
            args.import_target,
            mapping,
            create_missing=args.create,
            keep_valid=args.keep_valid,
            progress=progress,
            limits=limits,
            source=getattr(args, "source", None) or DEFAULT_SOURCE,
            dry_run=args.dry_run,
            sheet=args.sheet,
            exclusive=True,  # a command runs alone: pages written once (rollback_journal)
        ),
    )


def run_import_command(args: argparse.Namespace, kind: str, run: RunImport) -> int:
    """What every ``prm import TARGET FILE`` does around its importer: size limit, mapping
    file, progress on a terminal, the refusal report, the summary and the exit code."""
    from prm_core.cli.main import open_from_args
    from prm_core.cli.output import print_json
    from prm_core.importing import (
        DEFAULT_LIMITS,
        ImportLimits,
        ImportRefused,
        ImportReport,
        read_mapping_file,
    )
    from prm_core.importing.sources import MB

    limits = DEFAULT_LIMITS
    if args.max_size is not None:
        limits = ImportLimits(max_bytes=max(int(args.max_size * MB), 1))
    show_progress = sys.stderr.isatty() and args.format != "json"
    try:
        mapping = read_mapping_file(args.mapping) if args.mapping else None
        db = open_from_args(args)
        try:
            report = run(db, mapping, _progress_printer() if show_progress else None, limits)
        finally:
            db.close()
            if show_progress:
                print(file=sys.stderr)
    except ImportRefused as exc:
        print(f"prm: error: {exc}", file=sys.stderr)
        if args.format == "json":
            refused = ImportReport(kind=kind).to_json()
            refused["errors"] = [
                {"row": None, "column": None, "reason": exc.reason, "message": str(exc)}
            ]
            print_json(refused)
        return EXIT_REJECTED
    if args.format == "json":
        print_json(report.to_json())
    else:
        _print_summary(report)
    _print_notices(report)
    if report.rejects_path is not None:
        print(f"prm: rejected rows written to {report.rejects_path}", file=sys.stderr)
    if report.rejected and not args.keep_valid:
        if not args.dry_run:
            print("prm: file rejected, nothing was imported", file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _print_notices(report: Any) -> None:
    """What was read differently from cell by cell, or not at all, and what the refused
    kinds and dates could have been, on stderr (JSON or not)."""
    if report.ignored_columns:
        names = ", ".join(f'"{h}"' for h in report.ignored_columns)
        print(
            f"prm: columns not imported (no field reads them): {names}; "
            "--mapping M.json names their fields",
            file=sys.stderr,
        )
    if report.merged_cells:
        print(
            "prm: merged cells read as their value on every row they span: "
            + _first(report.merged_cells),
            file=sys.stderr,
        )
    if report.skipped_notes:
        notes = [f'row {row} "{text}"' for row, text in report.skipped_notes]
        print(
            f"prm: note rows not imported: {_first(notes, total=report.notes_skipped)}",
            file=sys.stderr,
        )
    if report.similar_names:
        pairs = [
            f'{s["kind"]} "{s["name"]}" like "{s["like"]}"'
            + (f' at "{s["partner"]}"' if s.get("partner") else "")
            for s in report.similar_names
        ]
        print(
            "prm: new names that read like another, "
            + ("to be created" if report.dry_run else "created")
            + " separately (check the spelling): "
            + _first(pairs),
            file=sys.stderr,
        )
    reasons = {e.reason for e in report.errors}
    if "unknown_kind" in reasons:
        from prm_core.kinds import EVENT_KIND_LABELS_JA, EventKind

        kinds = ", ".join(
            f"{k.value} ({EVENT_KIND_LABELS_JA[k]})" if k in EVENT_KIND_LABELS_JA else k.value
            for k in EventKind
        )
        print(f"prm: kinds a file can use: {kinds}", file=sys.stderr)
    if "unparseable_date" in reasons:
        print(
            "prm: dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日, or an Excel date "
            "cell; an event's time follows its date: 2026/4/1 9:30, 2026-04-01T09:30+09:00",
            file=sys.stderr,
        )


def _first(items: list[str], shown: int = 10, total: int | None = None) -> str:
    """The first ``shown`` items, then how many in all (``total`` when ``items`` is cut)."""
    total = len(items) if total is None else total
    text = ", ".join(items[:shown])
    return text + (f" … ({total:,} in all)" if total > shown else "")


def _print_summary(report: Any) -> None:
    from prm_core.cli.output import print_table

    verb = "would insert" if report.dry_run else "inserted"
    print(f"{verb}: {report.inserted:,}")
    print(f"duplicates: {report.duplicates:,}")
    print(f"rejected: {report.rejected:,}")
    for label, names in (
        ("created partners", report.created_partners),
        ("created contents", report.created_contents),
    ):
        if names:
            print(
                f"{label} ({len(names)}): "
                + ", ".join(names[:20])
                + (" …" if len(names) > 20 else "")
            )
    if report.created_persons:
        people = [f"{p['name']} ({p['partner']})" for p in report.created_persons[:20]]
        print(f"created persons ({len(report.created_persons)}): " + ", ".join(people))
    if report.errors:
        print()
        rows = [e.to_json() for e in report.errors]
        print_table(rows, ["row", "column", "message"])
        if report.errors_truncated:
            print(f"… {report.rejected_problems - len(report.errors):,} more problems not shown")
