"""The KPI dashboard: controls, headline numbers and the charts, computed off the GUI thread.

Clicking a bar or a point asks the main window (``partners_requested``) to show the partner
list filtered to the partners behind it.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.kinds import JOURNEY_STEPS, PartnerType
from prm_core.kpi.params import KpiParams, add_months, month_end, month_start
from prm_core.kpi.people import PersonActivity
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled
from prm_desktop.models.kpi_runner import DashboardData, KpiRunner, drill_down
from prm_desktop.models.labels import (
    event_kind_label,
    month_label,
    month_tick_labels,
    partner_type_label,
    phase_label,
)
from prm_desktop.models.partner_table import PartnerTableModel
from prm_desktop.models.row_table import ColumnSpec, RowTableModel
from prm_desktop.views.dashboard.charts import (
    ACCENT,
    PHASE_COLOURS,
    WARN,
    BarChart,
    HeatmapChart,
    LineChart,
    ScatterChart,
    percent,
)
from prm_desktop.views.table_utils import setup_table
from prm_desktop.workspace import Workspace

PERIODS = ("this_month", "last_month", "this_quarter", "last_90_days", "year_to_date")


def period_bounds(key: str, as_of: date) -> tuple[date, date]:
    if key == "last_month":
        start = add_months(as_of, -1)
        return start, month_end(start)
    if key == "this_quarter":
        start = date(as_of.year, 3 * ((as_of.month - 1) // 3) + 1, 1)
        return start, month_end(add_months(start, 2))
    if key == "last_90_days":
        return as_of - timedelta(days=89), as_of
    if key == "year_to_date":
        return date(as_of.year, 1, 1), as_of
    return month_start(as_of), month_end(as_of)


class PeopleTableModel(RowTableModel[PersonActivity]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Partner"),
                    lambda r: r.partner,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Person"),
                    lambda r: r.person,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Leads"),
                    lambda r: str(r.leads),
                    sort=lambda r: r.leads,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Deals"),
                    lambda r: str(r.deals),
                    sort=lambda r: r.deals,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PeopleTableModel", "Conversion"),
                    lambda r: "—" if r.conversion is None else f"{r.conversion:.1%}",
                    sort=lambda r: -1.0 if r.conversion is None else r.conversion,
                    align_right=True,
                ),
            ],
            parent,
        )


class DashboardView(QWidget):
    """Signals:
    partners_requested(list, str): show these partner ids, with this description.
    """

    partners_requested = Signal(list, str)

    def __init__(
        self, workspace: Workspace, partners: PartnerTableModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partners = partners
        self.runner = KpiRunner(self)
        self.data: DashboardData | None = None
        self._dirty = True
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self.recompute)
        self._build_controls()
        self._build_charts()
        self.runner.computed.connect(self._show)
        self.runner.busy.connect(
            lambda busy: self.status.setText(self.tr("Computing…") if busy else self.status.text())
        )
        self.runner.failed.connect(self.status.setText)
        workspace.bus.changed.connect(self._on_changes)
        self.retranslate()

    # -- construction ----------------------------------------------------------------------
    def _build_controls(self) -> None:
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.period = QComboBox(self)
        self.type_filter = QComboBox(self)
        self.tier_filter = QComboBox(self)
        self.territory_filter = QComboBox(self)
        self.owner_filter = QComboBox(self)
        self.status = QLabel(self)
        # Wraps instead of holding the window wider than a 1024 px screen (Japanese filters).
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._captions = [QLabel(self) for _ in range(6)]
        row = QHBoxLayout()
        for caption, widget in zip(
            self._captions,
            [
                self.as_of,
                self.period,
                self.type_filter,
                self.tier_filter,
                self.territory_filter,
                self.owner_filter,
            ],
            strict=True,
        ):
            caption.setBuddy(widget)
            row.addWidget(caption)
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.status)
        self._controls = row
        for combo in (
            self.period,
            self.type_filter,
            self.tier_filter,
            self.territory_filter,
            self.owner_filter,
        ):
            combo.currentIndexChanged.connect(lambda _i: self._debounce.start())
        self.as_of.dateChanged.connect(lambda _d: self._debounce.start())

    def _build_charts(self) -> None:
        self.headline = QLabel(self)
        self.headline.setTextFormat(Qt.TextFormat.RichText)
        self.headline.setFrameShape(QFrame.Shape.StyledPanel)
        self.funnel = BarChart(parent=self)
        self.phases = BarChart(parent=self)
        self.monthly = BarChart(parent=self)
        self.contents = BarChart(horizontal=True, parent=self)
        self.contents.setMinimumHeight(320)
        self.scatter = ScatterChart(self)
        self.people_model = PeopleTableModel(self)
        self.people_table = QTableView(self)
        proxy = setup_table(self.people_table, self.people_model, "dashboard_people")
        assert proxy is not None
        self.people_proxy = proxy
        self.people_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
        self.people_table.setMinimumHeight(220)
        self.retention = LineChart(self)
        self.cohorts = HeatmapChart(self)
        self.cohorts.setMinimumHeight(320)

        grid = QGridLayout()
        grid.addWidget(self.headline, 0, 0, 1, 2)
        grid.addWidget(self.funnel, 1, 0)
        grid.addWidget(self.phases, 1, 1)
        grid.addWidget(self.monthly, 2, 0)
        grid.addWidget(self.contents, 2, 1)
        grid.addWidget(self.scatter, 3, 0)
        grid.addWidget(self.people_table, 3, 1)
        grid.addWidget(self.retention, 4, 0)
        grid.addWidget(self.cohorts, 4, 1)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addLayout(self._controls)
        layout.addWidget(scroll, 1)

        self.funnel.bar_clicked.connect(self._funnel_clicked)
        self.phases.bar_clicked.connect(self._phase_clicked)
        self.contents.bar_clicked.connect(self._content_clicked)
        self.monthly.bar_clicked.connect(self._month_clicked)
        self.scatter.point_clicked.connect(self._person_clicked)

    def retranslate(self) -> None:
        texts = [
            self.tr("As of"),
            self.tr("Period"),
            self.tr("Type"),
            self.tr("Tier"),
            self.tr("Territory"),
            self.tr("Owner"),
        ]
        for caption, text in zip(self._captions, texts, strict=True):
            caption.setText(text)
        current = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        names = [
            self.tr("This month"),
            self.tr("Last month"),
            self.tr("This quarter"),
            self.tr("Last 90 days"),
            self.tr("Year to date"),
        ]
        for key, name in zip(PERIODS, names, strict=True):
            self.period.addItem(name, key)
        self.period.setCurrentIndex(max(self.period.findData(current), 0))
        self.period.blockSignals(False)
        self._fill_segment_filters()
        self.people_model.retranslate()
        if self.data is not None:
            self._show(self.data)

    def _fill_segment_filters(self) -> None:
        rows = [self.partners.partner_row(r) for r in range(self.partners.rowCount())]
        values = {
            self.type_filter: [(partner_type_label(t.value), t.value) for t in PartnerType],
            self.tier_filter: [(v, v) for v in sorted({r.tier for r in rows if r.tier})],
            self.territory_filter: [
                (v, v) for v in sorted({r.territory for r in rows if r.territory})
            ],
            self.owner_filter: [(v, v) for v in sorted({r.owner for r in rows if r.owner})],
        }
        for combo, options in values.items():
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("All"), None)
            for label, value in options:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    # -- computing -------------------------------------------------------------------------
    def params(self) -> KpiParams:
        as_of = self.as_of.date().toPython()
        assert isinstance(as_of, date)
        start, end = period_bounds(str(self.period.currentData() or "this_month"), as_of)
        return KpiParams.create(
            as_of=as_of,
            date_from=start,
            date_to=end,
            type=self.type_filter.currentData(),
            tier=self.tier_filter.currentData(),
            territory=self.territory_filter.currentData(),
            owner=self.owner_filter.currentData(),
        )

    def recompute(self) -> int:
        self._dirty = False
        return self.runner.request(self.workspace.db, self.params())

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self._fill_segment_filters()
            self.recompute()
        super().showEvent(event)

    def _on_changes(self, changes: Changes) -> None:
        if changes.events or changes.partners or changes.persons:
            self._dirty = True
            if self.isVisible():
                self._debounce.start()

    # -- showing ---------------------------------------------------------------------------
    def _show(self, data: DashboardData) -> None:
        self.data = data
        r = data.result
        self.status.setText(
            filled(
                self.tr("As of %1 · %2 – %3"),
                r.as_of.isoformat(),
                r.date_from.isoformat(),
                r.date_to.isoformat(),
            )
        )
        act, ret, dl = r.activation, r.retention, r.content_downloads
        cells = [
            (self.tr("Registered partners"), f"{r.registered:,}"),
            (self.tr("Activation rate"), percent(act.activation_rate)),
            (self.tr("Deals per activated partner"), f"{act.deals_per_activated_partner:.1f}"),
            (self.tr("Retention (90 days)"), percent(ret.rate)),
            (self.tr("Downloads per partner"), f"{dl.per_partner:.1f}"),
        ]
        self.headline.setText(
            "<table width='100%'><tr>"
            + "".join(
                f"<td align='center'><div style='font-size:18pt;font-weight:600'>{v}</div>"
                f"<div>{k}</div></td>"
                for k, v in cells
            )
            + "</tr></table>"
        )
        steps = r.journey
        self.funnel.set_title(self.tr("Partner journey (click a bar: partners who stopped there)"))
        self.funnel.set_bars(
            [event_kind_label(s.step) for s in steps],
            [s.count for s in steps],
            annotations=[f"{s.count:,} ({s.rate:.0%})" for s in steps],
            tooltips=[
                filled(
                    self.tr("%1: %2 partners, %3 of registered, %4 of the previous step"),
                    event_kind_label(s.step),
                    f"{s.count:,}",
                    f"{s.rate:.1%}",
                    f"{s.step_rate:.1%}",
                )
                for s in steps
            ],
        )
        phases = r.phases.as_dict()
        self.phases.set_title(self.tr("Phases"))
        self.phases.set_bars(
            [phase_label(k) for k in phases],
            list(phases.values()),
            annotations=[f"{v:,}" for v in phases.values()],
            colours=[PHASE_COLOURS[k] for k in phases],
        )
        self.monthly.set_title(self.tr("Deal registrations per month (label: activated partners)"))
        self.monthly.set_bars(
            month_tick_labels([m.month for m in data.monthly]),
            [m.deals_registered for m in data.monthly],
            annotations=[str(m.activated_partners) for m in data.monthly],
            tooltips=[
                filled(
                    self.tr("%1: %2 deal registrations by %3 partners"),
                    month_label(m.month),
                    str(m.deals_registered),
                    str(m.activated_partners),
                )
                for m in data.monthly
            ],
        )
        by_content = dl.by_content
        self.contents.set_title(self.tr("Downloads by material (red: unused)"))
        self.contents.set_bars(
            [c.content for c in by_content],
            [c.downloads for c in by_content],
            annotations=[
                f"{c.downloads:,}" if c.downloads else self.tr("unused") for c in by_content
            ],
            colours=[WARN if c.downloads == 0 else ACCENT for c in by_content],
        )
        people = r.people
        self.scatter.set_title(self.tr("Leads vs deals per person"))
        self.scatter.set_axis_titles(self.tr("Leads"), self.tr("Deals"))
        self.scatter.set_points(
            [p.leads for p in people],
            [p.deals for p in people],
            [
                filled(
                    self.tr("%1 (%2): %3 leads, %4 deals, conversion %5"),
                    p.person,
                    p.partner,
                    f"{p.leads:,}",
                    f"{p.deals:,}",
                    percent(p.conversion),
                )
                for p in people
            ],
        )
        self.people_model.set_rows(people)
        series = data.retention_series
        self.retention.set_title(self.tr("Retention rate over time"))
        self.retention.set_series(
            [m.month for m in series],
            [m.rate for m in series],
            percent=True,
            tick_labels=month_tick_labels,
            tips=[f"{m.month}: {m.active}/{m.registered} = {m.rate:.1%}" for m in series],
        )
        cohorts = ret.cohorts[-12:]
        self.cohorts.set_title(self.tr("Cohorts: share with a login k months after joining"))
        self.cohorts.set_grid(
            [f"{c.month} ({c.size})" for c in cohorts], [c.active_by_month for c in cohorts], 13
        )

    # -- click-through ---------------------------------------------------------------------
    def _drill(self, kind: str, key: str, description: str) -> None:
        if self.data is None or self.workspace.db is None:
            return
        ids = drill_down(self.workspace.db, self.data.params, kind, key)
        self.partners_requested.emit(ids, description)

    def _funnel_clicked(self, index: int) -> None:
        steps = [s.value for s in JOURNEY_STEPS]
        step = steps[index]
        if index + 1 < len(steps):
            text = filled(
                self.tr("%1 but not %2"), event_kind_label(step), event_kind_label(steps[index + 1])
            )
        else:
            text = event_kind_label(step)
        self._drill("stopped_at", step, text)

    def _phase_clicked(self, index: int) -> None:
        key = list(PHASE_COLOURS)[index]
        self._drill("phase", key, self.tr("Phase: %1").replace("%1", phase_label(key)))

    def _content_clicked(self, index: int) -> None:
        if self.data is not None:
            c = self.data.result.content_downloads.by_content[index]
            self._drill(
                "content", str(c.content_id), self.tr("Downloaded %1").replace("%1", c.content)
            )

    def _month_clicked(self, index: int) -> None:
        if self.data is not None:
            month = self.data.monthly[index].month
            self._drill(
                "activated_month", month, self.tr("Registered a deal in %1").replace("%1", month)
            )

    def _person_clicked(self, index: int) -> None:
        if self.data is not None:
            p = self.data.result.people[index]
            self.partners_requested.emit([p.partner_id], f"{p.partner} · {p.person}")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
