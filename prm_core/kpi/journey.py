"""KPI 1, journey completion: how far the registered partners (or persons) got, step by step."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from prm_core.kinds import JOURNEY_STEPS, EventKind
from prm_core.kpi.facts import UnitCounts, person_counts
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import has_event, registered_partners
from prm_core.orm import Partner


@dataclass(frozen=True, slots=True)
class JourneyStep:
    """One bar of the funnel. ``rate`` is against the registered count, ``step_rate`` against
    the previous step (1.0 for the first step, 0.0 when the previous count is 0)."""

    step: str
    count: int
    rate: float
    step_rate: float


def ratio(numerator: int, denominator: int) -> float:
    """A rate in 0–1 that is 0.0, not an error, when there is nothing to divide by."""
    return numerator / denominator if denominator else 0.0


def journey_steps(counts: UnitCounts) -> list[JourneyStep]:
    """The five steps of domain.md from unit counts. Counts are not cumulative: a unit can
    reach a later step without an earlier one (a deal registered with no download), so they
    need not decrease and ``step_rate`` can exceed 1."""
    values = [counts.registered, *(counts.reached[k.value] for k in JOURNEY_STEPS[1:])]
    steps: list[JourneyStep] = []
    for i, (kind, count) in enumerate(zip(JOURNEY_STEPS, values, strict=True)):
        step_rate = 1.0 if i == 0 else ratio(count, values[i - 1])
        steps.append(JourneyStep(kind.value, count, ratio(count, values[0]), step_rate))
    return steps


def unit_counts(session: Session, params: KpiParams) -> UnitCounts:
    """Registered, per-step and retained counts at the level of ``params``.

    Partner level: step count = registered partners with an event of that kind on or before
    as_of. Person level: the registered units are the persons of registered partners, a step
    counts the persons who themselves have such an event (events without a person are not
    anyone's).
    """
    if params.by_person:
        return person_counts(session, params)
    from prm_core.kpi.phases import programme_counts  # phases builds on the same facts

    return programme_counts(session, params)[0]


def journey(session: Session, params: KpiParams) -> list[JourneyStep]:
    return journey_steps(unit_counts(session, params))


def partners_at_step(
    session: Session,
    params: KpiParams,
    step: EventKind | str,
    *,
    reached: bool = True,
    given: EventKind | str | None = None,
) -> list[int]:
    """Ids of the registered partners behind a funnel bar, for the drill-down partner list.

    ``reached=False`` gives those who have not reached ``step``; ``given`` narrows to partners
    that reached another step first, e.g. "downloaded but never registered a deal" is
    ``partners_at_step(s, p, "deal_registered", reached=False, given="material_download")``.
    The step ``registered`` is reached by every registered partner. Ordered by partner name.
    """

    def has(kind: EventKind | str) -> ColumnElement[bool]:
        kind = EventKind(kind)
        if kind is EventKind.REGISTERED:
            return Partner.id.is_not(None)
        return has_event(Partner.id, kind=kind, end=params.end)

    conditions: list[ColumnElement[bool]] = [Partner.id.in_(registered_partners(params))]
    conditions.append(has(step) if reached else ~has(step))
    if given is not None:
        conditions.append(has(given))
    stmt = select(Partner.id).where(*conditions).order_by(Partner.name)
    return [int(pid) for pid in session.scalars(stmt)]
