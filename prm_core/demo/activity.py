"""Activity events for the demo, drawn with numpy one partner at a time (vectorised per kind).

Each partner walks the journey registered → material_download → deal_consulted →
deal_registered → proposal, reaching each step after a random delay and only if its drawn
depth allows; steps it has no time left for are never reached, which is what makes the funnel
drop. Leads and deals go to persons by a heavy-tailed weight (star sellers, silent persons),
proposals follow some deals and end won, lost or still open. Positions are in month units;
``Timeline`` turns them into dates later.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from prm_core.demo import names
from prm_core.demo.roster import PartnerPlan, PersonPlan
from prm_core.kinds import EventKind

IntArray = npt.NDArray[np.int64]
FloatArray = npt.NDArray[np.float64]
Detail = tuple[str | None, str | None, int | None]  # (deal, customer, amount)

KINDS: tuple[EventKind, ...] = tuple(EventKind)
CODE: dict[EventKind, int] = {kind: i for i, kind in enumerate(KINDS)}

# Monthly rates at engagement 1.0 (logins: per unit of a person's login weight).
LOGIN_RATE = 9.5
DOWNLOAD_RATE = 4.5
TRAINING_RATE = 0.35
CONSULT_RATE = 0.45
LEAD_RATE = 3.2
DEAL_RATE = 0.9
# Mean delays (months) between journey steps.
DOWNLOAD_DELAY = 0.5
CONSULT_DELAY = 1.0
DEAL_DELAY = 1.3
PROPOSAL_SHARE = 0.6
WON_SHARE = 0.4
LOST_SHARE = 0.35
ACCOUNTS_PER_PARTNER = 25  # end customers a partner works on
AMOUNT_MEDIAN = 3_000_000
AMOUNT_MIN, AMOUNT_MAX = 500_000, 30_000_000


@dataclass
class EventPlan:
    """All events as parallel arrays; ``detail`` indexes ``details`` (-1: none)."""

    partner: IntArray
    person: IntArray  # global person index, -1 for none
    kind: IntArray  # index into KINDS
    position: FloatArray
    content: IntArray  # content index, -1 for none
    detail: IntArray
    details: list[Detail]

    def __len__(self) -> int:
        return len(self.kind)

    def sorted(self) -> EventPlan:
        """Ordered by partner then time: SQLite then appends to most indexes."""
        order = np.lexsort((self.position, self.partner))
        return EventPlan(
            self.partner[order],
            self.person[order],
            self.kind[order],
            self.position[order],
            self.content[order],
            self.detail[order],
            self.details,
        )


@dataclass
class _Collector:
    partner: list[IntArray] = field(default_factory=list)
    person: list[IntArray] = field(default_factory=list)
    kind: list[IntArray] = field(default_factory=list)
    position: list[FloatArray] = field(default_factory=list)
    content: list[IntArray] = field(default_factory=list)
    detail: list[IntArray] = field(default_factory=list)
    details: list[Detail] = field(default_factory=list)

    def add(
        self,
        partner: int,
        kind: EventKind,
        position: FloatArray,
        person: IntArray,
        *,
        content: IntArray | None = None,
        detail: IntArray | None = None,
    ) -> None:
        n = len(position)
        if n == 0:
            return
        none = np.full(n, -1, dtype=np.int64)
        self.partner.append(np.full(n, partner, dtype=np.int64))
        self.kind.append(np.full(n, CODE[kind], dtype=np.int64))
        self.position.append(np.asarray(position, dtype=np.float64))
        self.person.append(np.asarray(person, dtype=np.int64))
        self.content.append(none if content is None else np.asarray(content, dtype=np.int64))
        self.detail.append(none if detail is None else np.asarray(detail, dtype=np.int64))

    def new_details(self, rows: list[Detail]) -> IntArray:
        first = len(self.details)
        self.details.extend(rows)
        return np.arange(first, first + len(rows), dtype=np.int64)

    def build(self) -> EventPlan:
        def ints(parts: list[IntArray]) -> IntArray:
            return np.concatenate(parts) if parts else np.empty(0, dtype=np.int64)

        positions = np.concatenate(self.position) if self.position else np.empty(0)
        return EventPlan(
            ints(self.partner),
            ints(self.person),
            ints(self.kind),
            positions,
            ints(self.content),
            ints(self.detail),
            self.details,
        )


def _share(weights: FloatArray, fallback: FloatArray) -> FloatArray:
    total = float(weights.sum())
    if total > 0:
        return weights / total
    return fallback / float(fallback.sum())


def _rounded(yen: FloatArray) -> IntArray:
    """Whole ¥10,000s within the demo's deal-size range."""
    return np.round(np.clip(yen, AMOUNT_MIN, AMOUNT_MAX), -4).astype(np.int64)


