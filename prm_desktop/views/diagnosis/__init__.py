"""Diagnose, detect, act, learn in the main window (listed in ``prm_desktop.features``):

- **Today** (Ctrl+0), the start page: signals across partners, most severe first, with one
  click to record an intervention or snooze;
- the partner's **PRACT** tab: radar of self vs manager, gaps, band and advice, history, and
  its tier and points (:func:`register_trust_section` adds widgets beside the Trust score,
  here the vendor's follow-through on its commitments, issue 11);
- **Learn** (Ctrl+L): before and after each intervention, the programme table, the playbook;
- Tools → **Signals, Points and Tiers…**: thresholds, point rules and the tier ladder.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from prm_desktop.views.diagnosis.follow_through import (
    FollowThroughSection,
    follow_through_section,
)
from prm_desktop.views.diagnosis.learn_view import LearnView
from prm_desktop.views.diagnosis.pract_tab import PractTab, register_trust_section
from prm_desktop.views.diagnosis.settings_dialog import DiagnosisSettingsDialog
from prm_desktop.views.diagnosis.today_view import TodayView

if TYPE_CHECKING:
    from prm_desktop.views.main_window import MainWindow

__all__ = [
    "DiagnosisSettingsDialog",
    "FollowThroughSection",
    "LearnView",
    "PractTab",
    "TodayView",
    "attach",
    "register_trust_section",
]


def attach(window: MainWindow) -> None:
    """Add Today (made the first page and the one shown at start), Learn, the PRACT tab and
    the settings dialog."""
    today = TodayView(window.workspace, window)
    index = window.add_page(
        today, lambda: QCoreApplication.translate("DiagnosisFeature", "Today"), "Ctrl+0"
    )
    window.pages.tabBar().moveTab(index, 0)
    window.pages.setCurrentIndex(0)
    today.partner_requested.connect(lambda pid, tab: open_partner(window, pid, tab))

    learn = LearnView(window.workspace, window)
    window.add_page(
        learn, lambda: QCoreApplication.translate("DiagnosisFeature", "Learn"), "Ctrl+L"
    )

    # The vendor's follow-through stands beside the Trust score (issue 11).
    register_trust_section(follow_through_section)
    tab = PractTab(window.workspace, window.detail.tabs)
    window.detail.add_tab(tab, lambda: QCoreApplication.translate("DiagnosisFeature", "PRACT"))

    settings = QAction(window)
    settings.triggered.connect(
        lambda: (
            window.database is not None and DiagnosisSettingsDialog(window.workspace, window).exec()
        )
    )
    window.tools_menu.addAction(settings)

    def retranslate() -> None:
        settings.setText(
            QCoreApplication.translate("DiagnosisFeature", "Signals, Points and &Tiers…")
        )

    retranslate()
    window.tools_menu.aboutToShow.connect(retranslate)


def open_partner(window: MainWindow, partner_id: int, tab: str = "") -> None:
    """Open a partner from Today; ``tab == "pract"`` shows its PRACT tab."""
    window.open_partner(partner_id)
    if tab == "pract":
        for page in window.detail.findChildren(PractTab):
            window.detail.tabs.setCurrentWidget(page)
