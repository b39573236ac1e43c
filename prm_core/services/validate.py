"""Small validators shared by the services; each raises ``ValidationError`` with the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from prm_core.services.errors import ValidationError

# Deliberately simple: one @, a dot in the domain, no spaces. Real validation is a mail sent.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^[0-9+\-() .]{5,30}$")


def clean_text(value: str | None) -> str:
    """NFC and stripped; line breaks inside are kept (1on1 notes)."""
    return unicodedata.normalize("NFC", value or "").strip()


def required(value: str | None, field: str, label: str, max_len: int = 200) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(f"{label} must not be empty.", field)
    if len(text) > max_len:
        raise ValidationError(
            f"{label} is too long ({len(text)} characters, at most {max_len}).", field
        )
    return text


def optional(value: str | None, field: str, label: str, max_len: int = 200) -> str | None:
    text = clean_text(value)
    if len(text) > max_len:
        raise ValidationError(
            f"{label} is too long ({len(text)} characters, at most {max_len}).", field
        )
    return text or None


def email(value: str | None, field: str = "email") -> str | None:
    text = optional(value, field, "Email", 254)
    if text is not None:
        text = unicodedata.normalize("NFKC", text)
        if not _EMAIL.match(text):
            raise ValidationError(
                f'Email "{text}" is malformed (expected name@example.co.jp).', field
            )
    return text


def phone(value: str | None, field: str = "phone") -> str | None:
    text = optional(value, field, "Phone", 50)
    if text is not None:
        text = unicodedata.normalize("NFKC", text)
        if not _PHONE.match(text):
            raise ValidationError(
                f'Phone "{text}" is malformed (digits, spaces, +, -, parentheses only).', field
            )
    return text


def one_of(value: str, allowed: Iterable[str], field: str, label: str) -> str:
    options = list(allowed)
    if value not in options:
        raise ValidationError(f'{label} "{value}" is not one of: {", ".join(options)}.', field)
    return value


def date_order(
    start: date | None, end: date | None, field: str, start_label: str, end_label: str
) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            f"{end_label} ({end.isoformat()}) is before {start_label} ({start.isoformat()}).",
            field,
        )


def score(value: int, field: str, label: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
        raise ValidationError(f"{label} score {value!r} is out of range (0–5).", field)
    return value
