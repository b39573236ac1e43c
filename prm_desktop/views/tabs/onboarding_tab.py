"""Onboarding: the partner's checklist, its progress, overdue steps in red, tick to complete."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QTableView, QVBoxLayout, QWidget

from prm_core.queries.workspace import checklist_of
from prm_core.services import onboarding
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled
from prm_desktop.models.workspace_tables import ChecklistTableModel
from prm_desktop.views.table_utils import button_row, setup_table, source_row
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.workspace import Workspace


class OnboardingTab(PartnerTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.model = ChecklistTableModel(self)
        self.table = QTableView(self)
        setup_table(self.table, self.model, "checklist", sortable=False, stretch=0)
        self.model.check_requested.connect(self.toggle_row)
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.create_button = QPushButton(self)
        self.create_button.clicked.connect(self.create_checklist)
        self.toggle_button = QPushButton(self)
        self.toggle_button.clicked.connect(self.toggle_selected)
        layout = QVBoxLayout(self)
        layout.addWidget(self.progress)
        layout.addWidget(self.summary)
        layout.addWidget(button_row(self, self.toggle_button, self.create_button))
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.create_button.setText(self.tr("&Create Checklist from Template"))
        self.toggle_button.setText(self.tr("Mark &Done / Not Done"))
        self.model.retranslate()
        self._update_summary()

    def wants(self, changes: Changes) -> bool:
        return changes.checklist

    def refresh(self) -> None:
        pid = self.partner_id
        self.model.today = date.today()
        if pid is None:
            self.model.set_rows([])
        else:
            self.model.load(self.workspace.db, lambda s: checklist_of(s, pid))
        self._update_summary()

    def _update_summary(self) -> None:
        done, total = self.model.progress()
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(f"{done}/{total}")
        overdue = sum(1 for r in self.model.rows() if r.overdue(self.model.today))
        self.create_button.setVisible(total == 0 and self.partner_id is not None)
        self.toggle_button.setEnabled(total > 0)
        if total == 0:
            self.summary.setText(self.tr("No onboarding checklist yet."))
        else:
            text = filled(self.tr("%1 of %2 steps done"), str(done), str(total))
            if overdue:
                text += " · " + self.tr("%n overdue", "", overdue)
            self.summary.setText(text)

    def create_checklist(self) -> None:
        pid = self.partner_id
        if pid is not None:
            self.workspace.run(lambda db: onboarding.create_checklist(db, pid), self)

    def toggle_selected(self) -> None:
        for index in self.table.selectionModel().selectedRows():
            self.toggle_row(source_row(self.table, index.row()))

    def toggle_row(self, row: int) -> bool:
        item = self.model.row_at(row)
        before = item.done_on
        after = None if before else date.today()
        text = (self.tr("Complete %1") if after else self.tr("Reopen %1")).replace("%1", item.title)
        return self.workspace.push_versioned(
            text,
            item.version,
            lambda db, v: onboarding.set_item_done(db, item.id, after, expected_version=v),
            lambda db, v: onboarding.set_item_done(db, item.id, before, expected_version=v),
            self,
        )
