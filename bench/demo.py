"""Benchmark the demo-data generator: build a demo database and report rows per second.

    .venv/bin/python bench/demo.py                       # 2,000 partners, 24 months, temp file
    .venv/bin/python bench/demo.py --partners 200 --out demo.db

The target is 2,000 partners / 24 months (about two million events) in under two minutes on
SQLite. Only ``generate_demo`` is timed; creating and migrating the empty file is not.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from prm_core.database import open_database
from prm_core.demo import generate_demo


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=2000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None, help="YYYY-MM-DD")
    parser.add_argument(
        "--out",
        default=None,
        help="database file or SQLAlchemy URL, which must be empty (default: a temp file)",
    )
    return parser.parse_args(argv)


class _Progress:
    """Prints a line at every further 10% so a long run shows it is alive."""

    def __init__(self) -> None:
        self.next_tenth = 0

    def __call__(self, done: int, total: int) -> None:
        tenth = done * 10 // max(total, 1)
        if tenth >= self.next_tenth:
            print(f"  {done:>10,} / {total:,} rows", file=sys.stderr, flush=True)
            self.next_tenth = tenth + 1


def run(out: str | os.PathLike[str], args: argparse.Namespace) -> None:
    db = open_database(out)
    try:
        started = time.perf_counter()
        summary = generate_demo(
            db,
            partners=args.partners,
            months=args.months,
            seed=args.seed,
            as_of=args.as_of,
            progress=_Progress(),
        )
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    print(f"database: {db.display_name}")
    print(f"partners={args.partners} months={args.months} seed={args.seed}")
    print(summary)
    print(f"elapsed: {elapsed:.1f} s")
    print(f"events: {summary.events:,} ({summary.events / elapsed:,.0f} events/s)")


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    if args.out is not None:
        run(args.out, args)
        return 0
    with tempfile.TemporaryDirectory(prefix="prm-bench-") as folder:
        run(Path(folder) / "demo.db", args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
