"""Feature modules that plug pages, tabs and menu actions into the main window.

Each module named here has ``attach(window: MainWindow) -> None``; it adds its widgets with
``window.add_page``, ``window.detail.add_tab`` and ``window.tools_menu`` and connects them to
``window.workspace.bus``. Keeping the list here keeps the main window free of feature code.
Conventions for contributors (strings, translations, tests, no SQL in views): CONTRIBUTING.md.
"""

from __future__ import annotations

FEATURE_MODULES: tuple[str, ...] = (
    "prm_desktop.views.deals",
    "prm_desktop.views.reports",
    "prm_desktop.views.safety",
    "prm_desktop.views.diagnosis",
)
