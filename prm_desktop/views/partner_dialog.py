"""New/Edit partner form."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from prm_core.kinds import PartnerStatus, PartnerType
from prm_core.services.partners import PartnerData
from prm_desktop.models.labels import partner_status_label, partner_type_label
from prm_desktop.views.form_dialog import FormDialog, date_edit, to_date


class PartnerDialog(FormDialog):
    def __init__(self, data: PartnerData | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Edit Partner") if data else self.tr("New Partner"), parent)
        data = data or PartnerData(name="")
        self.name = QLineEdit(data.name, self)
        self.kana = QLineEdit(data.name_kana or "", self)
        self.code = QLineEdit(data.code or "", self)
        self.type = QComboBox(self)
        for t in PartnerType:
            self.type.addItem(partner_type_label(t.value), t.value)
        self.type.setCurrentIndex(max(self.type.findData(data.type), 0))
        self.status = QComboBox(self)
        for s in PartnerStatus:
            self.status.addItem(partner_status_label(s.value), s.value)
        self.status.setCurrentIndex(max(self.status.findData(data.status), 0))
        self.territory = QLineEdit(data.territory or "", self)
        self.industry = QLineEdit(data.industry or "", self)
        self.owner = QLineEdit(data.owner or "", self)
        self.tier = QLineEdit(data.tier or "", self)
        self.contract = date_edit(self, data.contract_date, optional=True)
        self.notes = QPlainTextEdit(data.notes, self)
        self.notes.setTabChangesFocus(True)
        f = self.form
        f.addRow(self.tr("&Name"), self.name)
        f.addRow(self.tr("Reading (&kana)"), self.kana)
        f.addRow(self.tr("&Code"), self.code)
        f.addRow(self.tr("&Type"), self.type)
        f.addRow(self.tr("&Status"), self.status)
        f.addRow(self.tr("Territor&y"), self.territory)
        f.addRow(self.tr("&Industry"), self.industry)
        f.addRow(self.tr("&Owner"), self.owner)
        f.addRow(self.tr("Tie&r"), self.tier)
        f.addRow(self.tr("Contract &date"), self.contract)
        f.addRow(self.tr("Not&es"), self.notes)
        self.resize(520, 560)

    def values(self) -> PartnerData:
        return PartnerData(
            name=self.name.text(),
            code=self.code.text() or None,
            name_kana=self.kana.text() or None,
            type=str(self.type.currentData()),
            territory=self.territory.text() or None,
            industry=self.industry.text() or None,
            contract_date=to_date(self.contract),
            status=str(self.status.currentData()),
            tier=self.tier.text() or None,
            owner=self.owner.text() or None,
            notes=self.notes.toPlainText(),
        )
