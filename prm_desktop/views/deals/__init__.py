"""Deal registrations in the main window: the Deals page (Ctrl+5) with its conflict panel,
and the partner detail's own registrations. Listed in ``prm_desktop.features``."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from prm_desktop.views.deals.deals_view import DealsView
from prm_desktop.views.deals.partner_deals_tab import PartnerDealsTab

if TYPE_CHECKING:
    from prm_desktop.views.main_window import MainWindow

__all__ = ["DealsView", "PartnerDealsTab", "attach"]


def attach(window: MainWindow) -> None:
    """Add the Deals page and the partner tab; both open partners through the window."""
    view = DealsView(window.workspace, window)
    window.add_page(view, lambda: QCoreApplication.translate("DealsFeature", "Deals"), "Ctrl+5")
    view.partner_requested.connect(lambda pid, tab: _open(window, pid, tab))
    tab = PartnerDealsTab(window.workspace, window.detail.tabs)
    window.detail.add_tab(
        tab, lambda: QCoreApplication.translate("DealsFeature", "Deal registrations")
    )


def _open(window: MainWindow, partner_id: int, tab: str) -> None:
    window.open_partner(partner_id)
    if tab == "deals":
        for page in window.detail.findChildren(PartnerDealsTab):
            window.detail.tabs.setCurrentWidget(page)
