"""The import's reasons for rejecting a cell or row, in the UI's language.

``prm_core.importing.messages`` keeps a stable reason key and named parameters on every
``RowError``; this module repeats each English template in a ``translate("ImportMessages",
...)`` call (lupdate reads the source, so the text is written out, not looked up) and fills
in the parameters after translating. A message without a catalogued reason (a wrapped
validation error) is shown as the core wrote it. tests/gui/test_import_messages.py fails
when the two catalogues differ.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from prm_core.importing import ImportRefused, RejectsWording, RowError
from prm_core.importing.messages import KIND_PARAMS, PHRASE_PARAMS, Params
from prm_core.importing.partners import PARTNER_STATUS_LABELS_JA
from prm_core.importing.values import CellError
from prm_core.kinds import (
    EVENT_KIND_LABELS_JA,
    PARTNER_TYPE_LABELS_JA,
    EventKind,
    PartnerStatus,
    PartnerType,
)
from prm_core.reports.diagnostic_import import DiagnosticRefused
from prm_desktop.core_messages import describe, fill
from prm_desktop.i18n import filled, ui_language, unbroken
from prm_desktop.models.labels import event_kind_label, pract_phase_label

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
    "no_such_day": lambda: QCoreApplication.translate(
        "ImportMessages", 'no such day "{value}": month {month} of {year} has {days} days'
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
    "bad_email": lambda: QCoreApplication.translate(
        "ImportMessages", 'malformed email "{value}" (expected name@example.co.jp)'
    ),
    "bad_phone": lambda: QCoreApplication.translate(
        "ImportMessages", 'malformed phone "{value}" (digits, spaces, +, -, parentheses only)'
    ),
    "unknown_kind": lambda: QCoreApplication.translate("ImportMessages", 'unknown kind "{value}"'),
    "unknown_partner_type": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown partner type "{value}"'
    ),
    "unknown_status": lambda: QCoreApplication.translate(
        "ImportMessages", 'unknown status "{value}"'
    ),
    "yes_no": lambda: QCoreApplication.translate("ImportMessages", 'expected yes or no "{value}"'),
    "excel_error": lambda: QCoreApplication.translate(
        "ImportMessages", 'Excel error "{value}"; correct the formula or type the value'
    ),
    "formula_without_result": lambda: QCoreApplication.translate(
        "ImportMessages",
        'formula saved without its result "{value}"; open the workbook in Excel and save it again',
    ),
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
    "refused.not_found": lambda: QCoreApplication.translate(
        "ImportMessages", "file not found: {path}"
    ),
    "refused.too_big": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is {size}, over the import limit of {limit}; split the file or raise the limit",
    ),
    "refused.macro_suffix": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is a macro-enabled or binary workbook ({suffix}), which is not "
        "imported for safety; save it as an Excel workbook (.xlsx) first",
    ),
    "refused.xls": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is an old Excel 97-2003 workbook (.xls); save it as .xlsx first"
    ),
    "refused.unsupported": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: unsupported file type {suffix}; import .csv, .tsv, .txt or .xlsx files",
    ),
    "refused.no_extension": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: unsupported file type (no extension); import .csv, .tsv, .txt or .xlsx files",
    ),
    "refused.empty": lambda: QCoreApplication.translate("ImportMessages", "{name} is empty"),
    "refused.unreadable": lambda: QCoreApplication.translate(
        "ImportMessages", "cannot read {name}: {detail}"
    ),
    "refused.not_text": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is named {suffix} but is {what}, not a text file"
    ),
    "refused.binary_text": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is named {suffix} but holds binary data, not text"
    ),
    "refused.bom_invalid": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} starts with a {bom} byte order mark but holds invalid text at byte offset {offset}",
    ),
    "refused.encoding": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: text encoding not recognised (neither UTF-8 nor Shift_JIS/CP932; "
        "first invalid byte on line {line}, at byte offset {offset}); save it as UTF-8 CSV",
    ),
    "refused.utf8_damaged": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is UTF-8 text but line {line} holds a byte that is not UTF-8 (byte offset "
        "{offset}); correct that line or save the file again as UTF-8 CSV",
    ),
    "refused.no_visible_sheet": lambda: QCoreApplication.translate(
        "ImportMessages", "the workbook has no visible worksheet"
    ),
    "refused.no_such_sheet": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} has no visible worksheet named {sheet}; its sheets: {sheets}"
    ),
    "refused.sheet_of_text": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is a text file and has no sheets: {sheet} cannot be chosen"
    ),
    "refused.not_xlsx": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is named .xlsx but is {what}"
    ),
    "refused.zip_not_workbook": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is a zip archive but not an Excel workbook"
    ),
    "refused.vba": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} contains macros (a VBA project); macro-enabled workbooks are not "
        "imported for safety: save it as an Excel workbook (.xlsx) without macros",
    ),
    "refused.macro_renamed": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is a macro-enabled workbook renamed to .xlsx; it is not imported"
    ),
    "refused.zip_bomb": lambda: QCoreApplication.translate(
        "ImportMessages", "{name}: part {part} expands {size} (a zip bomb?)"
    ),
    "refused.unzipped_size": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} expands to {size} when unzipped, over the limit of {limit}"
    ),
    "refused.damaged_xlsx": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is damaged or truncated (not a readable .xlsx zip archive: {detail})",
    ),
    "refused.claimed_dimension": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: the sheet {sheet} claims {rows} rows × {cols} columns, over the "
        "limit of {max_rows} rows × {max_cols} columns",
    ),
    "refused.workbook_unreadable": lambda: QCoreApplication.translate(
        "ImportMessages", "cannot read the workbook {name}: {detail}"
    ),
    "refused.dimension": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: the sheet {sheet} has {rows} rows × {cols} columns, over the "
        "limit of {max_rows} rows × {max_cols} columns",
    ),
    "refused.sheet_no_header": lambda: QCoreApplication.translate(
        "ImportMessages", "{name}: the sheet {sheet} is empty (not even a header row)"
    ),
    "refused.no_header": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} has no header row (no data at all)"
    ),
    "refused.error_cells": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: the sheet {sheet} has more than {limit} cells with Excel errors (#N/A…) or "
        "formulas saved without their result; correct them in Excel first",
    ),
    "refused.error_cell_unlocated": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}: the sheet {sheet} has a cell with an Excel error or a formula without its "
        "result, and no cell reference says where; open the workbook in Excel and save it again",
    ),
    "refused.too_many_columns": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} has {count} columns, over the limit of {limit}"
    ),
    "refused.csv_error": lambda: QCoreApplication.translate(
        "ImportMessages", "{name}, line {line}: cannot read the CSV ({detail})"
    ),
    "refused.unclosed_quote": lambda: QCoreApplication.translate(
        "ImportMessages",
        '{name}: the quoted cell that starts on line {line} is never closed (a " without its '
        'closing "); add the closing quote, or write a quote inside a cell as ""',
    ),
    "refused.text_after_quote": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name}, line {line}: text follows the closing quote of a cell; put the whole cell in "
        'quotes and write each quote inside it as ""',
    ),
    "refused.too_many_rows": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} has more than {limit} rows, over the limit"
    ),
    "refused.rejects_unwritable": lambda: QCoreApplication.translate(
        "ImportMessages", "cannot write the rejected rows beside the source ({folder}): {detail}"
    ),
    "refused.mapping_missing_headers": lambda: QCoreApplication.translate(
        "ImportMessages", "the mapping names columns the file does not have: {headers}"
    ),
    "refused.unknown_field": lambda: QCoreApplication.translate(
        "ImportMessages",
        'unknown field "{field}" for column "{header}"; fields for {target}: {fields}',
    ),
    "refused.two_columns": lambda: QCoreApplication.translate(
        "ImportMessages", 'two columns feed the field "{field}": "{first}" and "{second}"'
    ),
    "refused.required_missing": lambda: QCoreApplication.translate(
        "ImportMessages", "required column missing: {fields}; found headers: {headers}"
    ),
    "refused.id_conflict": lambda: QCoreApplication.translate(
        "ImportMessages",
        'the ID "{id}" names two different events: {first} {first_kind} and {second} '
        "{second_kind}. An ID must name one event: if that column holds a deal or customer "
        "number, map it to the deal field or leave it unused; if the file comes from another "
        "system than the events imported before, import it under a source of its own (Source "
        "in the import wizard, --source on the command line)",
    ),
    "corporate_number.chars": lambda: QCoreApplication.translate(
        "ImportMessages", 'corporate number "{value}" must contain only digits, spaces and hyphens'
    ),
    "corporate_number.length": lambda: QCoreApplication.translate(
        "ImportMessages", 'corporate number "{value}" has {digits} digits, not {length}'
    ),
    "corporate_number.check_digit": lambda: QCoreApplication.translate(
        "ImportMessages",
        'corporate number "{value}" fails its check digit (first digit {first}, '
        "expected {expected})",
    ),
    "diag.not_found": lambda: QCoreApplication.translate(
        "ImportMessages", "file not found: {path}"
    ),
    "diag.macro_suffix": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is a macro-enabled workbook ({suffix}); macros are never "
        "imported. Save it in Excel as an Excel Workbook (.xlsx) and import that "
        "file.",
    ),
    "diag.not_xlsx": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is not an Excel workbook (.xlsx); the returned diagnostic must "
        "stay in the .xlsx format it was sent in.",
    ),
    "diag.too_large": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is {size} MB; a returned diagnostic is at most {limit} MB. This "
        "is not the workbook that was sent.",
    ),
    "diag.too_many_parts": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} holds {count} parts; a diagnostic holds a few dozen."
    ),
    "diag.unpacked": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} unpacks to {size} MB; a diagnostic unpacks to well under {limit} MB.",
    ),
    "diag.macro_part": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} contains macros ({part}); macros are never imported. Save it as "
        "an Excel Workbook (.xlsx) without macros and import that file.",
    ),
    "diag.macro_content_type": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} contains macros (a macro-enabled content type); macros are never "
        "imported. Save it as an Excel Workbook (.xlsx) without macros and import "
        "that file.",
    ),
    "diag.zip_not_workbook": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is a zip file but not an Excel workbook (no workbook part)."
    ),
    "diag.checksum": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} is damaged: the part {part} fails its checksum."
    ),
    "diag.bad_zip": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is not a readable .xlsx file: it is damaged or incomplete ({detail}).",
    ),
    "diag.unreadable": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} cannot be read as an Excel workbook ({detail})."
    ),
    "diag.no_export_id": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} is not a PRM diagnostic: it carries no export id. Import the "
        "workbook made with Export diagnostic, as the partner returned it.",
    ),
    "diag.meta_differs": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} was altered: its {field} differs between the hidden sheet "
        "({sheet}) and the document properties ({props}).",
    ),
    "diag.meta_not_number": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} was altered: its schema version or partner id is not a number."
    ),
    "diag.schema_file": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} has diagnostic schema version {version}; this version of PRM "
        "Desktop reads version {expected}.",
    ),
    "diag.not_imported": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} was not imported: {problems}."
    ),
    "diag.score_missing": lambda: QCoreApplication.translate(
        "ImportMessages", "the cell named {cell} is missing or was changed"
    ),
    "diag.score_empty": lambda: QCoreApplication.translate(
        "ImportMessages", "the {phase} score ({where}) is empty: choose 0 to 5"
    ),
    "diag.score_not_number": lambda: QCoreApplication.translate(
        "ImportMessages", "the {phase} score ({where}) is {value}, not a number: choose 0 to 5"
    ),
    "diag.score_text": lambda: QCoreApplication.translate(
        "ImportMessages",
        "the {phase} score ({where}) holds the text {value}, not a number: choose "
        "0 to 5 from the drop-down",
    ),
    "diag.score_fraction": lambda: QCoreApplication.translate(
        "ImportMessages", "the {phase} score ({where}) is {value}: scores are whole numbers 0 to 5"
    ),
    "diag.score_range": lambda: QCoreApplication.translate(
        "ImportMessages", "the {phase} score ({where}) is {value}: scores go from 0 to 5"
    ),
    "diag.comment_long": lambda: QCoreApplication.translate(
        "ImportMessages",
        "the {phase} comment ({where}) has {length} characters; at most {limit} are kept",
    ),
    "diag.unknown_export": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} carries the export id {export_id}, which this database does not "
        "know: it was exported from another database, or altered.",
    ),
    "diag.partner_gone": lambda: QCoreApplication.translate(
        "ImportMessages", "{name}: its partner no longer exists."
    ),
    "diag.other_partner": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} names the partner {named}, but its export id {export_id} belongs "
        "to another partner, {partner}: the file was altered or mixed up.",
    ),
    "diag.schema_export": lambda: QCoreApplication.translate(
        "ImportMessages", "{name}: export {export_id} has schema version {version}, not {expected}."
    ),
    "diag.already_other": lambda: QCoreApplication.translate(
        "ImportMessages",
        "{name} was already imported on {imported} (assessment dated {assessed}) "
        "with other answers; nothing was changed. Export a new diagnostic for a "
        "new self-assessment.",
    ),
    "diag.failed": lambda: QCoreApplication.translate(
        "ImportMessages", "{name} could not be imported."
    ),
    "what.zip": lambda: QCoreApplication.translate(
        "ImportMessages", "a zip archive (perhaps an .xlsx workbook)"
    ),
    "what.ole": lambda: QCoreApplication.translate(
        "ImportMessages", "an Office binary file (an .xls workbook or a password-protected file)"
    ),
    "what.pdf": lambda: QCoreApplication.translate("ImportMessages", "a PDF document"),
    "what.image": lambda: QCoreApplication.translate("ImportMessages", "an image"),
    "what.archive": lambda: QCoreApplication.translate("ImportMessages", "a compressed archive"),
    "what.binary": lambda: QCoreApplication.translate("ImportMessages", "a binary file"),
    "what.text": lambda: QCoreApplication.translate(
        "ImportMessages", "a text file (a CSV saved with the wrong extension?)"
    ),
    "what.not_workbook": lambda: QCoreApplication.translate(
        "ImportMessages", "not an Excel workbook"
    ),
}


def _param(name: str, value: str) -> str:
    """A parameter as the sentence shows it: a phrase or a PRACT phase in the UI's language."""
    if name in PHRASE_PARAMS:
        phrase = TRANSLATED.get(value)
        return phrase() if phrase is not None else value
    if name == "phase":
        return pract_phase_label(value)
    if name in KIND_PARAMS:
        return event_kind_label(value)
    return value


