"""KPI 3, activation in the period: how many deals were registered and by how many partners."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.journey import ratio
from prm_core.kpi.months import index_of_month, month_index, month_label, month_of_index
from prm_core.kpi.params import KpiParams, midnight
from prm_core.kpi.registered import of_registered_partners, unit_column
from prm_core.orm import Event


@dataclass(frozen=True, slots=True)
class Activation:
    """``activated_partners`` counts persons at person level (deals without a person then add
    to ``deals_registered`` but activate nobody)."""

    deals_registered: int
    activated_partners: int
    deals_per_activated_partner: float
    activation_rate: float


def activation(session: Session, params: KpiParams, registered: int) -> Activation:
    """One aggregate over ``events(kind, occurred_at, partner_id)`` restricted to the period."""
    column = unit_column(params)
    deals, activated = session.execute(
        select(func.count(), func.count(column.distinct())).where(
            Event.kind == EventKind.DEAL_REGISTERED.value,
            Event.occurred_at >= params.period_start,
            Event.occurred_at < params.period_end,
            *of_registered_partners(params),
        )
    ).one()
    deals, activated = int(deals), int(activated)
    return Activation(deals, activated, ratio(deals, activated), ratio(activated, registered))


def partners_activated(session: Session, params: KpiParams) -> list[int]:
    """Ids of registered partners with a deal registered in the period (drill-down)."""
    stmt = (
        select(Event.partner_id)
        .where(
            Event.kind == EventKind.DEAL_REGISTERED.value,
            Event.occurred_at >= params.period_start,
            Event.occurred_at < params.period_end,
            *of_registered_partners(params),
        )
        .distinct()
    )
    return sorted(int(pid) for pid in session.scalars(stmt))


@dataclass(frozen=True, slots=True)
class MonthlyActivation:
    """One month of the "deal registrations and activated partners per month" chart."""

    month: str  # "2026-09"
    start: date
    deals_registered: int
    activated_partners: int


def monthly_activation(
    session: Session, params: KpiParams, months: int = 12
) -> list[MonthlyActivation]:
    """The ``months`` calendar months ending with as_of's month (that one up to as_of), oldest
    first, zero months included. The partners are those registered at as_of; the period and
    its bounds are ignored (the months are the period)."""
    if months < 1:
        raise ValueError("months must be at least 1")
    last = index_of_month(params.as_of)
    first = last - months + 1
    column = unit_column(params)
    bucket = month_index(Event.occurred_at).label("bucket")
    rows = session.execute(
        select(bucket, func.count(), func.count(column.distinct()))
        .where(
            Event.kind == EventKind.DEAL_REGISTERED.value,
            Event.occurred_at >= midnight(month_of_index(first)),
            Event.occurred_at < params.end,
            *of_registered_partners(params),
        )
        .group_by(bucket)
    ).all()
    found = {int(b): (int(d), int(a)) for b, d, a in rows}
    return [
        MonthlyActivation(month_label(i), month_of_index(i), *found.get(i, (0, 0)))
        for i in range(first, last + 1)
    ]
