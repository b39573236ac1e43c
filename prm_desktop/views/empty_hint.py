"""A sentence in the middle of an empty table: what would be listed there, and how to add it.

An empty grid says nothing to someone who has just created a database or a partner; a
muted line ("No persons yet: …") does. The hint is a label over the view's viewport, shown
while the view's model has no rows and re-worded when the language changes. It is a child
of the view, not of the viewport: a view scrolls its viewport's children with the content,
and an empty table still scrolls sideways when its columns are wider than the pane. It
follows the model the view has when the hint is made (none of ours calls ``setModel`` later).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QAbstractItemView, QLabel

#: Margin between the hint and the viewport's edges, in pixels.
MARGIN = 24


class EmptyHint(QLabel):
    """Shown over ``view`` while its model is empty; ``text`` words it (called again on
    every change, so it can say "no match for the filter" when only the filter hides rows)."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.rowsInserted,
            model.rowsRemoved,
            model.layoutChanged,
        ):
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args: object) -> None:
        empty = self._view.model().rowCount() == 0
        if empty:
            self.setText(self._text())
            self._fit()
        self.setVisible(empty)

    def _fit(self) -> None:
        area = self._view.viewport().geometry()  # in the view's coordinates
        self.setGeometry(area.adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and (
            watched is self._view.viewport()
        ):
            self._fit()
        return False

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)
