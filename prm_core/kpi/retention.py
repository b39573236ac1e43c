"""KPI 5, retention: who keeps logging in, overall and by registration-month cohort."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import (
    ColumnElement,
    Date,
    DateTime,
    Integer,
    Subquery,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind, PartnerStatus
from prm_core.kpi.facts import UnitCounts
from prm_core.kpi.journey import ratio
from prm_core.kpi.months import (
    index_of_month,
    month_label,
    month_of_index,
    months_table,
)
from prm_core.kpi.params import WINDOW_DAYS, KpiParams, midnight, month_end
from prm_core.kpi.registered import (
    has_event,
    is_registered,
    registered_with_month,
    registration_month,
    segment_conditions,
)
from prm_core.orm import Event, Partner, Person

#: Cohort columns k = 0 … 12 months after the registration month (3, 6, 12 are the headlines).
COHORT_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Cohort:
    """Units registered in ``month``; ``active_by_month[k]`` = share of them with a login in
    the k-th calendar month after it. Only months up to as_of's month exist, so a young
    cohort has fewer than 13 entries (the as-of month itself counts up to as_of)."""

    month: str  # "2025-10"
    size: int
    active_by_month: list[float]
    active_counts: list[int]


@dataclass(frozen=True, slots=True)
class Retention:
    registered: int
    active: int
    rate: float
    window_days: int
    cohorts: list[Cohort]


def _units_with_month(params: KpiParams) -> Subquery:
    """``(unit_id, reg_month)`` of the registered units; persons take their partner's month."""
    partners = registered_with_month(params)
    if params.by_person:
        return (
            select(Person.id.label("unit_id"), partners.c.reg_month)
            .join(partners, partners.c.partner_id == Person.partner_id)
            .subquery("units")
        )
    return select(partners.c.partner_id.label("unit_id"), partners.c.reg_month).subquery("units")


def _first_registration(session: Session, params: KpiParams) -> date | None:
    """A cheap lower bound of every registration date at as_of (earliest contract date of a
    non-terminated partner, earliest ``registered`` event): where the month table starts.
    Months before the true first cohort join nothing, so a loose bound is harmless."""
    contract = select(func.min(Partner.contract_date)).where(
        Partner.status != PartnerStatus.TERMINATED.value, Partner.contract_date <= params.as_of
    )
    event = select(func.min(Event.occurred_at)).where(
        Event.kind == EventKind.REGISTERED.value, Event.occurred_at < params.end
    )
    first_contract, first_event = session.execute(
        select(contract.scalar_subquery(), event.scalar_subquery())
    ).one()
    days: list[date] = []
    if first_contract is not None:
        days.append(first_contract)
    if first_event is not None:
        days.append(first_event.date())
    return min(days) if days else None


def cohorts(session: Session, params: KpiParams) -> list[Cohort]:
    """The cohort grid, oldest registration month first.

    One statement: registered units joined to an inline table of month bounds (computed here)
    on ``reg_month ≤ month ≤ reg_month + 12``, with one EXISTS seek per unit and month into
    ``events(partner_id|person_id, kind, occurred_at)``; grouped by (cohort, k) in SQL.
    """
    first = _first_registration(session, params)
    if first is None:
        return []
    units = _units_with_month(params)
    months = months_table(index_of_month(first), index_of_month(params.as_of), cap_end=params.end)
    login = has_event(
        units.c.unit_id,
        kind=EventKind.LOGIN,
        start=months.c.m_start,
        end=months.c.m_end,
        by_person=params.by_person,
    )
    k = (months.c.m_index - units.c.reg_month).label("k")
    rows = session.execute(
        select(units.c.reg_month, k, func.count(), func.sum(case((login, 1), else_=0)))
        .select_from(units)
        .join(
            months,
            and_(
                months.c.m_index >= units.c.reg_month,
                months.c.m_index <= units.c.reg_month + COHORT_MONTHS,
            ),
        )
        .group_by(units.c.reg_month, k)
        .order_by(units.c.reg_month, k)
    ).all()
    grid: dict[int, tuple[int, list[int]]] = {}
    for reg_month, _k, size, active in rows:  # at most 13 rows per registration month
        entry = grid.setdefault(int(reg_month), (int(size), []))
        entry[1].append(int(active or 0))
    return [
        Cohort(month_label(m), size, [ratio(a, size) for a in counts], counts)
        for m, (size, counts) in sorted(grid.items())
    ]


