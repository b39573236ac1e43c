"""Column widths for a first run: fitted to the contents once, unless widths were saved."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView

MAX_WIDTH = 280


def expect_fit(view: QTableView, settings_key: str) -> None:
    """Call right after ``setup_table``: fit later only when no widths were saved for the key
    (``setup_table`` saves them from the first layout on)."""
    view.setProperty("fit_pending", QSettings().value(f"tables/{settings_key}") is None)


def fit_columns_once(view: QTableView) -> None:
    """Size columns to their contents (within reason) the first time the table has rows."""
    model = view.model()
    if not view.property("fit_pending") or model is None or model.rowCount() == 0:
        return
    view.setProperty("fit_pending", False)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(header.count()):
        header.resizeSection(column, min(header.sectionSize(column), MAX_WIDTH))
