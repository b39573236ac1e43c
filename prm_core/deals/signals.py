"""The deal signals for Detect → Act (domain.md):

- ``deal_expiring``: an open registration expires within 14 days — ask the partner for the
  deal's status;
- ``channel_conflict``: an unresolved conflict — decide who owns the customer and tell both
  partners.

Plain functions returning plain data (``DealSignal``), so the signal engine can wrap them in
its own type; ``channel_conflict`` fires once for each partner of a conflict group, so the
Today view shows it under every partner concerned.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Final

from sqlalchemy.orm import Session

from prm_core.deals.conflicts import CORPORATE_NUMBER, find_conflicts
from prm_core.deals.registrations import (
    EXPIRING_DAYS,
    RegistrationFilter,
    list_registrations,
)

DEAL_EXPIRING: Final = "deal_expiring"
CHANNEL_CONFLICT: Final = "channel_conflict"
ACTIONS: Final = {
    DEAL_EXPIRING: "Ask the partner for the deal's status.",
    CHANNEL_CONFLICT: "Decide who owns the customer and tell both partners.",
}
ACTIONS_JA: Final = {
    DEAL_EXPIRING: "パートナーに案件の状況を確認する。",
    CHANNEL_CONFLICT: "顧客の担当パートナーを決め、両方のパートナーに伝える。",
}
#: An expiring claim becomes urgent in its last days.
URGENT_DAYS: Final = 3


@dataclass(frozen=True, slots=True)
class DealSignal:
    """One signal instance, in the shape of ``prm signals`` plus the ids behind it."""

    partner_id: int
    partner: str
    person_id: int | None
    person: str | None
    signal: str
    severity: str
    evidence: str
    action: str
    registration_ids: tuple[int, ...]

    def to_json(self) -> dict[str, object]:
        return {
            "partner": self.partner,
            "person": self.person,
            "signal": self.signal,
            "severity": self.severity,
            "evidence": self.evidence,
            "action": self.action,
        }


def deal_expiring(
    session: Session, as_of: date, *, within_days: int = EXPIRING_DAYS
) -> list[DealSignal]:
    """One signal per open registration expiring within ``within_days`` (the day counts)."""
    rows = list_registrations(session, as_of, RegistrationFilter(expiring_within=within_days))
    rows.sort(key=lambda r: (r.expires_on, r.partner, r.id))
    out = []
    for r in rows:
        left = r.days_left(as_of)
        when = "today" if left == 0 else ("tomorrow" if left == 1 else f"in {left} days")
        out.append(
            DealSignal(
                partner_id=r.partner_id,
                partner=r.partner,
                person_id=r.person_id,
                person=r.person,
                signal=DEAL_EXPIRING,
                severity="high" if left <= URGENT_DAYS else "medium",
                evidence=(
                    f'registration "{r.deal}" for {r.customer} ({r.status}, registered '
                    f"{r.registered_on.isoformat()}) expires on {r.expires_on.isoformat()}, "
                    f"{when}"
                ),
                action=ACTIONS[DEAL_EXPIRING],
                registration_ids=(r.id,),
            )
        )
    return out


def channel_conflict(session: Session, as_of: date) -> list[DealSignal]:
    """One signal per partner of each unresolved conflict group (first-registered first)."""
    out = []
    for group in find_conflicts(session, as_of):
        how = "corporate number" if group.matched_on == CORPORATE_NUMBER else "name"
        claims = ", ".join(
            f"{c.partner} ({c.registered_on.isoformat()}, {c.status})" for c in group.claims
        )
        evidence = (
            f"{len(group.partner_ids)} partners claim {group.customer} (matched on {how}): {claims}"
        )
        ids = tuple(c.id for c in group.claims)
        for partner_id in group.partner_ids:
            first = next(c for c in group.claims if c.partner_id == partner_id)
            out.append(
                DealSignal(
                    partner_id=partner_id,
                    partner=first.partner,
                    person_id=None,
                    person=None,
                    signal=CHANNEL_CONFLICT,
                    severity="high",
                    evidence=evidence,
                    action=ACTIONS[CHANNEL_CONFLICT],
                    registration_ids=ids,
                )
            )
    return out
