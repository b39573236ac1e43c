"""New goal form: metric, target, period and optionally one key person."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QLineEdit, QWidget

from prm_core.kinds import GoalMetric
from prm_core.queries.workspace import PersonRow
from prm_core.services.goals import GoalData
from prm_desktop.models.labels import goal_metric_label
from prm_desktop.views.form_dialog import FormDialog, date_edit, to_date


class GoalDialog(FormDialog):
    def __init__(
        self, persons: list[PersonRow], data: GoalData | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit Goal") if data else self.tr("New Goal"), parent)
        today = date.today()
        data = data or GoalData("deal_registered", 3, today, today + timedelta(days=90))
        self.metric_combo = QComboBox(self)
        for metric in GoalMetric:
            self.metric_combo.addItem(goal_metric_label(metric.value), metric.value)
        self.metric_combo.setCurrentIndex(max(self.metric_combo.findData(data.metric), 0))
        self.target = QDoubleSpinBox(self)
        self.target.setDecimals(0)
        self.target.setRange(0, 1e12)
        self.target.setGroupSeparatorShown(True)
        self.target.setValue(data.target)
        self.start = date_edit(self, data.period_start)
        self.end = date_edit(self, data.period_end)
        self.person = QComboBox(self)
        self.person.addItem(self.tr("The whole partner"), None)
        for p in persons:
            if not p.anonymised:
                self.person.addItem(p.name, p.id)
        self.person.setCurrentIndex(max(self.person.findData(data.person_id), 0))
        self.note = QLineEdit(data.note, self)
        f = self.form
        f.addRow(self.tr("&Metric"), self.metric_combo)
        f.addRow(self.tr("&Target"), self.target)
        f.addRow(self.tr("Period &start"), self.start)
        f.addRow(self.tr("Period &end"), self.end)
        f.addRow(self.tr("&Person"), self.person)
        f.addRow(self.tr("N&ote"), self.note)

    def values(self) -> GoalData:
        today = date.today()
        return GoalData(
            metric=str(self.metric_combo.currentData()),
            target=self.target.value(),
            period_start=to_date(self.start) or today,
            period_end=to_date(self.end) or today,
            person_id=self.person.currentData(),
            note=self.note.text(),
        )
