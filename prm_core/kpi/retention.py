"""KPI 5, retention: who keeps logging in, overall and by registration-month cohort."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Date,
    DateTime,
    Integer,
    Subquery,
    and_,
    bindparam,
    case,
    func,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind, PartnerStatus
from prm_core.kpi.binds import EVENTS, PARTNERS, PERSONS, AnySelect, Binds, run, statement
from prm_core.kpi.facts import UnitCounts
from prm_core.kpi.journey import ratio
from prm_core.kpi.months import (
    index_of_month,
    month_label,
    month_of_index,
    months_table,
    months_values,
)
from prm_core.kpi.params import WINDOW_DAYS, KpiParams, midnight, month_end
from prm_core.kpi.registered import (
    has_event,
    is_registered,
    registered_with_month,
    registration_month,
    segment_conditions,
)

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


def _units_with_month(b: Binds) -> Subquery:
    """``(unit_id, reg_month)`` of the registered units; persons take their partner's month."""
    partners = registered_with_month(b)
    if b.by_person:
        return (
            select(PERSONS.c.id.label("unit_id"), partners.c.reg_month)
            .select_from(PERSONS.join(partners, partners.c.partner_id == PERSONS.c.partner_id))
            .subquery("units")
        )
    return select(partners.c.partner_id.label("unit_id"), partners.c.reg_month).subquery("units")


def _first_registration(b: Binds) -> AnySelect:
    contract = select(func.min(PARTNERS.c.contract_date)).where(
        PARTNERS.c.status != PartnerStatus.TERMINATED.value, PARTNERS.c.contract_date < b.end_day
    )
    event = select(func.min(EVENTS.c.occurred_at)).where(
        EVENTS.c.kind == EventKind.REGISTERED.value, EVENTS.c.occurred_at < b.end
    )
    return select(contract.scalar_subquery(), event.scalar_subquery())


def first_registration(session: Session, params: KpiParams) -> date | None:
    """A cheap lower bound of every registration date at as_of (earliest contract date of a
    non-terminated partner, earliest ``registered`` event): where the month table starts.
    Months before the true first cohort join nothing, so a loose bound is harmless."""
    first_contract, first_event = run(session, statement(_first_registration, params), params).one()
    days: list[date] = []
    if first_contract is not None:
        days.append(first_contract)
    if first_event is not None:
        days.append(first_event.date())
    return min(days) if days else None


def _cohort_grid(b: Binds, n_months: int) -> AnySelect:
    units = _units_with_month(b)
    months = months_table(n_months)
    login = has_event(
        units.c.unit_id,
        kind=EventKind.LOGIN,
        start=months.c.m_start,
        end=months.c.m_end,
        by_person=b.by_person,
    )
    k = (months.c.m_index - units.c.reg_month).label("k")
    in_grid = and_(
        months.c.m_index >= units.c.reg_month,
        months.c.m_index <= units.c.reg_month + COHORT_MONTHS,
    )
    # Every unit matches its own registration month, so this LEFT JOIN equals the inner join;
    # it keeps the units as the outer loop, and consecutive seeks then stay within one
    # partner's part of the index (about 20% faster on SQLite than months outermost).
    return (
        select(units.c.reg_month, k, func.count(), func.sum(case((login, 1), else_=0)))
        .select_from(units.outerjoin(months, in_grid))
        .group_by(units.c.reg_month, k)
        .order_by(units.c.reg_month, k)
    )


def cohorts(session: Session, params: KpiParams) -> list[Cohort]:
    """The cohort grid, oldest registration month first.

    One statement: registered units (registration month computed once each) joined to an
    inline table of month bounds on ``reg_month ≤ month ≤ reg_month + 12``, one EXISTS seek
    per unit and month into ``events(partner_id|person_id, kind, occurred_at)``, grouped by
    (cohort, k) in SQL. At most 13 seeks per partner: the dominant cost of the dashboard.
    """
    first = first_registration(session, params)
    if first is None:
        return []
    first_index, last_index = index_of_month(first), index_of_month(params.as_of)
    stmt = statement(_cohort_grid, params, last_index - first_index + 1)
    values = months_values(first_index, last_index, cap_end=params.end)
    grid: dict[int, tuple[int, list[int]]] = {}
    for reg_month, _k, size, active in run(session, stmt, params, values):  # ≤ 13 per cohort
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


