"""Models of the partner workspace tabs: persons, checklist, 1on1s, goals, my actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from prm_core.queries.workspace import ActionRow, ChecklistRow, GoalRow, MeetingRow, PersonRow
from prm_desktop.models.labels import goal_metric_label, pract_phase_label, side_label
from prm_desktop.models.row_table import ColumnSpec, ModelIndex, RowTableModel

OVERDUE = QColor(192, 32, 32)


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


class PersonTableModel(RowTableModel[PersonRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("PersonTableModel", "Name"), lambda r: r.name
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PersonTableModel", "Role"),
                    lambda r: r.role or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PersonTableModel", "Email"),
                    lambda r: r.email or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PersonTableModel", "Phone"),
                    lambda r: r.phone or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PersonTableModel", "Key person"),
                    lambda r: (
                        QCoreApplication.translate("PersonTableModel", "Key person")
                        if r.is_key_person
                        else ""
                    ),
                    sort=lambda r: not r.is_key_person,
                ),
            ],
            parent,
        )

    def extra_data(self, row: PersonRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.FontRole and row.is_key_person:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and row.anonymised:
            return QBrush(Qt.GlobalColor.gray)
        return None


class ChecklistTableModel(RowTableModel[ChecklistRow]):
    """The first column is checkable. Ticking does not change the model: it emits
    ``check_requested(row)`` so the view records the change through a service (undoable),
    after which the model reloads.

    Signals:
        check_requested(int): the user clicked the check box of this source row.
    """

    check_requested = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ChecklistTableModel", "Step"),
                    lambda r: r.title,
                    sort=lambda r: r.position,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ChecklistTableModel", "Due"),
                    lambda r: _date(r.due_on),
                    sort=lambda r: _date(r.due_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ChecklistTableModel", "Done"),
                    lambda r: _date(r.done_on),
                    sort=lambda r: _date(r.done_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ChecklistTableModel", "Note"),
                    lambda r: r.note,
                ),
            ],
            parent,
        )
        self.today = date.today()

    def extra_data(self, row: ChecklistRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if row.done_on else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue(self.today):
            return QBrush(OVERDUE)
        if role == Qt.ItemDataRole.ToolTipRole and row.overdue(self.today):
            return QCoreApplication.translate("ChecklistTableModel", "Overdue")
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == 0:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(
        self, index: ModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            self.check_requested.emit(index.row())
            return True
        return False

    def progress(self) -> tuple[int, int]:
        rows = self.rows()
        return sum(1 for r in rows if r.done_on), len(rows)


class MeetingListModel(RowTableModel[MeetingRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("MeetingListModel", "Date"),
                    lambda r: r.held_on.isoformat(),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MeetingListModel", "Topics"),
                    lambda r: r.topics.replace("\n", " "),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MeetingListModel", "Attendees"),
                    lambda r: r.attendees,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MeetingListModel", "PRACT"),
                    lambda r: pract_phase_label(r.pract_phase) if r.pract_phase else "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("MeetingListModel", "Open actions"),
                    lambda r: f"{r.open_actions}/{r.total_actions}",
                    sort=lambda r: r.open_actions,
                    align_right=True,
                ),
            ],
            parent,
        )

    def extra_data(self, row: MeetingRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.notes_preview
        return None


class GoalTableModel(RowTableModel[GoalRow]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("GoalTableModel", "Metric"),
                    lambda r: goal_metric_label(r.metric),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GoalTableModel", "Person"),
                    lambda r: r.person or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GoalTableModel", "Period"),
                    lambda r: f"{r.period_start.isoformat()} – {r.period_end.isoformat()}",
                    sort=lambda r: r.period_end.isoformat(),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GoalTableModel", "Target"),
                    lambda r: f"{r.target:,.0f}",
                    sort=lambda r: r.target,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GoalTableModel", "Actual"),
                    lambda r: f"{r.actual:,.0f}",
                    sort=lambda r: r.actual,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GoalTableModel", "Progress"),
                    lambda r: f"{r.progress:.0%}",
                    sort=lambda r: r.progress,
                    align_right=True,
                ),
            ],
            parent,
        )


class TodoTableModel(RowTableModel[ActionRow]):
    """My actions: open action items and due checklist steps, overdue in red."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("TodoTableModel", "Due"),
                    lambda r: _date(r.due_on),
                    sort=lambda r: _date(r.due_on) or "9999",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TodoTableModel", "Partner"),
                    lambda r: r.partner,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TodoTableModel", "What"), lambda r: r.title
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TodoTableModel", "Owner"),
                    lambda r: r.owner or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TodoTableModel", "Side"),
                    lambda r: side_label(r.side),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("TodoTableModel", "From"),
                    lambda r: (
                        QCoreApplication.translate("TodoTableModel", "1on1")
                        if r.source == "action"
                        else QCoreApplication.translate("TodoTableModel", "Onboarding")
                    ),
                ),
            ],
            parent,
        )
        self.today = date.today()

    def extra_data(self, row: ActionRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue(self.today):
            return QBrush(OVERDUE)
        return None
