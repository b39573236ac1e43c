"""The partner's PRACT tab: radar of self vs manager, gaps, band and advice, weakest phases
with their typical actions, the history, and the partner's tier and points.

Hook for the vendor's follow-through (issue 11): :func:`register_trust_section` adds a widget
beside the Trust score of every PRACT tab (present and future).
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from datetime import date

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.database import Database
from prm_core.diagnosis.pract import PHASES, PractReport
from prm_core.diagnosis.tiers import PartnerTier
from prm_core.services.changes import Changes
from prm_core.services.diagnosis import DiagnosisChanges, delete_assessment, record_assessment
from prm_desktop.core_messages import listed
from prm_desktop.i18n import filled
from prm_desktop.models.diagnosis_loaders import partner_pract_report, partner_tier
from prm_desktop.models.diagnosis_models import (
    BAND_COLOURS,
    AssessmentHistoryModel,
    GapTableModel,
    LatestResult,
    LedgerModel,
    answers_inline,
    assessor_label,
    band_advice,
    band_label,
    points_text,
    tier_hint_text,
    typical_actions_text,
)
from prm_desktop.models.labels import pract_phase_label
from prm_desktop.views.diagnosis.charts import HistoryChart, RadarChart
from prm_desktop.views.diagnosis.dialogs import AssessmentDialog
from prm_desktop.views.table_utils import button_row, selected_source_rows, setup_table
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.workspace import Workspace

#: ``(workspace, parent) -> QWidget`` factories of widgets shown beside the Trust score; a
#: widget with ``show_partner(partner_id: int | None)`` is told whenever the partner changes.
TrustSectionFactory = Callable[[Workspace, QWidget], QWidget]
TRUST_SECTION_FACTORIES: list[TrustSectionFactory] = []
_live_tabs: weakref.WeakSet[PractTab] = weakref.WeakSet()


def register_trust_section(factory: TrustSectionFactory) -> None:
    """Show ``factory``'s widget beside the Trust score of every PRACT tab, existing ones
    included (e.g. the vendor's follow-through on commitments, issue 11)."""
    if factory in TRUST_SECTION_FACTORIES:
        return
    TRUST_SECTION_FACTORIES.append(factory)
    for tab in list(_live_tabs):
        if shiboken6.isValid(tab):  # the Python side may outlive a deleted tab
            tab.add_trust_section(factory(tab.workspace, tab.trust_box))


#: Below this width the radar goes above the diagnosis instead of beside it.
SIDE_BY_SIDE_MIN_WIDTH = 820


def _fixed_height(table: QTableView, rows: int) -> None:
    row = table.fontMetrics().height() + 8
    table.verticalHeader().setDefaultSectionSize(row)
    table.setFixedHeight(row * (rows + 1) + 8)


class PractTab(PartnerTab):
    """Attributes:
    report: the PRACT report shown (None without a partner).
    tier: the partner's tier (computed off the GUI thread; None until it arrives).
    radar, history_chart: the charts; gap_model, history_model: the tables.
    trust_box: where Trust-related sections go (see :func:`register_trust_section`).
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.report: PractReport | None = None
        self.tier: PartnerTier | None = None
        self.dialog: AssessmentDialog | None = None
        self._trust_sections: list[QWidget] = []
        self._tiers: LatestResult[PartnerTier | None] = LatestResult(self)
        self._tiers.computed.connect(self._tier_arrived)

        self._build_summary()
        self._build_side_boxes()
        self._build_history_and_tier()
        self._lay_out()
        _live_tabs.add(self)
        for factory in TRUST_SECTION_FACTORIES:
            self.add_trust_section(factory(workspace, self.trust_box))
        self.retranslate()

    # -- construction -----------------------------------------------------------------------
    def _build_summary(self) -> None:
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.new_assessment())  # noqa: PLW0108 - clicked(bool) must not reach assessor
        self.delete_button = QPushButton(self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.advice = QLabel(self)
        self.advice.setWordWrap(True)
        self.weakest = QLabel(self)
        self.weakest.setTextFormat(Qt.TextFormat.RichText)
        self.weakest.setWordWrap(True)
        self.radar = RadarChart(self)

    def _build_side_boxes(self) -> None:
        self.gap_box = QGroupBox(self)
        self.gap_model = GapTableModel(self)
        self.gap_table = QTableView(self.gap_box)
        setup_table(self.gap_table, self.gap_model, "pract_gaps", sortable=False, stretch=0)
        gap_header = self.gap_table.horizontalHeader()
        for column in range(1, self.gap_model.columnCount()):  # scores: as wide as the header
            gap_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        _fixed_height(self.gap_table, 5)
        self.gap_note = QLabel(self.gap_box)
        self.gap_note.setWordWrap(True)
        gap_layout = QVBoxLayout(self.gap_box)
        gap_layout.addWidget(self.gap_table)
        gap_layout.addWidget(self.gap_note)
        self.trust_box = QGroupBox(self)
        self._trust_layout = QVBoxLayout(self.trust_box)
        self.trust_score = QLabel(self.trust_box)
        self.trust_score.setTextFormat(Qt.TextFormat.RichText)
        self.trust_score.setWordWrap(True)
        self._trust_layout.addWidget(self.trust_score)

    def _build_history_and_tier(self) -> None:
        self.history_chart = HistoryChart(self)
        self.history_model = AssessmentHistoryModel(self)
        self.history_table = QTableView(self)
        setup_table(self.history_table, self.history_model, "pract_history", sortable=False)
        self.history_table.setMinimumHeight(140)
        self.tier_box = QGroupBox(self)
        self.tier_label = QLabel(self.tier_box)
        self.tier_label.setTextFormat(Qt.TextFormat.RichText)
        self.tier_label.setWordWrap(True)
        self.ledger_model = LedgerModel(self)
        self.ledger_table = QTableView(self.tier_box)
        setup_table(self.ledger_table, self.ledger_model, "tier_ledger", sortable=False, stretch=0)
        self.ledger_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        _fixed_height(self.ledger_table, 3)
        tier_layout = QVBoxLayout(self.tier_box)
        tier_layout.addWidget(self.tier_label)
        tier_layout.addWidget(self.ledger_table)

    def _lay_out(self) -> None:
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.advice)
        right.addWidget(self.weakest)
        right.addWidget(self.gap_box)
        right.addWidget(self.trust_box)
        right.addStretch(1)
        top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addWidget(self.radar, 1)
        top.addLayout(right, 1)
        self._top = top
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.addWidget(button_row(content, self.new_button, self.delete_button))
        layout.addLayout(top)
        layout.addWidget(self.history_chart)
        layout.addWidget(self.history_table)
        layout.addWidget(self.tier_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Radar beside the diagnosis when there is room, above it in a narrow detail pane
        (side by side, the gap table and the advice would be cut off)."""
        wide = event.size().width() >= SIDE_BY_SIDE_MIN_WIDTH
        self._top.setDirection(
            QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        )
        super().resizeEvent(event)

    # -- hooks -----------------------------------------------------------------------------
    def add_trust_section(self, widget: QWidget) -> None:
        """Place a widget beside the Trust score (the follow-through hook of issue 11)."""
        self._trust_sections.append(widget)
        self._trust_layout.addWidget(widget)
        show = getattr(widget, "show_partner", None)
        if callable(show):
            show(self.partner_id)

    def show_partner(self, partner_id: int | None) -> None:
        super().show_partner(partner_id)
        for widget in self._trust_sections:
            show = getattr(widget, "show_partner", None)
            if callable(show):
                show(partner_id)

    # -- PartnerTab ------------------------------------------------------------------------
    def wants(self, changes: Changes) -> bool:
        return (
            isinstance(changes, DiagnosisChanges) and (changes.assessments or changes.incentives)
        ) or changes.events

    def refresh(self) -> None:
        db = self.workspace.db
        self.report = None
        self.tier = None
        if db is not None and self.partner_id is not None:
            self.report = partner_pract_report(db, self.partner_id)
            partner_id, as_of = self.partner_id, date.today()
            self._tiers.request(
                db, lambda d: partner_tier(d, partner_id, as_of), inline=answers_inline(db)
            )
        self._fill()
        self._fill_tier()

    def _tier_arrived(self, tier: PartnerTier | None) -> None:
        if tier is None or tier.partner_id == self.partner_id:
            self.tier = tier
            self._fill_tier()

    def wait_for_tier(self, msecs: int = 20_000) -> bool:
        """Block until the tier computation ended (tests)."""
        return self._tiers.wait(msecs)

    # -- filling ---------------------------------------------------------------------------
    def _fill(self) -> None:
        report = self.report
        assessments = report.assessments if report else []
        latest = report.latest if report else {}
        self.radar.set_assessments({k: a.scores for k, a in latest.items()})
        self.history_chart.set_assessments(assessments)
        self.history_model.set_rows(assessments)
        self.gap_model.set_rows(report.gaps if report else [])
        self.gap_box.setVisible(bool(report and report.gaps))
        self.delete_button.setEnabled(bool(assessments))
        current = report.current if report else None
        if current is None:
            self.summary.setText(
                self.tr("No PRACT assessment yet. Record the manager's view, or the partner's own.")
                if self.partner_id is not None
                else ""
            )
            self.advice.setText("")
            self.weakest.setText("")
            self.trust_score.setText("")
            return
        colour = BAND_COLOURS[current.band].name()
        self.summary.setText(
            filled(
                self.tr("%1, %2: <b>%3</b>/25 — <b style='color:%4'>%5</b>"),
                assessor_label(current.assessor),
                current.assessed_on.isoformat(),
                str(current.total),
                colour,
                band_label(current.band),
            )
        )
        self.advice.setText(band_advice(current.band))
        weakest = current.weakest
        if len(weakest) == len(PHASES):  # every phase ties: none is the weakest
            self.weakest.setText(
                self.tr("All five phases score %1/5: none stands out as the weakest.").replace(
                    "%1", str(current.scores[weakest[0]])
                )
            )
        else:
            self.weakest.setText(
                "<br>".join(
                    filled(
                        self.tr("Weakest: <b>%1</b> (%2/5) — try %3"),
                        pract_phase_label(p),
                        str(current.scores[p]),
                        typical_actions_text(p),
                    )
                    for p in weakest
                )
            )
        large = report.large_gaps if report else []
        self.gap_note.setText(
            self.tr("Gaps of 2 or more are highlighted: worth a talk (%1).").replace(
                "%1", listed(pract_phase_label(g.phase) for g in large)
            )
            if large
            else self.tr("No gap of 2 or more between the partner's view and yours.")
        )
        scores = " · ".join(
            f"{assessor_label(k)} {a.scores['trust']}/5" for k, a in sorted(latest.items())
        )
        self.trust_score.setText(
            self.tr("<b>Trust</b>: %1").replace("%1", scores) if scores else ""
        )

    def _fill_tier(self) -> None:
        t = self.tier
        if t is None:
            computing = self.partner_id is not None and self._tiers.running
            self.tier_label.setText(self.tr("Computing…") if computing else "")
            self.ledger_model.set_rows([])
            return
        head = filled(
            self.tr("<b>%1</b> · %2 points over the last 365 days"),
            t.tier or self.tr("no tier yet"),
            points_text(t.points),
        )
        if t.hint is not None:
            head += "<br>" + tier_hint_text(t.hint)
        else:
            head += "<br>" + self.tr("Top tier reached.")
        self.tier_label.setText(head)
        self.ledger_model.set_rows(list(t.lines))

    # -- commands ---------------------------------------------------------------------------
    def new_assessment(self, assessor: str = "manager") -> AssessmentDialog | None:
        """Open the assessment form (non-blocking); saving records it, undoably."""
        if self.partner_id is None or self.workspace.db is None:
            return None
        dialog = AssessmentDialog(self, assessor=assessor)
        partner_id = self.partner_id
        dialog.save = lambda: self._record(partner_id, dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _record(self, partner_id: int, dialog: AssessmentDialog) -> bool:
        data = dialog.values()
        created: list[int] = []

        def do(db: Database) -> Changes:
            new_id, changes = record_assessment(db, partner_id, data)
            created[:] = [new_id]
            return changes

        return self.workspace.push(
            self.tr("New PRACT assessment"),
            do,
            lambda db: delete_assessment(db, created[0]),
            dialog,
        )

    def delete_selected(self) -> None:
        rows = selected_source_rows(self.history_table)
        if not rows:
            QMessageBox.information(
                self, self.tr("Delete Assessment"), self.tr("Select an assessment first.")
            )
            return
        assessment = self.history_model.row_at(rows[0])
        answer = QMessageBox.question(
            self,
            self.tr("Delete Assessment"),
            filled(
                self.tr("Delete the %1 assessment of %2?"),
                assessor_label(assessment.assessor),
                assessment.assessed_on.isoformat(),
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.run(lambda db: delete_assessment(db, assessment.id), self)

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New Assessment…"))
        self.delete_button.setText(self.tr("&Delete Assessment"))
        self.gap_box.setTitle(self.tr("Partner's view against yours"))
        self.trust_box.setTitle(self.tr("Trust"))
        self.tier_box.setTitle(self.tr("Tier and points"))
        self.history_chart.retranslate()
        self.radar.retranslate()
        for model in (self.gap_model, self.history_model, self.ledger_model):
            model.retranslate()
        self._fill()
        self._fill_tier()