def _amounts(g: np.random.Generator, n: int) -> IntArray:
    """Deal sizes in yen: lognormal around ¥3M, mostly ¥1–10M."""
    return _rounded(g.lognormal(math.log(AMOUNT_MEDIAN), 0.8, n))


class _PartnerSimulator:
    """Draws one partner's events into a collector."""

    def __init__(
        self,
        g: np.random.Generator,
        out: _Collector,
        customers: list[tuple[str, str]],
        content_share: FloatArray,
    ) -> None:
        self.g = g
        self.out = out
        self.customers = customers
        self.content_share = content_share

    def times(self, partner: PartnerPlan, low: float, n: int) -> FloatArray:
        """``n`` positions in [low, end), skewed early or late by the partner's trend."""
        u = self.g.random(n) ** partner.skew
        return low + (partner.end - low) * u

    def run(self, index: int, partner: PartnerPlan, persons: list[PersonPlan]) -> None:
        g, out = self.g, self.out
        k, base = partner.n_persons, partner.first_person
        login_w = np.array([p.login_weight for p in persons])
        sales_w = np.array([p.sales_weight for p in persons])
        deal_w = sales_w * np.array([p.conversion for p in persons])
        login_share = _share(login_w, np.ones(k))
        lead_share = _share(sales_w, login_w)
        deal_share = _share(deal_w, login_w)
        start, end, e = partner.start, partner.end, partner.engagement
        n_accounts = min(ACCOUNTS_PER_PARTNER, len(self.customers))
        accounts = g.choice(len(self.customers), n_accounts, replace=False)
        steps = start + np.cumsum(g.exponential([DOWNLOAD_DELAY, CONSULT_DELAY, DEAL_DELAY]))
        download_at, consult_at, deal_at = (float(s) for s in steps)

        if partner.registered_event:
            out.add(index, EventKind.REGISTERED, np.array([start]), np.array([partner.key_person]))
        counts = g.poisson(LOGIN_RATE * e * login_w * (end - start))
        logins = np.repeat(np.arange(k), counts)
        out.add(index, EventKind.LOGIN, self.times(partner, start, len(logins)), base + logins)

        if partner.depth >= 1 and download_at < end:
            n = 1 + int(g.poisson(DOWNLOAD_RATE * e * (end - download_at)))
            at = np.concatenate(([download_at], self.times(partner, download_at, n - 1)))
            who = g.choice(k, n, p=login_share)
            content = g.choice(len(self.content_share), n, p=self.content_share)
            out.add(index, EventKind.MATERIAL_DOWNLOAD, at, base + who, content=content)
            n = int(g.poisson(TRAINING_RATE * e * (end - download_at)))
            who = g.choice(k, n, p=login_share)
            at = self.times(partner, download_at, n)
            out.add(index, EventKind.TRAINING_COMPLETED, at, base + who)

        if partner.depth >= 2 and consult_at < end:
            n = 1 + int(g.poisson(CONSULT_RATE * e * (end - consult_at)))
            at = np.concatenate(([consult_at], self.times(partner, consult_at, n - 1)))
            who = g.choice(k, n, p=lead_share)
            detail = self._deal_details(accounts, n, with_amount=False)[0]
            out.add(index, EventKind.DEAL_CONSULTED, at, base + who, detail=detail)
            n = int(g.poisson(LEAD_RATE * e * (end - consult_at)))
            who = g.choice(k, n, p=lead_share)
            picked = g.choice(accounts, n)
            detail = out.new_details([(None, self.customers[int(c)][0], None) for c in picked])
            at = self.times(partner, consult_at, n)
            out.add(index, EventKind.LEAD_REGISTERED, at, base + who, detail=detail)

        if partner.depth >= 3 and deal_at < end:
            self._deals(index, partner, accounts, deal_share, deal_at)

    def _deal_details(
        self, accounts: IntArray, n: int, *, with_amount: bool
    ) -> tuple[IntArray, list[tuple[str, str]], IntArray]:
        """Details for ``n`` new deals: (detail index, (deal, customer) names, amounts)."""
        g = self.g
        picked = g.choice(accounts, n)
        projects = g.integers(0, len(names.PROJECTS), n)
        amounts = _amounts(g, n) if with_amount else np.zeros(n, dtype=np.int64)
        labels: list[tuple[str, str]] = []
        for c, p in zip(picked.tolist(), projects.tolist(), strict=True):
            full, short = self.customers[c]
            labels.append((f"{short} {names.PROJECTS[p]}", full))
        rows: list[Detail] = [
            (deal, customer, int(a) if with_amount else None)
            for (deal, customer), a in zip(labels, amounts.tolist(), strict=True)
        ]
        return self.out.new_details(rows), labels, amounts

    def _deals(
        self,
        index: int,
        partner: PartnerPlan,
        accounts: IntArray,
        deal_share: FloatArray,
        first_at: float,
    ) -> None:
        g, out, end = self.g, self.out, partner.end
        base = partner.first_person
        n = 1 + int(g.poisson(DEAL_RATE * partner.engagement * (end - first_at)))
        at = np.concatenate(([first_at], self.times(partner, first_at, n - 1)))
        who = base + g.choice(partner.n_persons, n, p=deal_share)
        detail, labels, amounts = self._deal_details(accounts, n, with_amount=True)
        out.add(index, EventKind.DEAL_REGISTERED, at, who, detail=detail)
        if partner.depth < 4:
            return
        proposed = g.random(n) < PROPOSAL_SHARE
        proposal_at = at + 0.1 + g.exponential(0.6, n)
        outcome = g.random(n)
        decision_time = 0.2 + g.exponential(1.0, n)
        proposal_amount = _rounded(amounts * g.uniform(0.9, 1.15, n))
        won_amount = _rounded(proposal_amount * g.uniform(0.85, 1.0, n))
        proposed &= proposal_at < end
        if not proposed.any():  # the partner reached the proposal step: give it one
            proposal_at[0] = first_at + (end - first_at) * 0.3
            proposed[0] = True
        outcome_at = proposal_at + decision_time
        closed = proposed & (outcome_at < end)
        won = closed & (outcome < WON_SHARE)
        lost = closed & (outcome >= WON_SHARE) & (outcome < WON_SHARE + LOST_SHARE)
        for kind, mask, money in (
            (EventKind.PROPOSAL, proposed, proposal_amount),
            (EventKind.DEAL_WON, won, won_amount),
            (EventKind.DEAL_LOST, lost, proposal_amount),
        ):
            chosen = np.flatnonzero(mask)
            rows: list[Detail] = [(*labels[i], int(money[i])) for i in chosen.tolist()]
            when = proposal_at[chosen] if kind is EventKind.PROPOSAL else outcome_at[chosen]
            out.add(index, kind, when, who[chosen], detail=out.new_details(rows))


def plan_events(
    g: np.random.Generator,
    partners: list[PartnerPlan],
    persons: list[PersonPlan],
    customers: list[tuple[str, str]],
    content_popularity: list[float],
) -> EventPlan:
    """Every partner's events, ordered by partner and time."""
    popularity = np.array(content_popularity, dtype=np.float64)
    out = _Collector()
    simulator = _PartnerSimulator(g, out, customers, popularity / popularity.sum())
    for index, partner in enumerate(partners):
        members = persons[partner.first_person : partner.first_person + partner.n_persons]
        simulator.run(index, partner, members)
    return out.build().sorted()
