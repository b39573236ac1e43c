"""The demo's calendar: the covered period and a seasonal warp from plan time to real dates.

Plans are drawn in *month units* (0 … months, the period's start to ``as_of``) so that how
many rows are generated depends only on the seed and the sizes, never on the calendar. The
calendar enters only here, through a monotone warp: each day gets a weight (weekends, お盆,
年末年始, a busier March) and plan time is mapped so that busy days receive more of it.
Because the warp is monotone, every ordering in the plan (registration before download
before deal…) survives into the dates.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np
import numpy.typing as npt

FloatArray = npt.NDArray[np.float64]

#: Activity by month (1-based): fiscal year-end March is busy, August and December are not.
MONTH_FACTOR = (0.0, 0.95, 1.0, 1.15, 0.95, 0.95, 1.0, 1.0, 0.7, 1.08, 1.0, 1.0, 0.9)
WEEKDAY_FACTOR = (1.0, 1.0, 1.0, 1.0, 1.0, 0.07, 0.04)  # Monday … Sunday
#: Business hours in which demo events happen: 8:30 plus up to 10 hours.
DAY_START_SECONDS = 8 * 3600 + 1800
DAY_SPAN_SECONDS = 10 * 3600


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def day_weight(day: date) -> float:
    """Relative activity on ``day``: near zero over New Year, low over お盆 and Golden Week."""
    if (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3):
        return 0.03
    weight = WEEKDAY_FACTOR[day.weekday()] * MONTH_FACTOR[day.month]
    if day.month == 8 and 11 <= day.day <= 16:
        weight *= 0.35
    if (day.month == 4 and day.day >= 29) or (day.month == 5 and day.day <= 5):
        weight *= 0.25
    return weight


@dataclass(frozen=True)
class Timeline:
    """The ``months`` months ending at ``as_of`` (inclusive), ``days`` days long."""

    as_of: date
    months: int
    start: date
    days: int
    cumulative: FloatArray  # weight of all days before day i, for i = 0 … days

    @classmethod
    def ending(cls, as_of: date, months: int) -> Timeline:
        start = months_before(as_of, months) + timedelta(days=1)
        days = (as_of - start).days + 1
        weights = np.array([day_weight(start + timedelta(days=i)) for i in range(days)])
        cumulative = np.concatenate(([0.0], np.cumsum(weights)))
        return cls(as_of, months, start, days, cumulative)

    def day_positions(self, positions: FloatArray) -> FloatArray:
        """Continuous day offsets from ``start`` for plan positions (month units)."""
        share = np.clip(np.asarray(positions, dtype=np.float64) / self.months, 0.0, 1.0)
        offsets = np.interp(
            share * self.cumulative[-1], self.cumulative, np.arange(self.days + 1.0)
        )
        last: FloatArray = np.minimum(offsets, np.nextafter(float(self.days), 0.0))
        return last

    def timestamps(self, positions: FloatArray) -> npt.NDArray[np.datetime64]:
        """Second-resolution date-times within business hours; never after ``as_of``."""
        offsets = self.day_positions(positions)
        days = np.floor(offsets)
        seconds = DAY_START_SECONDS + (offsets - days) * DAY_SPAN_SECONDS
        total = days.astype(np.int64) * 86_400 + seconds.astype(np.int64)
        return np.datetime64(self.start, "s") + total.astype("timedelta64[s]")

    def date_at(self, position: float) -> date:
        offset = int(self.day_positions(np.array([position]))[0])
        return self.start + timedelta(days=offset)

    @staticmethod
    def to_datetimes(stamps: npt.NDArray[np.datetime64]) -> list[datetime]:
        """Plain ``datetime`` objects, converted in C rather than one by one in Python."""
        values: list[datetime] = stamps.astype("datetime64[s]").astype(object).tolist()
        return values
