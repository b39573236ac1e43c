"""One partner against the programme: its period counts beside the median partner's."""

from __future__ import annotations

import statistics
from dataclasses import dataclass, fields

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.binds import EVENTS, PARTNERS, AnySelect, Binds, run, statement
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import is_registered, segment_conditions


@dataclass(frozen=True, slots=True)
class PartnerMetrics:
    """Per-partner event counts in the period (a median may be fractional, hence floats)."""

    downloads: float = 0.0
    leads: float = 0.0
    deals_registered: float = 0.0
    deals_won: float = 0.0
    logins: float = 0.0
    trainings: float = 0.0


#: Which event kind each metric counts.
METRIC_KINDS: dict[str, EventKind] = {
    "downloads": EventKind.MATERIAL_DOWNLOAD,
    "leads": EventKind.LEAD_REGISTERED,
    "deals_registered": EventKind.DEAL_REGISTERED,
    "deals_won": EventKind.DEAL_WON,
    "logins": EventKind.LOGIN,
    "trainings": EventKind.TRAINING_COMPLETED,
}


@dataclass(frozen=True, slots=True)
class PartnerComparison:
    partner_id: int
    partner: PartnerMetrics
    median: PartnerMetrics


def _metrics(b: Binds) -> AnySelect:
    names = [f.name for f in fields(PartnerMetrics)]
    columns = [
        func.count(case((EVENTS.c.kind == METRIC_KINDS[name].value, EVENTS.c.id))) for name in names
    ]
    joined = PARTNERS.outerjoin(
        EVENTS,
        and_(
            EVENTS.c.partner_id == PARTNERS.c.id,
            EVENTS.c.kind.in_([k.value for k in METRIC_KINDS.values()]),
            EVENTS.c.occurred_at >= b.period_start,
            EVENTS.c.occurred_at < b.period_end,
        ),
    )
    return (
        select(PARTNERS.c.id, *columns)
        .select_from(joined)
        .where(is_registered(b), *segment_conditions(b))
        .group_by(PARTNERS.c.id)
    )


def metrics_by_partner(session: Session, params: KpiParams) -> dict[int, PartnerMetrics]:
    """Counts per registered partner of the segment (``params.partner_id`` narrows as usual),
    zeros included: a grouped outer join, one row per partner."""
    rows = run(session, statement(_metrics, params), params)
    return {int(pid): PartnerMetrics(*(float(v) for v in values)) for pid, *values in rows}


def programme_medians(session: Session, params: KpiParams) -> PartnerMetrics:
    """The median registered partner of the segment, metric by metric (``partner_id`` is
    ignored: this is what one partner is compared with). All zeros when nobody is registered.
    """
    per_partner = list(metrics_by_partner(session, params.with_(partner_id=None)).values())
    if not per_partner:
        return PartnerMetrics()
    return PartnerMetrics(
        *(
            float(statistics.median(getattr(m, f.name) for m in per_partner))
            for f in fields(PartnerMetrics)
        )
    )


def compare_with_programme(
    session: Session, params: KpiParams, partner_id: int | None = None
) -> PartnerComparison:
    """``partner_id`` (default ``params.partner_id``) beside the programme median. A partner
    that is not registered at as_of gets zeros."""
    pid = partner_id if partner_id is not None else params.partner_id
    if pid is None:
        raise ValueError("compare_with_programme needs a partner id")
    own = metrics_by_partner(session, params.with_(partner_id=pid)).get(pid, PartnerMetrics())
    return PartnerComparison(pid, own, programme_medians(session, params))
