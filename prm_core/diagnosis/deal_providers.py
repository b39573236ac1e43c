"""The deal signals of domain.md (``deal_expiring``, ``channel_conflict``) as signal providers.

``prm_core.deals.signals`` computes them; this module turns them into engine signals that
carry their numbers in ``facts`` (so the GUI can word the evidence in the user's language)
and adds two things the engine needs:

- ``deal_expiring.days`` is a threshold like the others (14 by default, in ``settings``);
- a decision recorded on the registration (approve, or any later one) while it was already
  expiring answers the signal, as an intervention answers the other signals: it is marked
  handled on the decision day and leaves the Today view. An approval long before the
  expiring window does not count. Rejected, won, lost or expired claims are no longer open
  and never fire at all; a resolved conflict never fires again (domain.md).
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from prm_core.deals import signals as deal_signals
from prm_core.deals.conflicts import find_conflicts
from prm_core.deals.registrations import RegistrationFilter, list_registrations
from prm_core.diagnosis.signal_base import HIGH, MEDIUM, Signal, SignalContext


def registration_subject(registration_id: int) -> str:
    """The subject of a deal signal: its registration; for a conflict, the partner's own
    first claim in the group, which stays the same when other partners' claims join,
    leave or are backdated."""
    return f"registration:{registration_id}"


def deal_expiring(session: Session, context: SignalContext) -> list[Signal]:
    """One signal per open registration expiring within ``deal_expiring.days``."""
    within = context.thresholds.days("deal_expiring", "days")
    rows = list_registrations(session, context.as_of, RegistrationFilter(expiring_within=within))
    rows.sort(key=lambda r: (r.expires_on, r.partner, r.id))
    out = []
    for r in rows:
        if context.partner_id is not None and r.partner_id != context.partner_id:
            continue
        left = r.days_left(context.as_of)
        when = "today" if left == 0 else ("tomorrow" if left == 1 else f"in {left} days")
        decided = r.decided_on
        answered = (
            decided
            if decided is not None
            and r.expires_on - timedelta(days=within) <= decided <= context.as_of
            else None
        )
        out.append(
            Signal(
                partner_id=r.partner_id,
                partner=r.partner,
                person_id=r.person_id,
                person=r.person,
                signal=deal_signals.DEAL_EXPIRING,
                severity=HIGH if left <= deal_signals.URGENT_DAYS else MEDIUM,
                evidence=(
                    f'registration "{r.deal}" for {r.customer} ({r.status}, registered '
                    f"{r.registered_on.isoformat()}) expires on {r.expires_on.isoformat()}, "
                    f"{when}"
                ),
                action=deal_signals.ACTIONS[deal_signals.DEAL_EXPIRING],
                facts={
                    "registration_id": r.id,
                    "deal": r.deal,
                    "customer": r.customer,
                    "status": r.status,
                    "registered_on": r.registered_on,
                    "expires_on": r.expires_on,
                    "days_left": left,
                },
                handled_on=answered,
                subject=registration_subject(r.id),
            )
        )
    return out


def channel_conflict(session: Session, context: SignalContext) -> list[Signal]:
    """One signal per partner of each unresolved conflict group (first-registered first)."""
    out = []
    for group in find_conflicts(session, context.as_of):
        how = "corporate number" if group.matched_on == "corporate_number" else "name"
        claims = [(c.partner, c.registered_on, c.status) for c in group.claims]
        listed = ", ".join(f"{p} ({d.isoformat()}, {s})" for p, d, s in claims)
        evidence = (
            f"{len(group.partner_ids)} partners claim {group.customer} (matched on {how}): {listed}"
        )
        facts = {
            "partners": len(group.partner_ids),
            "customer": group.customer,
            "matched_on": group.matched_on,
            "claims": claims,
            "registration_ids": tuple(c.id for c in group.claims),
        }
        for partner_id in group.partner_ids:
            if context.partner_id is not None and partner_id != context.partner_id:
                continue
            first = next(c for c in group.claims if c.partner_id == partner_id)
            out.append(
                Signal(
                    partner_id=partner_id,
                    partner=first.partner,
                    signal=deal_signals.CHANNEL_CONFLICT,
                    severity=HIGH,
                    evidence=evidence,
                    action=deal_signals.ACTIONS[deal_signals.CHANNEL_CONFLICT],
                    facts=facts,
                    subject=registration_subject(first.id),
                )
            )
    return out
