"""Japanese and English UI through Qt's translator, switchable at run time."""

from __future__ import annotations

import itertools
import re
import unicodedata

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from prm_desktop.resources import resources_dir

LANGUAGES = ("en", "ja")
SETTINGS_KEY = "ui/language"


def system_language() -> str:
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def filled(template: str, *values: str) -> str:
    """``template`` with %1, %2… replaced by ``values`` in one pass, as ``QString::arg``
    does: a value that itself contains "%2" (a sheet name, a typed date) stays as typed."""
    return re.sub(
        r"%([1-9])",
        lambda m: values[int(m[1]) - 1] if int(m[1]) <= len(values) else m[0],
        template,
    )


#: U+2060 WORD JOINER: no line break on either side, and nothing drawn.
WORD_JOINER = "\u2060"
ZERO_WIDTH_JOINER = "\u200d"
NO_BREAK_SPACE = "\u00a0"
#: Longer items may still wrap inside, so one long name cannot widen a window.
UNBROKEN_MAX = 30


def _attaches(previous: str, char: str) -> bool:
    """True when ``char`` belongs to the character before it (a joiner there would split
    them): a combining mark (か + ゛ as macOS writes it, e + ´), a variation selector, or
    either side of a zero-width joiner."""
    return (
        unicodedata.category(char).startswith("M")
        or "\ufe00" <= char <= "\ufe0f"
        or "\U000e0100" <= char <= "\U000e01ef"
        or ZERO_WIDTH_JOINER in (char, previous)
    )


def unbroken(item: str) -> str:
    """``item`` kept on one line inside wrapped text (up to ``UNBROKEN_MAX`` characters).

    Japanese text may wrap between any two characters, so a list of names in a word-wrapped
    label breaks mid-name (さく／ら通信); joined this way it wraps only between items.
    Characters that belong together (a letter and its combining marks) stay adjacent, and
    a space becomes a no-break space (Qt wraps at a space whatever joins it).
    """
    if len(item) > UNBROKEN_MAX or not item:
        return item
    item = item.replace(" ", NO_BREAK_SPACE)
    parts = [item[0]]
    for previous, char in itertools.pairwise(item):
        if not _attaches(previous, char):
            parts.append(WORD_JOINER)
        parts.append(char)
    return "".join(parts)


def ui_language() -> str:
    """The language the interface shows now ("ja" or "en"), from the default locale that
    ``Translations.switch`` sets: for texts the core words in either language."""
    return "ja" if QLocale().language() == QLocale.Language.Japanese else "en"


def preferred_language() -> str:
    """The language chosen in the menu earlier, else the system locale's."""
    stored = QSettings().value(SETTINGS_KEY)
    return stored if isinstance(stored, str) and stored in LANGUAGES else system_language()


class Translations:
    """Owns the installed translators; ``switch`` makes Qt send LanguageChange to every widget."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def switch(self, language: str, *, remember: bool = False) -> bool:
        if language not in LANGUAGES:
            raise ValueError(f"unsupported language {language!r}")
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        # English has a catalogue too: it carries the plural forms of "%n partner(s)".
        ours = QTranslator(app)
        ok = ours.load(f"prm_{language}", str(resources_dir() / "translations"))
        if ok:
            app.installTranslator(ours)
            self._installed.append(ours)
        if language != "en":
            qt_base = QTranslator(app)  # Qt's own strings: standard buttons, dialogs
            qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_base.load(f"qtbase_{language}", qt_path):
                app.installTranslator(qt_base)
                self._installed.append(qt_base)
        self.language = language if ok or language == "en" else "en"
        QLocale.setDefault(
            QLocale(
                QLocale.Language.Japanese if self.language == "ja" else QLocale.Language.English
            )
        )
        if remember:
            QSettings().setValue(SETTINGS_KEY, self.language)
        return ok
