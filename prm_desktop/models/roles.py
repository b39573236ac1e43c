"""Custom item data roles shared by the models and the proxies that filter them."""

from __future__ import annotations

from PySide6.QtCore import Qt

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # a value that sorts right (dates, numbers)
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the row's database id
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 3  # normalised text the quick filter matches
