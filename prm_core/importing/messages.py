"""Why an import rejects a cell or a row: a stable ``reason`` key and named parameters.

prm_core never imports Qt, so the GUI cannot ask it for Japanese. A ``RowError`` carries the
English ``message`` (what the CLI's JSON and the rejects file print) and also the ``reason``
key and ``params`` it was made from; ``prm_desktop/models/import_messages.py`` holds the same
English templates in ``translate()`` calls and words the reason in the UI's language. A test
fails when the two catalogues differ.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Self

CATALOGUE: Final[dict[str, str]] = {
    "missing": "missing value",
    "nul": "contains a NUL character",
    "too_long": "too long ({length} characters, at most {limit})",
    "date_out_of_range": 'date out of range "{value}"',
    "unparseable_date": 'unparseable date "{value}"',
    "no_such_day": 'no such day "{value}": month {month} of {year} has {days} days',
    "date_has_time": 'expected a date without a time "{value}"',
    "unparseable_amount": 'unparseable amount "{value}"',
    "whole_yen": 'amount must be whole yen "{value}"',
    "negative_amount": 'negative amount "{value}"',
    "amount_too_large": 'amount too large "{value}"',
    "bad_email": 'malformed email "{value}" (expected name@example.co.jp)',
    "bad_phone": 'malformed phone "{value}" (digits, spaces, +, -, parentheses only)',
    "unknown_kind": 'unknown kind "{value}"',
    "unknown_partner_type": 'unknown partner type "{value}"',
    "unknown_status": 'unknown status "{value}"',
    "yes_no": 'expected yes or no "{value}"',
    "excel_error": 'Excel error "{value}"; correct the formula or type the value',
    "formula_without_result": (
        'formula saved without its result "{value}"; open the workbook in Excel and save it again'
    ),
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
    # a file refused as a whole (ImportRefused), before any row is read
    "refused.not_found": "file not found: {path}",
    "refused.too_big": (
        "{name} is {size}, over the import limit of {limit}; split the file or raise the limit"
    ),
    "refused.macro_suffix": (
        "{name} is a macro-enabled or binary workbook ({suffix}), which is not imported "
        "for safety; save it as an Excel workbook (.xlsx) first"
    ),
    "refused.xls": "{name} is an old Excel 97-2003 workbook (.xls); save it as .xlsx first",
    "refused.unsupported": (
        "{name}: unsupported file type {suffix}; import .csv, .tsv, .txt or .xlsx files"
    ),
    "refused.no_extension": (
        "{name}: unsupported file type (no extension); import .csv, .tsv, .txt or .xlsx files"
    ),
    "refused.empty": "{name} is empty",
    "refused.unreadable": "cannot read {name}: {detail}",
    "refused.not_text": "{name} is named {suffix} but is {what}, not a text file",
    "refused.binary_text": "{name} is named {suffix} but holds binary data, not text",
    "refused.bom_invalid": (
        "{name} starts with a {bom} byte order mark but holds invalid text at byte offset {offset}"
    ),
    "refused.encoding": (
        "{name}: text encoding not recognised (neither UTF-8 nor Shift_JIS/CP932; first "
        "invalid byte on line {line}, at byte offset {offset}); save it as UTF-8 CSV"
    ),
    "refused.utf8_damaged": (
        "{name} is UTF-8 text but line {line} holds a byte that is not UTF-8 (byte offset "
        "{offset}); correct that line or save the file again as UTF-8 CSV"
    ),
    "refused.no_visible_sheet": "the workbook has no visible worksheet",
    "refused.no_such_sheet": "{name} has no visible worksheet named {sheet}; its sheets: {sheets}",
    "refused.sheet_of_text": "{name} is a text file and has no sheets: {sheet} cannot be chosen",
    "refused.not_xlsx": "{name} is named .xlsx but is {what}",
    "refused.zip_not_workbook": "{name} is a zip archive but not an Excel workbook",
    "refused.vba": (
        "{name} contains macros (a VBA project); macro-enabled workbooks are not imported for "
        "safety: save it as an Excel workbook (.xlsx) without macros"
    ),
    "refused.macro_renamed": (
        "{name} is a macro-enabled workbook renamed to .xlsx; it is not imported"
    ),
    "refused.zip_bomb": "{name}: part {part} expands {size} (a zip bomb?)",
    "refused.unzipped_size": "{name} expands to {size} when unzipped, over the limit of {limit}",
    "refused.damaged_xlsx": (
        "{name} is damaged or truncated (not a readable .xlsx zip archive: {detail})"
    ),
    "refused.claimed_dimension": (
        "{name}: the sheet {sheet} claims {rows} rows × {cols} columns, over the limit of "
        "{max_rows} rows × {max_cols} columns"
    ),
    "refused.workbook_unreadable": "cannot read the workbook {name}: {detail}",
    "refused.dimension": (
        "{name}: the sheet {sheet} has {rows} rows × {cols} columns, over the limit of "
        "{max_rows} rows × {max_cols} columns"
    ),
    "refused.no_header": "{name} has no header row (no data at all)",
    "refused.sheet_no_header": "{name}: the sheet {sheet} is empty (not even a header row)",
    "refused.error_cells": (
        "{name}: the sheet {sheet} has more than {limit} cells with Excel errors (#N/A…) or "
        "formulas saved without their result; correct them in Excel first"
    ),
    "refused.error_cell_unlocated": (
        "{name}: the sheet {sheet} has a cell with an Excel error or a formula without its "
        "result, and no cell reference says where; open the workbook in Excel and save it again"
    ),
    "refused.too_many_columns": "{name} has {count} columns, over the limit of {limit}",
    "refused.csv_error": "{name}, line {line}: cannot read the CSV ({detail})",
    "refused.unclosed_quote": (
        '{name}: the quoted cell that starts on line {line} is never closed (a " without its '
        'closing "); add the closing quote, or write a quote inside a cell as ""'
    ),
    "refused.text_after_quote": (
        "{name}, line {line}: text follows the closing quote of a cell; put the whole cell in "
        'quotes and write each quote inside it as ""'
    ),
    "refused.too_many_rows": "{name} has more than {limit} rows, over the limit",
    "refused.rejects_unwritable": (
        "cannot write the rejected rows beside the source ({folder}): {detail}"
    ),
    "refused.mapping_missing_headers": (
        "the mapping names columns the file does not have: {headers}"
    ),
    "refused.unknown_field": (
        'unknown field "{field}" for column "{header}"; fields for {target}: {fields}'
    ),
    "refused.two_columns": 'two columns feed the field "{field}": "{first}" and "{second}"',
    "refused.required_missing": "required column missing: {fields}; found headers: {headers}",
    "refused.id_conflict": (
        'the ID "{id}" names two different events: {first} {first_kind} and {second} '
        "{second_kind}. An ID must name one event: if that column holds a deal or customer "
        "number, map it to the deal field or leave it unused; if the file comes from another "
        "system than the events imported before, import it under a source of its own (Source "
        "in the import wizard, --source on the command line)"
    ),
    "corporate_number.chars": (
        'corporate number "{value}" must contain only digits, spaces and hyphens'
    ),
    "corporate_number.length": 'corporate number "{value}" has {digits} digits, not {length}',
    "corporate_number.check_digit": (
        'corporate number "{value}" fails its check digit (first digit {first}, expected '
        "{expected})"
    ),
    # a returned PRACT diagnostic workbook (prm_core.reports.diagnostic_import)
    "diag.not_found": "file not found: {path}",
    "diag.macro_suffix": (
        "{name} is a macro-enabled workbook ({suffix}); macros are never imported. Save it in "
        "Excel as an Excel Workbook (.xlsx) and import that file."
    ),
    "diag.not_xlsx": (
        "{name} is not an Excel workbook (.xlsx); the returned diagnostic must stay in the "
        ".xlsx format it was sent in."
    ),
    "diag.too_large": (
        "{name} is {size} MB; a returned diagnostic is at most {limit} MB. This is not the "
        "workbook that was sent."
    ),
    "diag.too_many_parts": "{name} holds {count} parts; a diagnostic holds a few dozen.",
    "diag.unpacked": (
        "{name} unpacks to {size} MB; a diagnostic unpacks to well under {limit} MB."
    ),
    "diag.macro_part": (
        "{name} contains macros ({part}); macros are never imported. Save it as an Excel "
        "Workbook (.xlsx) without macros and import that file."
    ),
    "diag.macro_content_type": (
        "{name} contains macros (a macro-enabled content type); macros are never imported. "
        "Save it as an Excel Workbook (.xlsx) without macros and import that file."
    ),
    "diag.zip_not_workbook": ("{name} is a zip file but not an Excel workbook (no workbook part)."),
    "diag.checksum": "{name} is damaged: the part {part} fails its checksum.",
    "diag.bad_zip": (
        "{name} is not a readable .xlsx file: it is damaged or incomplete ({detail})."
    ),
    "diag.unreadable": "{name} cannot be read as an Excel workbook ({detail}).",
    "diag.no_export_id": (
        "{name} is not a PRM diagnostic: it carries no export id. Import the workbook made "
        "with Export diagnostic, as the partner returned it."
    ),
    "diag.meta_differs": (
        "{name} was altered: its {field} differs between the hidden sheet ({sheet}) and the "
        "document properties ({props})."
    ),
    "diag.meta_not_number": (
        "{name} was altered: its schema version or partner id is not a number."
    ),
    "diag.schema_file": (
        "{name} has diagnostic schema version {version}; this version of PRM Desktop reads "
        "version {expected}."
    ),
    "diag.not_imported": "{name} was not imported: {problems}.",
    "diag.score_missing": "the cell named {cell} is missing or was changed",
    "diag.score_empty": "the {phase} score ({where}) is empty: choose 0 to 5",
    "diag.score_not_number": "the {phase} score ({where}) is {value}, not a number: choose 0 to 5",
    "diag.score_text": (
        "the {phase} score ({where}) holds the text {value}, not a number: choose 0 to 5 from "
        "the drop-down"
    ),
    "diag.score_fraction": (
        "the {phase} score ({where}) is {value}: scores are whole numbers 0 to 5"
    ),
    "diag.score_range": "the {phase} score ({where}) is {value}: scores go from 0 to 5",
    "diag.comment_long": (
        "the {phase} comment ({where}) has {length} characters; at most {limit} are kept"
    ),
    "diag.unknown_export": (
        "{name} carries the export id {export_id}, which this database does not know: it was "
        "exported from another database, or altered."
    ),
    "diag.partner_gone": "{name}: its partner no longer exists.",
    "diag.other_partner": (
        "{name} names the partner {named}, but its export id {export_id} belongs to another "
        "partner, {partner}: the file was altered or mixed up."
    ),
    "diag.schema_export": (
        "{name}: export {export_id} has schema version {version}, not {expected}."
    ),
    "diag.already_other": (
        "{name} was already imported on {imported} (assessment dated {assessed}) with other "
        "answers; nothing was changed. Export a new diagnostic for a new self-assessment."
    ),
    "diag.failed": "{name} could not be imported.",
    # what a file turned out to be (the ``what`` parameter of not_text and not_xlsx)
    "what.zip": "a zip archive (perhaps an .xlsx workbook)",
    "what.ole": "an Office binary file (an .xls workbook or a password-protected file)",
    "what.pdf": "a PDF document",
    "what.image": "an image",
    "what.archive": "a compressed archive",
    "what.binary": "a binary file",
    "what.text": "a text file (a CSV saved with the wrong extension?)",
    "what.not_workbook": "not an Excel workbook",
}

#: Parameters whose value is itself a catalogue key (a phrase worded in the same language).
PHRASE_PARAMS: Final = frozenset({"what"})
#: Parameters whose value is an event kind key, which the GUI shows as its label.
KIND_PARAMS: Final = frozenset({"first_kind", "second_kind"})

#: A reason's parameters as stored on a frozen ``RowError``: (name, text) pairs.
Params = tuple[tuple[str, str], ...]


def params_of(values: Mapping[str, object]) -> Params:
    return tuple((name, str(value)) for name, value in values.items())


class ReasonedError(Exception):
    """An error whose message is a catalogued sentence: ``str(exc)`` is the English text,
    ``reason`` and ``params`` what it was made from (None for a message from elsewhere)."""

    def __init__(self, message: str, reason: str | None = None, params: Params = ()) -> None:
        super().__init__(message)
        self.reason = reason
        self.params = params

    @classmethod
    def of(cls, reason: str, **params: object) -> Self:
        """The error for a catalogued ``reason``, its English message filled in."""
        values = params_of(params)
        return cls(english(reason, values), reason, values)


def english(reason: str, params: Params) -> str:
    """The English sentence for ``reason`` (raises KeyError for an unknown reason)."""
    values = {k: CATALOGUE[v] if k in PHRASE_PARAMS else v for k, v in params}
    return CATALOGUE[reason].format_map(values)
