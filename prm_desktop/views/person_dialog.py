"""New/Edit person form."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QWidget

from prm_core.services.persons import PersonData
from prm_desktop.views.form_dialog import FormDialog


class PersonDialog(FormDialog):
    def __init__(self, data: PersonData | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit Person") if data else self.tr("New Person"), parent)
        data = data or PersonData(name="")
        self.name = QLineEdit(data.name, self)
        self.role = QLineEdit(data.role or "", self)
        self.email = QLineEdit(data.email or "", self)
        self.phone = QLineEdit(data.phone or "", self)
        self.key = QCheckBox(self.tr("Key person (キーマン)"), self)
        self.key.setChecked(data.is_key_person)
        self.notes = QPlainTextEdit(data.notes, self)
        self.notes.setTabChangesFocus(True)
        f = self.form
        f.addRow(self.tr("&Name"), self.name)
        f.addRow(self.tr("&Role"), self.role)
        f.addRow(self.tr("&Email"), self.email)
        f.addRow(self.tr("&Phone"), self.phone)
        f.addRow("", self.key)
        f.addRow(self.tr("No&tes"), self.notes)
        self.resize(440, 380)

    def values(self) -> PersonData:
        return PersonData(
            name=self.name.text(),
            role=self.role.text() or None,
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            is_key_person=self.key.isChecked(),
            notes=self.notes.toPlainText(),
        )
