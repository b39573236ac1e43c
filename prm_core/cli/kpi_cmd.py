"""``prm kpi``: the five KPIs, cohorts and phases of a programme, a segment or one partner."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from prm_core.cli.args import parse_date as _date
from prm_core.kinds import PartnerType

if TYPE_CHECKING:  # the engine (and the ORM) load only when ``prm kpi`` runs
    from prm_core.kpi.engine import KpiResult

EXIT_OK = 0


def register(sub: Any) -> None:  # argparse's subparsers action has no public type
    p: argparse.ArgumentParser = sub.add_parser(
        "kpi",
        help="print the five KPIs, retention cohorts and phases",
        description=(
            "Journey completion, content downloads, activation, per-person activity, retention "
            "(with monthly cohorts) and the phase counts, for registered partners at --as-of. "
            "The period defaults to the calendar month of --as-of."
        ),
    )
    p.add_argument("--as-of", dest="as_of", metavar="YYYY-MM-DD", help="default: today")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="period start")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="period end (inclusive)")
    p.add_argument("--level", choices=["partner", "person"], default="partner")
    p.add_argument("--partner", metavar="NAME", help="one partner (name or code)")
    p.add_argument("--type", choices=[t.value for t in PartnerType], help="partner type")
    p.add_argument("--tier", help="partner tier")
    p.add_argument("--territory", help="partner territory")
    p.add_argument("--owner", help="channel manager owning the partner")
    p.add_argument("--format", choices=["json", "table"], default="table")
    p.set_defaults(func=cmd_kpi)


def cmd_kpi(args: argparse.Namespace) -> int:
    from sqlalchemy import or_, select

    from prm_core.cli.main import UsageError, open_from_args
    from prm_core.cli.output import print_json
    from prm_core.kpi.engine import compute_all
    from prm_core.kpi.params import KpiParams
    from prm_core.orm import Partner

    as_of = _date(args.as_of, "--as-of")
    date_from = _date(args.date_from, "--from")
    date_to = _date(args.date_to, "--to")
    try:
        params = KpiParams.create(
            as_of=as_of,
            date_from=date_from,
            date_to=date_to,
            level=args.level,
            type=args.type,
            tier=args.tier,
            territory=args.territory,
            owner=args.owner,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from exc

    db = open_from_args(args)
    try:
        with db.reading() as session:
            if args.partner is not None:
                pid = session.scalars(
                    select(Partner.id)
                    .where(or_(Partner.name == args.partner, Partner.code == args.partner))
                    .order_by((Partner.name == args.partner).desc())
                ).first()
                if pid is None:
                    raise UsageError(f"unknown partner: {args.partner}")
                params = params.with_(partner_id=pid)
            result = compute_all(session, params)
    finally:
        db.close()
    if args.format == "json":
        print_json(result.to_json())
    else:
        print_result(result)
    return EXIT_OK


def print_result(result: KpiResult) -> None:
    """The JSON document as readable sections of aligned text."""
    from prm_core.cli.output import print_table
    from prm_core.kpi.retention import COHORT_MONTHS

    data = result.to_json()
    unit = "persons" if result.level.value == "person" else "partners"
    print(
        f"as of {data['as_of']} · period {data['from']} … {data['to']} · level {data['level']}"
        f" · registered {unit}: {data['registered']}"
    )

    def section(title: str) -> None:
        print(f"\n{title}")

    section("Journey")
    print_table(data["journey"], ["step", "count", "rate", "step_rate"])

    downloads = data["content_downloads"]
    section(
        f"Content downloads: {downloads['total']} (per {unit[:-1]} {downloads['per_partner']:.3f})"
    )
    if downloads["by_content"]:
        print_table(downloads["by_content"], ["content", "downloads"])

    section("Activation")
    print_table(
        [data["activation"]],
        [
            "deals_registered",
            "activated_partners",
            "deals_per_activated_partner",
            "activation_rate",
        ],
    )

    section("People (leads and deals in the period)")
    if data["people"]:
        print_table(data["people"], ["partner", "person", "leads", "deals", "conversion"])
    else:
        print("(no leads or deals)")

    section("Top person share (partners with deals in the period)")
    if data["top_person_share"]:
        print_table(data["top_person_share"], ["partner", "share", "deals", "top_person_deals"])
    else:
        print("(no deals)")

    ret = data["retention"]
    section(
        f"Retention: {ret['active']} of {ret['registered']} logged in within "
        f"{ret['window_days']} days (rate {ret['rate']:.3f})"
    )
    if ret["cohorts"]:
        ks = [f"m{k}" for k in range(COHORT_MONTHS + 1)]
        rows = [
            {
                "cohort": c["month"],
                "size": c["size"],
                **dict(zip(ks, c["active_by_month"], strict=False)),
            }
            for c in ret["cohorts"]
        ]
        print_table(rows, ["cohort", "size", *ks])

    section("Phases")
    print_table([data["phases"]], list(data["phases"]))
