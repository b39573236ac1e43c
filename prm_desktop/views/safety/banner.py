"""A message strip across the top of the window (read-only file, synced or network folder)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

STYLES = {
    "info": ("#fff4ce", "#c9a400", "#3d3000"),
    "warning": ("#fde7e9", "#d13438", "#4a0b0d"),
}


class Banner(QFrame):
    """A coloured strip with a bold title, a wrapped explanation and, optionally, a close
    button. Signals: dismissed() when the user closes it."""

    dismissed = Signal()

    def __init__(self, kind: str, parent: QWidget | None = None, *, closable: bool = False) -> None:
        super().__init__(parent)
        background, border, text = STYLES[kind]
        self.setObjectName(f"banner_{kind}")
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: {background}; "
            f"border-bottom: 2px solid {border}; }}"
            f"QFrame#{self.objectName()} QLabel {{ color: {text}; }}"
        )
        self.title = QLabel(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 8, 6)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self.close_button: QToolButton | None = None
        if closable:
            self.close_button = QToolButton(self)
            self.close_button.setText("✕")
            self.close_button.setAutoRaise(True)
            self.close_button.clicked.connect(self._dismiss)
            layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_message(self, title: str, text: str) -> None:
        self.title.setText(title)
        self.text.setText(text)
        self.show()

    def _dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
