"""``prm pract``, ``prm signals`` and ``prm tiers``: diagnose, detect and reward headless."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from prm_core.cli.args import parse_date as _date

EXIT_OK = 0


def register(sub: Any) -> None:  # argparse's subparsers action has no public type
    pract: argparse.ArgumentParser = sub.add_parser(
        "pract",
        help="show a partner's PRACT assessments, or record one with --scores",
        description=(
            "Without --scores: the partner's PRACT assessments (newest of each assessor first) "
            "with totals, bands (ideal 21-25, one_step 15-20, high_risk 0-14) and the self vs "
            "manager gaps. With --scores: record an assessment, then show them."
        ),
    )
    pract.add_argument("--partner", required=True, metavar="NAME", help="partner name or code")
    pract.add_argument(
        "--assessor", metavar="manager|self", help="default: manager (checked by the service)"
    )
    pract.add_argument(
        "--scores",
        metavar="P,R,A,C,T",
        help="five scores 0-5: perception, readiness, activate, collaboration, trust",
    )
    pract.add_argument("--date", metavar="YYYY-MM-DD", help="assessment date (default: today)")
    pract.add_argument("--comment", default="", metavar="TEXT", help="comments")
    pract.add_argument("--format", choices=["json", "table"], default="table")
    pract.set_defaults(func=cmd_pract)

    signals: argparse.ArgumentParser = sub.add_parser(
        "signals",
        help="list the risk signals, most severe first",
        description=(
            "Every risk signal of the programme (or of one partner) at --as-of: partner, "
            "person, signal key, severity, evidence and suggested action. Snoozed signals and "
            "signals answered by a recent intervention are left out unless --all."
        ),
    )
    signals.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="default: today")
    signals.add_argument("--partner", metavar="NAME", help="one partner (name or code)")
    signals.add_argument(
        "--all", action="store_true", help="include snoozed and recently handled signals"
    )
    signals.add_argument("--format", choices=["json", "table"], default="table")
    signals.set_defaults(func=cmd_signals)

    tiers: argparse.ArgumentParser = sub.add_parser(
        "tiers",
        help="points and tier of every partner over the last 365 days",
        description=(
            "Points from the point rules over the 365 days ending at --as-of, the tier they "
            "reach, the next tier and the points still missing (most points first)."
        ),
    )
    tiers.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="default: today")
    tiers.add_argument("--partner", metavar="NAME", help="one partner (name or code)")
    tiers.add_argument("--format", choices=["json", "table"], default="table")
    tiers.set_defaults(func=cmd_tiers)


def _scores(text: str) -> list[int]:
    from prm_core.cli.main import UsageError

    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 5 or not all(p.lstrip("-").isdigit() for p in parts):
        raise UsageError(f"--scores takes five whole numbers 0-5 separated by commas, got {text!r}")
    return [int(p) for p in parts]


def _print_json(data: Any) -> None:
    """``print_json``'s output in one write (thousands of signals print 20x faster than
    through ``json.dump``'s many small writes)."""
    import json
    import sys

    def default(value: object) -> object:
        if isinstance(value, date):
            return value.isoformat()
        raise TypeError(f"cannot serialise {type(value).__name__}")

    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=default) + "\n")


def _partner(db: Any, name: str) -> int:
    from prm_core.cli.main import UsageError
    from prm_core.services.diagnosis import partner_id_by_name

    pid = partner_id_by_name(db, name)
    if pid is None:
        raise UsageError(f"unknown partner: {name}")
    return pid


def cmd_pract(args: argparse.Namespace) -> int:
    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.diagnosis.pract import pract_report
    from prm_core.services.diagnosis import AssessmentData, record_assessment
    from prm_core.services.errors import ServiceError

    recording = args.scores is not None
    if not recording and (args.assessor or args.date or args.comment):
        raise UsageError("--assessor, --date and --comment need --scores")
    scores = _scores(args.scores) if recording else None
    day = _date(args.date, "--date")
    db = open_from_args(args)
    try:
        pid = _partner(db, args.partner)
        if scores is not None:
            data = AssessmentData(
                args.assessor or "manager", day or date.today(), scores, args.comment
            )
            try:
                record_assessment(db, pid, data)
            except ServiceError as exc:
                raise UsageError(str(exc)) from exc
        with db.reading() as session:
            report = pract_report(session, pid)
    finally:
        db.close()
    assert report is not None
    if args.format == "json":
        _print_json(report.to_json())
    else:
        _print_pract(report)
    return EXIT_OK


def _print_pract(report: Any) -> None:
    from prm_core.cli.output import print_table
    from prm_core.diagnosis.pract import BAND_ADVICE, PHASES, TYPICAL_ACTIONS

    print(report.partner)
    if not report.assessments:
        print("(no assessment yet)")
        return
    rows = [
        {
            "date": a.assessed_on,
            "assessor": a.assessor,
            **{p[:5]: a.scores[p] for p in PHASES},
            "total": a.total,
            "band": a.band,
        }
        for a in report.assessments
    ]
    print_table(rows, ["date", "assessor", *(p[:5] for p in PHASES), "total", "band"])
    current = report.current
    if current is not None:
        print(f"\n{current.assessor} {current.assessed_on}: {current.total}/25 {current.band}")
        print(BAND_ADVICE[current.band])
        for phase in current.weakest:
            print(f"  weakest: {phase}: {', '.join(TYPICAL_ACTIONS[phase])}")
    if report.gaps:
        print("\nself vs manager")
        print_table(
            [
                {
                    "phase": g.phase,
                    "self": g.self_score,
                    "manager": g.manager_score,
                    "gap": g.gap,
                    "talk": "◀ worth a talk" if g.worth_a_talk else "",
                }
                for g in report.gaps
            ],
            ["phase", "self", "manager", "gap", "talk"],
        )


def cmd_signals(args: argparse.Namespace) -> int:
    from prm_core.cli.main import open_from_args
    from prm_core.cli.output import print_table
    from prm_core.diagnosis.signals import detect_signals

    as_of = _date(args.as_of, "--as-of")
    db = open_from_args(args)
    try:
        pid = _partner(db, args.partner) if args.partner is not None else None
        with db.reading() as session:
            found = detect_signals(session, as_of, partner_id=pid, include_handled=args.all)
    finally:
        db.close()
    rows = [s.to_json() for s in found]
    if args.format == "json":
        _print_json(rows)
    else:
        print_table(rows, ["severity", "partner", "person", "signal", "evidence", "action"])
    return EXIT_OK


def cmd_tiers(args: argparse.Namespace) -> int:
    from prm_core.cli.main import open_from_args
    from prm_core.cli.output import print_table
    from prm_core.diagnosis.tiers import compute_tiers

    as_of = _date(args.as_of, "--as-of")
    db = open_from_args(args)
    try:
        pid = _partner(db, args.partner) if args.partner is not None else None
        with db.reading() as session:
            found = compute_tiers(session, as_of, partner_id=pid)
    finally:
        db.close()
    if args.format == "json":
        _print_json([t.to_json() for t in found])
    else:
        print_table(
            [{**t.to_json(), "hint": t.hint.text if t.hint else ""} for t in found],
            ["partner", "points", "tier", "next_tier", "points_to_next", "hint"],
        )
    return EXIT_OK
