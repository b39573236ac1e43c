"""How fast the KPI engine computes the dashboard, against a straightforward pandas baseline.

Usage: python bench/kpi.py [--db PATH] [--partners 2000] [--months 24] [--runs 15]
                           [--pandas-runs 3] [--as-of YYYY-MM-DD] [--no-pandas]

Without --db it builds (or reuses) bench/data/kpi-<N>.db with the demo generator (2,000
partners ≈ 20,000 persons and 2,000,000 events). as_of defaults to the day of the latest event.
Prints medians of several runs: the full dashboard (all five KPIs, cohorts, phases) for the
programme over the default period (the month of as_of) and over a quarter, one partner's
KPIs, a breakdown per KPI, and, in the same run, pandas (read_sql + groupby) computing the same
numbers from the same file, with the ratio. The two results are compared number by number.
Targets (2-core machine, SQLite): programme ≤ 150 ms, one partner ≤ 10 ms, faster than pandas.
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from sqlalchemy import text

from prm_core.database import Database, open_database
from prm_core.kinds import JOURNEY_STEPS
from prm_core.kpi import KpiParams, KpiResult, compute_all
from prm_core.kpi.activation import activation
from prm_core.kpi.downloads import content_downloads
from prm_core.kpi.people import people, top_person_share
from prm_core.kpi.phases import programme_counts
from prm_core.kpi.retention import cohorts

COHORT_MONTHS = 12


def median_ms(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ensure_db(path: Path, partners: int, months: int) -> Database:
    if path.exists():
        return open_database(path)
    from prm_core.demo import generate_demo

    path.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(path)
    start = time.perf_counter()
    summary = generate_demo(db, partners=partners, months=months, seed=1)
    print(f"built {path} in {time.perf_counter() - start:.0f} s: {summary}")
    return db


# --- the pandas baseline: read the tables, then filter and group in memory ----------------


def month_index(ts: pd.Series) -> pd.Series:
    return ts.dt.year * 12 + ts.dt.month - 1


def pandas_cohorts(
    registered: pd.DataFrame, logins: pd.DataFrame, params: KpiParams
) -> dict[int, tuple[int, list[int]]]:
    """Registration month → (size, partners with a login in month k = 0 … 12)."""
    login_months = pd.DataFrame(
        {"partner_id": logins.partner_id, "m": month_index(logins.occurred_at)}
    ).drop_duplicates()
    grid = login_months.merge(registered[["id", "reg_month"]], left_on="partner_id", right_on="id")
    grid["k"] = grid.m - grid.reg_month
    grid = grid[(grid.k >= 0) & (grid.k <= COHORT_MONTHS)]
    active_cells = grid.groupby(["reg_month", "k"]).partner_id.nunique()
    sizes = registered.groupby("reg_month").size()
    last = params.as_of.year * 12 + params.as_of.month - 1
    return {
        int(m): (
            int(sizes[m]),
            [int(active_cells.get((m, k), 0)) for k in range(min(COHORT_MONTHS, last - m) + 1)],
        )
        for m in sizes.index
    }


def pandas_phases(
    registered: pd.DataFrame, ev: pd.DataFrame, window: pd.Timestamp
) -> dict[str, int]:
    last_any = ev.groupby("partner_id").occurred_at.max()
    all_deals = ev[ev.kind == "deal_registered"]
    quarters = all_deals.occurred_at.dt.year * 4 + (all_deals.occurred_at.dt.month - 1) // 3
    n_quarters = quarters.groupby(all_deals.partner_id).nunique()
    won = set(ev.loc[ev.kind == "deal_won", "partner_id"])
    ids = registered.id
    recent = ids.map(last_any).ge(window).to_numpy()
    n_q = ids.map(n_quarters).fillna(0).to_numpy()
    has_won = ids.isin(won).to_numpy()
    phase = np.select(
        [~recent, n_q == 0, ~has_won | (n_q < 2)],
        ["dormant", "onboarding", "activation"],
        default="retention",
    )
    counts = pd.Series(phase).value_counts()
    return {k: int(counts.get(k, 0)) for k in ("onboarding", "activation", "retention", "dormant")}


def pandas_kpis(path: Path, params: KpiParams) -> dict[str, Any]:
    """The same numbers as :func:`compute_all` (partner level), written the obvious way."""
    con = sqlite3.connect(path)
    one = params.partner_id
    where = f" WHERE partner_id = {int(one)}" if one is not None else ""
    partners = pd.read_sql(
        "SELECT id, status, contract_date FROM partners"
        + (f" WHERE id = {int(one)}" if one is not None else ""),
        con,
    )
    events = pd.read_sql(
        "SELECT partner_id, person_id, kind, occurred_at, content_id FROM events" + where, con
    )
    contents = pd.read_sql("SELECT id FROM contents", con)
    con.close()
    events["occurred_at"] = pd.to_datetime(events["occurred_at"], format="ISO8601")

    as_of = pd.Timestamp(params.as_of)
    end, window = pd.Timestamp(params.end), pd.Timestamp(params.window_start)
    ev = events[events.occurred_at < end]
    first_reg = ev[ev.kind == "registered"].groupby("partner_id").occurred_at.min()
    partners["first_reg"] = partners.id.map(first_reg)
    contract = pd.to_datetime(partners.contract_date)
    registered = partners[
        (partners.status != "terminated") & (partners.first_reg.notna() | (contract <= as_of))
    ].copy()
    ev = ev[ev.partner_id.isin(registered.id)]
    n = len(registered)

    journey = [n] + [
        int(ev.loc[ev.kind == k.value, "partner_id"].nunique()) for k in JOURNEY_STEPS[1:]
    ]
    period = ev[(ev.occurred_at >= params.period_start) & (ev.occurred_at < params.period_end)]
    downloads = period[period.kind == "material_download"]
    by_content = downloads.content_id.dropna().astype(int).value_counts()
    deals = period[period.kind == "deal_registered"]
    lead_deal = period[period.kind.isin(["lead_registered", "deal_registered"])]
    lead_deal = lead_deal[lead_deal.person_id.notna()]
    per_person = lead_deal.groupby(["person_id", "kind"]).size().unstack(fill_value=0)
    per_pp = deals.groupby([deals.partner_id, deals.person_id.fillna(-1)]).size().reset_index()
    per_pp.columns = ["partner_id", "person_id", "n"]
    totals = per_pp.groupby("partner_id").n.sum()
    tops = per_pp[per_pp.person_id != -1].groupby("partner_id").n.max()

    logins = ev[ev.kind == "login"]
    active = int(logins.loc[logins.occurred_at >= window, "partner_id"].nunique())
    registered["reg_month"] = month_index(registered.first_reg.fillna(contract[registered.index]))
    cohort_grid = pandas_cohorts(registered, logins, params)
    phase_counts = pandas_phases(registered, ev, window)

    return {
        "journey": journey,
        "downloads": len(downloads),
        "by_content": {int(c): int(by_content.get(c, 0)) for c in contents.id},
        "activation": (len(deals), int(deals.partner_id.nunique())),
        "people": {
            int(p): (int(row.get("lead_registered", 0)), int(row.get("deal_registered", 0)))
            for p, row in per_person.iterrows()
        },
        "top_person_share": {int(p): (int(totals[p]), int(tops.get(p, 0))) for p in totals.index},
        "retention": (n, active),
        "cohorts": cohort_grid,
        "phases": phase_counts,
    }


def comparable(result: KpiResult) -> dict[str, Any]:
    """The SQL result in the baseline's shape, to check both compute the same numbers."""

    def month_of(label: str) -> int:
        year, month = label.split("-")
        return int(year) * 12 + int(month) - 1

    return {
        "journey": [s.count for s in result.journey],
        "downloads": result.content_downloads.total,
        "by_content": {c.content_id: c.downloads for c in result.content_downloads.by_content},
        "activation": (
            result.activation.deals_registered,
            result.activation.activated_partners,
        ),
        "people": {p.person_id: (p.leads, p.deals) for p in result.people},
        "top_person_share": {
            s.partner_id: (s.deals, s.top_person_deals) for s in result.top_person_share
        },
        "retention": (result.retention.registered, result.retention.active),
        "cohorts": {month_of(c.month): (c.size, c.active_counts) for c in result.retention.cohorts},
        "phases": result.phases.as_dict(),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="SQLite file (default bench/data/kpi-<partners>.db)")
    parser.add_argument("--partners", type=int, default=2000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--pandas-runs", type=int, default=3)
    parser.add_argument("--as-of", type=date.fromisoformat)
    parser.add_argument("--no-pandas", action="store_true", help="skip the pandas baseline")
    args = parser.parse_args()
    path = Path(args.db or Path(__file__).parent / "data" / f"kpi-{args.partners}.db")
    db = ensure_db(path, args.partners, args.months)

    with db.reading() as s:
        counts = {
            t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
            for t in ("partners", "persons", "events")
        }
        latest = s.execute(text("SELECT max(occurred_at) FROM events")).scalar_one()
        some_partner = s.execute(
            text("SELECT partner_id FROM events GROUP BY partner_id ORDER BY count(*) DESC LIMIT 1")
        ).scalar_one()
    as_of = args.as_of or date.fromisoformat(str(latest)[:10])
    month = KpiParams.create(as_of=as_of)
    quarter_start = date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
    quarter = KpiParams.create(as_of=as_of, date_from=quarter_start)
    one = month.with_(partner_id=some_partner)
    print(
        f"{path}: {counts['partners']:,} partners, {counts['persons']:,} persons, "
        f"{counts['events']:,} events · SQLite {sqlite3.sqlite_version} · as_of {as_of}"
    )

    def ours(params: KpiParams) -> KpiResult:
        with db.reading() as s:
            return compute_all(s, params)

    cases = [
        (f"programme, month {month.date_from}…{month.date_to}", month),
        (f"programme, quarter {quarter.date_from}…{quarter.date_to}", quarter),
        (f"one partner (id {some_partner}, the most events), month", one),
    ]
    print(f"\n{'':52}{'SQL':>12}{'pandas':>12}{'ratio':>9}")
    all_equal = True
    for label, params in cases:
        sql_ms = median_ms(partial(ours, params), args.runs)
        if args.no_pandas:
            print(f"{label:52}{sql_ms:10.1f} ms")
            continue
        pandas_ms = median_ms(partial(pandas_kpis, path, params), args.pandas_runs, warmup=0)
        same = comparable(ours(params)) == pandas_kpis(path, params)
        all_equal &= same
        print(
            f"{label:52}{sql_ms:10.1f} ms{pandas_ms:10.0f} ms{pandas_ms / sql_ms:8.0f}×"
            + ("" if same else "  RESULTS DIFFER")
        )
    if not args.no_pandas:
        print("SQL and pandas results identical:", "yes" if all_equal else "NO")

    print(f"\nbreakdown, programme, month (median of {args.runs}):")
    registered = ours(month).registered
    parts: list[tuple[str, Callable[[Any], object]]] = [
        ("journey + retention rate + phases", lambda s: programme_counts(s, month)),
        ("content downloads", lambda s: content_downloads(s, month, registered)),
        ("activation", lambda s: activation(s, month, registered)),
        ("people", lambda s: people(s, month)),
        ("top person share", lambda s: top_person_share(s, month)),
        ("retention cohorts", lambda s: cohorts(s, month)),
    ]
    for label, fn in parts:

        def timed(fn: Callable[[Any], object] = fn) -> object:
            with db.reading() as s:
                return fn(s)

        print(f"  {label:40}{median_ms(timed, args.runs):8.1f} ms")
    db.close()
    return 0 if all_equal else 1


if __name__ == "__main__":
    sys.exit(main())
