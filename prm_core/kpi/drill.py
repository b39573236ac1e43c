"""Which partners are behind a chart element: one typed description per kind of element, and
one function that answers any of them (the dashboard keeps a ``Drill`` on each bar or point
and calls :func:`partner_ids_for` when it is clicked)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from prm_core.kinds import EventKind
from prm_core.kpi.activation import partners_activated
from prm_core.kpi.downloads import partners_downloaded
from prm_core.kpi.journey import partners_at_step
from prm_core.kpi.params import KpiParams
from prm_core.kpi.phases import Phase, partners_in_phase
from prm_core.kpi.retention import partners_in_cohort, partners_retained


@dataclass(frozen=True, slots=True)
class StepDrill:
    """A funnel bar: partners that reached ``step`` (or not), optionally among those that
    reached ``given`` — ``StepDrill("deal_registered", False, "material_download")`` is
    "downloaded but never registered a deal"."""

    step: EventKind | str
    reached: bool = True
    given: EventKind | str | None = None


@dataclass(frozen=True, slots=True)
class ContentDrill:
    """A content bar: partners that downloaded it in the period (``None``: any content)."""

    content_id: int | None = None


@dataclass(frozen=True, slots=True)
class ActivatedDrill:
    """Partners that registered a deal in the period."""


@dataclass(frozen=True, slots=True)
class RetainedDrill:
    """Partners with (or without) a login in the 90-day window."""

    retained: bool = True


@dataclass(frozen=True, slots=True)
class CohortDrill:
    """A cohort row (``k`` None) or a heatmap cell of the cohort grid."""

    month: str
    k: int | None = None
    active: bool = True


@dataclass(frozen=True, slots=True)
class PhaseDrill:
    phase: Phase | str


Drill = StepDrill | ContentDrill | ActivatedDrill | RetainedDrill | CohortDrill | PhaseDrill


def partner_ids_for(session: Session, params: KpiParams, drill: Drill) -> list[int]:
    """Ids of the registered partners (of the segment in ``params``) behind ``drill``,
    ordered by partner name, to filter the partner list."""
    match drill:
        case StepDrill(step, reached, given):
            return partners_at_step(session, params, step, reached=reached, given=given)
        case ContentDrill(content_id):
            return partners_downloaded(session, params, content_id)
        case ActivatedDrill():
            return partners_activated(session, params)
        case RetainedDrill(retained):
            return partners_retained(session, params, retained=retained)
        case CohortDrill(month, k, active):
            return partners_in_cohort(session, params, month, k, active=active)
        case PhaseDrill(phase):
            return partners_in_phase(session, params, phase)
