"""What a signal is, what a provider gets, and the suggested actions of domain.md.

A *provider* is a function ``(session, context) -> list[Signal]``; the engine
(:mod:`prm_core.diagnosis.signals`) runs every provider of its registry. A provider written
elsewhere that already returns its own row type plugs in through :func:`rows_provider`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from typing import Any, Final, TypeAlias

from sqlalchemy.orm import Session

from prm_core.diagnosis.thresholds import Thresholds
from prm_core.kpi.params import midnight

HIGH: Final = "high"
MEDIUM: Final = "medium"
LOW: Final = "low"
SEVERITIES: Final[tuple[str, ...]] = (HIGH, MEDIUM, LOW)
SEVERITY_RANK: Final[dict[str, int]] = {s: i for i, s in enumerate(SEVERITIES)}

#: domain.md's Detect table, in its order (the keys are fixed there).
SIGNAL_KEYS: Final[tuple[str, ...]] = (
    "stalled_after_registration",
    "downloads_without_deals",
    "training_without_proposals",
    "declining_activity",
    "dormant",
    "key_person_dependence",
    "low_conversion",
    "onboarding_overdue",
    "actions_overdue",
)
#: The deal signals of domain.md, provided by ``prm_core.deals`` when it is registered.
DEAL_SIGNAL_KEYS: Final[tuple[str, ...]] = ("deal_expiring", "channel_conflict")

#: Suggested actions (domain.md); a playbook entry for the key replaces it.
DEFAULT_ACTIONS: Final[dict[str, str]] = {
    "stalled_after_registration": "Send the first-steps learning course.",
    "downloads_without_deals": "Send the first deal registration guide and offer a co-selling "
    "visit.",
    "training_without_proposals": "Share the proposal template and talk script; plan key "
    "accounts together.",
    "declining_activity": "Hold a 1on1 to hear what changed.",
    "dormant": "Start the reactivation programme and send a success story mailing.",
    "key_person_dependence": "Spread the key person's know-how and train a second seller.",
    "low_conversion": "Coach the person and review calls together.",
    "onboarding_overdue": "Agree new dates in the next 1on1.",
    "actions_overdue": "Follow up on the overdue items.",
}

#: The intervention category a signal's action suggests (free text; editable when recorded).
DEFAULT_CATEGORIES: Final[dict[str, str]] = {
    "stalled_after_registration": "Training",
    "downloads_without_deals": "Co-selling",
    "training_without_proposals": "Sales materials",
    "declining_activity": "1on1",
    "dormant": "Reactivation",
    "key_person_dependence": "Enablement",
    "low_conversion": "Coaching",
    "onboarding_overdue": "Onboarding",
    "actions_overdue": "Follow-up",
    "deal_expiring": "Deal follow-up",
    "channel_conflict": "Conflict resolution",
}


def signal_order(key: str) -> int:
    """Position of a key in domain.md's tables (unknown keys last)."""
    keys = SIGNAL_KEYS + DEAL_SIGNAL_KEYS
    return keys.index(key) if key in keys else len(keys)


@dataclass(frozen=True, slots=True)
class Signal:
    """One signal instance.

    Attributes:
        partner_id, partner: the partner it is about.
        person_id, person: the person, for signals about one (``low_conversion``,
            ``key_person_dependence``); else None.
        signal: the key, exactly as in domain.md.
        severity: ``high``, ``medium`` or ``low``.
        evidence: the numbers behind it, in English ("registered 47 days ago, 0 downloads").
        action: the suggested action (the playbook's when one was saved for the key).
        facts: the same numbers as data, for translated evidence in the GUI.
        action_source: ``default`` or ``playbook``.
        snoozed_until, handled_on: set by the engine when the signal is put aside (snooze)
            or answered by an intervention; such signals are left out unless asked for.
        subject: for a partner that can have several signals of one key about different
            things, which thing ("registration:12" for the deal signals), so a snooze or an
            intervention answers that one only; None for signals about the partner itself.
    """

    partner_id: int
    partner: str
    signal: str
    severity: str
    evidence: str
    action: str
    person_id: int | None = None
    person: str | None = None
    facts: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)
    action_source: str = "default"
    snoozed_until: date | None = None
    handled_on: date | None = None
    subject: str | None = None

    @property
    def key(self) -> str:
        return self.signal

    @property
    def handled(self) -> bool:
        return self.snoozed_until is not None or self.handled_on is not None

    def with_(self, **changes: Any) -> Signal:
        return replace(self, **changes)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``prm signals``."""
        return {
            "partner": self.partner,
            "person": self.person,
            "signal": self.signal,
            "severity": self.severity,
            "evidence": self.evidence,
            "action": self.action,
        }


@dataclass(frozen=True, slots=True)
class SignalContext:
    """What a provider is asked: the as-of date, the thresholds, optionally one partner.

    Providers must compute with set-based SQL (one grouped statement per signal), never by
    looping over events in Python; every date bound comes from here as a bind parameter.
    """

    as_of: date
    thresholds: Thresholds
    partner_id: int | None = None

    @property
    def end(self) -> datetime:
        """Exclusive bound of "on or before as_of": the midnight after it."""
        return midnight(self.as_of + timedelta(days=1))

    def since(self, days: int) -> datetime:
        """Start of the ``days`` days ending at as_of (as_of − days + 1, inclusive)."""
        return midnight(self.as_of - timedelta(days=days - 1))

    def days_before(self, days: int) -> date:
        return self.as_of - timedelta(days=days)


SignalProvider: TypeAlias = Callable[[Session, SignalContext], list[Signal]]


def _attr(row: Any, name: str, default: Any = None) -> Any:
    if isinstance(row, dict):
        return row.get(name, default)
    return getattr(row, name, default)


def rows_provider(compute: Callable[[Session, date], Iterable[Any]]) -> SignalProvider:
    """Wrap a ``(session, as_of) -> rows`` function whose rows carry ``partner_id``,
    ``partner``, ``person_id``, ``person``, ``signal``, ``severity``, ``evidence`` and
    ``action`` (attributes or keys) as a provider, e.g. the deal signals::

        SIGNAL_PROVIDERS.append(rows_provider(prm_core.deals.signals.deal_expiring))
    """

    def provider(session: Session, context: SignalContext) -> list[Signal]:
        out = []
        for row in compute(session, context.as_of):
            partner_id = int(_attr(row, "partner_id"))
            if context.partner_id is not None and partner_id != context.partner_id:
                continue
            out.append(
                Signal(
                    partner_id=partner_id,
                    partner=str(_attr(row, "partner", "")),
                    signal=str(_attr(row, "signal")),
                    severity=str(_attr(row, "severity", MEDIUM)),
                    evidence=str(_attr(row, "evidence", "")),
                    action=str(_attr(row, "action", "")),
                    person_id=_attr(row, "person_id"),
                    person=_attr(row, "person"),
                )
            )
        return out

    provider.__name__ = getattr(compute, "__name__", "rows_provider")
    provider.__qualname__ = provider.__name__
    return provider
