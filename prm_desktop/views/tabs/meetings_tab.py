"""1on1 log: meetings newest first; open one to read or edit it with its action items."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from prm_core.database import Database
from prm_core.queries.workspace import MeetingRow, PersonRow, meetings_of, persons_of
from prm_core.services import meetings
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.meetings import MeetingData
from prm_desktop.models.workspace_tables import MeetingListModel, PersonTableModel
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.meeting_dialog import MeetingDialog
from prm_desktop.views.tabs.list_tab import ListTab
from prm_desktop.workspace import Workspace


class MeetingsTab(ListTab[MeetingRow]):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(
            workspace, MeetingListModel(), "meetings", sortable=False, stretch=1, parent=parent
        )
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr("No 1on1 yet: record each meeting with its agenda and action items."),
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&New 1on1…"))
        self.edit_button.setText(self.tr("&Open…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.model.retranslate()

    def wants(self, changes: Changes) -> bool:
        return changes.meetings or changes.actions or changes.persons

    def refresh(self) -> None:
        pid = self.partner_id
        if pid is None:
            self.model.set_rows([])
        else:
            self.model.load(self.workspace.db, lambda s: meetings_of(s, pid))

    def _persons(self) -> list[PersonRow]:
        pid = self.partner_id
        holder = PersonTableModel(self)
        if pid is not None:
            holder.load(self.workspace.db, lambda s: persons_of(s, pid))
        return holder.rows()

    def new_item(self) -> None:
        pid = self.partner_id
        if pid is None:
            return
        dialog = MeetingDialog(self._persons(), None, self)
        dialog.save = lambda: self._save_new(pid, dialog)
        dialog.exec()

    def _values(self, dialog: MeetingDialog) -> MeetingData | None:
        try:
            return dialog.values()
        except ValidationError as exc:
            self.workspace.show_error(exc, dialog)
            return None

    def _save_new(self, partner_id: int, dialog: MeetingDialog) -> bool:
        data = self._values(dialog)
        if data is None:
            return False
        created: list[int] = []

        def do(db: Database) -> Changes:
            new_id, changes = meetings.create_meeting(db, partner_id, data)
            created[:] = [new_id]
            return changes

        def undo(db: Database) -> Changes:
            return meetings.delete_meeting(db, created[0])

        return self.workspace.push(self.tr("New 1on1"), do, undo, dialog)

    def edit_selected(self) -> None:
        row = self.selected()
        db = self.workspace.db
        if row is None or db is None:
            return
        data, version = meetings.load_meeting(db, row.id)
        dialog = MeetingDialog(self._persons(), data, self)

        def save() -> bool:
            after = self._values(dialog)
            if after is None:
                return False
            return (
                self.workspace.run(
                    lambda db: meetings.update_meeting(db, row.id, after, expected_version=version),
                    dialog,
                )
                is not None
            )

        dialog.save = save
        dialog.exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self.confirm(
            self.tr("Delete 1on1"),
            self.tr("Delete the 1on1 of %1 and its action items?").replace(
                "%1", row.held_on.isoformat()
            ),
        ):
            self.workspace.run(lambda db: meetings.delete_meeting(db, row.id), self)
