"""Locating shipped resources (source tree or PyInstaller bundle) and registering fonts."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

JAPANESE_FONT_FILE = "ipaexg.ttf"


def resources_dir() -> Path:
    """``resources/`` beside the packages, or at the root of a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def register_fonts(app: QApplication) -> str | None:
    """Register the shipped Japanese TrueType font so Japanese never renders as boxes.

    The font goes after the platform's default UI font in the substitution order: Latin text
    keeps the native look, and any glyph the default font lacks falls back to IPAexGothic.
    Returns the registered family, or None when the file is missing.
    """
    font_id = QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / JAPANESE_FONT_FILE))
    if font_id < 0:
        return None
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    families = [f for f in font.families() if f != family] or [font.family()]
    font.setFamilies([*families, family])
    app.setFont(font)
    return family