def _retained(b: Binds, retained: bool) -> AnySelect:
    login = has_event(PARTNERS.c.id, kind=EventKind.LOGIN, start=b.window_start, end=b.end)
    return (
        select(PARTNERS.c.id)
        .where(is_registered(b), *segment_conditions(b), login if retained else ~login)
        .order_by(PARTNERS.c.name)
    )


def partners_retained(session: Session, params: KpiParams, *, retained: bool = True) -> list[int]:
    """Ids of registered partners with (or without) a login in the 90-day window."""
    stmt = statement(_retained, params, retained)
    return [int(pid) for (pid,) in run(session, stmt, params)]


def _cohort_members(b: Binds, with_k: bool, active: bool) -> AnySelect:
    conditions = [
        is_registered(b),
        *segment_conditions(b),
        registration_month(b) == bindparam("cohort", type_=Integer),
    ]
    if with_k:
        login = has_event(
            PARTNERS.c.id,
            kind=EventKind.LOGIN,
            start=bindparam("k_start", type_=DateTime),
            end=bindparam("k_end", type_=DateTime),
        )
        conditions.append(login if active else ~login)
    return select(PARTNERS.c.id).where(*conditions).order_by(PARTNERS.c.name)


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
    values: dict[str, Any] = {"cohort": index}
    if k is not None:
        start = month_of_index(index + k)
        values["k_start"] = midnight(start)
        values["k_end"] = min(midnight(month_end(start) + timedelta(days=1)), params.end)
    stmt = statement(_cohort_members, params, k is not None, active)
    return [int(pid) for (pid,) in run(session, stmt, params, values)]


@dataclass(frozen=True, slots=True)
class MonthlyRetention:
    """Retention as it stood at the end of ``month`` (or at as_of for the as-of month)."""

    month: str
    as_of: date
    registered: int
    active: int
    rate: float


def _over_time(b: Binds, n_months: int) -> AnySelect:
    rows = [
        select(
            bindparam(f"t{i}_index", type_=Integer).label("m_index"),
            bindparam(f"t{i}_end_day", type_=Date).label("m_end_day"),
            bindparam(f"t{i}_end", type_=DateTime).label("m_end"),
            bindparam(f"t{i}_window", type_=DateTime).label("m_window"),
        )
        for i in range(n_months)
    ]
    table = (union_all(*rows) if n_months > 1 else rows[0]).subquery("as_of_months")
    registered = and_(
        is_registered(b, end=table.c.m_end, end_day=table.c.m_end_day), *segment_conditions(b)
    )
    unit_id = PERSONS.c.id if b.by_person else PARTNERS.c.id
    login = has_event(
        unit_id,
        kind=EventKind.LOGIN,
        start=table.c.m_window,
        end=table.c.m_end,
        by_person=b.by_person,
    )
    joined = table.join(PARTNERS, registered)
    if b.by_person:
        joined = joined.join(PERSONS, PERSONS.c.partner_id == PARTNERS.c.id)
    return (
        select(table.c.m_index, func.count(), func.sum(case((login, 1), else_=0)))
        .select_from(joined)
        .group_by(table.c.m_index)
    )


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
    values: dict[str, Any] = {}
    for i, index in enumerate(range(last - months + 1, last + 1)):
        day = min(month_end(month_of_index(index)), params.as_of)
        bounds.append((index, day))
        values |= {
            f"t{i}_index": index,
            f"t{i}_end_day": day + timedelta(days=1),
            f"t{i}_end": midnight(day + timedelta(days=1)),
            f"t{i}_window": midnight(day - timedelta(days=WINDOW_DAYS - 1)),
        }
    rows = run(session, statement(_over_time, params, months), params, values)
    found = {int(i): (int(n), int(a or 0)) for i, n, a in rows}
    result = []
    for index, day in bounds:
        n, a = found.get(index, (0, 0))
        result.append(MonthlyRetention(month_label(index), day, n, a, ratio(a, n)))
    return result
