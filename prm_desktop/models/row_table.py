"""A table model over a list of plain row objects, described by column specs.

Most workspace tables are "a list of frozen dataclasses, some columns, maybe one checkbox":
this class holds that once, so each concrete model only lists its columns.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_desktop.models.roles import ID_ROLE, SEARCH_ROLE, SORT_ROLE
from prm_desktop.models.search_text import normalise

R = TypeVar("R")
ModelIndex = QModelIndex | QPersistentModelIndex


def sort_value(key: Any) -> Any:
    """A sort key Qt's proxy can compare. QSortFilterProxyModel orders numbers, strings and
    dates, but a tuple arrives as a list it cannot compare, so every row ties and the header's
    arrow lies; a tuple becomes one string whose order is the tuple's (dates as ISO text,
    integers zero-padded from the bottom of the 64-bit range, None first)."""
    if not isinstance(key, tuple):
        return key
    return "\x1f".join(_sort_part(part) for part in key)


def _sort_part(part: Any) -> str:
    if part is None:
        return ""
    if isinstance(part, bool):
        return "1" if part else "0"
    if isinstance(part, int):
        return f"{part + 2**63:020d}"
    if isinstance(part, (date, datetime)):
        return part.isoformat()
    if isinstance(part, str):
        return normalise(part)
    raise TypeError(f"cannot sort by {type(part).__name__} inside a tuple key")


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """One column: its (translated) header, its text, and optionally how it sorts."""

    header: Callable[[], str]
    text: Callable[[R], str]
    sort: Callable[[R], Any] | None = None
    align_right: bool = False


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Read-only rows; subclasses add roles (colours, check states) via ``extra_data``."""

    def __init__(self, columns: Sequence[ColumnSpec[R]], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[R] = []

    def set_rows(self, rows: Sequence[R]) -> None:
        self.beginResetModel()
        try:
            self._rows = list(rows)
        finally:
            self.endResetModel()

    def load(self, db: Database | None, query: Callable[[Session], Sequence[R]]) -> None:
        """Replace the rows with ``query``'s result, read in one short session."""
        if db is None:
            self.set_rows([])
            return
        with db.reading() as session:
            self.set_rows(query(session))

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def retranslate(self) -> None:
        if self._columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header()
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        spec = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return spec.text(row)
        if role == SORT_ROLE:
            return sort_value(spec.sort(row)) if spec.sort else normalise(spec.text(row))
        if role == ID_ROLE:
            return getattr(row, "id", None)
        if role == SEARCH_ROLE:
            return normalise(" ".join(c.text(row) for c in self._columns))
        if role == Qt.ItemDataRole.TextAlignmentRole and spec.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: R, column: int, role: int) -> object:
        """Override for colours, fonts, tooltips and check states."""
        return None
