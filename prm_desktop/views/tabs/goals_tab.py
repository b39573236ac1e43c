"""Common goals (共通の目標) with progress counted from events."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from prm_core.database import Database
from prm_core.queries.workspace import GoalRow, goals_of, persons_of
from prm_core.services import goals
from prm_core.services.changes import Changes
from prm_core.services.goals import GoalData
from prm_desktop.models.workspace_tables import GoalTableModel, PersonTableModel
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.goal_dialog import GoalDialog
from prm_desktop.views.tabs.list_tab import ListTab
from prm_desktop.workspace import Workspace


class GoalsTab(ListTab[GoalRow]):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, GoalTableModel(), "goals", parent=parent)
        self._persons = PersonTableModel(self)
        self.empty_hint = EmptyHint(
            self.table, lambda: self.tr("No shared goal yet: agree one with the partner.")
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New Goal…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.model.retranslate()

    def wants(self, changes: Changes) -> bool:
        return changes.goals or changes.events or changes.persons

    def refresh(self) -> None:
        pid = self.partner_id
        if pid is None:
            self.model.set_rows([])
            self._persons.set_rows([])
            return
        self.model.load(self.workspace.db, lambda s: goals_of(s, pid))
        self._persons.load(self.workspace.db, lambda s: persons_of(s, pid))

    def new_item(self) -> None:
        pid = self.partner_id
        if pid is None:
            return
        dialog = GoalDialog(self._persons.rows(), None, self)
        dialog.save = lambda: self._create(pid, dialog.values(), dialog)
        dialog.exec()

    def _create(self, partner_id: int, data: GoalData, dialog: QWidget) -> bool:
        created: list[int] = []

        def do(db: Database) -> Changes:
            new_id, changes = goals.create_goal(db, partner_id, data)
            created[:] = [new_id]
            return changes

        return self.workspace.push(
            self.tr("New goal"), do, lambda db: goals.delete_goal(db, created[0]), dialog
        )

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        person_id = next((p.id for p in self._persons.rows() if p.name == row.person), None)
        before = GoalData(
            row.metric, row.target, row.period_start, row.period_end, person_id, row.note
        )
        dialog = GoalDialog(self._persons.rows(), before, self)
        dialog.save = lambda: self._update(row, before, dialog.values(), dialog)
        dialog.exec()

    def _update(self, row: GoalRow, before: GoalData, after: GoalData, dialog: QWidget) -> bool:
        return self.workspace.push_versioned(
            self.tr("Edit goal"),
            row.version,
            lambda db, v: goals.update_goal(db, row.id, after, expected_version=v),
            lambda db, v: goals.update_goal(db, row.id, before, expected_version=v),
            dialog,
        )

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self.confirm(self.tr("Delete Goal"), self.tr("Delete this goal?")):
            self.workspace.run(lambda db: goals.delete_goal(db, row.id), self)
