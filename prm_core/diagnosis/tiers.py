"""Incentives and tiers: a points ledger computed from events, never stored.

Points count the partner's events in the 365 days ending at as_of: each event of a kind with
a ``PointRule`` earns ``points``, plus one point per full ``yen_per_point`` of its amount
(domain.md defaults: 10 per training completed, 5 per deal registered, 20 per deal won + 1 per
full ¥100,000 of each won deal). The tier is the highest ``TierLevel`` whose ``min_points`` the
partner reaches (default Bronze 0, Silver 100, Gold 300, Platinum 600). Nothing is written:
changing a rule or the ladder changes every tier at the next computation, and no event,
partner or past figure is touched.

Entry point: :func:`compute_tiers` (the shape ``prm tiers`` prints, and what
the QBR and the portfolio read through ``prm_core.reports.adapters``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import BigInteger, Integer, and_, bindparam, case, cast, func, select
from sqlalchemy.orm import Session

from prm_core.diagnosis.population import registered_partners
from prm_core.kinds import EventKind
from prm_core.kpi.binds import EVENTS
from prm_core.kpi.params import midnight
from prm_core.orm import PointRule, TierLevel

WINDOW_DAYS: Final = 365
#: How many ways to reach the next tier the hint names.
HINT_OPTIONS: Final = 2

#: English nouns for the hint ("2 deals won or 5 trainings").
KIND_NOUNS: Final[dict[str, tuple[str, str]]] = {
    "registered": ("registration", "registrations"),
    "login": ("login", "logins"),
    "material_download": ("download", "downloads"),
    "training_completed": ("training", "trainings"),
    "deal_consulted": ("deal consultation", "deal consultations"),
    "lead_registered": ("lead", "leads"),
    "deal_registered": ("deal registered", "deals registered"),
    "proposal": ("proposal", "proposals"),
    "deal_won": ("deal won", "deals won"),
    "deal_lost": ("deal lost", "deals lost"),
}


@dataclass(frozen=True, slots=True)
class Rule:
    kind: str
    points: float
    yen_per_point: int | None = None


@dataclass(frozen=True, slots=True)
class Level:
    name: str
    min_points: int


def load_rules(session: Session) -> list[Rule]:
    """The point rules, in the order of the event kinds."""
    order = {k.value: i for i, k in enumerate(EventKind)}
    rows = session.scalars(select(PointRule)).all()
    rules = [Rule(r.kind, float(r.points), r.yen_per_point) for r in rows]
    return sorted(rules, key=lambda r: order.get(r.kind, len(order)))


def load_levels(session: Session) -> list[Level]:
    """The tier ladder, lowest first."""
    rows = session.scalars(select(TierLevel).order_by(TierLevel.min_points)).all()
    return [Level(r.name, int(r.min_points)) for r in rows]


def number(value: float) -> int | float:
    """Points as JSON shows them: whole numbers without ``.0``."""
    return int(value) if float(value).is_integer() else round(value, 2)


@dataclass(frozen=True, slots=True)
class LedgerLine:
    """What one kind of event earned the partner in the window."""

    kind: str
    events: int
    points_per_event: float
    amount_points: int

    @property
    def points(self) -> float:
        return self.events * self.points_per_event + self.amount_points


@dataclass(frozen=True, slots=True)
class HintOption:
    kind: str
    count: int

    @property
    def text(self) -> str:
        one, many = KIND_NOUNS.get(self.kind, (self.kind, self.kind))
        return f"{self.count} {one if self.count == 1 else many}"


@dataclass(frozen=True, slots=True)
class TierHint:
    """What the next tier needs, with a couple of concrete ways to get there."""

    next_tier: str
    points_to_next: float
    options: tuple[HintOption, ...]

    @property
    def text(self) -> str:
        head = f"{number(self.points_to_next)} points to {self.next_tier}"
        if not self.options:
            return head
        return head + ": e.g. " + " or ".join(o.text for o in self.options)


@dataclass(frozen=True, slots=True)
class PartnerTier:
    """One partner's points over the window, its tier and the way to the next one."""

    partner_id: int
    partner: str
    points: float
    tier: str | None
    next_tier: str | None
    points_to_next: float | None
    lines: tuple[LedgerLine, ...] = ()
    hint: TierHint | None = None

    def to_json(self) -> dict[str, Any]:
        """The shape of ``prm tiers``."""
        return {
            "partner": self.partner,
            "points": number(self.points),
            "tier": self.tier,
            "next_tier": self.next_tier,
            "points_to_next": None if self.points_to_next is None else number(self.points_to_next),
        }


def place(points: float, levels: Sequence[Level]) -> tuple[str | None, str | None, float | None]:
    """``(tier, next tier, points to it)`` on the ladder (lowest first). Below the lowest
    rung there is no tier yet; at the top there is no next tier."""
    tier: str | None = None
    for level in sorted(levels, key=lambda lv: lv.min_points):
        if points >= level.min_points:
            tier = level.name
        else:
            return tier, level.name, level.min_points - points
    return tier, None, None


