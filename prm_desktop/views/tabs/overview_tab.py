"""Overview: the partner's facts and notes, with a slot for its phase and headline numbers."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prm_core.queries.partners import PartnerSummary, load_partner_summary
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled
from prm_desktop.models.labels import partner_status_label, partner_type_label
from prm_desktop.views.partner_kpis import PartnerKpiPanel
from prm_desktop.views.table_utils import button_row
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.workspace import Workspace

FACTS = ("code", "type", "tier", "territory", "industry", "owner", "status", "contract", "records")


class OverviewTab(PartnerTab):
    """Attributes:
    kpi_box: the group box the KPI issue fills with phase and headline numbers.
    edit_button: opens the partner form (the main window connects it).
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.summary: PartnerSummary | None = None
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.facts_box = QGroupBox(self)
        form = QFormLayout(self.facts_box)
        self._captions: dict[str, QLabel] = {}
        self._values: dict[str, QLabel] = {}
        for key in FACTS:
            caption, value = QLabel(self), QLabel(self)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            form.addRow(caption, value)
            self._captions[key], self._values[key] = caption, value
        self.kpi_box = QGroupBox(self)
        self.kpis = PartnerKpiPanel(workspace, self.kpi_box)
        QVBoxLayout(self.kpi_box).addWidget(self.kpis)
        self.notes_box = QGroupBox(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setReadOnly(True)
        QVBoxLayout(self.notes_box).addWidget(self.notes)
        layout = QVBoxLayout(self)
        layout.addWidget(button_row(self, self.edit_button, self.delete_button))
        layout.addWidget(self.facts_box)
        layout.addWidget(self.kpi_box)
        layout.addWidget(self.notes_box, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.edit_button.setText(self.tr("&Edit Partner…"))
        self.delete_button.setText(self.tr("Delete Partner…"))
        self.facts_box.setTitle(self.tr("Overview"))
        captions = {
            "code": self.tr("Code"),
            "type": self.tr("Type"),
            "tier": self.tr("Tier"),
            "territory": self.tr("Territory"),
            "industry": self.tr("Industry"),
            "owner": self.tr("Owner"),
            "status": self.tr("Status"),
            "contract": self.tr("Contract date"),
            "records": self.tr("Records"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self.kpi_box.setTitle(self.tr("Phase and headline numbers"))
        self.notes_box.setTitle(self.tr("Notes"))
        self._fill()

    def wants(self, changes: Changes) -> bool:
        return True  # counts of persons, meetings, actions and checklist all show here

    def refresh(self) -> None:
        db, pid = self.workspace.db, self.partner_id
        self.summary = load_partner_summary(db, pid) if db and pid is not None else None
        self._fill()
        self.kpis.show_partner(pid if self.summary is not None else None)

    def _fill(self) -> None:
        s = self.summary
        self.edit_button.setEnabled(s is not None)
        self.delete_button.setEnabled(s is not None)
        if s is None:
            for value in self._values.values():
                value.setText("")
            self.notes.setPlainText("")
            return
        v = self._values
        v["code"].setText(s.code or "—")
        v["type"].setText(partner_type_label(s.type))
        v["tier"].setText(s.tier or "—")
        v["territory"].setText(s.territory or "—")
        v["industry"].setText(s.industry or "—")
        v["owner"].setText(s.owner or "—")
        v["status"].setText(partner_status_label(s.status))
        v["contract"].setText(s.contract_date.isoformat() if s.contract_date else "—")
        v["records"].setText(
            " · ".join(
                [
                    self.tr("%n person(s)", "", len(s.persons)),
                    self.tr("%n event(s)", "", s.events),
                    self.tr("%n 1on1(s)", "", s.meetings),
                    self.tr("%n open action(s)", "", s.open_actions),
                    filled(
                        self.tr("onboarding %1/%2"), str(s.checklist_done), str(s.checklist_total)
                    ),
                ]
            )
        )
        self.notes.setPlainText(s.notes)
