"""Intervention categories: free text, with the suggested ones known in both languages.

A manager files interventions under categories ("同行営業", "Coaching", their own words).
The suggested categories (``signal_base.DEFAULT_CATEGORIES`` and "Other") are stored under
their English key whichever language they were chosen or typed in, so one category stays
one row in Learn when the UI language changes or a team shares a PostgreSQL database; the
GUI shows each in the user's language. Any other category is kept exactly as typed.
"""

from __future__ import annotations

from typing import Final

#: Every suggested category (English key) and its Japanese name.
JAPANESE: Final[dict[str, str]] = {
    "Training": "研修",
    "Co-selling": "同行営業",
    "Sales materials": "資料提供",
    "1on1": "1on1",
    "Reactivation": "再活性化",
    "Enablement": "育成",
    "Coaching": "コーチング",
    "Onboarding": "オンボーディング",
    "Follow-up": "フォローアップ",
    "Deal follow-up": "案件フォロー",
    "Conflict resolution": "競合調整",
    "Other": "その他",
}

#: The categories the intervention form offers, in this order (the user may type any other).
SUGGESTED: Final[tuple[str, ...]] = tuple(JAPANESE)

_KEYS: Final[dict[str, str]] = {
    **{key.casefold(): key for key in JAPANESE},
    **{name: key for key, name in JAPANESE.items()},
}


def canonical_category(text: str) -> str:
    """The stored form: a suggested category's English key, anything else as typed."""
    stripped = text.strip()
    return _KEYS.get(stripped.casefold(), _KEYS.get(stripped, stripped))


def category_label(category: str, language: str) -> str:
    """How ``category`` reads in ``language`` ("ja" or "en")."""
    key = canonical_category(category)
    if language == "ja":
        return JAPANESE.get(key, category)
    return key if key in JAPANESE else category