def reason_text(reason: str | None, params: Params, fallback: str) -> str:
    """A catalogued reason in the UI's language; ``fallback`` (the core's English) when the
    reason is not catalogued or a translation names a parameter it was not given."""
    template = TRANSLATED.get(reason or "")
    if template is None:
        return fallback
    values = {name: _param(name, value) for name, value in params}
    return fill(template(), values, fallback)


def row_error_text(error: RowError) -> str:
    """Why a row was rejected, in the UI's language."""
    return reason_text(error.reason, error.params, error.message)


def _spellings(keys: Iterable[str], ja_labels: Mapping[str, str]) -> str:
    """Each accepted value with its other spelling: "ログイン（login）" on a Japanese screen,
    "login (ログイン)" on an English one; both spellings are accepted in a file."""
    if ui_language() == "ja":
        items = [unbroken(f"{ja_labels[k]}（{k}）" if k in ja_labels else k) for k in keys]
        return "、".join(items)
    # commas, not ``listed``'s semicolons: short words, like the accepted values in English
    return ", ".join(f"{k} ({ja_labels[k]})" if k in ja_labels else k for k in keys)


def accepted_values_hints(errors: Sequence[RowError]) -> list[str]:
    """For rows refused because of an unknown kind, type or status, or an unreadable date:
    one line naming what the import accepts, so the user knows what to write instead
    ("資料ダウンロード" → 資料DL, "2026.4月1日" → 2026年4月1日)."""
    reasons = {e.reason for e in errors}
    status_ja: dict[str, str] = {}
    for label, key in PARTNER_STATUS_LABELS_JA.items():
        status_ja.setdefault(key, label)  # the first spelling of each status
    vocabularies: list[tuple[str, Callable[[], str], list[str], Mapping[str, str]]] = [
        (
            "unknown_kind",
            lambda: QCoreApplication.translate("ImportMessages", "Kinds a file can use: %1"),
            [k.value for k in EventKind],
            {k.value: label for k, label in EVENT_KIND_LABELS_JA.items()},
        ),
        (
            "unknown_partner_type",
            lambda: QCoreApplication.translate(
                "ImportMessages", "Partner types a file can use: %1"
            ),
            [t.value for t in PartnerType],
            {t.value: label for t, label in PARTNER_TYPE_LABELS_JA.items()},
        ),
        (
            "unknown_status",
            lambda: QCoreApplication.translate("ImportMessages", "Statuses a file can use: %1"),
            [t.value for t in PartnerStatus],
            status_ja,
        ),
    ]
    hints = [
        template().replace("%1", _spellings(keys, labels))
        for reason, template, keys, labels in vocabularies
        if reason in reasons
    ]
    if "unparseable_date" in reasons:
        hints.append(
            QCoreApplication.translate(
                "ImportMessages",
                "Dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日, or an Excel date "
                "cell; an event's time follows its date: 2026/4/1 9:30, 2026-04-01T09:30+09:00",
            )
        )
    return hints


