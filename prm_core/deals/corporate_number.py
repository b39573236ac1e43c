"""The corporate number (法人番号): 13 digits, the first a check digit over the other 12.

check digit = 9 − (Σ Pn × Qn mod 9), Pn the n-th digit counted from the rightmost of the 12,
Qn = 1 for odd n and 2 for even n (domain.md). 7000012050002 is valid, 1000012050002 is not.
Full-width digits, spaces and hyphens (any dash a Japanese keyboard produces) are accepted and
removed before checking.
"""

from __future__ import annotations

import unicodedata
from typing import Final

from prm_core.importing.messages import ReasonedError

LENGTH: Final = 13
#: Separators people type inside a number: spaces and every dash-like character. The long
#: vowel mark ー is included because a Japanese IME produces it for "-" in kana mode.
_SEPARATORS: Final = frozenset(" \t\u3000-‐‑‒–—―−ー－ｰ")


class CorporateNumberError(ReasonedError, ValueError):
    """The text is not a valid corporate number; ``str(exc)`` says why, for the user, and
    ``reason`` and ``params`` the same for a translation (``importing.messages``)."""


_error = CorporateNumberError.of


def check_digit(body: str) -> int:
    """The check digit for the 12 digits after it."""
    if len(body) != LENGTH - 1 or not (body.isascii() and body.isdigit()):
        raise ValueError(f"expected 12 ASCII digits, got {body!r}")
    total = 0
    for n, ch in enumerate(reversed(body), start=1):
        total += int(ch) * (1 if n % 2 else 2)
    return 9 - total % 9


def digits_of(raw: str) -> str:
    """``raw`` as ASCII digits: width folded (NFKC), spaces and hyphens removed."""
    text = unicodedata.normalize("NFKC", raw)
    return "".join(ch for ch in text if ch not in _SEPARATORS and not ch.isspace())


def is_valid(raw: str) -> bool:
    try:
        clean_corporate_number(raw)
    except CorporateNumberError:
        return False
    return True


def clean_corporate_number(raw: str) -> str:
    """The 13 ASCII digits of a valid number; raises ``CorporateNumberError`` otherwise."""
    digits = digits_of(raw)
    if not (digits.isascii() and digits.isdigit()):
        raise _error("corporate_number.chars", value=raw.strip())
    if len(digits) != LENGTH:
        raise _error(
            "corporate_number.length", value=raw.strip(), digits=len(digits), length=LENGTH
        )
    expected = check_digit(digits[1:])
    if int(digits[0]) != expected:
        raise _error(
            "corporate_number.check_digit",
            value=raw.strip(),
            first=digits[0],
            expected=expected,
        )
    return digits


def optional_corporate_number(raw: str | None) -> str | None:
    """None for an empty value, else the cleaned number (raises ``CorporateNumberError``)."""
    if raw is None or not digits_of(raw):
        return None
    return clean_corporate_number(raw)
