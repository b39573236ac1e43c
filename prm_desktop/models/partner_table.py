"""The partner list: a table model over ``prm_core.queries.partners`` and its filter proxy."""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from prm_core.database import Database
from prm_core.kinds import PartnerStatus
from prm_core.queries.partners import PartnerRow, list_partners
from prm_desktop.models.labels import partner_type_label
from prm_desktop.models.roles import ID_ROLE, SEARCH_ROLE, SORT_ROLE
from prm_desktop.models.search_text import matches, normalise

ModelIndex = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    NAME = 0
    TYPE = 1
    TIER = 2
    TERRITORY = 3
    OWNER = 4
    LAST_ACTIVITY = 5
    KEY_PERSON = 6


def _header(column: Column) -> str:
    return {
        Column.NAME: QCoreApplication.translate("PartnerTableModel", "Name"),
        Column.TYPE: QCoreApplication.translate("PartnerTableModel", "Type"),
        Column.TIER: QCoreApplication.translate("PartnerTableModel", "Tier"),
        Column.TERRITORY: QCoreApplication.translate("PartnerTableModel", "Territory"),
        Column.OWNER: QCoreApplication.translate("PartnerTableModel", "Owner"),
        Column.LAST_ACTIVITY: QCoreApplication.translate("PartnerTableModel", "Last activity"),
        Column.KEY_PERSON: QCoreApplication.translate("PartnerTableModel", "Key person"),
    }[column]


class PartnerTableModel(QAbstractTableModel):
    """Every partner as one row of plain values; events are never loaded, only their latest date.

    The rows come from one set-based query whose cost follows the number of partners, so
    2,000 partners load in milliseconds whatever the size of the event table.

    Signals:
        (inherited) modelReset after ``reload``.
    """

    def __init__(self, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._rows: list[PartnerRow] = []
        self._search: list[str] = []

    # -- loading ---------------------------------------------------------------------------
    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.reload()

    def reload(self) -> None:
        rows: list[PartnerRow] = []
        if self._db is not None:
            with self._db.reading() as session:
                rows = list_partners(session)
        self.set_rows(rows)

    def set_rows(self, rows: list[PartnerRow]) -> None:
        self.beginResetModel()
        try:
            self._rows = rows
            self._search = [self._search_text(r) for r in rows]
        finally:
            self.endResetModel()

    @staticmethod
    def _search_text(row: PartnerRow) -> str:
        parts = (
            row.name,
            row.name_kana,
            row.code,
            row.territory,
            row.owner,
            row.key_person,
            row.tier,
            row.type,
            partner_type_label(row.type),
        )
        return normalise(" ".join(p for p in parts if p))

    def row_for_id(self, partner_id: int) -> int | None:
        for i, r in enumerate(self._rows):
            if r.id == partner_id:
                return i
        return None

    def partner_row(self, row: int) -> PartnerRow:
        return self._rows[row]

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Column):
            return _header(Column(section))
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SEARCH_ROLE:
            return self._search[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and column == Column.NAME:
            return " / ".join(p for p in (row.name, row.name_kana, row.code) if p)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != PartnerStatus.ACTIVE:
            return Qt.GlobalColor.gray
        return None

    @staticmethod
    def _display(row: PartnerRow, column: Column) -> str:
        if column == Column.NAME:
            return row.name
        if column == Column.TYPE:
            return partner_type_label(row.type)
        if column == Column.TIER:
            return row.tier or ""
        if column == Column.TERRITORY:
            return row.territory or ""
        if column == Column.OWNER:
            return row.owner or ""
        if column == Column.LAST_ACTIVITY:
            return row.last_activity.date().isoformat() if row.last_activity else ""
        return row.key_person or ""

    @staticmethod
    def _sort_key(row: PartnerRow, column: Column) -> object:
        if column == Column.LAST_ACTIVITY:
            # Never-active partners sort before everyone (oldest first).
            return (row.last_activity or datetime.min).isoformat()
        if column == Column.NAME:
            # Kanji names only sort meaningfully by their reading (よみがな), as in Japanese UIs.
            return normalise(row.name_kana or row.name)
        return normalise(PartnerTableModel._display(row, column))


class PartnerFilterProxyModel(QSortFilterProxyModel):
    """Sorts by ``SORT_ROLE`` and keeps the rows matching every typed term (any column)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._query = ""
        self._ids: frozenset[int] | None = None
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    @property
    def query(self) -> str:
        return self._query

    def set_query(self, text: str) -> None:
        if text == self._query:
            return
        self.beginFilterChange()
        self._query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    @property
    def id_filter(self) -> frozenset[int] | None:
        return self._ids

    def set_id_filter(self, ids: set[int] | frozenset[int] | list[int] | None) -> None:
        """Keep only these partners (a dashboard drill-down); None shows everyone."""
        self.beginFilterChange()
        self._ids = None if ids is None else frozenset(ids)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: ModelIndex) -> bool:
        model = self.sourceModel()
        if self._ids is not None:
            partner_id = model.data(model.index(source_row, 0, source_parent), ID_ROLE)
            if partner_id not in self._ids:
                return False
        if not self._query.strip():
            return True
        text = model.data(model.index(source_row, 0, source_parent), SEARCH_ROLE)
        return isinstance(text, str) and matches(text, self._query)
