"""A dialog base whose OK runs a save callback and only closes when the save succeeded."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)


def to_date(edit: QDateEdit) -> date | None:
    """None when the edit shows its 'no date' special value (its minimum)."""
    if edit.date() == edit.minimumDate():
        return None
    value = edit.date().toPython()
    assert isinstance(value, date)
    return value


def date_edit(parent: QWidget, value: date | None, *, optional: bool = False) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    if optional:
        edit.setMinimumDate(QDate(1900, 1, 1))
        edit.setSpecialValueText("—")
    edit.setDate(
        QDate(value.year, value.month, value.day)
        if value
        else (edit.minimumDate() if optional else QDate.currentDate())
    )
    return edit


class FormDialog(QDialog):
    """Subclasses fill ``self.form``; ``save`` returns True when the data was written."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        self.extra = QVBoxLayout()
        layout.addLayout(self.extra, 1)
        layout.addWidget(self.buttons)
        self.save: Callable[[], bool] = lambda: True

    def accept(self) -> None:
        if self.save():
            super().accept()
