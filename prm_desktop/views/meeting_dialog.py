"""The 1on1 editor: date, attendees, topics, long notes, PRACT phase and action items."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.kinds import ActionSide, PractPhase
from prm_core.queries.workspace import PersonRow
from prm_core.services.errors import ValidationError
from prm_core.services.meetings import ActionData, MeetingData
from prm_desktop.i18n import filled
from prm_desktop.models.labels import pract_phase_label, side_label
from prm_desktop.views.form_dialog import FormDialog, date_edit, to_date

ID_ROLE = Qt.ItemDataRole.UserRole + 10
KEY_ROLE = Qt.ItemDataRole.UserRole + 11


class SideDelegate(QStyledItemDelegate):
    """Edits the side column with a combo of vendor / partner."""

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        combo = QComboBox(parent)
        for side in ActionSide:
            combo.addItem(side_label(side.value), side.value)
        return combo

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(KEY_ROLE)), 0))

    def setModelData(
        self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        assert isinstance(editor, QComboBox) and isinstance(model, QStandardItemModel)
        model.setData(index, editor.currentData(), KEY_ROLE)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.DisplayRole)


def _parse_date(text: str, title: str) -> date | None:
    text = text.strip().replace("/", "-")
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        why = QCoreApplication.translate(
            "MeetingDialog", 'Due date "%1" of "%2" is not a date (use YYYY-MM-DD).'
        )
        raise ValidationError(filled(why, text, title), "actions") from exc


class MeetingDialog(FormDialog):
    """Attributes: attendees_model (checkable persons), actions_model (one row per item)."""

    def __init__(
        self, persons: list[PersonRow], data: MeetingData | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Edit 1on1") if data else self.tr("New 1on1"), parent)
        data = data or MeetingData(held_on=date.today())
        self.held_on = date_edit(self, data.held_on)
        self.topics = QLineEdit(data.topics, self)
        self.phase = QComboBox(self)
        self.phase.addItem("—", None)
        for phase in PractPhase:
            self.phase.addItem(pract_phase_label(phase.value), phase.value)
        self.phase.setCurrentIndex(max(self.phase.findData(data.pract_phase), 0))
        self.form.addRow(self.tr("&Date"), self.held_on)
        self.form.addRow(self.tr("&Topics"), self.topics)
        self.form.addRow(self.tr("PRACT &phase discussed"), self.phase)
        top = self._build_notes_and_attendees(persons, data)
        actions_box = self._build_actions(data)
        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(top)
        body.addWidget(actions_box)
        body.setStretchFactor(0, 3)
        body.setStretchFactor(1, 2)
        self.extra.addWidget(body)
        self.resize(900, 720)

    def _build_notes_and_attendees(self, persons: list[PersonRow], data: MeetingData) -> QWidget:
        self.attendees_model = QStandardItemModel(self)
        for person in persons:
            if person.anonymised and person.id not in data.attendee_ids:
                continue
            item = QStandardItem(person.name + (f" ({person.role})" if person.role else ""))
            item.setCheckable(True)
            item.setCheckState(
                Qt.CheckState.Checked if person.id in data.attendee_ids else Qt.CheckState.Unchecked
            )
            item.setData(person.id, ID_ROLE)
            item.setEditable(False)
            self.attendees_model.appendRow(item)
        attendees_view = QListView(self)
        attendees_view.setModel(self.attendees_model)
        attendees_box = QGroupBox(self.tr("&Attendees"), self)
        QVBoxLayout(attendees_box).addWidget(attendees_view)

        self.notes = QPlainTextEdit(data.notes, self)
        self.notes.setPlaceholderText(self.tr("What was discussed, agreed, and why…"))
        self.notes.setTabChangesFocus(True)
        notes_box = QGroupBox(self.tr("&Notes"), self)
        QVBoxLayout(notes_box).addWidget(self.notes)

        top = QSplitter(Qt.Orientation.Horizontal, self)
        top.addWidget(notes_box)
        top.addWidget(attendees_box)
        top.setStretchFactor(0, 2)
        top.setStretchFactor(1, 1)
        top.setSizes([560, 320])  # room for "name (role)" without a scrollbar
        return top

    def _build_actions(self, data: MeetingData) -> QWidget:
        self.actions_model = QStandardItemModel(0, 5, self)
        self.actions_model.setHorizontalHeaderLabels(
            [
                self.tr("Action item"),
                self.tr("Owner"),
                self.tr("Side"),
                self.tr("Due (YYYY-MM-DD)"),
                self.tr("Done"),
            ]
        )
        for action in data.actions:
            self._append_action(action)
        self.actions_view = QTableView(self)
        self.actions_view.setModel(self.actions_model)
        self.actions_view.setItemDelegateForColumn(2, SideDelegate(self.actions_view))
        header = self.actions_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.actions_model.columnCount()):  # whole headers, in Japanese too
            header.resizeSection(column, max(header.sectionSizeHint(column), 90))
        self.actions_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        add = QPushButton(self.tr("Add action item"), self)
        remove = QPushButton(self.tr("Remove"), self)
        add.clicked.connect(lambda: self._append_action(ActionData("")))
        remove.clicked.connect(self._remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        actions_box = QGroupBox(self.tr("Action items"), self)
        actions_layout = QVBoxLayout(actions_box)
        actions_layout.addWidget(self.actions_view)
        actions_layout.addLayout(buttons)
        return actions_box

    def _append_action(self, action: ActionData) -> None:
        title = QStandardItem(action.title)
        title.setData(action.id, ID_ROLE)
        owner = QStandardItem(action.owner or "")
        side = QStandardItem(side_label(action.side))
        side.setData(action.side, KEY_ROLE)
        due = QStandardItem(action.due_on.isoformat() if action.due_on else "")
        done = QStandardItem()
        done.setCheckable(True)
        done.setEditable(False)
        done.setCheckState(Qt.CheckState.Checked if action.done_on else Qt.CheckState.Unchecked)
        done.setData(action.done_on, ID_ROLE)
        self.actions_model.appendRow([title, owner, side, due, done])
        if not action.title:
            self.actions_view.edit(self.actions_model.index(self.actions_model.rowCount() - 1, 0))

    def _remove_selected(self) -> None:
        rows = sorted(
            {i.row() for i in self.actions_view.selectionModel().selectedIndexes()}, reverse=True
        )
        for row in rows:
            self.actions_model.removeRow(row)

    def values(self) -> MeetingData:
        """The form as a ``MeetingData``; raises ``ValidationError`` for an unreadable date."""
        held_on = to_date(self.held_on) or date.today()
        attendee_ids = [
            int(self.attendees_model.item(r).data(ID_ROLE))
            for r in range(self.attendees_model.rowCount())
            if self.attendees_model.item(r).checkState() == Qt.CheckState.Checked
        ]
        actions: list[ActionData] = []
        m = self.actions_model
        for r in range(m.rowCount()):
            title = m.item(r, 0).text()
            if not title.strip() and not m.item(r, 3).text().strip():
                continue  # an empty row the user added and left
            done_item = m.item(r, 4)
            done = done_item.checkState() == Qt.CheckState.Checked
            previous_done = done_item.data(ID_ROLE)
            actions.append(
                ActionData(
                    title=title,
                    owner=m.item(r, 1).text() or None,
                    side=str(m.item(r, 2).data(KEY_ROLE) or ActionSide.VENDOR.value),
                    due_on=_parse_date(m.item(r, 3).text(), title),
                    done_on=(previous_done or date.today()) if done else None,
                    id=m.item(r, 0).data(ID_ROLE),
                )
            )
        return MeetingData(
            held_on=held_on,
            topics=self.topics.text(),
            notes=self.notes.toPlainText(),
            pract_phase=self.phase.currentData(),
            attendee_ids=attendee_ids,
            actions=actions,
        )
