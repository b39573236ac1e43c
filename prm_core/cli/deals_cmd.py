"""``prm deals``, ``prm commitments`` and ``prm import deals``.

- ``prm deals [--as-of D] [--status S] [--partner NAME] [--owner NAME] [--expiring-within N]``
  lists registrations with their status as of D (default today), newest first;
- ``prm deals --conflicts [--as-of D]`` lists the unresolved channel conflicts, each group
  first-registered first (``--duplicates``: one partner's repeated claims);
- ``prm deals approve|reject|won|lost ID --reason TEXT [--date D]`` records a decision;
- ``prm deals resolve FIRST SECOND --decision keep_first|keep_second|both_legitimate
  --reason TEXT`` silences a conflict pair for good;
- ``prm deals expiry [DAYS]`` shows or sets the default validity of new registrations;
- ``prm commitments [--partner NAME] [--as-of D] [--days N]``: follow-through per side.

Registration ids are shown by ``--format table``. Exit codes: 0 ok, 2 bad input (one line,
nothing written), 1 unexpected.
"""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from prm_core.cli.args import parse_date as _date
from prm_core.cli.import_cmd import EXIT_OK, add_file_options


def register(sub: Any) -> None:  # argparse's subparsers action has no public type
    p: argparse.ArgumentParser = sub.add_parser(
        "deals",
        help="deal registrations: list, conflicts, approve, reject, resolve",
        description=(
            "List deal registrations with their status as of a date (expired is computed), "
            "show channel conflicts, and record decisions with a reason."
        ),
    )
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument(
        "--status",
        help="submitted, approved, rejected, won, lost, expired or open (or 申請中, 承認…)",
    )
    p.add_argument("--partner", metavar="NAME", help="one partner (name or code)")
    p.add_argument("--owner", metavar="NAME", help="partners of this channel manager")
    p.add_argument(
        "--expiring-within",
        dest="expiring_within",
        type=int,
        metavar="DAYS",
        help="open registrations expiring within DAYS of --as-of",
    )
    which = p.add_mutually_exclusive_group()
    which.add_argument("--conflicts", action="store_true", help="unresolved channel conflicts")
    which.add_argument(
        "--duplicates", action="store_true", help="one partner's repeated claims on a customer"
    )
    p.add_argument("--format", choices=["json", "table"], default="table")
    p.set_defaults(func=cmd_deals)
    actions = p.add_subparsers(dest="deals_action", metavar="ACTION")
    for name, help_ in (
        ("approve", "approve a submitted registration"),
        ("reject", "reject a submitted or approved registration (reason required)"),
        ("won", "record that an approved registration's deal was won"),
        ("lost", "record that an approved registration's deal was lost"),
    ):
        a = actions.add_parser(name, help=help_, description=help_)
        a.add_argument("id", type=int, metavar="ID", help="registration id (see --format table)")
        a.add_argument("--reason", default="", help="why (required to reject)")
        a.add_argument("--date", metavar="YYYY-MM-DD", help="decision date (default: today)")
        a.set_defaults(func=cmd_decide, decision=name)
    r = actions.add_parser(
        "resolve",
        help="resolve a conflict between two registrations (reason required)",
        description="Record who keeps the customer; the pair never conflicts again.",
    )
    r.add_argument("first", type=int, metavar="FIRST", help="registration id")
    r.add_argument("second", type=int, metavar="SECOND", help="registration id")
    r.add_argument(
        "--decision",
        required=True,
        choices=["keep_first", "keep_second", "both_legitimate"],
        help="keep FIRST's claim, keep SECOND's, or both are legitimate",
    )
    r.add_argument("--reason", required=True, help="why")
    r.add_argument("--date", metavar="YYYY-MM-DD", help="decision date (default: today)")
    r.set_defaults(func=cmd_resolve)
    e = actions.add_parser(
        "expiry",
        help="show or set the default validity of new registrations (days)",
        description="Registrations expire this many days after their registered date.",
    )
    e.add_argument("days", type=int, nargs="?", metavar="DAYS")
    e.set_defaults(func=cmd_expiry)

    c = sub.add_parser(
        "commitments",
        help="follow-through of action items per side (vendor, partner)",
        description=(
            "Due, done on time, done late, overdue, open and follow-through per side over the "
            "period (default: the 90 days ending at --as-of), for the programme and per partner."
        ),
    )
    c.add_argument("--partner", metavar="NAME", help="one partner (name or code)")
    c.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="default: today")
    c.add_argument("--days", type=int, default=90, help="length of the period (90)")
    c.add_argument("--format", choices=["json", "table"], default="table")
    c.set_defaults(func=cmd_commitments)


def register_import(targets: Any) -> None:
    """``prm import deals FILE``: listed in ``import_cmd.TARGET_MODULES``."""
    help_ = (
        "deal registrations (案件登録): statuses by key or Japanese label, corporate numbers "
        "checked; the source file and row are recorded"
    )
    t: argparse.ArgumentParser = targets.add_parser("deals", help=help_, description=help_)
    add_file_options(t)
    t.set_defaults(func=cmd_import_deals)


# --- helpers -----------------------------------------------------------------------------


def _status(value: str | None) -> str | None:
    from prm_core.cli.main import UsageError
    from prm_core.deals.registrations import SHOWN_STATUSES, STATUS_LABELS_JA

    if value is None:
        return None
    text = value.strip()
    by_label = {label: key for key, label in STATUS_LABELS_JA.items()}
    key = by_label.get(text, text.casefold())
    if key not in (*SHOWN_STATUSES, "open"):
        raise UsageError(
            f"unknown status {value!r}; one of {', '.join(SHOWN_STATUSES)}, open "
            f"(or {', '.join(STATUS_LABELS_JA.values())})"
        )
    return key


