"""Normalising text for filter-as-you-type that works for Japanese and English alike."""

from __future__ import annotations

import unicodedata


def normalise(text: str) -> str:
    """NFKC then casefold: full-width ＡＢＣ, half-width ｶﾀｶﾅ and case all match."""
    return unicodedata.normalize("NFKC", text).casefold()


def matches(haystack: str, query: str) -> bool:
    """True when every whitespace-separated term of ``query`` occurs in ``haystack``.

    ``haystack`` must already be normalised; the query is normalised here.
    """
    return all(term in haystack for term in normalise(query).split())
