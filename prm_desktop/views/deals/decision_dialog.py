"""Recording a decision on a registration (approve, reject, won, lost) with its reason and
date, undoable through the workspace."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from prm_core.database import Database
from prm_core.deals.registrations import RegistrationRow
from prm_core.services import deals
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled
from prm_desktop.models.deal_models import deal_status_label
from prm_desktop.views.form_dialog import FormDialog, date_edit, to_date
from prm_desktop.workspace import Workspace


def decision_title(status: str) -> str:
    titles = {
        "approved": QCoreApplication.translate("DecisionDialog", "Approve Registration"),
        "rejected": QCoreApplication.translate("DecisionDialog", "Reject Registration"),
        "won": QCoreApplication.translate("DecisionDialog", "Record Deal Won"),
        "lost": QCoreApplication.translate("DecisionDialog", "Record Deal Lost"),
    }
    return titles.get(status, status)


class DecisionDialog(FormDialog):
    """Reason (required to reject) and decision date (default today)."""

    def __init__(self, row: RegistrationRow, status: str, parent: QWidget | None = None) -> None:
        super().__init__(decision_title(status), parent)
        self.status = status
        summary = QLabel(self)
        summary.setWordWrap(True)
        summary.setText(
            filled(
                self.tr("%1 — %2 for %3 (registered %4, now %5)"),
                row.partner,
                row.deal,
                row.customer,
                row.registered_on.isoformat(),
                deal_status_label(row.status),
            )
        )
        self.reason = QPlainTextEdit(self)
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Why? Required to reject; shown to whoever reads the history.")
            if status == "rejected"
            else self.tr("Why? (optional)")
        )
        self.decided_on = date_edit(self, date.today())
        self.form.addRow(summary)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.form.addRow(self.tr("&Decision date"), self.decided_on)
        self.resize(460, 260)

    def values(self) -> tuple[str, date | None]:
        return self.reason.toPlainText().strip(), to_date(self.decided_on)


def record_decision(
    workspace: Workspace,
    row: RegistrationRow,
    status: str,
    *,
    reason: str,
    decided_on: date | None,
    parent: QWidget | None = None,
) -> bool:
    """Run the decision as one undoable step; undo puts the previous decision back."""
    before = (row.stored_status, row.decided_on, row.decision_reason)

    def do(db: Database, version: int) -> Changes:
        return deals.decide(
            db, row.id, status, reason=reason, decided_on=decided_on, expected_version=version
        )

    def undo(db: Database, version: int) -> Changes:
        return deals.restore_decision(db, row.id, *before, expected_version=version)

    text = filled(
        QCoreApplication.translate("DecisionDialog", "%1: %2"), decision_title(status), row.deal
    )
    return workspace.push_versioned(text, row.version, do, undo, parent)


def decide_with_dialog(
    workspace: Workspace, row: RegistrationRow, status: str, parent: QWidget | None = None
) -> DecisionDialog:
    """Open the dialog (modal); OK records the decision and closes only when it was saved."""
    dialog = DecisionDialog(row, status, parent)

    def save() -> bool:
        reason, decided_on = dialog.values()
        return record_decision(
            workspace, row, status, reason=reason, decided_on=decided_on, parent=dialog
        )

    dialog.save = save
    dialog.open()
    return dialog
