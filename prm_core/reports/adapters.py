"""The reports' view of the diagnosis engine and the commitments, as report dataclasses.

Tiers (:func:`prm_core.diagnosis.tiers.compute_tiers`), risk signals
(:func:`prm_core.diagnosis.signals.detect_signals`) and the commitments
(:mod:`prm_core.deals.commitments`) are computed there and only converted here; nothing else
in the reports imports those packages.

A tier or signals value of ``None`` means that section is left out. The engine always
answers, but :func:`use_providers` can stand in for it (tests: fakes, or ``None`` to leave
the section out).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session

from prm_core.deals.commitments import commitments, open_commitments_carried_over
from prm_core.diagnosis.signal_base import Signal
from prm_core.diagnosis.signals import detect_signals
from prm_core.diagnosis.tiers import PartnerTier, compute_tiers


@dataclass(frozen=True, slots=True)
class TierInfo:
    """A partner's tier from its points of the last 365 days and what the next one needs."""

    tier: str | None
    points: float
    next_tier: str | None
    points_to_next: float | None
    #: Ways to reach the next tier: ``(event kind, how many)`` — "2 deals won or 5 trainings".
    hint: tuple[tuple[str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class RiskSignal:
    """One detected signal: its domain key, severity, evidence in numbers and suggested
    action, all as the signal engine words them (internal wording, vendor-only)."""

    key: str
    severity: str
    evidence: str
    action: str
    person_id: int | None = None
    person: str | None = None
    #: The numbers behind the evidence (rebuilt in the report's language from them).
    facts: dict[str, Any] | None = field(default=None, compare=False, hash=False)
    #: ``default`` (the engine's action, translated) or ``playbook`` (the manager's wording).
    action_source: str = "default"


@dataclass(frozen=True, slots=True)
class SideFollowThrough:
    due: int
    done_on_time: int
    done_late: int
    overdue: int
    open: int
    follow_through: float | None


@dataclass(frozen=True, slots=True)
class CarriedOver:
    """An action item promised before the quarter and still open when the quarter began.

    ``done_in_quarter``: completed since (by as_of); ``overdue``: still open at as_of and
    past its due date."""

    side: str
    title: str
    owner: str | None
    due_on: date | None
    overdue: bool
    done_in_quarter: bool = False
    id: int = 0


@dataclass(frozen=True, slots=True)
class PartnerDiagnosis:
    """One partner's tier and risk signals (``None``: that section is left out)."""

    tier: TierInfo | None
    risks: tuple[RiskSignal, ...] | None


#: ``(session, partner ids or None for all, as_of) -> {partner id: ...}``
TierProvider = Callable[[Session, Sequence[int] | None, date], dict[int, TierInfo]]
SignalProvider = Callable[[Session, Sequence[int] | None, date], dict[int, list[RiskSignal]]]

NO_TIER = TierInfo(None, 0.0, None, None)
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


# --- tiers --------------------------------------------------------------------------------


def _tier_info(row: PartnerTier) -> TierInfo:
    return TierInfo(
        tier=row.tier,
        points=float(row.points),
        next_tier=row.next_tier,
        points_to_next=float(row.points_to_next) if row.points_to_next is not None else None,
        hint=tuple((o.kind, o.count) for o in row.hint.options) if row.hint is not None else (),
    )


def engine_tiers(
    session: Session, partner_ids: Sequence[int] | None, as_of: date
) -> dict[int, TierInfo]:
    """Points of the last 365 days, the tier and what the next one needs, for every
    registered partner (or those of ``partner_ids``)."""
    wanted = set(partner_ids) if partner_ids is not None else None
    if wanted is not None and len(wanted) == 1:
        rows = compute_tiers(session, as_of, partner_id=next(iter(wanted)))
    else:
        rows = compute_tiers(session, as_of)
    return {
        row.partner_id: _tier_info(row)
        for row in rows
        if wanted is None or row.partner_id in wanted
    }


# --- risk signals -------------------------------------------------------------------------


def _risk_signal(s: Signal) -> RiskSignal:
    return RiskSignal(
        key=s.signal,
        severity=s.severity,
        evidence=s.evidence,
        action=s.action,
        person_id=s.person_id,
        person=s.person,
        facts=dict(s.facts) or None,
        action_source=s.action_source,
    )


def engine_signals(
    session: Session, partner_ids: Sequence[int] | None, as_of: date
) -> dict[int, list[RiskSignal]]:
    """Every signal of domain.md (the deal signals too), snoozed and handled ones left out
    as in the Today view."""
    wanted = set(partner_ids) if partner_ids is not None else None
    if wanted is not None and len(wanted) == 1:
        rows = detect_signals(session, as_of, partner_id=next(iter(wanted)))
    else:
        rows = detect_signals(session, as_of)
    out: dict[int, list[RiskSignal]] = {}
    for s in rows:
        if wanted is None or s.partner_id in wanted:
            out.setdefault(s.partner_id, []).append(_risk_signal(s))
    return out


# --- the sources in use -------------------------------------------------------------------


@dataclass(slots=True)
class _Sources:
    tiers: TierProvider | None = engine_tiers
    signals: SignalProvider | None = engine_signals


_sources = _Sources()


class _Keep:
    pass


_KEEP = _Keep()


@contextmanager
def use_providers(
    *,
    tiers: TierProvider | _Keep | None = _KEEP,
    signals: SignalProvider | _Keep | None = _KEEP,
) -> Iterator[None]:
    """Use these providers (``None``: leave the section out) inside the block."""
    saved = (_sources.tiers, _sources.signals)
    if not isinstance(tiers, _Keep):
        _sources.tiers = tiers
    if not isinstance(signals, _Keep):
        _sources.signals = signals
    try:
        yield
    finally:
        _sources.tiers, _sources.signals = saved


def tiers_of(
    session: Session, partner_ids: Sequence[int] | None, as_of: date
) -> dict[int, TierInfo] | None:
    """Tier per partner (all registered partners for ``None``)."""
    provider = _sources.tiers
    return None if provider is None else provider(session, partner_ids, as_of)


def signals_of(
    session: Session, partner_ids: Sequence[int] | None, as_of: date
) -> dict[int, list[RiskSignal]] | None:
    """Signals per partner (all for ``None``), most severe first."""
    provider = _sources.signals
    if provider is None:
        return None
    found = provider(session, partner_ids, as_of)
    for signals in found.values():
        signals.sort(key=lambda s: (SEVERITY_ORDER.get(s.severity, 9), s.key))
    return found


def diagnosis_in(
    tiers: dict[int, TierInfo] | None,
    signals: dict[int, list[RiskSignal]] | None,
    partner_id: int,
) -> PartnerDiagnosis:
    """The partner's share of :func:`tiers_of` and :func:`signals_of` (asked once for many)."""
    return PartnerDiagnosis(
        None if tiers is None else tiers.get(partner_id, NO_TIER),
        None if signals is None else tuple(signals.get(partner_id, ())),
    )


def diagnosis_of(session: Session, partner_id: int, as_of: date) -> PartnerDiagnosis:
    """One partner's tier and signals, computed for it alone."""
    return diagnosis_in(
        tiers_of(session, [partner_id], as_of),
        signals_of(session, [partner_id], as_of),
        partner_id,
    )


# --- commitments --------------------------------------------------------------------------


def follow_through_of(
    session: Session, partner_id: int, as_of: date, period_start: date
) -> dict[str, SideFollowThrough]:
    """Per side (``vendor``, ``partner``) over ``period_start`` … ``as_of``."""
    result = commitments(session, as_of, partner_id=partner_id, period_start=period_start)
    out: dict[str, SideFollowThrough] = {}
    for side in ("vendor", "partner"):
        c = result.side(side)
        out[side] = SideFollowThrough(
            c.due, c.done_on_time, c.done_late, c.overdue, c.open, c.follow_through
        )
    return out


def carried_over_of(
    session: Session, partner_id: int, as_of: date, since: date
) -> list[CarriedOver]:
    """Both sides' items promised before ``since`` (the quarter's first day) and still open
    that day, each with where it stands at ``as_of`` (vendor first, then by due date)."""
    open_at_start = open_commitments_carried_over(
        session, partner_id, since - timedelta(days=1), since=since
    )
    still_open = {
        item.id: item
        for item in open_commitments_carried_over(session, partner_id, as_of, since=since)
    }
    out = []
    for item in open_at_start:
        now = still_open.get(item.id)
        out.append(
            CarriedOver(
                item.side,
                item.title,
                item.owner,
                item.due_on,
                bool(now.overdue) if now is not None else False,
                done_in_quarter=now is None,
                id=int(item.id),
            )
        )
    return out
