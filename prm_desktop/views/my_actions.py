"""My actions: every open action item and due onboarding step across partners."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout, QWidget

from prm_core.database import Database
from prm_core.queries.workspace import ActionRow, open_todo
from prm_core.services import meetings, onboarding
from prm_core.services.changes import Changes
from prm_desktop.models.roles import SEARCH_ROLE
from prm_desktop.models.search_text import matches
from prm_desktop.models.workspace_tables import TodoTableModel
from prm_desktop.views.table_utils import button_row, setup_table
from prm_desktop.workspace import Workspace


class TodoFilterProxy(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        model = self.sourceModel()
        text = model.index(source_row, 0).data(SEARCH_ROLE)
        return not self.query.strip() or (isinstance(text, str) and matches(text, self.query))


class MyActionsView(QWidget):
    """Signals:
    partner_requested(int, str): open this partner on this tab ("onboarding"/"meetings").
    """

    partner_requested = Signal(int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.model = TodoTableModel(self)
        self.proxy = TodoFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        setup_table(self.table, self.proxy, "todo", sortable=False, stretch=2)
        self.table.doubleClicked.connect(lambda _i: self.open_selected())
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        self.done_button = QPushButton(self)
        self.done_button.clicked.connect(self.mark_selected_done)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.summary = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(button_row(self, self.done_button, self.open_button, self.summary))
        layout.addWidget(self.table)
        self._dirty = True
        workspace.bus.changed.connect(self._on_changes)
        self._retranslate()

    def _on_changes(self, changes: Changes) -> None:
        if changes.actions or changes.checklist or changes.partners:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._dirty = False
        today = date.today()
        self.model.today = today
        self.model.load(self.workspace.db, lambda s: open_todo(s, today))
        overdue = sum(1 for r in self.model.rows() if r.overdue(today))
        self.summary.setText(
            self.tr("%n open item(s)", "", len(self.model.rows()))
            + " · "
            + self.tr("%n overdue", "", overdue)
        )

    def selected(self) -> list[ActionRow]:
        return [
            self.model.row_at(self.proxy.mapToSource(self.proxy.index(r, 0)).row())
            for r in sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        ]

    def open_selected(self) -> None:
        rows = self.selected()
        if rows:
            tab = "onboarding" if rows[0].source == "checklist" else "meetings"
            self.partner_requested.emit(rows[0].partner_id, tab)

    def mark_selected_done(self) -> None:
        for row in self.selected():
            self._complete(row)

    def _complete(self, row: ActionRow) -> bool:
        today = date.today()
        setter = (
            onboarding.set_item_done if row.source == "checklist" else (meetings.set_action_done)
        )

        def do(db: Database, version: int) -> Changes:
            return setter(db, row.id, today, expected_version=version)

        def undo(db: Database, version: int) -> Changes:
            return setter(db, row.id, None, expected_version=version)

        text = self.tr("Complete %1").replace("%1", row.title)
        return self.workspace.push_versioned(text, row.version, do, undo, self)

    def _retranslate(self) -> None:
        self.filter_edit.setPlaceholderText(self.tr("Filter by partner, item or owner… (Ctrl+F)"))
        self.done_button.setText(self.tr("Mark &Done"))
        self.open_button.setText(self.tr("&Open Partner"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
