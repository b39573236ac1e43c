"""Commitments on both sides (双方のコミットメント): who keeps the promises made in 1on1s and QBRs.

Every action item has a ``side``: ``vendor`` (we promised it) or ``partner`` (they did). For a
period (default the 90 days ending at ``as_of``), per side (domain.md):

- ``due``: items whose due date falls in the period;
- ``done_on_time``: of those, done on or before the due date;
- ``done_late``: of those, done after the due date;
- ``overdue``: of those, not done and due before ``as_of``;
- ``open``: items not done and not yet due (due on or after ``as_of``, or with no due date);
- ``follow_through``: done_on_time / due, null when nothing was due.

"Done" is judged as of ``as_of``: an item completed after that date was not done yet. So an
item due on ``as_of`` and not done counts in ``due`` and ``open``, not in ``overdue``.
Terminated partners leave the programme figures (as they leave the KPIs) but a partner asked
for by name is always reported.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, Final

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from prm_core.kinds import ActionSide, ActionStatus, PartnerStatus
from prm_core.orm import ActionItem, Partner

#: The default period: the 90 days ending at ``as_of``.
PERIOD_DAYS: Final = 90
SIDES: Final = (ActionSide.VENDOR.value, ActionSide.PARTNER.value)


@dataclass
class SideCounts:
    """One side's follow-through over a period."""

    due: int = 0
    done_on_time: int = 0
    done_late: int = 0
    overdue: int = 0
    open: int = 0

    @property
    def follow_through(self) -> float | None:
        return self.done_on_time / self.due if self.due else None

    def add(self, other: SideCounts) -> None:
        self.due += other.due
        self.done_on_time += other.done_on_time
        self.done_late += other.done_late
        self.overdue += other.overdue
        self.open += other.open

    def to_json(self) -> dict[str, Any]:
        return {
            "due": self.due,
            "done_on_time": self.done_on_time,
            "done_late": self.done_late,
            "overdue": self.overdue,
            "open": self.open,
            "follow_through": self.follow_through,
        }


@dataclass
class PartnerCommitments:
    partner_id: int
    partner: str
    vendor: SideCounts = field(default_factory=SideCounts)
    partner_side: SideCounts = field(default_factory=SideCounts)

    def side(self, key: str) -> SideCounts:
        return self.vendor if key == ActionSide.VENDOR.value else self.partner_side

    def to_json(self) -> dict[str, Any]:
        """``partner`` is the name, as everywhere in the CLI; the partner's own side is
        ``partner_side`` (the issue's example uses ``partner`` twice, which JSON cannot hold).
        """
        return {
            "partner": self.partner,
            "vendor": self.vendor.to_json(),
            "partner_side": self.partner_side.to_json(),
        }


@dataclass
class Commitments:
    """Programme totals per side, and the same per partner (by name)."""

    period_start: date
    period_end: date
    vendor: SideCounts = field(default_factory=SideCounts)
    partner: SideCounts = field(default_factory=SideCounts)
    by_partner: list[PartnerCommitments] = field(default_factory=list)

    def side(self, key: str) -> SideCounts:
        return self.vendor if key == ActionSide.VENDOR.value else self.partner

    def to_json(self) -> dict[str, Any]:
        """The CLI's shape (issue 11)."""
        return {
            "vendor": self.vendor.to_json(),
            "partner": self.partner.to_json(),
            "by_partner": [p.to_json() for p in self.by_partner],
        }


def done_by(status: str, done_on: date | None, as_of: date) -> date | None:
    """The day an item was done, when it was done by ``as_of`` (else None).

    An item marked done without a date counts as done on time.
    """
    if status != ActionStatus.DONE.value:
        return None
    if done_on is None:
        return date.min
    return done_on if done_on <= as_of else None


def classify(
    counts: SideCounts,
    due_on: date | None,
    done: date | None,
    start: date,
    as_of: date,
) -> None:
    """Add one item (``done`` from ``_done_by``) to ``counts``."""
    if done is None and (due_on is None or due_on >= as_of):
        counts.open += 1
    if due_on is None or not start <= due_on <= as_of:
        return
    counts.due += 1
    if done is not None:
        if done <= due_on:
            counts.done_on_time += 1
        else:
            counts.done_late += 1
    elif due_on < as_of:
        counts.overdue += 1


