"""KPI 1, journey completion: how far the registered partners (or persons) got, step by step."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from prm_core.kinds import JOURNEY_STEPS, EventKind
from prm_core.kpi.binds import PARTNERS, AnySelect, Binds, run, statement
from prm_core.kpi.facts import UnitCounts, person_counts
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import has_event, registered_partners


@dataclass(frozen=True, slots=True)
class JourneyStep:
    """One bar of the funnel. ``rate`` is against the registered count, ``step_rate`` against
    the previous step (1.0 for the first step, 0.0 when the previous count is 0)."""

    step: str
    count: int
    rate: float
    step_rate: float


def ratio(numerator: float, denominator: float) -> float:
    """A rate that is 0.0, not an error, when there is nothing to divide by."""
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

    Partner level: a step counts the registered partners with an event of that kind on or
    before as_of. Person level: the registered units are the persons of registered partners,
    and a step counts the persons who themselves have such an event (an event without a
    person is nobody's).
    """
    if params.by_person:
        return person_counts(session, params)
    from prm_core.kpi.phases import programme_counts  # one statement with the phases

    return programme_counts(session, params)[0]


def journey(session: Session, params: KpiParams) -> list[JourneyStep]:
    return journey_steps(unit_counts(session, params))


def _at_step(b: Binds, step: EventKind, reached: bool, given: EventKind | None) -> AnySelect:
    def has(kind: EventKind) -> ColumnElement[bool]:
        if kind is EventKind.REGISTERED:
            return PARTNERS.c.id.is_not(None)
        return has_event(PARTNERS.c.id, kind=kind, end=b.end)

    conditions = [PARTNERS.c.id.in_(registered_partners(b)), has(step) if reached else ~has(step)]
    if given is not None:
        conditions.append(has(given))
    return select(PARTNERS.c.id).where(*conditions).order_by(PARTNERS.c.name)


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
    that reached another step, e.g. "downloaded but never registered a deal" is
    ``partners_at_step(s, p, "deal_registered", reached=False, given="material_download")``.
    The step ``registered`` is reached by every registered partner. Ordered by partner name.
    """
    given_kind = EventKind(given) if given is not None else None
    stmt = statement(_at_step, params, EventKind(step), reached, given_kind)
    return [int(pid) for (pid,) in run(session, stmt, params)]
