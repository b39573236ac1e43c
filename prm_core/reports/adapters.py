"""Optional sources of the reports, each behind one small function.

Tiers and risk signals come from ``prm_core.diagnosis`` (issue 6), the commitments carried
over from ``prm_core.deals.commitments`` (issue 11). Each adapter returns ``None`` when its
source is not installed (or does not offer what is needed), and the writers then leave the
section out; nothing else in the reports imports those packages.

Tests (and callers with their own engine) can install providers with :func:`use_providers`;
the defaults are discovered lazily, once per process.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy.orm import Session


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


#: ``(session, partner ids or None for all, as_of) -> {partner id: ...}``
TierProvider = Callable[[Session, Sequence[int] | None, date], dict[int, TierInfo]]
SignalProvider = Callable[[Session, Sequence[int] | None, date], dict[int, list[RiskSignal]]]


class _Missing:
    pass


_MISSING = _Missing()
#: Discovered providers ("tiers", "signals"), cached per process; None when missing.
_discovered: dict[str, Any] = {}
_overridden: dict[str, Any] = {}


@contextmanager
def use_providers(
    *,
    tiers: TierProvider | _Missing | None = _MISSING,
    signals: SignalProvider | _Missing | None = _MISSING,
) -> Iterator[None]:
    """Use these providers (``None``: pretend the source is missing) inside the block."""
    saved = dict(_overridden)
    if not isinstance(tiers, _Missing):
        _overridden["tiers"] = tiers
    if not isinstance(signals, _Missing):
        _overridden["signals"] = signals
    try:
        yield
    finally:
        _overridden.clear()
        _overridden.update(saved)


def overrides() -> dict[str, Any]:
    """The providers installed by :func:`use_providers` (to hand to worker processes: they
    must be picklable, i.e. ``None`` or module-level functions)."""
    return dict(_overridden)


def apply_overrides(values: dict[str, Any]) -> None:
    """Install ``values`` from :func:`overrides` for the rest of this (worker) process."""
    _overridden.update(values)


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(name)
    except ImportError:
        return None


# --- tiers --------------------------------------------------------------------------------


def _field(obj: Any, *names: str, default: Any = None) -> Any:
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _as_tier(row: Any) -> TierInfo:
    points = _field(row, "points", default=0) or 0
    to_next = _field(row, "points_to_next", "missing", "gap")
    hint = _field(row, "hint")
    options = _field(hint, "options", default=()) if hint is not None else ()
    return TierInfo(
        tier=_field(row, "tier", "name"),
        points=float(points),
        next_tier=_field(row, "next_tier"),
        points_to_next=float(to_next) if to_next is not None else None,
        hint=tuple(
            (str(_field(o, "kind")), int(_field(o, "count", default=0))) for o in options or ()
        ),
    )


def _accepts(function: Any, name: str) -> bool:
    try:
        return name in inspect.signature(function).parameters
    except (TypeError, ValueError):  # pragma: no cover - builtins without a signature
        return False


def _discover_tiers() -> TierProvider | None:
    """``prm_core.diagnosis.tiers.compute_tiers``: points of the last 365 days, the tier and
    what the next one needs, for every registered partner (or one)."""
    module = _module("prm_core.diagnosis.tiers")
    if module is None:
        return None
    compute = None
    for name in ("compute_tiers", "partner_tiers", "tiers_as_of"):
        candidate = getattr(module, name, None)
        if callable(candidate):
            compute = candidate
            break
    if compute is None:
        return None
    narrow = _accepts(compute, "partner_id")

    def provider(
        session: Session, partner_ids: Sequence[int] | None, as_of: date
    ) -> dict[int, TierInfo]:
        wanted = set(partner_ids) if partner_ids is not None else None
        if narrow and wanted is not None and len(wanted) == 1:
            rows = compute(session, as_of, partner_id=next(iter(wanted)))
        else:
            rows = compute(session, as_of)
        if isinstance(rows, dict):
            rows = list(rows.values())
        out: dict[int, TierInfo] = {}
        for row in rows:
            pid = _field(row, "partner_id")
            if pid is None or (wanted is not None and pid not in wanted):
                continue
            out[int(pid)] = _as_tier(row)
        return out

    return provider


def _tiers() -> TierProvider | None:
    if "tiers" in _overridden:
        return _overridden["tiers"]  # type: ignore[no-any-return]
    if "tiers" not in _discovered:
        _discovered["tiers"] = _discover_tiers()
    return _discovered["tiers"]  # type: ignore[no-any-return]


def tiers_of(
    session: Session, partner_ids: Sequence[int] | None, as_of: date
) -> dict[int, TierInfo] | None:
    """Tier per partner (all registered partners for ``None``); ``None`` without a source."""
    provider = _tiers()
    return None if provider is None else provider(session, partner_ids, as_of)


def tier_of(session: Session, partner_id: int, as_of: date) -> TierInfo | None:
    found = tiers_of(session, [partner_id], as_of)
    if found is None:
        return None
    return found.get(partner_id, TierInfo(None, 0.0, None, None))


# --- risk signals -------------------------------------------------------------------------


def _as_signal(row: Any) -> RiskSignal:
    return RiskSignal(
        key=str(_field(row, "signal", "key", default="")),
        severity=str(_field(row, "severity", default="medium")),
        evidence=str(_field(row, "evidence", default="")),
        action=str(_field(row, "action", default="")),
        person_id=_field(row, "person_id"),
        person=_field(row, "person"),
        facts=dict(_field(row, "facts", default=None) or {}) or None,
        action_source=str(_field(row, "action_source", default="default")),
    )


def _discover_signals() -> SignalProvider | None:
    """``prm_core.diagnosis.signals.detect_signals``: every signal of domain.md (the engine
    wraps the deal signals too), snoozed and handled ones left out as in the Today view.
    Without it the risk section is left out rather than shown half-empty."""
    module = _module("prm_core.diagnosis.signals")
    if module is None:
        return None
    compute = None
    for name in ("detect_signals", "signals_as_of", "compute_signals"):
        candidate = getattr(module, name, None)
        if callable(candidate):
            compute = candidate
            break
    if compute is None:
        return None
    narrow = _accepts(compute, "partner_id")

    def provider(
        session: Session, partner_ids: Sequence[int] | None, as_of: date
    ) -> dict[int, list[RiskSignal]]:
        wanted = set(partner_ids) if partner_ids is not None else None
        if narrow and wanted is not None and len(wanted) == 1:
            rows = compute(session, as_of, partner_id=next(iter(wanted)))
        else:
            rows = compute(session, as_of)
        out: dict[int, list[RiskSignal]] = {}
        for row in rows:
            pid = _field(row, "partner_id")
            if pid is None or (wanted is not None and pid not in wanted):
                continue
            out.setdefault(int(pid), []).append(_as_signal(row))
        return out

    return provider


def _signals() -> SignalProvider | None:
    if "signals" in _overridden:
        return _overridden["signals"]  # type: ignore[no-any-return]
    if "signals" not in _discovered:
        _discovered["signals"] = _discover_signals()
    return _discovered["signals"]  # type: ignore[no-any-return]


SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2}


def signals_of(
    session: Session, partner_ids: Sequence[int] | None, as_of: date
) -> dict[int, list[RiskSignal]] | None:
    """Signals per partner, most severe first; ``None`` without a signal engine."""
    provider = _signals()
    if provider is None:
        return None
    found = provider(session, partner_ids, as_of)
    for signals in found.values():
        signals.sort(key=lambda s: (SEVERITY_ORDER.get(s.severity, 9), s.key))
    return found


def risks_of(session: Session, partner_id: int, as_of: date) -> list[RiskSignal] | None:
    found = signals_of(session, [partner_id], as_of)
    return None if found is None else found.get(partner_id, [])


# --- commitments (issue 11) ---------------------------------------------------------------


def follow_through_of(
    session: Session, partner_id: int, as_of: date, period_start: date
) -> dict[str, SideFollowThrough] | None:
    """Per side (``vendor``, ``partner``) over ``period_start`` … ``as_of``."""
    module = _module("prm_core.deals.commitments")
    compute = getattr(module, "commitments", None) if module is not None else None
    if not callable(compute):
        return None
    result = compute(session, as_of, partner_id=partner_id, period_start=period_start)
    out: dict[str, SideFollowThrough] = {}
    for side in ("vendor", "partner"):
        c = result.side(side)
        out[side] = SideFollowThrough(
            c.due, c.done_on_time, c.done_late, c.overdue, c.open, c.follow_through
        )
    return out


def carried_over_of(
    session: Session, partner_id: int, as_of: date, since: date
) -> list[CarriedOver] | None:
    """Both sides' items promised before ``since`` (the quarter's first day) and still open
    that day, each with where it stands at ``as_of`` (vendor first, then by due date)."""
    module = _module("prm_core.deals.commitments")
    compute = getattr(module, "open_commitments_carried_over", None) if module is not None else None
    if not callable(compute):
        return None
    open_at_start = compute(session, partner_id, since - timedelta(days=1), since=since)
    still_open = {item.id: item for item in compute(session, partner_id, as_of, since=since)}
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