def rejects_note(errors: Sequence[RowError]) -> str:
    """One row's note in the rejects file: "row 7: Kind: unknown kind ..." in the UI's
    language. Called on the import's worker thread (``translate`` is thread-safe)."""
    parts = [
        filled(
            QCoreApplication.translate("ImportMessages", "%1: %2", "a column and its problem"),
            e.header or e.column or "",
            row_error_text(e),
        )
        if e.column
        else row_error_text(e)
        for e in errors
    ]
    where = (
        filled(QCoreApplication.translate("ImportMessages", "row %1: "), str(errors[0].row))
        if errors
        else ""
    )
    separator = QCoreApplication.translate(
        "ImportMessages", "; ", "between the problems of one row in the rejects file"
    )
    return where + separator.join(parts)


def rejects_wording() -> RejectsWording:
    """The rejects file's extra column in the UI's language: a Japanese user opening it in
    Excel reads why each row was left out in Japanese."""
    header = QCoreApplication.translate("ImportMessages", "problem", "rejects file column")
    return RejectsWording(header=header, note=rejects_note)


def problem_text(exc: BaseException) -> str:
    """A refused file, a bad cell or a refused diagnostic workbook in the UI's language;
    any other exception as ``core_messages.describe`` words it (a busy or read-only
    database during an import is catalogued too)."""
    if isinstance(exc, (ImportRefused, CellError)):
        return reason_text(exc.reason, exc.params, str(exc))
    if isinstance(exc, DiagnosticRefused):
        params = exc.params
        if exc.problems:  # "X was not imported: a; b." with each problem worded too
            # Japanese lays each problem on its own line ("\n・"), so not ``listed``
            separator = QCoreApplication.translate("ImportMessages", "; ")
            problems = separator.join(reason_text(k, p, "") or "?" for k, p in exc.problems)
            params = tuple((n, problems if n == "problems" else v) for n, v in params)
        return reason_text(exc.key, params, str(exc))
    return describe(exc)


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
    return filled(
        QCoreApplication.translate("ImportMessages", "CSV, encoding %1, delimiter %2"),
        ENCODING_NAMES.get(encoding, encoding),
        delimiters.get(delimiter, delimiter),
    )
