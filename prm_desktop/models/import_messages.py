"""The import's reasons for rejecting a cell or row, in the UI's language.

``prm_core.importing.messages`` keeps a stable reason key and named parameters on every
``RowError``; this module repeats each English template in a ``translate("ImportMessages",
...)`` call (lupdate reads the source, so the text is written out, not looked up) and fills
in the parameters after translating. A message without a catalogued reason (a wrapped
validation error) is shown as the core wrote it. tests/gui/test_import_messages.py fails
when the two catalogues differ.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from prm_core.importing import RowError

TRANSLATED: dict[str, Callable[[], str]] = {
    "missing": lambda: QCoreApplication.translate("ImportMessages", "missing value"),
    "nul": lambda: QCoreApplication.translate("ImportMessages", "contains a NUL character"),
    "too_long": lambda: QCoreApplication.translate(
        "ImportMessages", "too long ({length} characters, at most {limit})"
    ),
    "date_out_of_range": lambda: QCoreApplication.translate(
        "ImportMessages", 'date out of range "{value}"'
    ),
    "unparseable_date": lambda: QCoreApplication.translate(
        "ImportMessages", 'unparseable date "{value}"'
    ),
    "date_has_time": lambda: QCoreApplication.translate(
        "ImportMessages", 'expected a date without a time "{value}"'
    ),
    "unparseable_amount": lambda: QCoreApplication.translate(
        "ImportMessages", 'unparseable amount "{value}"'
    ),
    "whole_yen": lambda: QCoreApplication.translate(
        "ImportMessages", 'amount must be whole yen "{value}"'
    ),
    "negative_amount": lambda: QCoreApplication.translate(
        "ImportMessages", 'negative amount "{value}"'
    ),
    "amount_too_large": lambda: QCoreApplication.translate(
        "ImportMessages", 'amount too large "{value}"'
    ),
    "unknown_kind": lambda: QCoreApplication.translate("ImportMessages", 'unknown kind "{value}"'),
    "unknown_partner_type": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown partner type "{value}"'
    ),
    "unknown_status": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown status "{value}"'
    ),
    "yes_no": lambda: QCoreApplication.translate("ImportMessages", 'expected yes or no "{value}"'),
    "values_without_header": lambda: QCoreApplication.translate(
        "ImportMessages", "row has values only in columns without a header"
    ),
    "cell_count": lambda: QCoreApplication.translate(
        "ImportMessages",
        "row has {cells} cells but the header has {width}; a value with an unquoted delimiter?",
    ),
    "unknown_partner": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown partner "{partner}"'
    ),
    "unknown_person": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown person "{person}" at "{partner}"'
    ),
    "unknown_content": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown content "{content}"'
    ),
    "code_in_use": lambda: QCoreApplication.translate(
        "ImportMessages", 'code "{code}" is already used by "{holder}"'
    ),
    "unknown_deal_status": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown status "{value}"; one of {options} ({options_ja})'
    ),
    "expired_status": lambda: QCoreApplication.translate(
        "ImportMessages", "expired is computed from the expiry date and cannot be imported"
    ),
}


def row_error_text(error: RowError) -> str:
    """``error``'s reason in the UI's language (its English message when not catalogued)."""
    template = TRANSLATED.get(error.reason or "")
    if template is None:
        return error.message
    try:
        return template().format_map(dict(error.params))
    except (KeyError, IndexError, ValueError):  # a translation naming a parameter it lacks
        return error.message


#: How the encodings the importer detects are known to users.
ENCODING_NAMES = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (BOM)",
    "utf-16": "UTF-16",
    "cp932": "Shift_JIS (CP932)",
}


def source_text(info: dict[str, str]) -> str:
    """How the file was read (``runner.source_info``) in the UI's language."""
    if info.get("format") == "xlsx":
        return QCoreApplication.translate("ImportMessages", "Excel workbook, sheet %1").replace(
            "%1", info.get("sheet", "")
        )
    delimiters = {
        "comma": QCoreApplication.translate("ImportMessages", "comma"),
        "tab": QCoreApplication.translate("ImportMessages", "tab"),
        "semicolon": QCoreApplication.translate("ImportMessages", "semicolon"),
    }
    encoding = info.get("encoding", "")
    delimiter = info.get("delimiter", "")
    return (
        QCoreApplication.translate("ImportMessages", "CSV, encoding %1, delimiter %2")
        .replace("%1", ENCODING_NAMES.get(encoding, encoding))
        .replace("%2", delimiters.get(delimiter, delimiter))
    )
