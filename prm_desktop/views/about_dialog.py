"""Help → About: what this is and which versions run it (what support asks first)."""

from __future__ import annotations

import html

import pyqtgraph
import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

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
    # One line each, never wrapped: a message box is narrow, and a wrapped path or version
    # splits mid-word (prm-／desktop.log). The box widens to the longest line instead.
    lines = html.escape(versions_text(database) + "\n" + log_line)
    box.setInformativeText(f'<p style="white-space:pre">{lines}</p>')
    box.exec()
