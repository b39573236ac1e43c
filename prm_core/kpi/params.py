"""What a KPI computation is asked: the as-of date, the period, the level and the segment.

Every date bound the SQL needs is computed here, in Python, and passed to the database as a
parameter: date arithmetic in SQL differs between SQLite and PostgreSQL, parameters do not.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

#: Retention and dormancy look at the 90 days ending at ``as_of`` (domain.md, KPI 5 and phases).
WINDOW_DAYS = 90


class Level(StrEnum):
    """What is counted: partner companies (the default) or the persons of those partners."""

    PARTNER = "partner"
    PERSON = "person"


def month_start(day: date) -> date:
    return day.replace(day=1)


def add_months(day: date, months: int) -> date:
    """The first day of the month ``months`` after ``day``'s month (negative goes back)."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return add_months(day, 1) - timedelta(days=1)


def midnight(day: date) -> datetime:
    """``events.occurred_at`` is a naive DateTime: a day starts at its midnight."""
    return datetime.combine(day, time.min)


@dataclass(frozen=True, slots=True)
class KpiParams:
    """One KPI question. Build it with :meth:`create`, which fills the defaults and validates.

    ``date_from``/``date_to`` are inclusive dates; ``partner_id`` narrows every KPI to one
    partner (the partner detail view); the segment fields are exact matches on the partner.
    """

    as_of: date
    date_from: date
    date_to: date
    level: Level = Level.PARTNER
    type: str | None = None
    tier: str | None = None
    territory: str | None = None
    owner: str | None = None
    partner_id: int | None = None

    @classmethod
    def create(
        cls,
        *,
        as_of: date | None = None,
        date_from: date | None = None,
        date_to: date | None = None,
        level: Level | str = Level.PARTNER,
        type: str | None = None,
        tier: str | None = None,
        territory: str | None = None,
        owner: str | None = None,
        partner_id: int | None = None,
    ) -> KpiParams:
        """Fill defaults (as_of today, period = the calendar month of as_of) and validate.

        Raises ``ValueError`` with a user-facing message for from > to or an unknown level.
        """
        as_of = as_of or date.today()
        date_from = date_from or month_start(as_of)
        date_to = date_to or month_end(as_of)
        if date_from > date_to:
            raise ValueError(f"period start {date_from} is after its end {date_to}")
        try:
            level = Level(level)
        except ValueError:
            raise ValueError(f"unknown level {level!r} (partner or person)") from None
        return cls(as_of, date_from, date_to, level, type, tier, territory, owner, partner_id)

    def with_(self, **changes: object) -> KpiParams:
        """A copy with some fields changed (e.g. the programme view of a one-partner question)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    @property
    def end(self) -> datetime:
        """Exclusive upper bound of "on or before as_of": midnight after ``as_of``."""
        return midnight(self.as_of + timedelta(days=1))

    @property
    def period_start(self) -> datetime:
        return midnight(self.date_from)

    @property
    def period_end(self) -> datetime:
        """Exclusive end of the period, never after ``as_of``: later events never count."""
        return midnight(min(self.date_to, self.as_of) + timedelta(days=1))

    @property
    def window_start(self) -> datetime:
        """Start of the 90 days ending at ``as_of`` (as_of − 89 days, inclusive)."""
        return midnight(self.as_of - timedelta(days=WINDOW_DAYS - 1))

    @property
    def by_person(self) -> bool:
        return self.level is Level.PERSON
