"""How fast the offline deliverables are made on the 2,000-partner benchmark database.

Usage: python bench/reports.py [--db bench/data/kpi-2000.db] [--quarter 2026Q3]
                               [--today YYYY-MM-DD] [--batch 200] [--workers N] [--runs 10]

The database is never modified: it is copied to a temporary folder first (the diagnostic
export records its export ids, and SQLite may write its WAL, in the copy only). ``--today``
defaults to the day of the latest event and ``--quarter`` to the last complete quarter before
it, as a manager preparing the QBRs would. Prints, beside the targets on the 2-core machine:

- one QBR PDF (gather + render + write; median over ``--runs`` partners), ≤ 0.3 s;
- a batch of ``--batch`` QBRs on every core (spawned worker processes), ≤ 30 s;
- one diagnostic workbook (gather + build + record the export + write), ≤ 0.2 s;
- the portfolio workbook (every partner), ≤ 10 s.
"""

from __future__ import annotations

import argparse
import functools
import os
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select

from prm_core.database import Database, open_database
from prm_core.orm import Event
from prm_core.reports.batch import active_partners, export_qbr_batch
from prm_core.reports.diagnostic_xlsx import export_diagnostic
from prm_core.reports.fonts import register_font
from prm_core.reports.periods import Quarter
from prm_core.reports.portfolio_xlsx import export_portfolio
from prm_core.reports.qbr_data import gather_qbr
from prm_core.reports.qbr_pdf import export_qbr, render_qbr

HERE = Path(__file__).resolve().parent
DEFAULT_DB = HERE / "data" / "kpi-2000.db"
TARGETS = {"qbr": 0.3, "batch": 30.0, "diagnostic": 0.2, "portfolio": 10.0}


def copy_database(source: Path, folder: Path) -> Path:
    """A private copy (with its -wal/-shm companions, if any) the benchmark may write to."""
    target = folder / source.name
    shutil.copyfile(source, target)
    for suffix in ("-wal", "-shm"):
        companion = source.with_name(source.name + suffix)
        if companion.exists():
            shutil.copyfile(companion, target.with_name(target.name + suffix))
    return target


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def line(label: str, seconds: float, target: float, extra: str = "") -> None:
    verdict = "ok" if seconds <= target else "SLOW"
    print(f"{label:<34} {seconds * 1000:9.1f} ms   target ≤ {target * 1000:8.0f} ms   {verdict}"
          + (f"   {extra}" if extra else ""))  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--quarter", help="YYYYQn (default: the last complete quarter)")
    parser.add_argument("--today", help="YYYY-MM-DD (default: the day of the latest event)")
    parser.add_argument("--batch", type=int, default=200, help="QBRs in the batch (200)")
    parser.add_argument("--workers", type=int, help="processes for the batch (all cores)")
    parser.add_argument("--runs", type=int, default=10, help="partners timed one by one (10)")
    args = parser.parse_args(argv)
    if not args.db.exists():
        print(f"{args.db} not found: build it with python bench/kpi.py", file=sys.stderr)
        return 2

    with tempfile.TemporaryDirectory(prefix="prm-bench-reports-") as tmp:
        folder = Path(tmp)
        start = time.perf_counter()
        path = copy_database(args.db, folder)
        print(f"copied {args.db.name} ({args.db.stat().st_size / 1e6:.0f} MB) in "
              f"{time.perf_counter() - start:.1f} s; the original is not touched")  # fmt: skip
        db = open_database(path)
        try:
            return run(db, folder, args)
        finally:
            db.close()


def run(db: Database, folder: Path, args: argparse.Namespace) -> int:
    with db.reading() as session:
        latest = session.scalar(select(func.max(Event.occurred_at)))
        partners = active_partners(session)
    today = (
        datetime.strptime(args.today, "%Y-%m-%d").date()
        if args.today
        else (latest.date() if isinstance(latest, datetime) else date.today())
    )
    quarter = Quarter.parse(args.quarter) if args.quarter else Quarter.of(today).previous()
    cores = os.cpu_count() or 1
    print(f"{len(partners):,} active partners; QBR {quarter} as of {today}; {cores} core(s)")
    register_font()  # once per process, as the app and every batch worker do
    step = max(1, len(partners) // max(args.runs, 1))
    sample = [pid for pid, _name, _code in partners[::step]][: args.runs]

    # warm-up: first statements compile, first PDF loads reportlab's font tables
    export_qbr(db, sample[0], quarter, folder / "warm.pdf", today=today)

    gathers, renders, wholes = [], [], []
    for pid in sample:
        with db.reading() as session:
            t0 = time.perf_counter()
            data = gather_qbr(session, pid, quarter, today=today)
            t1 = time.perf_counter()
        render_qbr(data, language="ja")
        t2 = time.perf_counter()
        gathers.append(t1 - t0)
        renders.append(t2 - t1)
        wholes.append(
            timed(
                functools.partial(export_qbr, db, pid, quarter, folder / f"{pid}.pdf", today=today)
            )
        )
    qbr = statistics.median(wholes)
    line(
        "one QBR PDF (median)",
        qbr,
        TARGETS["qbr"],
        f"gather {statistics.median(gathers) * 1000:.0f} ms + render "
        f"{statistics.median(renders) * 1000:.0f} ms; max {max(wholes) * 1000:.0f} ms",
    )
    internal = statistics.median(
        timed(
            functools.partial(
                export_qbr,
                db,
                pid,
                quarter,
                folder / f"i{pid}.pdf",
                variant="internal",
                today=today,
            )
        )
        for pid in sample
    )
    line("one QBR PDF, internal (median)", internal, TARGETS["qbr"], "with signals and notes")

    batch_ids = [pid for pid, _name, _code in partners[: args.batch]]
    out = folder / "batch"
    seconds = timed(
        lambda: export_qbr_batch(
            db, quarter, out, partner_ids=batch_ids, today=today, workers=args.workers
        )
    )
    written = len(list(out.glob("*.pdf")))
    line(
        f"batch of {len(batch_ids)} QBRs",
        seconds,
        TARGETS["batch"],
        f"{written} files, {seconds / max(written, 1) * 1000:.0f} ms each, "
        f"{args.workers or cores} worker(s)",
    )

    diag = [
        timed(functools.partial(export_diagnostic, db, pid, folder / f"d{pid}.xlsx", today=today))
        for pid in sample
    ]
    line("one diagnostic workbook (median)", statistics.median(diag), TARGETS["diagnostic"])

    portfolio = timed(lambda: export_portfolio(db, folder / "portfolio.xlsx", as_of=today))
    size = (folder / "portfolio.xlsx").stat().st_size / 1e6
    line("portfolio workbook", portfolio, TARGETS["portfolio"], f"{size:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
