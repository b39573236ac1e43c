"""The partner detail's own deal registrations, with the same decisions as the Deals page."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from prm_core.database import Database
from prm_core.deals.registrations import RegistrationRow, registrations_of
from prm_core.services.changes import Changes
from prm_core.services.diagnosis import DiagnosisChanges
from prm_desktop.models.deal_loaders import (
    expiring_days,
    linked_events,
    partner_choices,
    person_choices,
)
from prm_desktop.models.deal_models import PartnerRegistrationsModel
from prm_desktop.models.labels import event_kind_label
from prm_desktop.views.deals.decision_dialog import DecisionDialog, decide_with_dialog
from prm_desktop.views.deals.registration_dialog import RegistrationDialog, new_registration
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.table_utils import button_row, selected_source_rows, setup_table
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.workspace import Workspace


class PartnerDealsTab(PartnerTab):
    """Registrations newest first; the selected one's linked activity below the table."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.as_of: date | None = None
        self.model = PartnerRegistrationsModel(self)
        self.table = QTableView(self)
        setup_table(self.table, self.model, "partner_deals", stretch=2)
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr("No deal registration yet: the partner's claims on deals appear here."),
        )
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_registration)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self.decide_selected("approved"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("rejected"))
        self.count = QLabel(self)
        self.activity = QLabel(self)
        self.activity.setWordWrap(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection())
        layout = QVBoxLayout(self)
        layout.addWidget(
            button_row(self, self.new_button, self.approve_button, self.reject_button, self.count)
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.activity)
        self.dialog: DecisionDialog | RegistrationDialog | None = None
        #: The database ``model.expiring_days`` was read from (None: read it again).
        self._expiring_read_for: Database | None = None
        self.retranslate()

    def wants(self, changes: Changes) -> bool:
        if isinstance(changes, DiagnosisChanges) and changes.signals:
            self._expiring_read_for = None  # the deal_expiring threshold may have moved
            return True
        return changes.events or changes.persons or changes.partners

    def refresh(self) -> None:
        pid = self.partner_id
        as_of = self.as_of or date.today()
        self.model.as_of = as_of
        if pid is None:
            self.model.set_rows([])
        else:
            db = self.workspace.db
            if db is not None and self._expiring_read_for is not db:
                self.model.expiring_days = expiring_days(db)  # again after a threshold change
                self._expiring_read_for = db
            self.model.load(db, lambda s: registrations_of(s, pid, as_of))
        self._update_count()
        self._selection()

    def selected(self) -> RegistrationRow | None:
        rows = selected_source_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    def _selection(self) -> None:
        row = self.selected()
        stored = row.stored_status if row else None
        self.approve_button.setEnabled(stored == "submitted" and row is not None and row.is_open)
        self.reject_button.setEnabled(stored in ("submitted", "approved"))
        self.activity.setText(self._activity_text(row))

    def _activity_text(self, row: RegistrationRow | None) -> str:
        db = self.workspace.db
        if row is None or db is None:
            return ""
        events = linked_events(db, row.id)
        if not events:
            return self.tr("No activity names this deal yet.")
        steps = " → ".join(
            f"{event_kind_label(e.kind)} {e.occurred_at.date().isoformat()}" for e in events
        )
        return self.tr("Activity on this deal: %1").replace("%1", steps)

    def decide_selected(self, status: str) -> DecisionDialog | None:
        row = self.selected()
        if row is None:
            return None
        self.dialog = decide_with_dialog(self.workspace, row, status, self)
        return self.dialog

    def new_registration(self) -> RegistrationDialog | None:
        """The form with this partner chosen (the Deals page lists every partner)."""
        db = self.workspace.db
        if db is None or self.partner_id is None:
            return None

        def persons(partner_id: int) -> list[tuple[int, str]]:
            return person_choices(db, partner_id)

        self.dialog = new_registration(
            self.workspace, partner_choices(db), persons, self, partner_id=self.partner_id
        )
        return self.dialog

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n registration(s)", "", self.model.rowCount()))

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New…"))
        self.approve_button.setText(self.tr("&Approve…"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.model.retranslate()
        self._update_count()
        self._selection()
