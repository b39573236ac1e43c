"""The persons of one partner, as shown in the detail pane (key persons first)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from prm_desktop.models.partner_table import ModelIndex

PersonTuple = tuple[str, str | None, bool]


class PersonListModel(QAbstractTableModel):
    """Read-only (name, role, key person) rows; the workspace issue makes them editable."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonTuple] = []

    def set_persons(self, rows: list[PersonTuple]) -> None:
        self.beginResetModel()
        try:
            self._rows = list(rows)
        finally:
            self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = [
            QCoreApplication.translate("PersonListModel", "Name"),
            QCoreApplication.translate("PersonListModel", "Role"),
            QCoreApplication.translate("PersonListModel", "Key person"),
        ]
        return names[section] if 0 <= section < len(names) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        name, person_role, key = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return name
            if index.column() == 1:
                return person_role or ""
            return QCoreApplication.translate("PersonListModel", "Key person") if key else ""
        if role == Qt.ItemDataRole.FontRole and key:
            font = QFont()
            font.setBold(True)
            return font
        return None
