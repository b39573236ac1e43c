"""KPI 3, activation in the period: how many deals were registered and by how many partners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, DateTime, bindparam, func, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.binds import EVENTS, PARTNERS, AnySelect, Binds, run, statement
from prm_core.kpi.journey import ratio
from prm_core.kpi.months import index_of_month, month_index, month_label, month_of_index
from prm_core.kpi.params import KpiParams, midnight
from prm_core.kpi.registered import of_registered_partners, unit_column


@dataclass(frozen=True, slots=True)
class Activation:
    """``activated_partners`` counts persons at person level (deals without a person then add
    to ``deals_registered`` but activate nobody)."""

    deals_registered: int
    activated_partners: int
    deals_per_activated_partner: float
    activation_rate: float


def _deals_in_period(b: Binds) -> list[ColumnElement[bool]]:
    return [
        EVENTS.c.kind == EventKind.DEAL_REGISTERED.value,
        EVENTS.c.occurred_at >= b.period_start,
        EVENTS.c.occurred_at < b.period_end,
        *of_registered_partners(b),
    ]


def _activation(b: Binds) -> AnySelect:
    return select(func.count(), func.count(unit_column(b).distinct())).where(*_deals_in_period(b))


def activation(session: Session, params: KpiParams, registered: int) -> Activation:
    """One aggregate over ``events(kind, occurred_at, partner_id)`` restricted to the period;
    ``registered`` is the registered count of the level (the activation rate's denominator).
    """
    deals, activated = run(session, statement(_activation, params), params).one()
    deals, activated = int(deals), int(activated)
    return Activation(deals, activated, ratio(deals, activated), ratio(activated, registered))


def _activated(b: Binds) -> AnySelect:
    events = select(EVENTS.c.partner_id).where(*_deals_in_period(b))
    return select(PARTNERS.c.id).where(PARTNERS.c.id.in_(events)).order_by(PARTNERS.c.name)


def partners_activated(session: Session, params: KpiParams) -> list[int]:
    """Ids of registered partners with a deal registered in the period (drill-down), ordered
    by partner name."""
    return [int(pid) for (pid,) in run(session, statement(_activated, params), params)]


@dataclass(frozen=True, slots=True)
class MonthlyActivation:
    """One month of the "deal registrations and activated partners per month" chart."""

    month: str  # "2026-09"
    start: date
    deals_registered: int
    activated_partners: int


def _monthly(b: Binds) -> AnySelect:
    bucket = month_index(EVENTS.c.occurred_at).label("bucket")
    return (
        select(bucket, func.count(), func.count(unit_column(b).distinct()))
        .where(
            EVENTS.c.kind == EventKind.DEAL_REGISTERED.value,
            EVENTS.c.occurred_at >= bindparam("series_start", type_=DateTime),
            EVENTS.c.occurred_at < b.end,
            *of_registered_partners(b),
        )
        .group_by(bucket)
    )


def monthly_activation(
    session: Session, params: KpiParams, months: int = 12
) -> list[MonthlyActivation]:
    """The ``months`` calendar months ending with as_of's month (that one up to as_of), oldest
    first, zero months included. The partners are those registered at as_of; the period is
    ignored (the months are the periods)."""
    if months < 1:
        raise ValueError("months must be at least 1")
    last = index_of_month(params.as_of)
    first = last - months + 1
    start = {"series_start": midnight(month_of_index(first))}
    rows = run(session, statement(_monthly, params), params, start)
    found = {int(i): (int(d), int(a)) for i, d, a in rows}
    return [
        MonthlyActivation(month_label(i), month_of_index(i), *found.get(i, (0, 0)))
        for i in range(first, last + 1)
    ]
