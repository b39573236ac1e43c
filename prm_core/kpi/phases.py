"""The phase of every registered partner at ``as_of``: onboarding → activation → retention,
or dormant (domain.md, "Phases"; first match wins)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import ColumnElement, Subquery, case, func, or_, select
from sqlalchemy.orm import Session

from prm_core.kinds import JOURNEY_STEPS, EventKind
from prm_core.kpi.binds import PARTNERS, AnySelect, Binds, run, statement
from prm_core.kpi.facts import UnitCounts, deal_at, partner_facts, reached_columns
from prm_core.kpi.months import quarter_index
from prm_core.kpi.params import KpiParams
from prm_core.kpi.registered import has_event


class Phase(StrEnum):
    ONBOARDING = "onboarding"
    ACTIVATION = "activation"
    RETENTION = "retention"
    DORMANT = "dormant"


@dataclass(frozen=True, slots=True)
class PhaseCounts:
    """Registered partners per phase (always partners, also at person level: a phase is a
    property of the partner company)."""

    onboarding: int = 0
    activation: int = 0
    retention: int = 0
    dormant: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            Phase.ONBOARDING.value: self.onboarding,
            Phase.ACTIVATION.value: self.activation,
            Phase.RETENTION.value: self.retention,
            Phase.DORMANT.value: self.dormant,
        }


def phase_case(facts: Subquery, b: Binds) -> ColumnElement[str]:
    """The phase of a facts row (see :func:`prm_core.kpi.facts.partner_facts`), first match:

    - dormant: no event of any kind in as_of − 89 days … as_of;
    - onboarding: no ``deal_registered`` on or before as_of;
    - activation: no ``deal_won`` yet, or all deals registered in one calendar quarter;
    - retention: otherwise (won, and deals in at least two distinct quarters).

    "At least two distinct quarters" is "the first and the last deal fall in different
    quarters", so two seeks (min and max) replace counting quarters. A login in the window
    already proves activity, and CASE evaluates a branch's seeks only when it gets there.
    """
    pid = facts.c.partner_id
    recent = or_(facts.c.retained == 1, has_event(pid, start=b.window_start, end=b.end))
    won = has_event(pid, kind=EventKind.DEAL_WON, end=b.end)
    one_quarter = quarter_index(facts.c.first_deal) == quarter_index(
        deal_at(pid, b.end, latest=True)
    )
    return case(
        (~recent, Phase.DORMANT.value),
        (facts.c.first_deal.is_(None), Phase.ONBOARDING.value),
        (or_(~won, one_quarter), Phase.ACTIVATION.value),
        else_=Phase.RETENTION.value,
    )


def _programme(b: Binds) -> AnySelect:
    facts = partner_facts(b)
    phase = phase_case(facts, b).label("phase")
    return select(
        phase,
        func.count(),
        *reached_columns(facts),
        func.coalesce(func.sum(facts.c.retained), 0),
    ).group_by(phase)


def programme_counts(session: Session, params: KpiParams) -> tuple[UnitCounts, PhaseCounts]:
    """Partner-level journey and retention counts and the phase counts, in one statement
    grouped by phase (at most four rows, added up here)."""
    steps = [k.value for k in JOURNEY_STEPS[1:]]
    registered, retained = 0, 0
    reached = dict.fromkeys(steps, 0)
    phases: dict[str, int] = {}
    for name, n, *values in run(session, statement(_programme, params), params):
        phases[str(name)] = int(n)
        registered += int(n)
        retained += int(values[-1])
        for step, value in zip(steps, values[:-1], strict=True):
            reached[step] += int(value)
    return UnitCounts(registered, reached, retained), PhaseCounts(**phases)


def phase_counts(session: Session, params: KpiParams) -> PhaseCounts:
    return programme_counts(session, params)[1]


def _by_partner(b: Binds) -> AnySelect:
    facts = partner_facts(b)
    return select(facts.c.partner_id, phase_case(facts, b))


def phase_by_partner(session: Session, params: KpiParams) -> dict[int, Phase]:
    """Phase of each registered partner (for a column in the partner list)."""
    rows = run(session, statement(_by_partner, params), params)
    return {int(pid): Phase(phase) for pid, phase in rows}


def _in_phase(b: Binds, phase: Phase) -> AnySelect:
    facts = partner_facts(b)
    return (
        select(facts.c.partner_id)
        .join(PARTNERS, PARTNERS.c.id == facts.c.partner_id)
        .where(phase_case(facts, b) == phase.value)
        .order_by(PARTNERS.c.name)
    )


def partners_in_phase(session: Session, params: KpiParams, phase: Phase | str) -> list[int]:
    """Ids of the registered partners in ``phase`` (drill-down of the phase chart)."""
    stmt = statement(_in_phase, params, Phase(phase))
    return [int(pid) for (pid,) in run(session, stmt, params)]