def commitments(
    session: Session,
    as_of: date,
    *,
    partner_id: int | None = None,
    days: int = PERIOD_DAYS,
    period_start: date | None = None,
) -> Commitments:
    """Due, done on time, done late, overdue, open and follow-through per side.

    The period is ``[as_of - days + 1, as_of]`` unless ``period_start`` is given. With
    ``partner_id`` only that partner counts (terminated or not).
    """
    start = period_start or as_of - timedelta(days=days - 1)
    stmt = select(
        ActionItem.partner_id,
        Partner.name,
        ActionItem.side,
        ActionItem.due_on,
        ActionItem.status,
        ActionItem.done_on,
    ).join(Partner, Partner.id == ActionItem.partner_id)
    if partner_id is not None:
        stmt = stmt.where(ActionItem.partner_id == partner_id)
    else:
        stmt = stmt.where(Partner.status != PartnerStatus.TERMINATED.value)
    # Items due before the period never count (not due in it, not open either).
    stmt = stmt.where(or_(ActionItem.due_on.is_(None), ActionItem.due_on >= start))
    result = Commitments(start, as_of)
    per_partner: dict[int, PartnerCommitments] = {}
    for pid, name, side, due_on, status, done_on in session.execute(stmt):
        if side not in SIDES:
            continue
        done = done_by(status, done_on, as_of)
        one = per_partner.get(pid)
        if one is None:
            one = per_partner[pid] = PartnerCommitments(pid, name)
        classify(one.side(side), due_on, done, start, as_of)
    for one in per_partner.values():
        result.vendor.add(one.vendor)
        result.partner.add(one.partner_side)
    result.by_partner = sorted(
        (p for p in per_partner.values() if _counts_anything(p)), key=lambda p: p.partner
    )
    return result


def _counts_anything(p: PartnerCommitments) -> bool:
    return any(c.due or c.open for c in (p.vendor, p.partner_side))


# --- QBR: what is still owed ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class OpenCommitment:
    """An item promised before the current quarter and still not done at ``as_of``."""

    id: int
    partner_id: int
    partner: str
    side: str
    title: str
    owner: str | None
    due_on: date | None
    overdue: bool
    version: int


def quarter_start(day: date) -> date:
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def open_commitments_carried_over(
    session: Session,
    partner_id: int,
    as_of: date,
    *,
    since: date | None = None,
) -> list[OpenCommitment]:
    """Both sides' open items carried over into the quarter of ``as_of`` (the QBR list).

    An item is carried over when it was promised before ``since`` (default: the first day of
    ``as_of``'s quarter) and is still not done at ``as_of``. Vendor items first (what we owe
    the partner: the partner variant of the QBR shows them too), then by due date.
    """
    boundary = since or quarter_start(as_of)
    stmt = (
        select(
            ActionItem.id,
            ActionItem.partner_id,
            Partner.name,
            ActionItem.side,
            ActionItem.title,
            ActionItem.owner,
            ActionItem.due_on,
            ActionItem.status,
            ActionItem.done_on,
            ActionItem.version,
        )
        .join(Partner, Partner.id == ActionItem.partner_id)
        .where(
            ActionItem.partner_id == partner_id,
            ActionItem.created_at < datetime.combine(boundary, time.min),
        )
    )
    out: list[OpenCommitment] = []
    for item_id, pid, name, side, title, owner, due_on, status, done_on, version in session.execute(
        stmt
    ):
        if done_by(status, done_on, as_of) is not None:
            continue
        overdue = due_on is not None and due_on < as_of
        out.append(OpenCommitment(item_id, pid, name, side, title, owner, due_on, overdue, version))
    order = {s: i for i, s in enumerate(SIDES)}
    out.sort(key=lambda c: (order.get(c.side, 9), c.due_on or date.max, c.title))
    return out


def by_side(items: list[OpenCommitment]) -> dict[str, list[OpenCommitment]]:
    grouped: dict[str, list[OpenCommitment]] = defaultdict(list)
    for item in items:
        grouped[item.side].append(item)
    return {side: grouped.get(side, []) for side in SIDES}
