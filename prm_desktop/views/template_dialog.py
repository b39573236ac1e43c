"""Settings → Onboarding template: edit the default checklist's steps and due offsets."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QLabel, QPushButton, QTableView, QWidget

from prm_core.services.errors import ValidationError
from prm_core.services.templates import StepData, load_default_template, save_template_steps
from prm_desktop.i18n import ui_language
from prm_desktop.views.form_dialog import FormDialog
from prm_desktop.views.table_utils import button_row
from prm_desktop.workspace import Workspace


class TemplateDialog(FormDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Onboarding Template"), parent)
        self.workspace = workspace
        db = workspace.require_db()
        self.template_id, steps, self.version = load_default_template(db)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Step (English)"), self.tr("Step (Japanese)"), self.tr("Days after contract")]
        )
        for step in steps:
            self._append(step)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.resizeColumnToContents(2)  # the whole "Days after contract" header
        if ui_language() == "ja":  # the user's own language first (only the view moves)
            self.view.horizontalHeader().moveSection(1, 0)
        add = QPushButton(self.tr("Add Step"), self)
        remove = QPushButton(self.tr("Remove Step"), self)
        add.clicked.connect(lambda: self._append(StepData("", None, 30)))
        remove.clicked.connect(self._remove)
        note = QLabel(
            self.tr(
                "Changes apply to checklists created from now on; existing "
                "partner checklists keep their steps."
            ),
            self,
        )
        note.setWordWrap(True)
        self.extra.addWidget(note)
        self.extra.addWidget(button_row(self, add, remove))
        self.extra.addWidget(self.view)
        self.save = self._save
        self.resize(760, 480)

    def _append(self, step: StepData) -> None:
        days = QStandardItem()
        days.setData(step.due_offset_days, Qt.ItemDataRole.EditRole)
        days.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.model.appendRow([QStandardItem(step.title), QStandardItem(step.title_ja or ""), days])

    def _remove(self) -> None:
        for row in sorted(
            {i.row() for i in self.view.selectionModel().selectedIndexes()}, reverse=True
        ):
            self.model.removeRow(row)

    def steps(self) -> list[StepData]:
        out = []
        for r in range(self.model.rowCount()):
            days = self.model.item(r, 2).data(Qt.ItemDataRole.EditRole)
            try:
                offset = int(days)
            except (TypeError, ValueError) as exc:
                why = self.tr("Step %1: days after contract must be a number.")
                raise ValidationError(why.replace("%1", str(r + 1)), "due_offset_days") from exc
            out.append(
                StepData(self.model.item(r, 0).text(), self.model.item(r, 1).text() or None, offset)
            )
        return out

    def _save(self) -> bool:
        try:
            steps = self.steps()
        except ValidationError as exc:
            self.workspace.show_error(exc, self)
            return False
        return (
            self.workspace.run(
                lambda db: save_template_steps(
                    db, self.template_id, steps, expected_version=self.version
                ),
                self,
            )
            is not None
        )
