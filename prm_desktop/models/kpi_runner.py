"""KPI computation off the GUI thread; a newer request makes older results stale.

The dashboard asks ``KpiRunner.request(params)``; the work runs on the thread pool with its
own session and comes back as plain frozen data. Every request gets a generation number and
only the newest generation's result is delivered, so changing a filter mid-computation never
shows numbers for the old filter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QObject, QThreadPool, Signal

from prm_core.database import Database
from prm_core.kpi.activation import MonthlyActivation, monthly_activation
from prm_core.kpi.compare import PartnerComparison, compare_with_programme
from prm_core.kpi.engine import KpiResult, compute_all
from prm_core.kpi.params import KpiParams
from prm_core.kpi.retention import MonthlyRetention, retention_over_time
from prm_desktop.tasks import BackgroundTask, TaskContext

MONTHS_SHOWN = 12


@dataclass(frozen=True)
class DashboardData:
    params: KpiParams
    result: KpiResult
    monthly: list[MonthlyActivation]
    retention_series: list[MonthlyRetention]


def compute_dashboard(db: Database, params: KpiParams) -> DashboardData:
    with db.reading() as session:
        return DashboardData(
            params,
            compute_all(session, params),
            monthly_activation(session, params, MONTHS_SHOWN),
            retention_over_time(session, params, MONTHS_SHOWN),
        )


class KpiRunner(QObject):
    """Signals:
    busy(bool): a computation started (True) or the newest one ended (False).
    computed(DashboardData): the newest request's result.
    failed(str): the newest request failed; the message is for the user.
    """

    busy = Signal(int)  # 1 = started, 0 = idle (Signal(bool) trips a PySide refcount bug)
    computed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._tasks: dict[int, BackgroundTask] = {}
        self._pool = pool or QThreadPool.globalInstance()

    @property
    def generation(self) -> int:
        return self._generation

    def request(self, db: Database | None, params: KpiParams) -> int:
        self._generation += 1
        generation = self._generation
        for old in self._tasks.values():
            old.cancel()  # cooperative: a stale task's result is dropped anyway
        if db is None:
            self.busy.emit(False)
            return generation

        def work(ctx: TaskContext) -> DashboardData:
            ctx.check_cancelled()
            return compute_dashboard(db, params)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda data: self._deliver(generation, data))
        task.signals.failed.connect(lambda exc: self._fail(generation, exc))
        task.signals.finished.connect(lambda: self._tasks.pop(generation, None))
        self._tasks[generation] = task
        self.busy.emit(True)
        task.start(self._pool)
        return generation

    def _deliver(self, generation: int, data: DashboardData) -> None:
        if generation == self._generation:
            self.busy.emit(False)
            self.computed.emit(data)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.busy.emit(False)
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every running task ended (tests, shutdown)."""
        return self._pool.waitForDone(msecs)


def drill_down(db: Database, params: KpiParams, kind: str, key: str) -> list[int]:
    """Partner ids behind a clicked chart element (quick indexed queries, GUI thread is fine).

    kind: "stopped_at" (reached journey step ``key`` but not the next one), "reached",
    "phase", "content" (downloaded content id ``key``), "activated_month" ("YYYY-MM").
    """
    from prm_core.kinds import JOURNEY_STEPS
    from prm_core.kpi.activation import partners_activated
    from prm_core.kpi.downloads import partners_downloaded
    from prm_core.kpi.journey import partners_at_step
    from prm_core.kpi.params import month_end
    from prm_core.kpi.phases import partners_in_phase

    with db.reading() as session:
        if kind == "stopped_at":
            steps = [s.value for s in JOURNEY_STEPS]
            position = steps.index(key)
            if position + 1 < len(steps):
                return partners_at_step(
                    session, params, steps[position + 1], reached=False, given=key
                )
            return partners_at_step(session, params, key)
        if kind == "reached":
            return partners_at_step(session, params, key)
        if kind == "phase":
            return partners_in_phase(session, params, key)
        if kind == "content":
            return partners_downloaded(session, params, int(key))
        if kind == "activated_month":
            year, month = (int(x) for x in key.split("-"))
            start = date(year, month, 1)
            return partners_activated(
                session, params.with_(date_from=start, date_to=month_end(start))
            )
    raise ValueError(f"unknown drill-down {kind!r}")


@dataclass(frozen=True)
class PartnerKpis:
    """One partner's phase, journey and last-90-day counts beside the programme median."""

    partner_id: int
    params: KpiParams
    phase: str | None
    steps_reached: list[tuple[str, bool]]
    comparison: PartnerComparison


def compute_partner_kpis(db: Database, partner_id: int, as_of: date | None = None) -> PartnerKpis:
    from prm_core.kpi.journey import journey
    from prm_core.kpi.phases import phase_by_partner

    as_of = as_of or date.today()
    params = KpiParams.create(as_of=as_of, date_from=as_of - timedelta(days=89), date_to=as_of)
    one = params.with_(partner_id=partner_id)
    with db.reading() as session:
        phase = phase_by_partner(session, one).get(partner_id)
        steps = [(s.step, s.count > 0) for s in journey(session, one)]
        comparison = compare_with_programme(session, params, partner_id)
    return PartnerKpis(partner_id, params, phase.value if phase else None, steps, comparison)
