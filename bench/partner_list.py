"""How fast the partner list loads and filters, as the number of partners and events grows.

Usage: python bench/partner_list.py [--db PATH] [--partners 2000] [--months 24] [--runs 7]

Without --db it builds (or reuses) bench/data/partners-<N>.db with the demo generator.
Prints medians: the list query alone, a full model reload, and one filter keystroke, plus
the same list query against a naive GROUP BY over all events, side by side, with the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import text

from prm_core.database import Database, open_database
from prm_core.queries.partners import list_partners


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ensure_db(path: Path, partners: int, months: int) -> Database:
    if not path.exists():
        from prm_core.demo import generate_demo

        path.parent.mkdir(parents=True, exist_ok=True)
        db = open_database(path)
        start = time.perf_counter()
        generate_demo(db, partners=partners, months=months, seed=1)
        print(f"built {path} in {time.perf_counter() - start:.1f} s")
        return db
    return open_database(path)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db")
    parser.add_argument("--partners", type=int, default=2000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    path = Path(args.db or Path(__file__).parent / "data" / f"partners-{args.partners}.db")
    db = ensure_db(path, args.partners, args.months)

    with db.reading() as s:
        events = s.execute(text("SELECT count(*) FROM events")).scalar_one()
        partners = s.execute(text("SELECT count(*) FROM partners")).scalar_one()

    def ours() -> object:
        with db.reading() as s:
            return list_partners(s)

    def naive() -> object:
        with db.reading() as s:
            return s.execute(
                text("SELECT partner_id, max(occurred_at) FROM events GROUP BY partner_id")
            ).all()

    from PySide6.QtWidgets import QApplication

    from prm_desktop.models.partner_table import PartnerFilterProxyModel, PartnerTableModel

    app = QApplication([])
    model = PartnerTableModel(db)
    proxy = PartnerFilterProxyModel()
    proxy.setSourceModel(model)
    queries = iter(["株", "株式", "関東", "", "さくら", "sys", ""] * args.runs)

    query_ms = median_ms(ours, args.runs)
    naive_ms = median_ms(naive, args.runs)
    reload_ms = median_ms(model.reload, args.runs)
    filter_ms = median_ms(lambda: proxy.set_query(next(queries)), args.runs)
    print(f"partners: {partners}, events: {events}")
    print(f"list query (latest event per partner via index): {query_ms:8.1f} ms")
    print(f"naive GROUP BY over every event, same answer    : {naive_ms:8.1f} ms")
    print(f"ratio naive / ours                              : {naive_ms / query_ms:8.1f} x")
    print(f"model reload (query + {partners} rows)              : {reload_ms:8.1f} ms")
    print(f"one filter keystroke over {partners} rows          : {filter_ms:8.1f} ms")
    db.close()
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
