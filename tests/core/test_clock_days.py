"""The conftest fixture that reads a module's "today" constants from the clock per test."""

from __future__ import annotations

from datetime import date, timedelta

#: Stale on purpose, like a constant read at import the day before a run crossed midnight.
TODAY = date(2000, 1, 1)
WEEK_AGO = TODAY - timedelta(days=7)
CLOCK_DAYS = {"TODAY": 0, "WEEK_AGO": -7}


def test_constants_named_in_clock_days_follow_the_clock() -> None:
    assert date.today() == TODAY
    assert date.today() - timedelta(days=7) == WEEK_AGO
