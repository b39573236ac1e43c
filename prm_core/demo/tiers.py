"""A rough tier per demo partner, from its own events and the database's point rules.

The stored ``tier`` column is only a starting value (the app computes tiers from events);
deriving it from the same rules keeps the demo's list and its tier view roughly in agreement.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from prm_core.demo.activity import CODE, EventPlan
from prm_core.kinds import EventKind

#: Used when the database has no point rules or tier ladder (domain.md defaults).
DEFAULT_RULES: tuple[tuple[str, float, int | None], ...] = (
    ("training_completed", 10.0, None),
    ("deal_registered", 5.0, None),
    ("deal_won", 20.0, 100_000),
)
DEFAULT_LADDER: tuple[tuple[str, int], ...] = (
    ("Bronze", 0),
    ("Silver", 100),
    ("Gold", 300),
    ("Platinum", 600),
)
WINDOW_DAYS = 365
KNOWN_KINDS = frozenset(kind.value for kind in EventKind)


def partner_points(
    plan: EventPlan,
    day_index: npt.NDArray[np.int64],
    last_day: int,
    partners: int,
    rules: Sequence[tuple[str, float, int | None]],
) -> npt.NDArray[np.float64]:
    """Points per partner from events in the 365 days ending at day ``last_day``."""
    amount_of = np.array([d[2] or 0 for d in plan.details] + [0], dtype=np.int64)
    amounts = amount_of[plan.detail]  # -1 picks the trailing 0
    recent = day_index > last_day - WINDOW_DAYS
    points = np.zeros(partners)
    for kind, per_event, yen_per_point in rules:
        if kind not in KNOWN_KINDS:  # a rule for a kind this version does not know
            continue
        mask = recent & (plan.kind == CODE[EventKind(kind)])
        weight = np.full(int(mask.sum()), per_event)
        if yen_per_point:
            weight = weight + amounts[mask] // yen_per_point
        points += np.bincount(plan.partner[mask], weights=weight, minlength=partners)
    return points


def tier_names(points: npt.NDArray[np.float64], ladder: Sequence[tuple[str, int]]) -> list[str]:
    rungs = sorted(ladder, key=lambda rung: rung[1])
    thresholds = np.array([m for _, m in rungs], dtype=np.float64)
    index = np.searchsorted(thresholds, points, side="right") - 1
    return [rungs[max(int(i), 0)][0] for i in index]
