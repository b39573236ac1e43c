"""Deal registrations for the demo, made from its own ``deal_registered`` events.

Each registration of the last 12 months is the claim behind one ``deal_registered`` event
(same partner, person, customer, deal, amount and external id, so the events link to it);
its status follows what happened next: ``deal_won`` / ``deal_lost`` events decide won or
lost, older claims were approved (and are now expired) or, now and then, rejected, and the
claims of the last weeks wait for a decision. Two partners chasing the same customer happen
in the events already; where there are more than a manager would really face, the later claim
was rejected as a duplicate, so the Conflicts tab shows a handful, as in a real programme.
"""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from prm_core.deals.conflicts import find_conflicts
from prm_core.deals.normalise import customer_key
from prm_core.deals.registrations import DEFAULT_EXPIRY_DAYS
from prm_core.orm import DealRegistration, Event

#: Unresolved conflicts left for the manager to decide.
OPEN_CONFLICTS = 5
#: How far back claims are recorded.
HISTORY_DAYS = 365


def add_registrations(session: Session, as_of: date, seed: int) -> int:
    """Write the demo's registrations (in the caller's transaction); how many."""
    rng = random.Random(seed * 7919 + 11)
    since = datetime.combine(as_of - timedelta(days=HISTORY_DAYS), datetime.min.time())
    outcomes: dict[tuple[int, str], tuple[str, date]] = {}
    for partner_id, deal, kind, at in session.execute(
        select(Event.partner_id, Event.deal, Event.kind, Event.occurred_at).where(
            Event.kind.in_(("deal_won", "deal_lost")), Event.occurred_at >= since
        )
    ):
        if deal:
            outcomes.setdefault((partner_id, deal), (kind.removeprefix("deal_"), at.date()))
    claims = session.execute(
        select(
            Event.partner_id,
            Event.person_id,
            Event.customer,
            Event.deal,
            Event.amount,
            Event.occurred_at,
            Event.external_id,
        )
        .where(Event.kind == "deal_registered", Event.occurred_at >= since)
        .where(Event.customer.is_not(None))
        .order_by(Event.occurred_at, Event.id)
    ).all()
    rows = []
    for partner_id, person_id, customer, event_deal, amount, at, external_id in claims:
        registered = at.date()
        expires = registered + timedelta(days=DEFAULT_EXPIRY_DAYS)
        deal = event_deal or f"{customer} 案件"
        status, decided = _status(rng, outcomes.get((partner_id, deal)), registered, as_of)
        rows.append(
            {
                "partner_id": partner_id,
                "person_id": person_id,
                "customer": customer,
                "customer_key": customer_key(customer),
                "corporate_number": None,
                "deal": deal,
                "amount": amount,
                "registered_on": registered,
                "expires_on": expires,
                "status": status,
                "decided_on": decided,
                "decision_reason": "" if status != "rejected" else "要件が登録条件を満たさない",
                "source": "demo",
                "external_id": external_id,
                "created_at": at,
                "updated_at": at,
            }
        )
    if rows:
        session.execute(insert(DealRegistration), rows)
        _thin_conflicts(session, as_of)
    return len(rows)


def _status(
    rng: random.Random, outcome: tuple[str, date] | None, registered: date, as_of: date
) -> tuple[str, date | None]:
    if outcome is not None and outcome[1] <= as_of:
        return outcome
    age = (as_of - registered).days
    if age > 10 and rng.random() < 0.05:
        return "rejected", registered + timedelta(days=rng.randint(2, 7))
    if age > 10 or rng.random() < 0.3:
        return "approved", registered + timedelta(days=min(age, rng.randint(1, 6)))
    return "submitted", None


def _thin_conflicts(session: Session, as_of: date) -> None:
    """Reject the later claims of all but ``OPEN_CONFLICTS`` conflict groups as duplicates."""
    for group in find_conflicts(session, as_of)[OPEN_CONFLICTS:]:
        for claim in group.claims[1:]:
            row = session.get(DealRegistration, claim.id)
            if row is None:
                continue
            row.status = "rejected"
            row.decided_on = min(as_of, row.registered_on + timedelta(days=3))
            row.decision_reason = f"他パートナーの先行登録あり（{group.claims[0].partner}）"
    session.flush()
