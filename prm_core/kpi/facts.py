"""Per-unit facts at ``as_of``, the raw material of journey, retention and phases.

These KPIs all ask, per partner, "is there an event of kind X before as_of?"; each answer is
one seek into the covering index ``events(partner_id, kind, occurred_at)``, and seeks are
their whole cost (about 2 µs each on SQLite). So the facts are computed once per partner in a
grouped subquery — grouping by the primary key changes nothing but keeps SQLite from inlining
the subquery and re-running its seeks — and the phase-only facts are asked lazily in a CASE
(see :mod:`prm_core.kpi.phases`), only for the partners that get that far.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, SQLColumnExpression, Subquery, case, func, select
from sqlalchemy.orm import Session

from prm_core.kinds import JOURNEY_STEPS, EventKind
from prm_core.kpi.binds import EVENTS, PARTNERS, PERSONS, AnySelect, Binds, run, statement
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import (
    Bound,
    has_event,
    is_registered,
    registered_partners,
    segment_conditions,
)

#: Later journey steps answered by "has such an event"; ``deal_registered`` is answered by the
#: first deal's date, which the phases need anyway.
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


def deal_at(
    partner_id: SQLColumnExpression[Any], end: Bound, *, latest: bool = False
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


def partner_facts(b: Binds) -> Subquery:
    """One row per registered partner of the segment: ``partner_id``, a 0/1 column per flag
    step, ``first_deal`` (NULL without deals) and ``retained`` (login in the window)."""
    pid = PARTNERS.c.id
    flags = [flag(has_event(pid, kind=k, end=b.end)).label(k.value) for k in FLAG_STEPS]
    retained = has_event(pid, kind=EventKind.LOGIN, start=b.window_start, end=b.end)
    return (
        select(
            pid.label("partner_id"),
            *flags,
            deal_at(pid, b.end).label("first_deal"),
            flag(retained).label("retained"),
        )
        .where(is_registered(b), *segment_conditions(b))
        .group_by(pid)
        .subquery("facts")
    )


def reached_columns(facts: Subquery) -> list[ColumnElement[Any]]:
    """``SUM`` per later journey step, in journey order, over a facts subquery."""
    sums: list[ColumnElement[Any]] = []
    for kind in JOURNEY_STEPS[1:]:
        if kind is EventKind.DEAL_REGISTERED:
            sums.append(func.count(facts.c.first_deal))
        else:
            sums.append(func.coalesce(func.sum(facts.c[kind.value]), 0))
    return sums


def _person_counts(b: Binds) -> AnySelect:
    def reached(kind: EventKind, start: Bound | None = None) -> ColumnElement[Any]:
        hit = has_event(PERSONS.c.id, kind=kind, start=start, end=b.end, by_person=True)
        return func.coalesce(func.sum(flag(hit)), 0)

    return select(
        func.count(),
        *(reached(kind) for kind in JOURNEY_STEPS[1:]),
        reached(EventKind.LOGIN, b.window_start),
    ).where(PERSONS.c.partner_id.in_(registered_partners(b)))


def person_counts(session: Session, params: KpiParams) -> UnitCounts:
    """Journey and retention counts at person level: the persons of registered partners, and
    those among them who themselves have an event of each step (via ``events(person_id, …)``).
    """
    row = run(session, statement(_person_counts, params), params).one()
    values = [int(v) for v in row]
    steps = [k.value for k in JOURNEY_STEPS[1:]]
    return UnitCounts(values[0], dict(zip(steps, values[1:-1], strict=True)), values[-1])
