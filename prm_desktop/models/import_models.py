"""Models of the import wizard: the file preview and the list of row errors."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject

from prm_core.importing import Preview, RowError
from prm_desktop.models.import_messages import row_error_text
from prm_desktop.models.row_table import ColumnSpec, RowTableModel

PreviewRow = tuple[int, list[str]]


def _constant(text: str) -> Callable[[], str]:
    return lambda: text


def _cell(index: int) -> Callable[[PreviewRow], str]:
    return lambda row: row[1][index] if index < len(row[1]) else ""


class PreviewTableModel(RowTableModel[PreviewRow]):
    """The first rows of the file as the user sees them in Excel (row number first)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)

    def set_preview(self, preview: Preview) -> None:
        columns: list[ColumnSpec[PreviewRow]] = [
            ColumnSpec(
                lambda: QCoreApplication.translate("PreviewTableModel", "Row"),
                lambda r: str(r[0]),
                sort=lambda r: r[0],
                align_right=True,
            )
        ]
        for i, header in enumerate(preview.headers):
            columns.append(ColumnSpec(_constant(header), _cell(i)))
        self.beginResetModel()
        try:
            self._columns = columns
            self._rows = list(zip(preview.row_numbers, preview.rows, strict=True))
        finally:
            self.endResetModel()


class RowErrorModel(RowTableModel[RowError]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("RowErrorModel", "Row"),
                    lambda e: str(e.row),
                    sort=lambda e: e.row,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RowErrorModel", "Column"),
                    lambda e: e.header or e.column or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("RowErrorModel", "Problem"),
                    row_error_text,
                ),
            ],
            parent,
        )
