"""Persons (担当者): who is who at the partner, the キーマン flagged; add, edit, delete, erase."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from prm_core.database import Database
from prm_core.queries.workspace import PersonRow, persons_of
from prm_core.services import persons
from prm_core.services.changes import Changes
from prm_core.services.persons import PersonData
from prm_desktop.models.workspace_tables import PersonTableModel
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.person_dialog import PersonDialog
from prm_desktop.views.tabs.list_tab import ListTab
from prm_desktop.workspace import Workspace


class PersonsTab(ListTab[PersonRow]):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, PersonTableModel(), "persons", parent=parent)
        self.add_button = self.new_button
        self.erase_button = QPushButton(self)
        self.erase_button.clicked.connect(self.erase_selected)
        self.set_buttons([*self.buttons, self.erase_button])
        self.selection_buttons.append(self.erase_button)
        self.update_buttons()
        self.empty_hint = EmptyHint(
            self.table,
            lambda: self.tr(
                "No persons yet: add the people who sell, decide and sign at this partner."
            ),
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("&Add Person…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.erase_button.setText(self.tr("E&rase Personal Data…"))
        self.model.retranslate()

    def wants(self, changes: Changes) -> bool:
        return changes.persons

    def refresh(self) -> None:
        pid = self.partner_id
        if pid is None:
            self.model.set_rows([])
        else:
            self.model.load(self.workspace.db, lambda s: persons_of(s, pid))

    def new_item(self) -> None:
        pid = self.partner_id
        if pid is None:
            return
        dialog = PersonDialog(None, self)
        created: list[int] = []

        def do(db: object) -> Changes:
            new_id, changes = persons.create_person(
                self.workspace.require_db(), pid, dialog.values()
            )
            created[:] = [new_id]
            return changes

        def undo(db: Database) -> Changes:
            return persons.delete_person(db, created[0])

        dialog.save = lambda: self.workspace.push(self.tr("Add person"), do, undo, dialog)
        dialog.exec()

    def edit_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        before = PersonData(row.name, row.role, row.email, row.phone, row.is_key_person, row.notes)
        dialog = PersonDialog(before, self)
        dialog.save = lambda: self.workspace.push_versioned(
            self.tr("Edit person %1").replace("%1", row.name),
            row.version,
            lambda db, v: persons.update_person(
                db, row.id, dialog.values(), expected_version=v, seen=before
            ),
            lambda db, v: persons.update_person(db, row.id, before, expected_version=v),
            dialog,
        )
        dialog.exec()

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if self.confirm(
            self.tr("Delete Person"),
            self.tr("Delete %1? Their past activity stays with the partner.").replace(
                "%1", row.name
            ),
        ):
            self.workspace.run(
                lambda db: persons.delete_person(db, row.id, expected_version=row.version), self
            )

    def erase_selected(self) -> None:
        row = self.selected()
        if row is None or row.anonymised:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Erase Personal Data"),
            self.tr(
                "Erase the name, email and phone of %1 everywhere, including 1on1 "
                "attendee lists and notes? Partner-level counts remain. This cannot be "
                "undone."
            ).replace("%1", row.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.run(lambda db: persons.anonymise_person(db, row.id), self)
