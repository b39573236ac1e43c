"""The KPI engine of domain.md: five KPIs, cohorts and phases, computed by SQL aggregates that
run unchanged on SQLite and PostgreSQL. Qt-free; the dashboard calls it off the GUI thread,
each worker with its own session (results are immutable plain data).

Start with :func:`compute_all` and :class:`KpiParams`; the drill-down and series functions
serve the charts (which partners are behind a bar, values per month, the programme median).
"""

from prm_core.kpi.activation import (
    Activation,
    MonthlyActivation,
    monthly_activation,
    partners_activated,
)
from prm_core.kpi.compare import (
    PartnerComparison,
    PartnerMetrics,
    compare_with_programme,
    metrics_by_partner,
    programme_medians,
)
from prm_core.kpi.downloads import ContentCount, ContentDownloads, partners_downloaded
from prm_core.kpi.drill import (
    ActivatedDrill,
    CohortDrill,
    ContentDrill,
    Drill,
    PhaseDrill,
    RetainedDrill,
    StepDrill,
    partner_ids_for,
)
from prm_core.kpi.engine import KpiResult, compute_all
from prm_core.kpi.journey import JourneyStep, journey, partners_at_step
from prm_core.kpi.params import KpiParams, Level
from prm_core.kpi.people import PersonActivity, PersonShare
from prm_core.kpi.phases import (
    Phase,
    PhaseCounts,
    partners_in_phase,
    phase_by_partner,
    phase_counts,
)
from prm_core.kpi.retention import (
    Cohort,
    MonthlyRetention,
    Retention,
    partners_in_cohort,
    partners_retained,
    retention_over_time,
)

__all__ = [
    "ActivatedDrill",
    "Activation",
    "Cohort",
    "CohortDrill",
    "ContentCount",
    "ContentDownloads",
    "ContentDrill",
    "Drill",
    "JourneyStep",
    "KpiParams",
    "KpiResult",
    "Level",
    "MonthlyActivation",
    "MonthlyRetention",
    "PartnerComparison",
    "PartnerMetrics",
    "PersonActivity",
    "PersonShare",
    "Phase",
    "PhaseCounts",
    "PhaseDrill",
    "RetainedDrill",
    "Retention",
    "StepDrill",
    "compare_with_programme",
    "compute_all",
    "journey",
    "metrics_by_partner",
    "monthly_activation",
    "partner_ids_for",
    "partners_activated",
    "partners_at_step",
    "partners_downloaded",
    "partners_in_cohort",
    "partners_in_phase",
    "partners_retained",
    "phase_by_partner",
    "phase_counts",
    "programme_medians",
    "retention_over_time",
]
