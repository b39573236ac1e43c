"""The detail pane for the partner selected in the list (filled in by the workspace issue)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.queries.partners import PartnerSummary
from prm_desktop.models.labels import partner_status_label, partner_type_label
from prm_desktop.models.person_list import PersonListModel


class PartnerDetailWidget(QWidget):
    """Shows one ``PartnerSummary``; an empty state when nothing is selected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._summary: PartnerSummary | None = None
        self._stack = QStackedWidget(self)
        self._empty = QLabel(self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self._stack.addWidget(self._empty)

        page = QWidget(self)
        self._title = QLabel(page)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._title.setWordWrap(True)

        self._facts_box = QGroupBox(page)
        self._facts = QFormLayout(self._facts_box)
        self._values: dict[str, QLabel] = {}
        self._captions: dict[str, QLabel] = {}
        for key in ("code", "type", "tier", "territory", "owner", "status", "contract", "activity"):
            caption, value = QLabel(page), QLabel(page)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._facts.addRow(caption, value)
            self._captions[key], self._values[key] = caption, value

        self._persons_box = QGroupBox(page)
        self.persons_model = PersonListModel(self)
        self._persons = QTableView(self._persons_box)
        self._persons.setModel(self.persons_model)
        self._persons.verticalHeader().hide()
        self._persons.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._persons.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self._persons.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        persons_layout = QVBoxLayout(self._persons_box)
        persons_layout.addWidget(self._persons)

        # The KPI issue fills this slot with the partner's phase and headline numbers.
        self._kpi_box = QGroupBox(page)
        self._kpi_label = QLabel(self._kpi_box)
        self._kpi_label.setWordWrap(True)
        QVBoxLayout(self._kpi_box).addWidget(self._kpi_label)

        layout = QVBoxLayout(page)
        layout.addWidget(self._title)
        layout.addWidget(self._facts_box)
        layout.addWidget(self._kpi_box)
        layout.addWidget(self._persons_box, 1)
        self._stack.addWidget(page)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._stack)
        self._retranslate()

    def set_summary(self, summary: PartnerSummary | None) -> None:
        self._summary = summary
        self._fill()

    @property
    def summary(self) -> PartnerSummary | None:
        return self._summary

    def _fill(self) -> None:
        s = self._summary
        if s is None:
            self._stack.setCurrentIndex(0)
            self.persons_model.set_persons([])
            return
        self._stack.setCurrentIndex(1)
        self._title.setText(s.name)
        v = self._values
        v["code"].setText(s.code or "—")
        v["type"].setText(partner_type_label(s.type))
        v["tier"].setText(s.tier or "—")
        v["territory"].setText(s.territory or "—")
        v["owner"].setText(s.owner or "—")
        v["status"].setText(partner_status_label(s.status))
        v["contract"].setText(s.contract_date.isoformat() if s.contract_date else "—")
        v["activity"].setText(
            self.tr("%n event(s)", "", s.events)
            + " · "
            + self.tr("%n 1on1(s)", "", s.meetings)
            + " · "
            + self.tr("%n open action(s)", "", s.open_actions)
            + " · "
            + self.tr("onboarding %1/%2")
            .replace("%1", str(s.checklist_done))
            .replace("%2", str(s.checklist_total))
        )
        self._persons_box.setTitle(self.tr("Persons (%n)", "", len(s.persons)))
        self.persons_model.set_persons(s.persons)

    def _retranslate(self) -> None:
        self._empty.setText(self.tr("Select a partner in the list to see its details."))
        self._facts_box.setTitle(self.tr("Overview"))
        captions = {
            "code": self.tr("Code"),
            "type": self.tr("Type"),
            "tier": self.tr("Tier"),
            "territory": self.tr("Territory"),
            "owner": self.tr("Owner"),
            "status": self.tr("Status"),
            "contract": self.tr("Contract date"),
            "activity": self.tr("Records"),
        }
        for key, text in captions.items():
            self._captions[key].setText(text)
        self._kpi_box.setTitle(self.tr("Phase and headline numbers"))
        self._kpi_label.setText(self.tr("KPIs for this partner will appear here."))
        self._persons_box.setTitle(self.tr("Persons"))
        self._fill()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
