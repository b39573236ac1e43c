"""Argument parsing shared by the ``prm`` commands (one wording for every bad value)."""

from __future__ import annotations

from datetime import date, datetime


def parse_date(value: str | None, option: str) -> date | None:
    """``YYYY-MM-DD`` → date; None stays None; anything else is a usage error (exit 2)."""
    from prm_core.cli.main import UsageError  # main imports the command modules

    if value is None:
        return None
    try:
        return datetime.strptime(value, "%Y-%m-%d").date()
    except ValueError:
        raise UsageError(f"bad date for {option}: {value!r} (expected YYYY-MM-DD)") from None
