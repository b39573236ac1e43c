"""Small validators shared by the services; each raises ``ValidationError`` with the field."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Final

from prm_core.safety.messages import Message, message
from prm_core.services.errors import ValidationError
from prm_core.services.messages import CATALOGUE

# Deliberately simple: one @, a dot in the domain, no spaces. Real validation is a mail sent.
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")
_PHONE = re.compile(r"^[0-9+\-() .]{5,30}$")


def clean_text(value: str | None) -> str:
    """NFC and stripped; line breaks inside are kept (1on1 notes)."""
    return unicodedata.normalize("NFC", value or "").strip()


#: A label the services pass in English → its catalogue key (so it is translated too).
#: The first key with a text wins; a field that shares its English with another (a
#: partner's "Owner" is its manager, an action item's is a person) passes its own message.
_LABELS: Final[dict[str, str]] = {}
for _key, _text in CATALOGUE.items():
    if _key.startswith("label."):
        _LABELS.setdefault(_text, _key)

#: What a label may be: English text (its catalogued key is looked up) or a message.
Label = str | Message


def label_of(label: Label) -> Label:
    """The catalogued label for ``label`` when there is one, else ``label`` itself."""
    if isinstance(label, Message):
        return label
    key = _LABELS.get(label)
    return message(key) if key is not None else label


def future(label_key: str, day: date) -> Message:
    """ "<label> <day> is in the future." for a date that must not be (a record of the past)."""
    return message("validation.future", label=message(label_key), date=day.isoformat())


def required(value: str | None, field: str, label: Label, max_len: int = 200) -> str:
    text = clean_text(value)
    if not text:
        raise ValidationError(message("validation.empty", label=label_of(label)), field)
    return _within(text, field, label, max_len)


def optional(value: str | None, field: str, label: Label, max_len: int = 200) -> str | None:
    text = clean_text(value)
    return _within(text, field, label, max_len) or None


def _within(text: str, field: str, label: Label, max_len: int) -> str:
    if len(text) > max_len:
        raise ValidationError(
            message("validation.too_long", label=label_of(label), length=len(text), limit=max_len),
            field,
        )
    return text


def email(value: str | None, field: str = "email") -> str | None:
    text = optional(value, field, "Email", 254)
    if text is not None:
        text = unicodedata.normalize("NFKC", text)
        if not _EMAIL.match(text):
            raise ValidationError(message("validation.email", value=text), field)
    return text


def phone(value: str | None, field: str = "phone") -> str | None:
    text = optional(value, field, "Phone", 50)
    if text is not None:
        text = unicodedata.normalize("NFKC", text)
        if not _PHONE.match(text):
            raise ValidationError(message("validation.phone", value=text), field)
    return text


def one_of(value: str, allowed: Iterable[str], field: str, label: Label) -> str:
    options = list(allowed)
    if value not in options:
        raise ValidationError(
            message(
                "validation.one_of", label=label_of(label), value=value, options=", ".join(options)
            ),
            field,
        )
    return value


def date_order(
    start: date | None, end: date | None, field: str, start_label: Label, end_label: Label
) -> None:
    if start is not None and end is not None and end < start:
        raise ValidationError(
            message(
                "validation.date_order",
                end=label_of(end_label),
                end_date=end.isoformat(),
                start=label_of(start_label),
                start_date=start.isoformat(),
            ),
            field,
        )


def score(value: int, field: str, label: Label) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
        raise ValidationError(
            message("validation.score", label=label_of(label), value=repr(value)), field
        )
    return value
