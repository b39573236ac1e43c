"""Activity: the partner's events, newest first, filtered by kind, loaded page by page."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QVBoxLayout, QWidget

from prm_core.kinds import EventKind
from prm_core.services.changes import Changes
from prm_desktop.models.event_page import EventPageModel
from prm_desktop.models.labels import event_kind_label
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.table_utils import button_row, setup_table
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.workspace import Workspace


class ActivityTab(PartnerTab):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.model = EventPageModel(workspace.db, self)
        self.table = QTableView(self)
        # Not sortable: the order is the query's (newest first), which paging relies on.
        setup_table(self.table, self.model, "events", sortable=False)
        self.kind = QComboBox(self)
        self.kind.currentIndexChanged.connect(lambda _i: self.refresh())
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(button_row(self, self.kind, self.count))
        layout.addWidget(self.table)
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.retranslate()

    def _empty_text(self) -> str:
        if self.kind.currentData() is not None:
            return self.tr("No activity of this kind.")
        return self.tr(
            "No activity yet: import the partner portal's log (File → Import CSV or Excel, or "
            "drop the file on the window)."
        )

    def retranslate(self) -> None:
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        self.kind.addItem(self.tr("All kinds"), None)
        for kind in EventKind:
            self.kind.addItem(event_kind_label(kind.value), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.model.retranslate()
        self._update_count()

    def wants(self, changes: Changes) -> bool:
        return changes.events or changes.persons

    def refresh(self) -> None:
        kind = self.kind.currentData()
        self.model.set_database(self.workspace.db)
        self.model.show_partner(self.partner_id, [kind] if kind else None)
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n event(s)", "", self.model.total))
