"""Common ground of the partner detail tabs: which partner, when to refresh."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from prm_core.services.changes import Changes
from prm_desktop.workspace import Workspace


class PartnerTab(QWidget):
    """A tab shows one partner; it reloads lazily when shown after a relevant change."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.partner_id: int | None = None
        self._dirty = False

    def show_partner(self, partner_id: int | None) -> None:
        self.partner_id = partner_id
        self.mark_dirty()

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self._reload()

    def _reload(self) -> None:
        self._dirty = False
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self._reload()
        super().showEvent(event)

    def on_changes(self, changes: Changes) -> None:
        if self.partner_id is None:
            return
        if changes.partner_id not in (None, self.partner_id):
            return
        if self.wants(changes):
            self.mark_dirty()

    def wants(self, changes: Changes) -> bool:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Re-set texts after a language switch."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