def retention(session: Session, params: KpiParams, counts: UnitCounts | None = None) -> Retention:
    """The 90-day retention and the cohort grid. ``counts`` (from the journey) saves
    recounting the registered and retained units."""
    if counts is None:
        from prm_core.kpi.journey import unit_counts

        counts = unit_counts(session, params)
    registered, active = counts.registered, counts.retained
    return Retention(
        registered, active, ratio(active, registered), WINDOW_DAYS, cohorts(session, params)
    )


def partners_retained(session: Session, params: KpiParams, *, retained: bool = True) -> list[int]:
    """Ids of registered partners with (or without) a login in the 90-day window."""
    login = has_event(Partner.id, kind=EventKind.LOGIN, start=params.window_start, end=params.end)
    stmt = (
        select(Partner.id)
        .where(is_registered(params), *segment_conditions(params), login if retained else ~login)
        .order_by(Partner.name)
    )
    return [int(pid) for pid in session.scalars(stmt)]


def partners_in_cohort(
    session: Session, params: KpiParams, month: str, k: int | None = None, *, active: bool = True
) -> list[int]:
    """Ids of the registered partners of cohort ``month`` ("2025-10"); with ``k``, only those
    with (``active``) or without a login in the k-th month after it (a heatmap cell)."""
    try:
        year, mon = (int(part) for part in month.split("-"))
        index = index_of_month(date(year, mon, 1))
    except ValueError:
        raise ValueError(f"not a month: {month!r} (YYYY-MM)") from None
    conditions: list[ColumnElement[bool]] = [
        is_registered(params),
        *segment_conditions(params),
        registration_month(params) == index,
    ]
    if k is not None:
        start = month_of_index(index + k)
        login = has_event(
            Partner.id,
            kind=EventKind.LOGIN,
            start=midnight(start),
            end=min(midnight(month_end(start) + timedelta(days=1)), params.end),
        )
        conditions.append(login if active else ~login)
    stmt = select(Partner.id).where(*conditions).order_by(Partner.name)
    return [int(pid) for pid in session.scalars(stmt)]


@dataclass(frozen=True, slots=True)
class MonthlyRetention:
    """Retention as it stood at the end of ``month`` (or at as_of for the as-of month)."""

    month: str
    as_of: date
    registered: int
    active: int
    rate: float


def retention_over_time(
    session: Session, params: KpiParams, months: int = 12
) -> list[MonthlyRetention]:
    """Retention rate at each month end of the last ``months`` months, oldest first.

    Each month has its own as-of date (the month's last day, or as_of), hence its own
    registered set and 90-day window; one statement joins the partners to an inline table of
    those bounds and counts with EXISTS seeks. Segment filters and status are today's.
    """
    if months < 1:
        raise ValueError("months must be at least 1")
    last = index_of_month(params.as_of)
    bounds: list[tuple[int, date]] = []
    rows = []
    for index in range(last - months + 1, last + 1):
        day = min(month_end(month_of_index(index)), params.as_of)
        bounds.append((index, day))
        rows.append(
            select(
                literal(index, Integer).label("m_index"),
                literal(day + timedelta(days=1), Date).label("m_end_day"),
                literal(midnight(day + timedelta(days=1)), DateTime).label("m_end"),
                literal(midnight(day - timedelta(days=WINDOW_DAYS - 1)), DateTime).label(
                    "m_window"
                ),
            )
        )
    table = (union_all(*rows) if len(rows) > 1 else rows[0]).subquery("as_of_months")
    registered = and_(
        Partner.status != PartnerStatus.TERMINATED.value,
        or_(
            Partner.contract_date < table.c.m_end_day,
            has_event(Partner.id, kind=EventKind.REGISTERED, end=table.c.m_end),
        ),
        *segment_conditions(params),
    )
    login = has_event(
        Person.id if params.by_person else Partner.id,
        kind=EventKind.LOGIN,
        start=table.c.m_window,
        end=table.c.m_end,
        by_person=params.by_person,
    )
    stmt = select(table.c.m_index, func.count(), func.sum(case((login, 1), else_=0)))
    stmt = stmt.select_from(table).join(Partner, registered)
    if params.by_person:
        stmt = stmt.join(Person, Person.partner_id == Partner.id)
    found = {
        int(i): (int(n), int(a or 0))
        for i, n, a in session.execute(stmt.group_by(table.c.m_index)).all()
    }
    result = []
    for index, day in bounds:
        n, a = found.get(index, (0, 0))
        result.append(MonthlyRetention(month_label(index), day, n, a, ratio(a, n)))
    return result
