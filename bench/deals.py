"""How fast channel conflicts are found and the Deals view opens, on a large programme.

Usage: python bench/deals.py [--db URL] [--registrations 100000] [--partners 2000]
                             [--runs 7] [--naive-runs 3] [--seed 1]

Builds a fresh database (a temporary SQLite file unless --db names an empty one) holding
2,000 partners and 100,000 registrations over two years, with realistic name variants: legal
forms before and after the name (株式会社, ㈱, （株）, 有限会社, Co., Ltd., Inc., K.K.), half-width
katakana, full-width letters, stray spaces, and a corporate number on about a fifth of them.

Prints medians of --runs runs for
- conflict detection (``find_conflicts``: the grouped query and the grouping), target ≤ 1 s;
- the Deals view's first page (the 200 newest registrations and the total count, as the
  page model asks for them), target ≤ 100 ms, also with the status and "expires within
  14 days" filters;
beside a naive pairwise comparison in Python of the same open registrations (every claim
against every other, the same matching rule), and checks both find the same conflict groups.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from prm_core.database import Database, open_database
from prm_core.deals.conflicts import find_conflicts, match
from prm_core.deals.corporate_number import check_digit
from prm_core.deals.normalise import customer_key, full_width_ascii, half_width_katakana
from prm_core.deals.registrations import (
    OPEN_STATUSES,
    RegistrationFilter,
    count_registrations,
    list_registrations,
)
from prm_core.orm import DealRegistration, Partner

AS_OF = date(2026, 9, 30)
PAGE = 200
TARGET_CONFLICTS_MS = 1000
TARGET_PAGE_MS = 100

KANA = [
    "アルファ", "ベータ", "サクラ", "ミライ", "ホクト", "アオバ", "ヒカリ", "ツバサ", "コスモ",
    "ナギサ", "イロハ", "カエデ", "スバル", "ハヤテ", "ミドリ", "アサヒ", "ユウキ", "ソラ",
    "ガイア", "パシフィック", "ビジョン", "デジタル", "グローバル", "ネクスト", "ブリッジ",
]  # fmt: skip
MIDDLE = [
    "システムズ", "テクノ", "ソリューションズ", "ネットワーク", "データ", "ロジスティクス",
    "メディカル", "フーズ", "エンジニアリング", "ラボ", "クラウド", "ファクトリー", "トレード",
    "サービス", "プランニング", "ワークス", "コンサルティング", "マテリアル", "エナジー", "リンク",
]  # fmt: skip
KANJI = [
    "東京", "大阪", "名古屋", "札幌", "福岡", "横浜", "神戸", "京都", "仙台", "広島",
    "北陸", "九州", "中央", "日本", "関西", "湘南", "信州", "四国", "東北", "沖縄",
]  # fmt: skip
LATIN = [
    "Blue Ocean", "Green Field", "Silver Line", "Red Rock", "North Star", "Bright Path",
    "Open Gate", "Clear Sky", "Deep River", "True North", "Swift Wave", "Prime Core",
]  # fmt: skip
LATIN_TAIL = ["Systems", "Labs", "Partners", "Technologies", "Networks", "Holdings", "Works"]
JA_FORMS = ["株式会社", "㈱", "（株）", "(株)", "有限会社", "㈲", "合同会社"]
EN_FORMS = ["Co., Ltd.", "Co.,Ltd.", "Inc.", "Corp.", "Corporation", "K.K.", "LLC"]


def companies(n: int, rng: random.Random) -> list[tuple[str, str | None]]:
    """``n`` distinct end customers: a base name and, for about a fifth, a corporate number."""
    bases: list[str] = []
    for a in KANA:
        for b in MIDDLE:
            bases.append(a + b)
            for k in KANJI:
                bases.append(k + a + b)
    for a in LATIN:
        for b in LATIN_TAIL:
            bases.append(f"{a} {b}")
            for k in ("Tokyo", "Osaka", "Japan", "Asia", "Kansai"):
                bases.append(f"{a} {b} {k}")
    rng.shuffle(bases)
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    for base in bases:
        key = customer_key(base)
        if key in seen:
            continue
        seen.add(key)
        number = None
        if rng.random() < 0.2:
            body = f"{rng.randrange(10**12):012d}"
            number = f"{check_digit(body)}{body}"
        out.append((base, number))
        if len(out) == n:
            break
    return out


def variant(base: str, rng: random.Random) -> str:
    """One way a partner might type the customer's name."""
    if base.isascii():
        name = base
        roll = rng.random()
        if roll < 0.35:
            name = f"{name} {rng.choice(EN_FORMS)}"
        elif roll < 0.5:
            name = f"{rng.choice(['K.K.', 'Kabushiki Kaisha'])} {name}"
        elif roll < 0.6:
            name = f"{name}株式会社"
        if rng.random() < 0.2:
            name = name.upper()
        if rng.random() < 0.15:
            name = full_width_ascii(name)
        return name
    form = rng.choice(JA_FORMS)
    roll = rng.random()
    name = base if roll < 0.2 else (form + base if roll < 0.65 else base + form)
    if rng.random() < 0.15:
        name = half_width_katakana(name)
    if rng.random() < 0.1:
        name = name.replace("株式会社", "株式会社 ").replace("システムズ", " システムズ")
    return name


