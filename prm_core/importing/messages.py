"""Why an import rejects a cell or a row: a stable ``reason`` key and named parameters.

prm_core never imports Qt, so the GUI cannot ask it for Japanese. A ``RowError`` carries the
English ``message`` (what the CLI's JSON and the rejects file print) and also the ``reason``
key and ``params`` it was made from; ``prm_desktop/models/import_messages.py`` holds the same
English templates in ``translate()`` calls and words the reason in the UI's language. A test
fails when the two catalogues differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

CATALOGUE: Final[dict[str, str]] = {
    "missing": "missing value",
    "nul": "contains a NUL character",
    "too_long": "too long ({length} characters, at most {limit})",
    "date_out_of_range": 'date out of range "{value}"',
    "unparseable_date": 'unparseable date "{value}"',
    "date_has_time": 'expected a date without a time "{value}"',
    "unparseable_amount": 'unparseable amount "{value}"',
    "whole_yen": 'amount must be whole yen "{value}"',
    "negative_amount": 'negative amount "{value}"',
    "amount_too_large": 'amount too large "{value}"',
    "unknown_kind": 'unknown kind "{value}"',
    "unknown_partner_type": 'unknown partner type "{value}"',
    "unknown_status": 'unknown status "{value}"',
    "yes_no": 'expected yes or no "{value}"',
    "values_without_header": "row has values only in columns without a header",
    "cell_count": (
        "row has {cells} cells but the header has {width}; a value with an unquoted delimiter?"
    ),
    "unknown_partner": 'unknown partner "{partner}"',
    "unknown_person": 'unknown person "{person}" at "{partner}"',
    "unknown_content": 'unknown content "{content}"',
    "code_in_use": 'code "{code}" is already used by "{holder}"',
    "unknown_deal_status": 'unknown status "{value}"; one of {options} ({options_ja})',
    "expired_status": "expired is computed from the expiry date and cannot be imported",
}

#: A reason's parameters as stored on a frozen ``RowError``: (name, text) pairs.
Params = tuple[tuple[str, str], ...]


def params_of(values: Mapping[str, object]) -> Params:
    return tuple((name, str(value)) for name, value in values.items())


def english(reason: str, params: Params) -> str:
    """The English sentence for ``reason`` (raises KeyError for an unknown reason)."""
    return CATALOGUE[reason].format_map(dict(params))
