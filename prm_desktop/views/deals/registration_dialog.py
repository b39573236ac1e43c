"""A registration typed in the app (source "manual"): new or edited, undoable."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from prm_core.database import Database
from prm_core.importing.values import CellError, parse_amount
from prm_core.services import deals
from prm_core.services.changes import Changes
from prm_core.services.deals import RegistrationData
from prm_core.services.errors import ValidationError
from prm_desktop.models.import_messages import problem_text
from prm_desktop.views.form_dialog import FormDialog, date_edit, to_date
from prm_desktop.workspace import Workspace

#: partner id → [(person id, name)], read when the partner changes.
PersonsOf = Callable[[int], list[tuple[int, str]]]


class RegistrationDialog(FormDialog):
    """Partner (type to search), registering person, end customer, corporate number, deal,
    expected amount, registered date and expiry (empty: the configured default)."""

    def __init__(
        self,
        partners: list[tuple[int, str]],
        persons_of: PersonsOf,
        data: RegistrationData | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Edit Deal Registration") if data else self.tr("New Deal Registration"),
            parent,
        )
        self._persons_of = persons_of
        self.partner = QComboBox(self)
        self.partner.setEditable(True)
        self.partner.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for pid, name in partners:
            self.partner.addItem(name, pid)
        completer = self.partner.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.person = QComboBox(self)
        self.customer = QLineEdit(self)
        self.customer.setPlaceholderText(self.tr("As the partner wrote it, e.g. 株式会社アルファ"))
        self.corporate_number = QLineEdit(self)
        self.corporate_number.setPlaceholderText(self.tr("13 digits, optional"))
        self.deal = QLineEdit(self)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("JPY, e.g. 1,200,000"))
        self.registered_on = date_edit(self, data.registered_on if data else date.today())
        self.expires_on = date_edit(self, data.expires_on if data else None, optional=True)
        self.expires_on.setToolTip(self.tr("Empty: the registered date plus the default validity"))
        f = self.form
        f.addRow(self.tr("&Partner"), self.partner)
        f.addRow(self.tr("Registered &by"), self.person)
        f.addRow(self.tr("End &customer"), self.customer)
        f.addRow(self.tr("Corporate &number"), self.corporate_number)
        f.addRow(self.tr("&Deal"), self.deal)
        f.addRow(self.tr("&Amount"), self.amount)
        f.addRow(self.tr("&Registered"), self.registered_on)
        f.addRow(self.tr("&Expires"), self.expires_on)
        self.partner.currentIndexChanged.connect(lambda _i: self._fill_persons(None))
        if data is not None:
            # Never a fallback to the first partner: that would move the claim to another
            # partner on OK (a terminated partner is not offered; see edit_registration).
            self.partner.setCurrentIndex(self.partner.findData(data.partner_id))
            self.customer.setText(data.customer)
            self.corporate_number.setText(data.corporate_number or "")
            self.deal.setText(data.deal)
            self.amount.setText(f"{data.amount:,}" if data.amount is not None else "")
        else:  # a new claim from the Deals page: the manager names the partner, never a guess
            self.partner.setCurrentIndex(-1)
            line = self.partner.lineEdit()
            if line is not None:
                line.setPlaceholderText(self.tr("Type to search partners…"))
        self._fill_persons(data.person_id if data else None)
        self.resize(480, 0)

    def _fill_persons(self, chosen: int | None) -> None:
        self.person.clear()
        self.person.addItem(self.tr("(not recorded)"), None)
        pid = self.partner.currentData()
        if pid is not None:
            for person_id, name in self._persons_of(int(pid)):
                self.person.addItem(name, person_id)
        self.person.setCurrentIndex(max(self.person.findData(chosen), 0))

    def values(self) -> RegistrationData:
        """The form as data; raises ``ValidationError`` for a partner or amount it cannot read."""
        index = self.partner.findText(self.partner.currentText().strip())
        pid = self.partner.itemData(index) if index >= 0 else None
        if pid is None:
            raise ValidationError(self.tr("Choose a partner from the list."), "partner")
        try:
            amount = parse_amount(self.amount.text())
        except CellError as exc:
            why = problem_text(exc)
            raise ValidationError(self.tr("Amount: %1").replace("%1", why), "amount") from None
        return RegistrationData(
            partner_id=int(pid),
            customer=self.customer.text(),
            deal=self.deal.text(),
            registered_on=to_date(self.registered_on) or date.today(),
            person_id=self.person.currentData(),
            corporate_number=self.corporate_number.text() or None,
            amount=amount,
            expires_on=to_date(self.expires_on),
        )


def new_registration(
    workspace: Workspace,
    partners: list[tuple[int, str]],
    persons_of: PersonsOf,
    parent: QWidget | None = None,
    partner_id: int | None = None,
) -> RegistrationDialog:
    """Open the form; OK creates the registration (undo deletes it)."""
    dialog = RegistrationDialog(partners, persons_of, None, parent)
    if partner_id is not None:  # not offered (terminated): nothing chosen, never another
        dialog.partner.setCurrentIndex(dialog.partner.findData(partner_id))
    created: list[int] = []

    def save() -> bool:
        try:
            data = dialog.values()
        except ValidationError as exc:
            workspace.show_error(exc, dialog)
            return False

        def do(db: Database) -> Changes:
            new_id, changes = deals.create_registration(db, data)
            created[:] = [new_id]
            return changes

        return workspace.push(
            QCoreApplication.translate("RegistrationDialog", "New registration: %1").replace(
                "%1", data.deal.strip()
            ),
            do,
            lambda db: deals.delete_registration(db, created[0]),
            dialog,
        )

    dialog.save = save
    dialog.open()
    return dialog


def edit_registration(
    workspace: Workspace,
    registration_id: int,
    partners: list[tuple[int, str]],
    persons_of: PersonsOf,
    parent: QWidget | None = None,
    *,
    partner_name: str | None = None,
) -> RegistrationDialog | None:
    """Open the form on a registration; OK saves (version-checked, undoable). A claim of a
    partner no longer offered for new claims (terminated) keeps its partner in the list."""
    db = workspace.db
    if db is None:
        return None
    before, version = deals.load_registration(db, registration_id)
    if all(pid != before.partner_id for pid, _name in partners):
        partners = [*partners, (before.partner_id, partner_name or f"#{before.partner_id}")]
    dialog = RegistrationDialog(partners, persons_of, before, parent)

    def save() -> bool:
        try:
            after = dialog.values()
        except ValidationError as exc:
            workspace.show_error(exc, dialog)
            return False
        return workspace.push_versioned(
            QCoreApplication.translate("RegistrationDialog", "Edit registration: %1").replace(
                "%1", before.deal
            ),
            version,
            lambda db, v: deals.update_registration(db, registration_id, after, expected_version=v),
            lambda db, v: deals.update_registration(
                db, registration_id, before, expected_version=v
            ),
            dialog,
        )

    dialog.save = save
    dialog.open()
    return dialog
