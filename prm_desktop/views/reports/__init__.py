"""Reports in the GUI: Export QBR (one partner, or every active partner with progress and
cancel), Print and Print Preview of the same PDF, Export diagnostic, Import returned
diagnostic (File menu) and Export portfolio. Listed in ``prm_desktop.features``."""

from __future__ import annotations

from typing import Any


def attach(window: Any) -> None:
    """Add the report actions to the main window (Tools and File menus, partner overview)."""
    from prm_desktop.views.reports.controller import ReportsController

    ReportsController(window)  # owned by the window (QObject parent)
