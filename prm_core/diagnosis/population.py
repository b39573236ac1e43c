"""Who the diagnosis looks at: the registered partners at as_of, as the KPIs count them.

domain.md: a partner is registered when its first ``registered`` event — or its contract
date when it has no such event — is on or before as_of, and it is not terminated.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import Subquery, and_, func, or_, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind, PartnerStatus
from prm_core.kpi.binds import EVENTS, PARTNERS
from prm_core.kpi.params import midnight


def registered_partners(as_of: date, partner_id: int | None = None, name: str = "reg") -> Subquery:
    """``(partner_id, partner, contract_date, first_reg)``, one row per registered partner
    (``first_reg`` NULL when the contract date registered it). The first ``registered``
    event is found with one seek per partner into ``events(partner_id, kind, occurred_at)``."""
    end = midnight(as_of + timedelta(days=1))
    ev = EVENTS.alias(f"{name}_ev")
    first_reg = func.min(ev.c.occurred_at)
    query = (
        select(
            PARTNERS.c.id.label("partner_id"),
            PARTNERS.c.name.label("partner"),
            PARTNERS.c.contract_date.label("contract_date"),
            first_reg.label("first_reg"),
        )
        .select_from(
            PARTNERS.outerjoin(
                ev,
                and_(
                    ev.c.partner_id == PARTNERS.c.id,
                    ev.c.kind == EventKind.REGISTERED.value,
                    ev.c.occurred_at < end,
                ),
            )
        )
        .where(PARTNERS.c.status != PartnerStatus.TERMINATED.value)
        .group_by(PARTNERS.c.id, PARTNERS.c.name, PARTNERS.c.contract_date)
        .having(or_(first_reg.is_not(None), PARTNERS.c.contract_date <= as_of))
    )
    if partner_id is not None:
        query = query.where(PARTNERS.c.id == partner_id)
    return query.subquery(name)


def partner_count(session: Session) -> int:
    """How many partners the database holds (any status): a cheap measure of its size."""
    return int(session.scalar(select(func.count()).select_from(PARTNERS)) or 0)
