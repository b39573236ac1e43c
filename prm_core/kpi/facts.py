"""Per-unit facts at ``as_of`` and the one statement that sums them up.

Journey, retention and phases all ask the same kind of question per partner — "is there an
event of kind X before as_of?" — and each answer is one seek into the covering index
``events(partner_id, kind, occurred_at)``. Seeks are the whole cost of these KPIs (about 2 µs
each on SQLite), so the facts are computed once per partner in a grouped subquery (grouping
by the primary key is a no-op that keeps SQLite from inlining it and re-running the seeks),
and the costly phase-only facts are asked lazily in a CASE, only for partners that get that
far. One statement then yields journey counts, the retention count and the phases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, SQLColumnExpression, Subquery, case, func, select
from sqlalchemy.orm import Session

from prm_core.kinds import JOURNEY_STEPS, EventKind
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import (
    EVENTS,
    has_event,
    is_registered,
    registered_partners,
    segment_conditions,
)
from prm_core.orm import Partner, Person

#: Journey steps after ``registered`` whose facts are "has such an event"; deal_registered is
#: answered by the first deal's date, which the phases need anyway.
FLAG_STEPS = tuple(k for k in JOURNEY_STEPS[1:] if k is not EventKind.DEAL_REGISTERED)


@dataclass(frozen=True, slots=True)
class UnitCounts:
    """Registered units (partners, or persons at person level), how many reached each later
    journey step (keys: the step's event kind), and how many logged in within the window."""

    registered: int
    reached: dict[str, int]
    retained: int


def flag(condition: ColumnElement[bool]) -> ColumnElement[int]:
    return case((condition, 1), else_=0)


def first_deal_at(
    partner_id: SQLColumnExpression[int], end: datetime, *, latest: bool = False
) -> ColumnElement[datetime]:
    """Date-time of the partner's first (or last) ``deal_registered`` before ``end``."""
    ev = EVENTS.alias()
    agg = func.max if latest else func.min
    return (
        select(agg(ev.c.occurred_at))
        .where(
            ev.c.partner_id == partner_id,
            ev.c.kind == EventKind.DEAL_REGISTERED.value,
            ev.c.occurred_at < end,
        )
        .scalar_subquery()
    )


def partner_facts(params: KpiParams) -> Subquery:
    """One row per registered partner of the segment: ``partner_id``, a 0/1 column per flag
    step, ``first_deal`` (NULL without deals) and ``retained`` (login in the window)."""
    columns = [
        flag(has_event(Partner.id, kind=kind, end=params.end)).label(kind.value)
        for kind in FLAG_STEPS
    ]
    return (
        select(
            Partner.id.label("partner_id"),
            *columns,
            first_deal_at(Partner.id, params.end).label("first_deal"),
            flag(
                has_event(
                    Partner.id, kind=EventKind.LOGIN, start=params.window_start, end=params.end
                )
            ).label("retained"),
        )
        .where(is_registered(params), *segment_conditions(params))
        .group_by(Partner.id)
        .subquery("facts")
    )


def reached_columns(facts: Subquery) -> list[ColumnElement[int]]:
    """``SUM`` per later journey step, in journey order, over a facts subquery."""
    sums: list[ColumnElement[int]] = []
    for kind in JOURNEY_STEPS[1:]:
        if kind is EventKind.DEAL_REGISTERED:
            sums.append(func.count(facts.c.first_deal))
        else:
            sums.append(func.coalesce(func.sum(facts.c[kind.value]), 0))
    return sums


def person_counts(session: Session, params: KpiParams) -> UnitCounts:
    """Journey and retention counts at person level: the persons of registered partners, and
    those among them who themselves have an event of each step (via ``events(person_id, …)``).
    """
    person_id = Person.id

    def reached(kind: EventKind, start: datetime | None = None) -> ColumnElement[int]:
        hit = has_event(person_id, kind=kind, start=start, end=params.end, by_person=True)
        return func.coalesce(func.sum(flag(hit)), 0)

    row = session.execute(
        select(
            func.count(),
            *(reached(kind) for kind in JOURNEY_STEPS[1:]),
            reached(EventKind.LOGIN, params.window_start),
        ).where(Person.partner_id.in_(registered_partners(params)))
    ).one()
    values = [int(v) for v in row]
    steps = [k.value for k in JOURNEY_STEPS[1:]]
    return UnitCounts(values[0], dict(zip(steps, values[1:-1], strict=True)), values[-1])
