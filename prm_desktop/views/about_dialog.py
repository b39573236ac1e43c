"""Help → About: what this is and which versions run it (what support asks first)."""

from __future__ import annotations

import pyqtgraph
import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from prm_core.versions import core_versions


def versions_text(database: str | None) -> str:
    lines = [
        *core_versions(),
        f"Qt {qVersion()} · PySide6 {PySide6.__version__}",
        f"pyqtgraph {pyqtgraph.__version__}",
    ]
    if database:
        lines.append(database)
    return "\n".join(lines)


def show_about(parent: QWidget, database: str | None) -> None:
    title = QCoreApplication.translate("AboutDialog", "About PRM Desktop")
    body = QCoreApplication.translate(
        "AboutDialog",
        "PRM Desktop helps channel managers follow every partner company: who sells, "
        "how far onboarding got, and what to do next.",
    )
    box = QMessageBox(
        QMessageBox.Icon.Information, title, body, QMessageBox.StandardButton.Ok, parent
    )
    from prm_desktop.errors import log_file_path

    log_line = QCoreApplication.translate("AboutDialog", "Log file: %1").replace(
        "%1", str(log_file_path())
    )
    info = versions_text(database) + "\n" + log_line
    box.setInformativeText(info)  # plain text: Ctrl+C copies it as shown, for support
    _fit_lines(box, info, parent)
    box.exec()


def _fit_lines(box: QMessageBox, text: str, parent: QWidget | None) -> None:
    """Widen the box to its longest line (up to most of the screen): a message box is
    narrow, and a path or version wrapped there splits mid-word (prm-／desktop.log)."""
    label = box.findChild(QLabel, "qt_msgbox_informativelabel")
    if label is None:
        return
    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    cap = int(screen.availableGeometry().width() * 0.8) if screen is not None else 900
    metrics = label.fontMetrics()
    widest = max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)
    label.setMinimumWidth(min(widest + metrics.averageCharWidth(), cap))
