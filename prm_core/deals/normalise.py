"""The customer key: one spelling for every way a Japanese company name is written.

``customer_key`` applies NFKC (half-width katakana and full-width letters and digits become
standard; ㈱ becomes (株)), folds case, removes the legal-form words wherever they stand
(株式会社, 有限会社, 合同会社, 合資会社, 合名会社, ㈱, ㈲, (株), (有), K.K., Co., Ltd., Inc.,
Corp., Corporation, LLC, and a few common spellings of the same), then every space and
punctuation mark. So 株式会社アルファ, ㈱アルファ, （株）アルファ, アルファ株式会社 and ｱﾙﾌｧ(株)
are one customer, while アルファ商事 stays another. The key is stored in the indexed
``deal_registrations.customer_key`` column so conflict detection is a grouped query.

The function is idempotent (``customer_key(customer_key(x)) == customer_key(x)``); a name
that is nothing but a legal form keeps its letters so it never collides with every other
such name on the empty key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

#: Japanese legal forms, as NFKC leaves them (㈱ → (株), （株） → (株), ㍿ → 株式会社).
JAPANESE_FORMS: Final = (
    "株式会社",
    "有限会社",
    "合同会社",
    "合資会社",
    "合名会社",
    "(株)",
    "(有)",
    "(同)",
    "(資)",
    "(名)",
)
#: Latin legal forms, matched as whole words (case folded; the dot optional unless noted).
_LATIN_FORMS: Final = (
    r"co\.",  # "Co." only with its dot: a bare "co" is too often part of a name
    r"co\.?,?\s*ltd",
    r"k\.\s*k",
    r"kk",
    r"ltd",
    r"limited",
    r"inc",
    r"incorporated",
    r"corp",
    r"corporation",
    r"llc",
    r"l\.l\.c",
    r"kabushiki\s+kaisha",
    r"kabushikikaisha",
    r"godo\s+kaisha",
    r"yugen\s+kaisha",
)
_LATIN: Final = re.compile(
    r"(?<![0-9a-z])(?:" + "|".join(_LATIN_FORMS) + r")\.?(?![0-9a-z])", re.ASCII
)
_JAPANESE: Final = re.compile("|".join(re.escape(f) for f in JAPANESE_FORMS))
#: Unicode categories dropped from the key: punctuation, symbols, separators, controls.
_DROPPED_CATEGORIES: Final = ("P", "S", "Z", "C")
#: Passes until the key stops changing (each pass only shortens the text; 2 suffice in practice).
_MAX_PASSES: Final = 8


def _fold(text: str) -> str:
    """NFKC, then case folding, then NFKC again (casefold can leave decomposed letters)."""
    return unicodedata.normalize("NFKC", unicodedata.normalize("NFKC", text).casefold())


def without_marks(text: str) -> str:
    """``text`` without punctuation, symbols, spaces or controls."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] not in _DROPPED_CATEGORIES)


def _without_forms(folded: str) -> str:
    text = _LATIN.sub(" ", folded)
    return _JAPANESE.sub(" ", text)


def _once(name: str) -> str:
    folded = _fold(name)
    key = without_marks(_without_forms(folded))
    # Forms split by spaces or punctuation ("株式 会社") only meet once those are gone.
    key = _JAPANESE.sub("", key)
    if not key:
        key = without_marks(folded)  # a name that is only a legal form keeps its letters
    return _fold(key)


@lru_cache(maxsize=65_536)
def customer_key(name: str) -> str:
    """The normalised customer name used to detect that two claims name the same customer."""
    key = _once(name)
    for _ in range(_MAX_PASSES):
        again = _once(key)
        if again == key:
            break
        key = again
    return key


# --- variants (for tests and the benchmark: what the key must absorb) --------------------


def _half_width_table() -> dict[str, str]:
    """Full-width katakana (and the marks) → their half-width spelling, from NFKC itself."""
    table: dict[str, str] = {}
    singles = [chr(c) for c in range(0xFF61, 0xFFA0)]
    for ch in singles:
        table.setdefault(unicodedata.normalize("NFKC", ch), ch)
    for ch in singles:
        for mark in ("ﾞ", "ﾟ"):
            composed = unicodedata.normalize("NFKC", ch + mark)
            if len(composed) == 1:
                table.setdefault(composed, ch + mark)
    return table


_HALF_WIDTH: Final = _half_width_table()


def half_width_katakana(text: str) -> str:
    """Katakana written half-width (ｱﾙﾌｧ), as old systems export it; other text unchanged."""
    return "".join(_HALF_WIDTH.get(ch, ch) for ch in text)


def full_width_ascii(text: str) -> str:
    """ASCII letters, digits and punctuation written full-width (ＡＢＣ１２３)."""
    return "".join(chr(ord(ch) + 0xFEE0) if "!" <= ch <= "~" else ch for ch in text)
