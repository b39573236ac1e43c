"""KPI 4, per-person activity: who inside each partner actually brings leads and deals."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.binds import EVENTS, PARTNERS, PERSONS, AnySelect, Binds, run, statement
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import of_registered_partners

_LEAD = EventKind.LEAD_REGISTERED.value
_DEAL = EventKind.DEAL_REGISTERED.value


@dataclass(frozen=True, slots=True)
class PersonActivity:
    """Leads and deals of one person in the period; ``conversion`` = deals / leads, ``None``
    when the person registered no lead (a deal without a lead is possible and kept)."""

    partner_id: int
    partner: str
    person_id: int
    person: str
    leads: int
    deals: int
    conversion: float | None


@dataclass(frozen=True, slots=True)
class PersonShare:
    """``share`` = the largest part of the partner's deals in the period held by one person.

    Deals without a person count in ``deals`` but belong to nobody, so they lower the share
    (a partner whose deals carry no person at all has share 0.0)."""

    partner_id: int
    partner: str
    share: float
    deals: int
    top_person_deals: int


def _in_period(b: Binds) -> list[ColumnElement[bool]]:
    return [
        EVENTS.c.occurred_at >= b.period_start,
        EVENTS.c.occurred_at < b.period_end,
        *of_registered_partners(b),
    ]


def _people(b: Binds) -> AnySelect:
    counts = (
        select(
            EVENTS.c.person_id.label("person_id"),
            func.sum(case((EVENTS.c.kind == _LEAD, 1), else_=0)).label("leads"),
            func.sum(case((EVENTS.c.kind == _DEAL, 1), else_=0)).label("deals"),
        )
        .where(EVENTS.c.kind.in_((_LEAD, _DEAL)), EVENTS.c.person_id.is_not(None), *_in_period(b))
        .group_by(EVENTS.c.person_id)
        .subquery("counts")
    )
    return (
        select(
            PARTNERS.c.id,
            PARTNERS.c.name,
            PERSONS.c.id,
            PERSONS.c.name,
            counts.c.leads,
            counts.c.deals,
        )
        .select_from(
            counts.join(PERSONS, PERSONS.c.id == counts.c.person_id).join(
                PARTNERS, PARTNERS.c.id == PERSONS.c.partner_id
            )
        )
        .order_by(PARTNERS.c.name, PERSONS.c.name, PERSONS.c.id)
    )


def people(session: Session, params: KpiParams) -> list[PersonActivity]:
    """Every person of a registered partner with at least one lead or deal in the period,
    ordered by partner and person name. Persons with neither are left out: they would only
    add zeros (thousands of them on a real programme)."""
    result = []
    for pid, pname, xid, xname, leads_raw, deals_raw in run(
        session, statement(_people, params), params
    ):  # one row per active person
        leads, deals = int(leads_raw), int(deals_raw)
        conversion = deals / leads if leads else None
        result.append(PersonActivity(int(pid), pname, int(xid), xname, leads, deals, conversion))
    return result


def _top_share(b: Binds) -> AnySelect:
    per_person = (
        select(
            EVENTS.c.partner_id.label("partner_id"),
            EVENTS.c.person_id.label("person_id"),
            func.count().label("n"),
        )
        .where(EVENTS.c.kind == _DEAL, *_in_period(b))
        .group_by(EVENTS.c.partner_id, EVENTS.c.person_id)
        .subquery("per_person")
    )
    per_partner = (
        select(
            per_person.c.partner_id,
            func.sum(per_person.c.n).label("deals"),
            func.max(case((per_person.c.person_id.is_not(None), per_person.c.n))).label("top"),
        )
        .group_by(per_person.c.partner_id)
        .subquery("per_partner")
    )
    return select(
        PARTNERS.c.id, PARTNERS.c.name, per_partner.c.deals, per_partner.c.top
    ).select_from(per_partner.join(PARTNERS, PARTNERS.c.id == per_partner.c.partner_id))


def top_person_share(session: Session, params: KpiParams) -> list[PersonShare]:
    """Per partner with deals in the period: deals of its busiest person / all its deals.

    Two GROUP BYs in SQL (per partner and person, then per partner); ordered by share, most
    dependent first, then partner name.
    """
    rows = run(session, statement(_top_share, params), params)
    shares = [
        PersonShare(int(pid), name, int(top or 0) / int(deals), int(deals), int(top or 0))
        for pid, name, deals, top in rows
    ]
    shares.sort(key=lambda s: (-s.share, s.partner, s.partner_id))
    return shares
