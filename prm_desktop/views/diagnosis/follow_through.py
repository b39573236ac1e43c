"""The vendor's follow-through beside the Trust score (issue 11, domain.md "Commitments on
both sides"): trust is built by the vendor keeping its own promises, so the PRACT tab shows how
many of our action items were done on time next to the partner's, over the last 90 days.

Registered on every PRACT tab through :func:`prm_desktop.views.diagnosis.register_trust_section`.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from prm_core.deals.commitments import PERIOD_DAYS, SideCounts
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled
from prm_desktop.models.diagnosis_loaders import partner_commitments
from prm_desktop.workspace import Workspace


class FollowThroughSection(QWidget):
    """Attributes:
    vendor, partner: the counts shown (None without a partner).
    label: the text beside the Trust score.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partner_id: int | None = None
        self.vendor: SideCounts | None = None
        self.partner: SideCounts | None = None
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        workspace.bus.changed.connect(self._on_changes)

    def show_partner(self, partner_id: int | None) -> None:
        self.partner_id = partner_id
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        if changes.actions or changes.partners:
            self.refresh()

    def refresh(self) -> None:
        """Read the partner's commitments (one small query: a partner's action items)."""
        db = self.workspace.db
        self.vendor = self.partner = None
        if db is not None and self.partner_id is not None:
            found = partner_commitments(db, self.partner_id, date.today())
            self.vendor, self.partner = found.vendor, found.partner
        self._fill()

    def _side_text(self, counts: SideCounts) -> str:
        if counts.due == 0:
            text = self.tr("nothing was due")
        else:
            rate = counts.follow_through or 0.0
            text = filled(
                self.tr("<b>%1%</b> (%2 of %3 kept on time, %4 late, %5 overdue)"),
                f"{rate * 100:.0f}",
                str(counts.done_on_time),
                str(counts.due),
                str(counts.done_late),
                str(counts.overdue),
            )
        if counts.open:
            text += self.tr("; %1 open").replace("%1", str(counts.open))
        return text

    def _fill(self) -> None:
        if self.vendor is None or self.partner is None:
            self.label.setText("")
            return
        self.label.setText(
            filled(
                self.tr("Our follow-through (last %1 days): %2"),
                str(PERIOD_DAYS),
                self._side_text(self.vendor),
            )
            + "<br>"
            + self.tr("The partner's: %1").replace("%1", self._side_text(self.partner))
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(event)


def follow_through_section(workspace: Workspace, parent: QWidget) -> QWidget:
    """The factory given to ``register_trust_section`` (one identity, registered once)."""
    return FollowThroughSection(workspace, parent)
