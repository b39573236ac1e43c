"""The forms of the loop: a PRACT assessment, an intervention, a snooze."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from prm_core.diagnosis.categories import SUGGESTED
from prm_core.diagnosis.pract import PHASES, band_of
from prm_core.diagnosis.signal_base import Signal
from prm_core.services.diagnosis import AssessmentData
from prm_core.services.goals import InterventionData
from prm_desktop.i18n import filled
from prm_desktop.models.diagnosis_models import (
    BAND_COLOURS,
    assessor_label,
    band_label,
    evidence_text,
    question_text,
    signal_label,
)
from prm_desktop.models.labels import intervention_category_label, pract_phase_label
from prm_desktop.views.form_dialog import FormDialog, date_edit, to_date


class AssessmentDialog(FormDialog):
    """Five questions scored 0–5 by the manager or the partner itself.

    Attributes:
        scores: phase → its spin box.
    """

    def __init__(self, parent: QWidget | None = None, *, assessor: str = "manager") -> None:
        super().__init__(self.tr("New PRACT Assessment"), parent)
        today = date.today()
        self.assessor = QComboBox(self)
        for key in ("manager", "self"):
            self.assessor.addItem(assessor_label(key), key)
        self.assessor.setCurrentIndex(max(self.assessor.findData(assessor), 0))
        self.date = date_edit(self, today)
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.form.addRow(self.tr("&Assessed by"), self.assessor)
        self.form.addRow(self.tr("&Date"), self.date)

        box = QGroupBox(self.tr("Scores: 0 = not at all … 5 = fully"), self)
        grid = QGridLayout(box)
        self.scores: dict[str, QSpinBox] = {}
        for row, phase in enumerate(PHASES):
            name = QLabel(f"<b>{pract_phase_label(phase)}</b>", box)
            question = QLabel(question_text(phase), box)
            question.setWordWrap(True)
            spin = QSpinBox(box)
            spin.setRange(0, 5)
            spin.setValue(3)
            spin.setAccessibleName(pract_phase_label(phase))
            spin.valueChanged.connect(self._update_total)
            name.setBuddy(spin)
            grid.addWidget(name, row, 0)
            grid.addWidget(question, row, 1)
            grid.addWidget(spin, row, 2)
            self.scores[phase] = spin
        grid.setColumnStretch(1, 1)
        self.extra.addWidget(box)
        self.total = QLabel(self)
        self.total.setTextFormat(Qt.TextFormat.RichText)
        self.extra.addWidget(self.total)
        self.comments = QPlainTextEdit(self)
        self.comments.setPlaceholderText(self.tr("Comments: what was said, what to work on…"))
        self.comments.setTabChangesFocus(True)
        self.extra.addWidget(self.comments)
        self.resize(640, 520)
        self._update_total()

    def set_scores(self, *values: int) -> None:
        for phase, value in zip(PHASES, values, strict=True):
            self.scores[phase].setValue(value)

    def _update_total(self) -> None:
        total = sum(spin.value() for spin in self.scores.values())
        band = band_of(total)
        colour = BAND_COLOURS[band].name()
        self.total.setText(
            filled(
                self.tr("Total: <b>%1</b>/25 — <span style='color:%2'>%3</span>"),
                str(total),
                colour,
                band_label(band),
            )
        )

    def values(self) -> AssessmentData:
        return AssessmentData(
            assessor=str(self.assessor.currentData()),
            assessed_on=to_date(self.date) or date.today(),
            scores={p: s.value() for p, s in self.scores.items()},
            comments=self.comments.toPlainText(),
        )


class InterventionDialog(FormDialog):
    """An intervention (施策), pre-filled from the signal it answers."""

    def __init__(self, data: InterventionData, partner: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record Intervention"), parent)
        self._signal_key = data.signal_key
        self._signal_subject = data.signal_subject
        self.partner = QLabel(f"<b>{partner}</b>", self)
        self.date = date_edit(self, data.occurred_on)
        today = date.today()
        self.date.setMaximumDate(QDate(today.year, today.month, today.day))
        self.category = QComboBox(self)
        self.category.setEditable(True)
        suggested = intervention_category_label(data.category)
        for category in dict.fromkeys([suggested, *map(intervention_category_label, SUGGESTED)]):
            self.category.addItem(category)
        self.category.setCurrentText(suggested)
        self.action = QPlainTextEdit(data.action, self)
        self.action.setTabChangesFocus(True)
        self.action.setFixedHeight(self.action.fontMetrics().height() * 4 + 12)
        self.notes = QPlainTextEdit(data.notes, self)
        self.notes.setTabChangesFocus(True)
        self.form.addRow(self.tr("Partner"), self.partner)
        if data.signal_key:
            self.form.addRow(self.tr("Answers"), QLabel(signal_label(data.signal_key), self))
        self.form.addRow(self.tr("&Date"), self.date)
        self.form.addRow(self.tr("&Category"), self.category)
        self.form.addRow(self.tr("&Action taken"), self.action)
        self.form.addRow(self.tr("&Notes"), self.notes)
        self.resize(560, 380)

    def values(self) -> InterventionData:
        return InterventionData(
            occurred_on=to_date(self.date) or date.today(),
            category=self.category.currentText(),
            action=self.action.toPlainText(),
            signal_key=self._signal_key,
            notes=self.notes.toPlainText(),
            signal_subject=self._signal_subject,
        )


class SnoozeDialog(FormDialog):
    """Put a signal aside for N days, with a reason."""

    def __init__(self, signal: Signal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Snooze Signal"), parent)
        what = signal_label(signal.signal) + (f" — {signal.person}" if signal.person else "")
        self.what = QLabel(f"<b>{signal.partner}</b><br>{what}<br>{evidence_text(signal)}", self)
        self.what.setWordWrap(True)
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(14)
        self.days.valueChanged.connect(self._update_until)
        self.until = QLabel(self)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("e.g. the key person is on leave until the 15th"))
        self.form.addRow(self.what)
        self.form.addRow(self.tr("Snooze for &days"), self.days)
        self.form.addRow("", self.until)
        self.form.addRow(self.tr("&Reason"), self.reason)
        self.resize(480, 240)
        self._update_until()

    def _update_until(self) -> None:
        until = date.today() + timedelta(days=self.days.value())
        self.until.setText(
            self.tr("Hidden through %1; it returns the day after if still true.").replace(
                "%1", until.isoformat()
            )
        )
