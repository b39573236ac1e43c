"""Tools → Signals, Points and Tiers: the thresholds of every signal, the point rules and the
tier ladder. All three are validated before anything is saved."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prm_core.diagnosis.thresholds import GENERAL, PARAMS, validate
from prm_core.diagnosis.tiers import Level, Rule
from prm_core.kinds import EventKind
from prm_core.services.diagnosis import (
    DiagnosisChanges,
    clean_levels,
    clean_rules,
    save_point_rules,
    save_thresholds,
    save_tier_levels,
)
from prm_core.services.errors import ServiceError
from prm_desktop.models.diagnosis_loaders import load_diagnosis_settings
from prm_desktop.models.diagnosis_models import signal_label
from prm_desktop.models.labels import event_kind_label
from prm_desktop.views.table_utils import button_row
from prm_desktop.workspace import Workspace


def param_label(key: str) -> str:
    labels = {
        "stalled_after_registration.days": QCoreApplication.translate(
            "DiagnosisSettings", "Days after registration without a download"
        ),
        "downloads_without_deals.days": QCoreApplication.translate(
            "DiagnosisSettings", "Days after the first download without a deal"
        ),
        "training_without_proposals.days": QCoreApplication.translate(
            "DiagnosisSettings", "Days after training without a proposal"
        ),
        "declining_activity.recent_days": QCoreApplication.translate(
            "DiagnosisSettings", "Recent window (days)"
        ),
        "declining_activity.baseline_days": QCoreApplication.translate(
            "DiagnosisSettings", "Baseline window before it (days)"
        ),
        "declining_activity.ratio": QCoreApplication.translate(
            "DiagnosisSettings", "Fires below this share of the baseline average (%)"
        ),
        "dormant.registered_days": QCoreApplication.translate(
            "DiagnosisSettings", "Registered at least (days)"
        ),
        "dormant.login_days": QCoreApplication.translate(
            "DiagnosisSettings", "No login within (days)"
        ),
        "key_person_dependence.share": QCoreApplication.translate(
            "DiagnosisSettings", "One person's share of the deals at least (%)"
        ),
        "key_person_dependence.min_persons": QCoreApplication.translate(
            "DiagnosisSettings", "Persons at the partner at least"
        ),
        "key_person_dependence.min_deals": QCoreApplication.translate(
            "DiagnosisSettings", "Deals in the window at least"
        ),
        "key_person_dependence.window_days": QCoreApplication.translate(
            "DiagnosisSettings", "Deals counted over (days)"
        ),
        "low_conversion.min_leads": QCoreApplication.translate(
            "DiagnosisSettings", "Leads of the person at least"
        ),
        "low_conversion.median_factor": QCoreApplication.translate(
            "DiagnosisSettings", "Fires below this share of the programme median (%)"
        ),
        "low_conversion.window_days": QCoreApplication.translate(
            "DiagnosisSettings", "Leads and deals counted over (days)"
        ),
        "onboarding_overdue.grace_days": QCoreApplication.translate(
            "DiagnosisSettings", "Days of grace after the due date"
        ),
        "onboarding_overdue.high_after_days": QCoreApplication.translate(
            "DiagnosisSettings", "High severity when late by (days)"
        ),
        "actions_overdue.grace_days": QCoreApplication.translate(
            "DiagnosisSettings", "Days of grace after the due date"
        ),
        "actions_overdue.high_after_days": QCoreApplication.translate(
            "DiagnosisSettings", "High severity when late by (days)"
        ),
        "deal_expiring.days": QCoreApplication.translate(
            "DiagnosisSettings", "Fires when the registration expires within (days)"
        ),
        "general.handled_days": QCoreApplication.translate(
            "DiagnosisSettings", "An intervention handles its signal for (days)"
        ),
    }
    return labels.get(key, key)


class DiagnosisSettingsDialog(QDialog):
    """Three tabs: signal thresholds, point rules, tiers. OK saves what changed.

    Attributes:
        fields: threshold key → its spin box (shares are shown in percent).
        rule_points, rule_yen: event kind → points per event, yen per extra point (0: none).
        tier_table: name and minimum points per row.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Signals, Points and Tiers"))
        stored = load_diagnosis_settings(workspace.require_db())
        self._thresholds = stored.thresholds
        self._rules = stored.rules
        self._levels = stored.levels
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._threshold_page(), self.tr("Signals"))
        self.tabs.addTab(self._rules_page(), self.tr("Points"))
        self.tabs.addTab(self._tiers_page(), self.tr("Tiers"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(620, 560)

    # -- pages ------------------------------------------------------------------------------
    def _threshold_page(self) -> QWidget:
        page = QWidget(self)
        inner = QWidget(page)
        column = QVBoxLayout(inner)
        self.fields: dict[str, QAbstractSpinBox] = {}
        forms: dict[str, QFormLayout] = {}
        for param in PARAMS:
            if param.signal not in forms:
                title = (
                    self.tr("Acting on a signal")
                    if param.signal == GENERAL
                    else signal_label(param.signal)
                )
                box = QGroupBox(title, inner)
                forms[param.signal] = QFormLayout(box)
                column.addWidget(box)
            spin: QAbstractSpinBox
            if param.integer:
                ispin = QSpinBox(inner)
                ispin.setRange(int(param.minimum), int(param.maximum))
                ispin.setValue(int(self._thresholds.values[param.key]))
                spin = ispin
            else:
                dspin = QDoubleSpinBox(inner)
                dspin.setDecimals(0)
                dspin.setRange(param.minimum * 100, param.maximum * 100)
                dspin.setSuffix(" %")
                dspin.setValue(self._thresholds.values[param.key] * 100)
                spin = dspin
            spin.setToolTip(param.description)
            forms[param.signal].addRow(param_label(param.key), spin)
            self.fields[param.key] = spin
        column.addStretch(1)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        defaults = QPushButton(self.tr("Restore &Defaults"), page)
        defaults.clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(page)
        layout.addWidget(scroll)
        layout.addWidget(button_row(page, defaults))
        return page

    def _rules_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        note = QLabel(
            self.tr(
                "Points per event over the last 365 days, plus one point per the given yen of "
                "the event's amount (0: none). Tiers are recomputed from the events; nothing "
                "recorded changes."
            ),
            page,
        )
        note.setWordWrap(True)
        form.addRow(note)
        rules = {r.kind: r for r in self._rules}
        self.rule_points: dict[str, QDoubleSpinBox] = {}
        self.rule_yen: dict[str, QSpinBox] = {}
        for kind in EventKind:
            rule = rules.get(kind.value)
            points = QDoubleSpinBox(page)
            points.setRange(0, 1_000_000)
            points.setDecimals(1)
            points.setValue(rule.points if rule else 0)
            yen = QSpinBox(page)
            yen.setRange(0, 2_000_000_000)
            yen.setSingleStep(10_000)
            yen.setGroupSeparatorShown(True)
            yen.setPrefix("¥")
            yen.setSpecialValueText(self.tr("—"))
            yen.setValue((rule.yen_per_point or 0) if rule else 0)
            form.addRow(f"<b>{event_kind_label(kind.value)}</b>", points)
            form.addRow(self.tr("  + 1 point per"), yen)
            self.rule_points[kind.value] = points
            self.rule_yen[kind.value] = yen
        return page

    def _tiers_page(self) -> QWidget:
        page = QWidget(self)
        self.tier_table = QTableWidget(0, 2, page)
        self.tier_table.setHorizontalHeaderLabels([self.tr("Tier"), self.tr("From points")])
        self.tier_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tier_table.verticalHeader().hide()
        for level in self._levels:
            self.add_tier(level.name, level.min_points)
        add = QPushButton(self.tr("&Add Tier"), page)
        add.clicked.connect(lambda: self.add_tier("", 0))
        remove = QPushButton(self.tr("&Remove Tier"), page)
        remove.clicked.connect(self._remove_tier)
        layout = QVBoxLayout(page)
        layout.addWidget(button_row(page, add, remove))
        layout.addWidget(self.tier_table)
        return page

    def add_tier(self, name: str, min_points: int) -> None:
        row = self.tier_table.rowCount()
        self.tier_table.insertRow(row)
        self.tier_table.setItem(row, 0, QTableWidgetItem(name))
        spin = QSpinBox(self.tier_table)
        spin.setRange(0, 10_000_000)
        spin.setValue(min_points)
        self.tier_table.setCellWidget(row, 1, spin)

    def _remove_tier(self) -> None:
        row = self.tier_table.currentRow()
        if row >= 0:
            self.tier_table.removeRow(row)

    def restore_defaults(self) -> None:
        for param in PARAMS:
            spin = self.fields[param.key]
            value = param.default if param.integer else param.default * 100
            if isinstance(spin, QSpinBox):
                spin.setValue(int(value))
            elif isinstance(spin, QDoubleSpinBox):
                spin.setValue(value)

    # -- values -----------------------------------------------------------------------------
    def threshold_document(self) -> dict[str, dict[str, float]]:
        document: dict[str, dict[str, float]] = {}
        for param in PARAMS:
            spin = self.fields[param.key]
            if isinstance(spin, QSpinBox):
                value: float = spin.value()
            else:
                assert isinstance(spin, QDoubleSpinBox)
                value = round(spin.value() / 100, 4)
            document.setdefault(param.signal, {})[param.name] = value
        return document

    def rules(self) -> list[Rule]:
        out = []
        for kind in EventKind:
            points = self.rule_points[kind.value].value()
            yen = self.rule_yen[kind.value].value()
            if points or yen:
                out.append(Rule(kind.value, points, yen or None))
        return out

    def levels(self) -> list[Level]:
        out = []
        for row in range(self.tier_table.rowCount()):
            item = self.tier_table.item(row, 0)
            spin = self.tier_table.cellWidget(row, 1)
            assert isinstance(spin, QSpinBox)
            out.append(Level(item.text() if item else "", spin.value()))
        return out

    def save(self) -> bool:
        """Validate all three pages, then save the ones that changed (a refusal is shown and
        nothing is written)."""
        db = self.workspace.require_db()
        changes = DiagnosisChanges()
        try:
            document = self.threshold_document()
            thresholds_changed = validate(document).to_json() != self._thresholds.to_json()
            rules, levels = clean_rules(self.rules()), clean_levels(self.levels())
            if thresholds_changed:
                changes = changes | save_thresholds(db, document)
            if sorted(rules, key=str) != sorted(self._rules, key=str):
                changes = changes | save_point_rules(db, rules, seen=self._rules)
            if levels != self._levels:
                changes = changes | save_tier_levels(db, levels, seen=self._levels)
        except ServiceError as exc:
            self.workspace.show_error(exc, self)
            return False
        finally:
            if changes.any():
                self.workspace.bus.changed.emit(changes)
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
