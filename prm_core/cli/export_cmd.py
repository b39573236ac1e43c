"""``prm export qbr|diagnostic|portfolio`` and ``prm import diagnostic``: the offline files.

Exit codes: 0 written (or, for ``import diagnostic``, imported or already imported), 2 bad
input or a refused file (one line on stderr, nothing written), 1 anything unexpected (also a
batch in which some QBRs failed: the others are written).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_REJECTED = 2


def register(sub: Any) -> None:  # argparse's subparsers action has no public type
    p: argparse.ArgumentParser = sub.add_parser(
        "export",
        help="write a QBR PDF, a partner's Excel diagnostic or the portfolio workbook",
        description=(
            "Offline deliverables: the quarterly business review (PDF, Japanese or English, "
            "partner or internal variant), the PRACT self-assessment workbook handed to a "
            "partner (import it back with `prm import diagnostic`), and the internal "
            "portfolio workbook."
        ),
    )
    what = p.add_subparsers(dest="export_target", required=True, metavar="WHAT")

    qbr = what.add_parser(
        "qbr",
        help="the QBR PDF of one partner (--partner) or of every active partner (--all)",
        description=(
            "One partner: --partner NAME --out F.pdf. Every active partner: --all "
            "--out-dir DIR (one PDF each, on every core, with a progress line)."
        ),
    )
    who = qbr.add_mutually_exclusive_group(required=True)
    who.add_argument("--partner", metavar="NAME", help="partner name or code")
    who.add_argument("--all", action="store_true", help="every active partner")
    qbr.add_argument("--quarter", metavar="YYYYQn", help="e.g. 2026Q3 (default: this quarter)")
    qbr.add_argument("--variant", choices=["partner", "internal"], default="partner")
    qbr.add_argument("--lang", choices=["ja", "en"], default="ja")
    qbr.add_argument("--out", metavar="F.pdf", help="output file (with --partner)")
    qbr.add_argument("--out-dir", dest="out_dir", metavar="DIR", help="output folder (--all)")
    qbr.add_argument("--workers", type=int, metavar="N", help="processes (default: cores)")
    _common(qbr)
    qbr.set_defaults(func=cmd_export_qbr)

    diag = what.add_parser(
        "diagnostic",
        help="the PRACT self-assessment workbook for one partner",
        description=(
            "An .xlsx the partner fills in offline: five questions with a 0–5 drop-down, "
            "its own KPIs, onboarding checklist and goals. The export id it carries is "
            "recorded so `prm import diagnostic` accepts it back."
        ),
    )
    diag.add_argument("--partner", metavar="NAME", required=True, help="partner name or code")
    diag.add_argument("--out", metavar="F.xlsx", required=True)
    diag.add_argument("--lang", choices=["ja", "en"], default="ja")
    _common(diag)
    diag.set_defaults(func=cmd_export_diagnostic)

    port = what.add_parser(
        "portfolio",
        help="every partner with phase, tier, KPIs, signals and actions (internal .xlsx)",
        description="Every partner on one sheet and the programme's KPI summary on another.",
    )
    port.add_argument("--out", metavar="F.xlsx", required=True)
    port.add_argument("--lang", choices=["ja", "en"], default="ja")
    port.add_argument(
        "--days", type=int, default=90, help="KPI period: the N days ending at --as-of (90)"
    )
    _common(port)
    port.set_defaults(func=cmd_export_portfolio)


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--as-of", dest="as_of", metavar="YYYY-MM-DD", help="the day the figures stop (today)"
    )
    p.add_argument("--format", choices=["json", "table"], default="table")


def register_import(targets: Any) -> None:
    """``prm import diagnostic FILE``: listed in ``import_cmd.TARGET_MODULES``."""
    help_ = "a returned Excel diagnostic: stores the partner's PRACT self-assessment"
    t: argparse.ArgumentParser = targets.add_parser(
        "diagnostic",
        help=help_,
        description=(
            help_ + ". The file must be the .xlsx made by `prm export diagnostic` for a "
            "partner of this database; scores are whole numbers 0–5. Importing the same "
            "file twice stores nothing the second time."
        ),
    )
    t.add_argument("file", metavar="FILE", help="the returned .xlsx")
    t.add_argument("--format", choices=["json", "table"], default="table")
    t.set_defaults(func=cmd_import_diagnostic)


# --- helpers ------------------------------------------------------------------------------


def _as_of(args: argparse.Namespace) -> date | None:
    from prm_core.cli.args import parse_date

    return parse_date(args.as_of, "--as-of")


def _partner_id(db: Any, name: str) -> int:
    from prm_core.cli.main import UsageError
    from prm_core.reports.qbr_data import find_partner

    with db.reading() as session:
        found = find_partner(session, name)
    if found is None:
        raise UsageError(f"unknown partner: {name}")
    return found[0]


def _written(args: argparse.Namespace, data: dict[str, Any]) -> None:
    from prm_core.cli.output import print_json

    if args.format == "json":
        print_json(data)
    else:
        print(f"wrote {data['path']}")


# --- commands -----------------------------------------------------------------------------


def cmd_export_qbr(args: argparse.Namespace) -> int:
    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.reports.periods import Quarter
    from prm_core.reports.qbr_data import QbrError

    today = _as_of(args) or date.today()
    try:
        quarter = Quarter.parse(args.quarter) if args.quarter else Quarter.of(today)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.all:
        if not args.out_dir or args.out:
            raise UsageError("--all writes one PDF per partner: give --out-dir DIR (not --out)")
        if args.workers is not None and args.workers < 1:
            raise UsageError("--workers must be at least 1")
    elif not args.out or args.out_dir:
        raise UsageError("--partner writes one PDF: give --out F.pdf (not --out-dir)")
    db = open_from_args(args)
    try:
        if args.all:
            return _export_all(args, db, quarter, today)
        from prm_core.reports.qbr_pdf import export_qbr

        pid = _partner_id(db, args.partner)
        try:
            path = export_qbr(
                db,
                pid,
                quarter,
                Path(args.out),
                variant=args.variant,
                language=args.lang,
                today=today,
            )
        except QbrError as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        db.close()
    _written(
        args,
        {
            "path": str(path),
            "partner": args.partner,
            "quarter": quarter.label,
            "variant": args.variant,
            "language": args.lang,
        },
    )
    return EXIT_OK


def _export_all(args: argparse.Namespace, db: Any, quarter: Any, today: date) -> int:
    from prm_core.cli.main import UsageError
    from prm_core.cli.output import print_json
    from prm_core.reports.batch import export_qbr_batch
    from prm_core.reports.qbr_data import QbrError

    show = sys.stderr.isatty() or args.format != "json"

    def progress(done: int, total: int) -> None:
        if show:
            print(f"\rexporting QBRs… {done}/{total}", end="", file=sys.stderr, flush=True)

    try:
        result = export_qbr_batch(
            db,
            quarter,
            Path(args.out_dir),
            variant=args.variant,
            language=args.lang,
            today=today,
            workers=args.workers,
            progress=progress,
        )
    except QbrError as exc:
        raise UsageError(str(exc)) from None
    except OSError as exc:
        raise UsageError(f"cannot write to {args.out_dir}: {exc.strerror or exc}") from None
    finally:
        if show:
            print(file=sys.stderr)
    if args.format == "json":
        print_json(
            {
                "quarter": quarter.label,
                "written": [{"partner": i.partner, "path": str(i.path)} for i in result.written],
                "failed": [{"partner": n, "error": m} for _pid, n, m in result.failed],
            }
        )
    else:
        print(f"wrote {len(result.written)} QBR(s) for {quarter.label} to {args.out_dir}")
    for _pid, name, message in result.failed:
        print(f"prm: error: QBR of {name} failed: {message}", file=sys.stderr)
    return EXIT_FAILURE if result.failed else EXIT_OK


def cmd_export_diagnostic(args: argparse.Namespace) -> int:
    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.reports.diagnostic_xlsx import export_diagnostic
    from prm_core.reports.qbr_data import QbrError

    today = _as_of(args)
    db = open_from_args(args)
    try:
        pid = _partner_id(db, args.partner)
        try:
            result = export_diagnostic(db, pid, Path(args.out), language=args.lang, today=today)
        except QbrError as exc:
            raise UsageError(str(exc)) from None
        except OSError as exc:
            raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        db.close()
    _written(
        args,
        {"path": str(result.path), "partner": result.partner, "export_id": result.export_id},
    )
    return EXIT_OK


def cmd_export_portfolio(args: argparse.Namespace) -> int:
    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.reports.portfolio_xlsx import export_portfolio

    if args.days < 1:
        raise UsageError("--days must be at least 1")
    as_of = _as_of(args)
    db = open_from_args(args)
    try:
        path = export_portfolio(db, Path(args.out), as_of=as_of, language=args.lang, days=args.days)
    except OSError as exc:
        raise UsageError(f"cannot write {args.out}: {exc.strerror or exc}") from None
    finally:
        db.close()
    _written(args, {"path": str(path)})
    return EXIT_OK


def cmd_import_diagnostic(args: argparse.Namespace) -> int:
    from prm_core.cli.main import open_from_args
    from prm_core.cli.output import print_json
    from prm_core.reports.diagnostic_import import DiagnosticRefused, import_diagnostic

    db = open_from_args(args)
    try:
        result, _changes = import_diagnostic(db, Path(args.file))
    except DiagnosticRefused as exc:
        print(f"prm: error: {exc}", file=sys.stderr)
        if args.format == "json":
            print_json({"imported": False, "reason": exc.reason, "message": str(exc)})
        return EXIT_REJECTED
    finally:
        db.close()
    if args.format == "json":
        print_json({"imported": not result.already_imported, **result.to_json()})
    elif result.already_imported:
        print(
            f"already imported: {result.partner}, self-assessment of "
            f"{result.assessed_on.isoformat()} (nothing written)"
        )
    else:
        scores = ", ".join(f"{k} {v}" for k, v in result.scores.items())
        print(
            f"imported self-assessment for {result.partner} "
            f"({result.assessed_on.isoformat()}): {scores}; total {result.total}/25"
        )
    return EXIT_OK
