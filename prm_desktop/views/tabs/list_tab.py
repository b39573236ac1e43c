"""A partner tab that is one table with New / Edit / Delete buttons (persons, 1on1s, goals)."""

from __future__ import annotations

from typing import Generic, TypeVar

from PySide6.QtWidgets import QMessageBox, QPushButton, QTableView, QVBoxLayout, QWidget

from prm_desktop.models.row_table import RowTableModel
from prm_desktop.views.table_utils import (
    button_row,
    enable_with_selection,
    selected_source_rows,
    setup_table,
)
from prm_desktop.views.tabs.base import PartnerTab
from prm_desktop.workspace import Workspace

R = TypeVar("R")


class ListTab(PartnerTab, Generic[R]):
    """Subclasses implement ``new_item``, ``edit_selected``, ``delete_selected`` and set the
    button texts in ``retranslate``; double-click edits."""

    def __init__(
        self,
        workspace: Workspace,
        model: RowTableModel[R],
        settings_key: str,
        *,
        sortable: bool = True,
        stretch: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(workspace, parent)
        self.model = model
        self.table = QTableView(self)
        setup_table(self.table, model, settings_key, sortable=sortable, stretch=stretch)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_item)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.buttons = [self.new_button, self.edit_button, self.delete_button]
        #: Buttons that act on the selected row: disabled while nothing is selected.
        self.selection_buttons = [self.edit_button, self.delete_button]
        self._layout = QVBoxLayout(self)
        self._button_row: QWidget | None = None
        self._layout.addWidget(self.table)
        self.set_buttons(self.buttons)
        self.update_buttons = enable_with_selection(self.table, self.selection_buttons)

    def set_buttons(self, buttons: list[QPushButton]) -> None:
        if self._button_row is not None:
            self._layout.removeWidget(self._button_row)
            self._button_row.deleteLater()
        self._button_row = button_row(self, *buttons)
        self._layout.insertWidget(0, self._button_row)

    def selected(self) -> R | None:
        rows = selected_source_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def new_item(self) -> None:
        raise NotImplementedError

    def edit_selected(self) -> None:
        raise NotImplementedError

    def delete_selected(self) -> None:
        raise NotImplementedError