def _partner_id(session: Any, name: str | None) -> int | None:
    from prm_core.cli.main import UsageError
    from prm_core.deals.registrations import partner_by_name

    if name is None:
        return None
    found = partner_by_name(session, name)
    if found is None:
        raise UsageError(f"unknown partner: {name}")
    return found[0]


def _service_call(fn: Any) -> Any:
    """Run a service; its refusals are bad input (exit 2, one line, nothing written)."""
    from prm_core.cli.main import UsageError
    from prm_core.services.errors import ServiceError

    try:
        return fn()
    except ServiceError as exc:
        raise UsageError(str(exc)) from exc


# --- commands ----------------------------------------------------------------------------


def cmd_deals(args: argparse.Namespace) -> int:
    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.cli.output import print_json, print_table
    from prm_core.deals.conflicts import find_conflicts, find_duplicates
    from prm_core.deals.registrations import RegistrationFilter, list_registrations

    as_of = _date(args.as_of, "--as-of") or date.today()
    status = _status(args.status)
    if args.expiring_within is not None and args.expiring_within < 0:
        raise UsageError("--expiring-within must be 0 or more days")
    db = open_from_args(args)
    try:
        with db.reading() as session:
            if args.conflicts or args.duplicates:
                find = find_conflicts if args.conflicts else find_duplicates
                groups = find(session, as_of)
                if args.format == "json":
                    print_json([g.to_json() for g in groups])
                    return EXIT_OK
                for n, group in enumerate(groups, start=1):
                    print(f"{n}. {group.customer} (matched on {group.matched_on})")
                    print_table(
                        [
                            {**c.to_json(), "id": c.id, "source": c.source_text}
                            for c in group.claims
                        ],
                        ["id", "partner", "deal", "registered_at", "status", "source"],
                    )
                    print()
                if not groups:
                    print("no conflicts" if args.conflicts else "no duplicates")
                return EXIT_OK
            flt = RegistrationFilter(
                status=status,
                partner_id=_partner_id(session, args.partner),
                owner=args.owner,
                expiring_within=args.expiring_within,
            )
            rows = list_registrations(session, as_of, flt)
    finally:
        db.close()
    if args.format == "json":
        print_json([r.to_json() for r in rows])
    else:
        print_table(
            [{**r.to_json(), "id": r.id} for r in rows],
            [
                "id",
                "registered_at",
                "partner",
                "customer",
                "deal",
                "amount",
                "status",
                "expires_on",
            ],
        )
    return EXIT_OK


def cmd_decide(args: argparse.Namespace) -> int:
    from prm_core.cli.main import open_from_args
    from prm_core.services import deals

    day = _date(args.date, "--date")
    db = open_from_args(args)
    try:
        _service_call(
            lambda: deals.decide(
                db,
                args.id,
                {"approve": "approved", "reject": "rejected"}.get(args.decision, args.decision),
                reason=args.reason,
                decided_on=day,
            )
        )
    finally:
        db.close()
    print(f"registration {args.id}: {args.decision} recorded")
    return EXIT_OK


def cmd_resolve(args: argparse.Namespace) -> int:
    from prm_core.cli.main import open_from_args
    from prm_core.services import deals

    day = _date(args.date, "--date")
    db = open_from_args(args)
    try:
        _service_call(
            lambda: deals.resolve_conflict(
                db, args.first, args.second, args.decision, reason=args.reason, decided_on=day
            )
        )
    finally:
        db.close()
    print(f"conflict {args.first}–{args.second}: {args.decision} recorded")
    return EXIT_OK


def cmd_expiry(args: argparse.Namespace) -> int:
    from prm_core.cli.main import open_from_args
    from prm_core.deals.registrations import expiry_days
    from prm_core.services import deals

    db = open_from_args(args)
    try:
        if args.days is not None:
            _service_call(lambda: deals.set_expiry_days(db, args.days))
        with db.reading() as session:
            days = expiry_days(session)
    finally:
        db.close()
    print(f"new registrations expire {days} days after their registered date")
    return EXIT_OK


def cmd_commitments(args: argparse.Namespace) -> int:
    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.cli.output import print_json, print_table
    from prm_core.deals.commitments import commitments

    as_of = _date(args.as_of, "--as-of") or date.today()
    if args.days < 1:
        raise UsageError("--days must be at least 1")
    db = open_from_args(args)
    try:
        with db.reading() as session:
            result = commitments(
                session, as_of, partner_id=_partner_id(session, args.partner), days=args.days
            )
    finally:
        db.close()
    data = result.to_json()
    if args.format == "json":
        print_json(data)
        return EXIT_OK
    print(f"period {result.period_start.isoformat()} … {result.period_end.isoformat()}")
    columns = ["partner", "side", "due", "done_on_time", "done_late", "overdue", "open"]
    rows: list[dict[str, object]] = []
    for side in ("vendor", "partner"):
        rows.append({"partner": "(programme)", "side": side, **data[side]})
    for entry in data["by_partner"]:
        for side, key in (("vendor", "vendor"), ("partner", "partner_side")):
            rows.append({"partner": entry["partner"], "side": side, **entry[key]})
    print_table(rows, [*columns, "follow_through"])
    return EXIT_OK


def cmd_import_deals(args: argparse.Namespace) -> int:
    from prm_core.cli.import_cmd import run_import_command
    from prm_core.deals.import_deals import TARGET, run_deals_import

    return run_import_command(
        args,
        TARGET,
        lambda db, mapping, progress, limits: run_deals_import(
            db,
            args.file,
            mapping,
            create_missing=args.create,
            keep_valid=args.keep_valid,
            dry_run=args.dry_run,
            progress=progress,
            limits=limits,
            sheet=args.sheet,
        ),
    )
