"""The partner's phase, journey and last-90-day numbers against the programme median."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from prm_core.kpi.compare import PartnerMetrics
from prm_desktop.models.kpi_runner import PartnerKpis, compute_partner_kpis
from prm_desktop.models.labels import event_kind_label, phase_label
from prm_desktop.models.row_table import ColumnSpec, RowTableModel
from prm_desktop.tasks import BackgroundTask
from prm_desktop.workspace import Workspace

MetricRow = tuple[str, float, float]


def metric_label(key: str) -> str:
    labels = {
        "downloads": QCoreApplication.translate("PartnerKpiPanel", "Material downloads"),
        "leads": QCoreApplication.translate("PartnerKpiPanel", "Leads"),
        "deals_registered": QCoreApplication.translate("PartnerKpiPanel", "Deals registered"),
        "deals_won": QCoreApplication.translate("PartnerKpiPanel", "Deals won"),
        "logins": QCoreApplication.translate("PartnerKpiPanel", "Logins"),
        "trainings": QCoreApplication.translate("PartnerKpiPanel", "Trainings"),
    }
    return labels.get(key, key)


class ComparisonModel(RowTableModel[MetricRow]):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ComparisonModel", "Last 90 days"),
                    lambda r: metric_label(r[0]),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ComparisonModel", "This partner"),
                    lambda r: f"{r[1]:,.0f}",
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ComparisonModel", "Programme median"),
                    lambda r: f"{r[2]:,.1f}".rstrip("0").rstrip("."),
                    align_right=True,
                ),
            ],
            parent,
        )

    def extra_data(self, row: MetricRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 1 and row[1] < row[2]:
            return Qt.GlobalColor.darkRed
        return None


class PartnerKpiPanel(QWidget):
    """Computed off the GUI thread; a result for a partner no longer shown is dropped."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partner_id: int | None = None
        self.kpis: PartnerKpis | None = None
        self._task: BackgroundTask | None = None
        self.phase = QLabel(self)
        self.phase.setTextFormat(Qt.TextFormat.RichText)
        self.journey = QLabel(self)
        self.journey.setWordWrap(True)
        self.model = ComparisonModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        row = self.table.fontMetrics().height() + 6
        self.table.verticalHeader().setDefaultSectionSize(row)
        self.table.setFixedHeight(row * (len(fields(PartnerMetrics)) + 1) + 6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.phase)
        layout.addWidget(self.journey)
        layout.addWidget(self.table)

    def show_partner(self, partner_id: int | None) -> None:
        self.partner_id = partner_id
        self.kpis = None
        self._fill()
        db = self.workspace.db
        if partner_id is None or db is None:
            return
        task = BackgroundTask(lambda _ctx: compute_partner_kpis(db, partner_id))
        task.signals.succeeded.connect(self._arrived)
        self._task = task
        task.start()

    def _arrived(self, kpis: PartnerKpis) -> None:
        if kpis.partner_id == self.partner_id:
            self.kpis = kpis
            self._fill()

    def _fill(self) -> None:
        k = self.kpis
        if k is None:
            self.phase.setText(self.tr("Computing…") if self.partner_id is not None else "")
            self.journey.setText("")
            self.model.set_rows([])
            return
        phase = phase_label(k.phase) if k.phase else self.tr("not registered yet")
        self.phase.setText(self.tr("Phase: <b>%1</b>").replace("%1", phase))
        self.journey.setText(
            " → ".join(
                ("✔ " if reached else "✗ ") + event_kind_label(step)
                for step, reached in k.steps_reached
            )
        )
        own, median = k.comparison.partner, k.comparison.median
        self.model.set_rows(
            [
                (f.name, getattr(own, f.name), getattr(median, f.name))
                for f in fields(PartnerMetrics)
            ]
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.model.retranslate()
            self._fill()
        super().changeEvent(event)
