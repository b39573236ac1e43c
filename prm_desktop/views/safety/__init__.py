"""The safety feature in the main window (backups, restore, banners); see ``controller``.

``attach(window)`` is listed in ``prm_desktop.features.FEATURE_MODULES``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from prm_desktop.views.main_window import MainWindow


def attach(window: MainWindow) -> None:
    from prm_desktop.views.safety.controller import SafetyController

    SafetyController(window)  # a child of the window: find it with window.findChild
