"""Ctrl+K: jump to a partner by typing part of its name, reading or code."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QLineEdit, QListView, QVBoxLayout, QWidget

from prm_desktop.models.partner_table import Column, PartnerFilterProxyModel, PartnerTableModel
from prm_desktop.models.roles import ID_ROLE


class GoToPartnerDialog(QDialog):
    """A filter box over the same partner model; Enter or double-click picks the first match.

    Attributes:
        chosen_id: the partner picked, or None when cancelled.
    """

    def __init__(self, model: PartnerTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Go to Partner"))
        self.chosen_id: int | None = None
        self.proxy = PartnerFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Partner name, reading or code…"))
        self.edit.textChanged.connect(self._filter)
        self.edit.installEventFilter(self)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setModelColumn(Column.NAME)
        self.list.doubleClicked.connect(lambda index: self._choose(index.row()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.resize(460, 420)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, Column.NAME))

    def _choose(self, row: int) -> None:
        if 0 <= row < self.proxy.rowCount():
            self.chosen_id = int(self.proxy.index(row, 0).data(ID_ROLE))
            self.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._choose(self.list.currentIndex().row())
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                step = 1 if key == Qt.Key.Key_Down else -1
                row = min(max(self.list.currentIndex().row() + step, 0), self.proxy.rowCount() - 1)
                self.list.setCurrentIndex(self.proxy.index(row, Column.NAME))
                return True
        return super().eventFilter(watched, event)
