"""Activity events that name the same deal as a registration.

A ``deal_registered``, ``proposal``, ``deal_won`` or ``deal_lost`` event belongs to a
registration when it carries the registration's external id (from the same source system), or
when it is the same partner's and names the same deal (compared width-, case- and
space-insensitively). The link is read-only context for the manager: the KPIs stay defined on
events exactly as domain.md says, whether or not a registration exists.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Final

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.orm import DealRegistration, Event

DEAL_EVENT_KINDS: Final = (
    EventKind.DEAL_REGISTERED.value,
    EventKind.PROPOSAL.value,
    EventKind.DEAL_WON.value,
    EventKind.DEAL_LOST.value,
)
#: External ids the importers make up from a row's content: never shared across tables.
_HASH_PREFIX: Final = "sha1:"
#: Registrations per query (keeps IN lists well under every driver's parameter limit).
_CHUNK: Final = 500


def deal_key(name: str) -> str:
    """Deal names compare width-folded, space-collapsed and case-folded."""
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


@dataclass(frozen=True, slots=True)
class LinkedEvent:
    id: int
    kind: str
    occurred_at: datetime
    deal: str | None
    customer: str | None
    amount: int | None
    source: str
    #: ``external_id`` or ``deal`` (partner + deal name).
    matched_on: str


def linked_events_by_registration(
    session: Session, registration_ids: Iterable[int]
) -> dict[int, list[LinkedEvent]]:
    """Each registration's linked events, oldest first (registrations without any omitted)."""
    ids = list(dict.fromkeys(registration_ids))
    out: dict[int, list[LinkedEvent]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        _link_chunk(session, ids[start : start + _CHUNK], out)
    return dict(out)


def _link_chunk(session: Session, ids: list[int], out: dict[int, list[LinkedEvent]]) -> None:
    regs = session.execute(
        select(
            DealRegistration.id,
            DealRegistration.partner_id,
            DealRegistration.deal,
            DealRegistration.external_id,
        ).where(DealRegistration.id.in_(ids))
    ).all()
    by_external: dict[str, list[int]] = defaultdict(list)
    by_deal: dict[tuple[int, str], list[int]] = defaultdict(list)
    for reg_id, partner_id, deal, external_id in regs:
        if external_id and not external_id.startswith(_HASH_PREFIX):
            by_external[external_id].append(reg_id)
        by_deal[(partner_id, deal_key(deal))].append(reg_id)
    partners = sorted({p for p, _ in by_deal})
    if not partners and not by_external:
        return
    conditions = [and_(Event.partner_id.in_(partners), Event.deal.is_not(None))]
    if by_external:
        conditions.append(Event.external_id.in_(list(by_external)))
    events = session.execute(
        select(
            Event.id,
            Event.partner_id,
            Event.kind,
            Event.occurred_at,
            Event.deal,
            Event.customer,
            Event.amount,
            Event.source,
            Event.external_id,
        )
        .where(Event.kind.in_(DEAL_EVENT_KINDS), or_(*conditions))
        .order_by(Event.occurred_at, Event.id)
    )
    for event_id, event_partner, kind, when, named, customer, amount, source, event_ext in events:
        linked: dict[int, str] = {}
        for reg_id in by_external.get(event_ext or "", []):
            linked[reg_id] = "external_id"
        if named is not None:
            for reg_id in by_deal.get((event_partner, deal_key(named)), []):
                linked.setdefault(reg_id, "deal")
        for reg_id, how in linked.items():
            out[reg_id].append(
                LinkedEvent(event_id, kind, when, named, customer, amount, source, how)
            )


def linked_events(session: Session, registration_id: int) -> list[LinkedEvent]:
    """The events naming this registration's deal, oldest first."""
    return linked_events_by_registration(session, [registration_id]).get(registration_id, [])


def registration_for_event(session: Session, event_id: int) -> int | None:
    """The registration an event belongs to (the oldest when several match), or None."""
    event = session.get(Event, event_id)
    if event is None or event.kind not in DEAL_EVENT_KINDS:
        return None
    if event.external_id and not event.external_id.startswith(_HASH_PREFIX):
        found = session.scalar(
            select(DealRegistration.id)
            .where(DealRegistration.external_id == event.external_id)
            .order_by(DealRegistration.id)
            .limit(1)
        )
        if found is not None:
            return int(found)
    if not event.deal:
        return None
    key = deal_key(event.deal)
    candidates = session.execute(
        select(DealRegistration.id, DealRegistration.deal)
        .where(DealRegistration.partner_id == event.partner_id)
        .order_by(DealRegistration.id)
    )
    return next((int(i) for i, deal in candidates if deal_key(deal) == key), None)


def latest_step(events: list[LinkedEvent]) -> LinkedEvent | None:
    """The newest linked event (what the partner last reported about the deal)."""
    return events[-1] if events else None