def hint_for(
    next_tier: str | None,
    missing: float | None,
    rules: Sequence[Rule],
    typical_amounts: dict[str, float],
) -> TierHint | None:
    """The fewest events of the best-paying kinds that close the gap; an amount-based rule
    counts a typical amount (the partner's own average in the window, else the
    programme's) for each event."""
    if next_tier is None or missing is None:
        return None
    worth = []
    for rule in rules:
        per_event = rule.points
        if rule.yen_per_point:
            per_event += typical_amounts.get(rule.kind, 0.0) // rule.yen_per_point
        if per_event > 0:
            worth.append((per_event, rule.kind))
    worth.sort(key=lambda w: (-w[0], w[1]))
    options = tuple(
        HintOption(kind, max(1, math.ceil(missing / per_event - 1e-9)))
        for per_event, kind in worth[:HINT_OPTIONS]
    )
    return TierHint(next_tier, missing, options)


@dataclass(frozen=True, slots=True)
class _KindTotals:
    events: int
    amount_points: int
    amount_sum: int
    amount_count: int


def _ledger(
    session: Session, as_of: date, rules: Sequence[Rule], partner_id: int | None
) -> dict[int, dict[str, _KindTotals]]:
    """One grouped statement: per registered partner and ruled kind, the events in the
    window, the amount points (sum of each event's ``amount // yen_per_point``) and the
    amounts (for typical amounts). The rules come in as bind parameters."""
    if not rules:
        return {}
    start = midnight(as_of - timedelta(days=WINDOW_DAYS - 1))
    end = midnight(as_of + timedelta(days=1))
    amount_rules = [r for r in rules if r.yen_per_point]
    amount_points: Any = (
        case(
            *[
                (
                    and_(EVENTS.c.kind == r.kind, EVENTS.c.amount.is_not(None)),
                    EVENTS.c.amount // bindparam(None, r.yen_per_point, type_=Integer),
                )
                for r in amount_rules
            ],
            else_=0,
        )
        if amount_rules
        else cast(0, BigInteger)
    )
    reg = registered_partners(as_of, partner_id)
    query = (
        select(
            EVENTS.c.partner_id,
            EVENTS.c.kind,
            func.count(),
            func.coalesce(func.sum(amount_points), 0),
            func.coalesce(func.sum(EVENTS.c.amount), 0),
            func.count(EVENTS.c.amount),
        )
        .where(
            EVENTS.c.kind.in_([r.kind for r in rules]),
            EVENTS.c.occurred_at >= start,
            EVENTS.c.occurred_at < end,
            (EVENTS.c.partner_id + 0).in_(select(reg.c.partner_id)),
        )
        .group_by(EVENTS.c.partner_id, EVENTS.c.kind)
    )
    if partner_id is not None:
        query = query.where(EVENTS.c.partner_id == partner_id)
    out: dict[int, dict[str, _KindTotals]] = {}
    for pid, kind, n, pts, amount_sum, amount_n in session.execute(query):
        out.setdefault(int(pid), {})[kind] = _KindTotals(
            int(n), int(pts), int(amount_sum), int(amount_n)
        )
    return out


def compute_tiers(
    session: Session,
    as_of: date | None = None,
    *,
    partner_id: int | None = None,
    rules: Sequence[Rule] | None = None,
    levels: Sequence[Level] | None = None,
) -> list[PartnerTier]:
    """Every registered partner's points, tier and next-tier gap at as_of (default today),
    most points first. ``rules``/``levels`` default to the database's."""
    as_of = as_of or date.today()
    rules = list(load_rules(session) if rules is None else rules)
    levels = list(load_levels(session) if levels is None else levels)
    reg = registered_partners(as_of, partner_id)
    partners = session.execute(select(reg.c.partner_id, reg.c.partner)).all()
    ledger = _ledger(session, as_of, rules, partner_id)

    # Typical amounts for the hint: the programme's average per kind over the window.
    everyone = ledger if partner_id is None else _ledger(session, as_of, rules, None)
    programme: dict[str, tuple[int, int]] = {}
    for kinds in everyone.values():
        for kind, t in kinds.items():
            s, n = programme.get(kind, (0, 0))
            programme[kind] = (s + t.amount_sum, n + t.amount_count)
    programme_avg = {k: s / n for k, (s, n) in programme.items() if n}

    out = []
    for pid, name in partners:
        totals = ledger.get(int(pid), {})
        lines = tuple(
            LedgerLine(
                r.kind,
                totals[r.kind].events if r.kind in totals else 0,
                r.points,
                totals[r.kind].amount_points if r.kind in totals else 0,
            )
            for r in rules
        )
        points = sum(line.points for line in lines)
        tier, next_tier, missing = place(points, levels)
        typical = dict(programme_avg)
        for kind, t in totals.items():
            if t.amount_count:
                typical[kind] = t.amount_sum / t.amount_count
        out.append(
            PartnerTier(
                int(pid),
                str(name),
                points,
                tier,
                next_tier,
                missing,
                lines,
                hint_for(next_tier, missing, rules, typical),
            )
        )
    out.sort(key=lambda t: (-t.points, t.partner, t.partner_id))
    return out


def tier_of(session: Session, partner_id: int, as_of: date | None = None) -> PartnerTier | None:
    """One partner's tier; ``None`` when it is not registered at as_of."""
    found = compute_tiers(session, as_of, partner_id=partner_id)
    return found[0] if found else None