def build(db: Database, registrations: int, partners: int, seed: int) -> None:
    rng = random.Random(seed)
    customers = companies(max(registrations // 3, 1), rng)
    weights = [1 / (i + 1) ** 0.8 for i in range(len(customers))]  # a few popular customers
    with db.transaction() as s:
        s.execute(
            insert(Partner),
            [{"name": f"パートナー{i:04d}", "owner": f"担当{i % 12}"} for i in range(partners)],
        )
        partner_ids = list(s.scalars(select(Partner.id)))
    start = AS_OF - timedelta(days=730)
    statuses = ["submitted", "approved", "approved", "rejected", "won", "lost", "approved"]
    rows: list[dict[str, Any]] = []
    picks = rng.choices(range(len(customers)), weights=weights, k=registrations)
    for n, pick in enumerate(picks):
        base, number = customers[pick]
        customer = variant(base, rng)
        registered = start + timedelta(days=rng.randrange(731))
        rows.append(
            {
                "partner_id": rng.choice(partner_ids),
                "customer": customer,
                "customer_key": customer_key(customer),
                "corporate_number": number if number and rng.random() < 0.7 else None,
                "deal": f"案件{n:06d}",
                "amount": rng.randrange(1, 500) * 100_000,
                "registered_on": registered,
                "expires_on": registered + timedelta(days=90),
                "status": rng.choice(statuses),
                "decision_reason": "",
                "source": "bench.csv",
                "source_row": n + 2,
                "external_id": f"B-{n}",
            }
        )
    with db.transaction() as s:
        for i in range(0, len(rows), 10_000):
            s.execute(insert(DealRegistration), rows[i : i + 10_000])
    if db.is_sqlite:
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("ANALYZE")


def median_ms(fn: Callable[[], object], runs: int, warmup: int = 1) -> float:
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def naive_conflicts(db: Database, as_of: date) -> set[frozenset[int]]:
    """Every open claim against every other, in Python: the baseline, same rule."""
    with db.reading() as s:
        rows = s.execute(
            select(
                DealRegistration.id,
                DealRegistration.partner_id,
                DealRegistration.customer,
                DealRegistration.corporate_number,
                DealRegistration.status,
                DealRegistration.registered_on,
                DealRegistration.expires_on,
            )
        ).all()
    claims = [
        (rid, pid, customer_key(customer), number)
        for rid, pid, customer, number, status, registered, expires in rows
        if status in OPEN_STATUSES and registered <= as_of <= expires
    ]
    parent: dict[int, int] = {}

    def find(x: int) -> int:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, (a_id, a_partner, a_key, a_number) in enumerate(claims):
        for b_id, b_partner, b_key, b_number in claims[i + 1 :]:
            if a_partner != b_partner and match(a_number, a_key, b_number, b_key):
                ra, rb = find(a_id), find(b_id)
                if ra != rb:
                    parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, set[int]] = {}
    for x in list(parent):
        groups.setdefault(find(x), set()).add(x)
    return {frozenset(g) for g in groups.values()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an EMPTY database URL or path (default: a temp SQLite)")
    parser.add_argument("--registrations", type=int, default=100_000)
    parser.add_argument("--partners", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--naive-runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="prm-bench-deals-") as tmp:
        db = open_database(args.db or Path(tmp) / "deals.db")
        try:
            with db.reading() as s:
                if s.scalar(select(func.count()).select_from(DealRegistration)):
                    print("--db must name an empty database", file=sys.stderr)
                    return 2
            started = time.perf_counter()
            build(db, args.registrations, args.partners, args.seed)
            print(
                f"built {args.registrations:,} registrations over {args.partners:,} partners "
                f"on {'SQLite' if db.is_sqlite else 'PostgreSQL'} in "
                f"{time.perf_counter() - started:.1f} s"
            )
            return measure(db, args)
        finally:
            db.close()


def measure(db: Database, args: argparse.Namespace) -> int:
    with db.reading() as s:
        open_count = count_registrations(s, AS_OF, RegistrationFilter(status="open"))
        groups = find_conflicts(s, AS_OF)
    claims = sum(len(g.claims) for g in groups)
    print(
        f"as of {AS_OF}: {open_count:,} open registrations, {len(groups):,} conflict groups "
        f"({claims:,} claims, {sum(g.matched_on == 'corporate_number' for g in groups):,} "
        "matched on corporate number)"
    )

    def detect() -> object:
        with db.reading() as s:
            return find_conflicts(s, AS_OF)

    def page(flt: RegistrationFilter) -> Callable[[], object]:
        def run() -> object:
            with db.reading() as s:
                return (
                    list_registrations(s, AS_OF, flt, limit=PAGE),
                    count_registrations(s, AS_OF, flt),
                )

        return run

    ours = median_ms(detect, args.runs)
    naive_times = []
    naive_groups: set[frozenset[int]] = set()
    for _ in range(max(args.naive_runs, 1)):
        start = time.perf_counter()
        naive_groups = naive_conflicts(db, AS_OF)
        naive_times.append((time.perf_counter() - start) * 1000)
    naive = statistics.median(naive_times)
    same = naive_groups == {frozenset(c.id for c in g.claims) for g in groups}

    print(f"\nmedians ({args.runs} runs; naive {len(naive_times)}):")
    print(f"  {'':44}{'ours':>10}{'naive':>12}{'ratio':>8}{'target':>10}")
    print(
        f"  {'conflict detection':44}{ours:8.1f} ms{naive:10.1f} ms{naive / ours:7.0f}x"
        f"{'≤ 1000 ms':>10}  {'ok' if ours <= TARGET_CONFLICTS_MS else 'SLOW'}"
    )
    worst = 0.0
    for label, flt in (
        ("Deals view, first page (all)", RegistrationFilter()),
        ("first page, status approved", RegistrationFilter(status="approved")),
        ("first page, expires within 14 days", RegistrationFilter(expiring_within=14)),
        ("first page, one owner", RegistrationFilter(owner="担当3")),
    ):
        ms = median_ms(page(flt), args.runs)
        worst = max(worst, ms)
        print(
            f"  {label:44}{ms:8.1f} ms{'':12}{'':8}{'≤ 100 ms':>10}  "
            f"{'ok' if ms <= TARGET_PAGE_MS else 'SLOW'}"
        )
    print(f"\nnaive and grouped query find the same groups: {'yes' if same else 'NO'}")
    ok = same and ours <= TARGET_CONFLICTS_MS and worst <= TARGET_PAGE_MS
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
