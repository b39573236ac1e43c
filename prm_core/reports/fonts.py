"""The one font of every PDF: IPAexGothic, shipped in ``resources/fonts/`` (IPA Font License
v1.0, see ``resources/fonts/IPA_Font_License_Agreement_v1.0.txt`` and the README).

reportlab embeds a registered TrueType font as a subset (only the glyphs used), so Japanese
renders on any computer and the files stay small. Its built-in default, Helvetica, is never
embedded: every style, every chart string and the canvas's initial font use :data:`FONT`.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

FONT = "IPAexGothic"
FONT_FILE = "ipaexg.ttf"

_lock = threading.Lock()
_registered = threading.Event()


class FontMissingError(RuntimeError):
    """The shipped font file is not where it should be (a broken installation)."""


def resources_dir() -> Path:
    """``resources/`` beside the packages, or at the root of a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent.parent / "resources"


def font_path() -> Path:
    return resources_dir() / "fonts" / FONT_FILE


def register_font() -> str:
    """Register IPAexGothic with reportlab once per process (thread-safe); returns its name.

    Bold and italic map to the same face (the font has no bold): emphasis in the PDF comes
    from size and colour, never from a face reportlab would have to fall back for.
    """
    if _registered.is_set():
        return FONT
    with _lock:
        if _registered.is_set():
            return FONT
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        path = font_path()
        if not path.is_file():
            raise FontMissingError(f"The PDF font is missing: {path}")
        pdfmetrics.registerFont(TTFont(FONT, str(path)))
        for bold in (0, 1):
            for italic in (0, 1):
                addMapping(FONT, bold, italic, FONT)
        _registered.set()
    return FONT
