"""The signal engine: run every registered provider, then apply what the manager did.

``SIGNAL_PROVIDERS`` is the registry: a list of ``(session, context) -> list[Signal]``
functions (see :mod:`prm_core.diagnosis.signal_base`). Adding a signal means adding a provider
to the list, nothing else::

    from prm_core.diagnosis.signal_base import rows_provider
    from prm_core.diagnosis.signals import register_provider

    register_provider(rows_provider(some_module.some_signal))

After the providers ran, :func:`detect_signals`

1. offers the newest playbook entry saved for a key as that key's suggested action;
2. sets ``snoozed_until`` on signals snoozed (``SignalSnooze``) until as_of or later — a
   snooze holds through its ``until`` day and the signal returns the day after; a snooze
   without a person covers every person of that partner and key, one without a subject
   every subject (a snooze of one expiring registration leaves the partner's others);
3. sets ``handled_on`` on signals answered by an intervention recorded for the same partner
   and key within the last ``general.handled_days`` days (30 by default) — a provider may
   also set it itself (a decision on an expiring deal registration, see ``deal_providers``);
4. leaves those put-aside signals out unless ``include_handled``; and
5. sorts most severe first, then by partner, domain.md's order of keys, and person.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prm_core.diagnosis import deal_providers, detectors
from prm_core.diagnosis.signal_base import (
    SEVERITY_RANK,
    Signal,
    SignalContext,
    SignalProvider,
    signal_order,
)
from prm_core.diagnosis.thresholds import GENERAL, Thresholds, load_thresholds
from prm_core.orm import Intervention, PlaybookEntry, SignalSnooze

#: Every provider the engine runs, in domain.md's order. Append to add a signal.
SIGNAL_PROVIDERS: list[SignalProvider] = [
    detectors.stalled_after_registration,
    detectors.downloads_without_deals,
    detectors.training_without_proposals,
    detectors.declining_activity,
    detectors.dormant,
    detectors.key_person_dependence,
    detectors.low_conversion,
    detectors.onboarding_overdue,
    detectors.actions_overdue,
    deal_providers.deal_expiring,  # the deal signals, computed by prm_core.deals
    deal_providers.channel_conflict,
]


def register_provider(provider: SignalProvider) -> SignalProvider:
    """Add a provider to :data:`SIGNAL_PROVIDERS` once (usable as a decorator)."""
    if provider not in SIGNAL_PROVIDERS:
        SIGNAL_PROVIDERS.append(provider)
    return provider


def sort_key(signal: Signal) -> tuple[int, str, int, int, str, str]:
    return (
        SEVERITY_RANK.get(signal.severity, len(SEVERITY_RANK)),
        signal.partner,
        signal.partner_id,
        signal_order(signal.signal),
        signal.signal,
        signal.person or "",
    )


def playbook_actions(session: Session) -> dict[str, str]:
    """The newest playbook action saved for each signal key."""
    newest = (
        select(PlaybookEntry.signal_key, func.max(PlaybookEntry.id).label("id"))
        .group_by(PlaybookEntry.signal_key)
        .subquery()
    )
    rows = session.execute(
        select(PlaybookEntry.signal_key, PlaybookEntry.action).join(
            newest, newest.c.id == PlaybookEntry.id
        )
    )
    return {key: action for key, action in rows}


SnoozeKey = tuple[int, str, int | None, str | None]
T = TypeVar("T")


def active_snoozes(
    session: Session, as_of: date, partner_id: int | None = None
) -> dict[SnoozeKey, date]:
    """``(partner, key, person or None, subject or None) -> until`` for snoozes still
    holding at as_of."""
    columns = (
        SignalSnooze.partner_id,
        SignalSnooze.signal_key,
        SignalSnooze.person_id,
        SignalSnooze.subject,
    )
    query = (
        select(*columns, func.max(SignalSnooze.until))
        .where(SignalSnooze.until >= as_of)
        .group_by(*columns)
    )
    if partner_id is not None:
        query = query.where(SignalSnooze.partner_id == partner_id)
    return {
        (p, k, person, subject): detectors.to_date(u) or as_of
        for p, k, person, subject, u in session.execute(query)
    }


def _own_or_every(value: T | None) -> tuple[T | None, ...]:
    """The keys a stored row may name to cover ``value``: ``value`` itself, or None (every)."""
    return (None,) if value is None else (value, None)


def snoozed_until(snoozes: dict[SnoozeKey, date], signal: Signal) -> date | None:
    """The latest ``until`` of the snoozes covering ``signal``: its own person or every
    person, its own subject or every subject."""
    found = [
        until
        for person in _own_or_every(signal.person_id)
        for subject in _own_or_every(signal.subject)
        if (until := snoozes.get((signal.partner_id, signal.signal, person, subject)))
    ]
    return max(found, default=None)


HandledKey = tuple[int, str, str | None]


def handling_interventions(
    session: Session, as_of: date, days: int, partner_id: int | None = None
) -> dict[HandledKey, date]:
    """``(partner, key, subject or None) -> date`` of the newest intervention recorded for
    a signal in the ``days`` days ending at as_of."""
    if days <= 0:
        return {}
    columns = (Intervention.partner_id, Intervention.signal_key, Intervention.signal_subject)
    query = (
        select(*columns, func.max(Intervention.occurred_on))
        .where(
            Intervention.signal_key.is_not(None),
            Intervention.occurred_on <= as_of,
            Intervention.occurred_on > as_of - timedelta(days=days),
        )
        .group_by(*columns)
    )
    if partner_id is not None:
        query = query.where(Intervention.partner_id == partner_id)
    return {
        (p, str(k), subject): detectors.to_date(d) or as_of
        for p, k, subject, d in session.execute(query)
    }


def handled_on(handled: dict[HandledKey, date], signal: Signal) -> date | None:
    """The newest intervention answering ``signal``: for its subject or for every subject."""
    found = [
        day
        for subject in _own_or_every(signal.subject)
        if (day := handled.get((signal.partner_id, signal.signal, subject)))
    ]
    return max(found, default=None)


def detect_signals(
    session: Session,
    as_of: date | None = None,
    *,
    partner_id: int | None = None,
    thresholds: Thresholds | None = None,
    include_handled: bool = False,
    providers: Sequence[SignalProvider] | None = None,
) -> list[Signal]:
    """Every signal at ``as_of`` (default today), most severe first (see the module doc)."""
    as_of = as_of or date.today()
    thresholds = thresholds or load_thresholds(session)
    context = SignalContext(as_of, thresholds, partner_id)
    found: list[Signal] = []
    for provider in SIGNAL_PROVIDERS if providers is None else providers:
        found.extend(provider(session, context))
    if partner_id is not None:
        found = [s for s in found if s.partner_id == partner_id]

    actions = playbook_actions(session)
    snoozes = active_snoozes(session, as_of, partner_id)
    handled = handling_interventions(
        session, as_of, thresholds.days(GENERAL, "handled_days"), partner_id
    )
    out = []
    for s in found:
        changes: dict[str, object] = {}
        if s.signal in actions:
            changes.update(action=actions[s.signal], action_source="playbook")
        until = snoozed_until(snoozes, s)
        if until is not None:
            changes["snoozed_until"] = until
        answered = handled_on(handled, s)
        if answered is not None:  # the later answer: an intervention or a deal decision
            changes["handled_on"] = max(answered, s.handled_on or answered)
        signal = s.with_(**changes) if changes else s
        if include_handled or not signal.handled:
            out.append(signal)
    out.sort(key=sort_key)
    return out


@dataclass(frozen=True, slots=True)
class PartnerSignals:
    """One partner's signals, most severe first (the Today view's groups)."""

    partner_id: int
    partner: str
    signals: tuple[Signal, ...]

    @property
    def worst(self) -> str:
        return self.signals[0].severity


def group_by_partner(signals: Iterable[Signal]) -> list[PartnerSignals]:
    """Partners ordered by their most severe signal, then how many signals of each severity
    they have (more first), then name."""
    by_partner: dict[int, list[Signal]] = {}
    for s in signals:
        by_partner.setdefault(s.partner_id, []).append(s)
    groups = [
        PartnerSignals(pid, items[0].partner, tuple(sorted(items, key=sort_key)))
        for pid, items in by_partner.items()
    ]

    def order(g: PartnerSignals) -> tuple[object, ...]:
        ranks = [SEVERITY_RANK.get(s.severity, 9) for s in g.signals]
        counts = tuple(-ranks.count(r) for r in range(len(SEVERITY_RANK)))
        return (min(ranks), counts, g.partner, g.partner_id)

    groups.sort(key=order)
    return groups
