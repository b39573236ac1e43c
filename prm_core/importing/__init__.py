"""Importing partner activity, partners, persons and contents from CSV and Excel files.

The API the import wizard and the CLI use:

- ``preview(path, n)``: headers and the first rows, refusing unsafe files up front;
- ``auto_mapping(headers, target)`` / ``suggested_mapping`` / ``save_mapping``: which
  column feeds which field;
- ``validate(db, path, kind, mapping)``: the full report without writing anything;
- ``run_import(db, path, kind, mapping, create_missing, keep_valid, progress)``: one
  transaction, all or nothing unless ``keep_valid``; ``progress`` may raise ``Cancelled``.

Refusals of the whole file raise ``ImportRefused``; bad rows never raise, they are listed
in the ``ImportReport``.
"""

from prm_core.importing.columns import (
    FIELDS,
    FieldSpec,
    auto_mapping,
    fields_of,
    header_signature,
    read_mapping_file,
    resolve_mapping,
    save_mapping,
    saved_mapping,
    saved_source,
    suggested_mapping,
    targets,
)
from prm_core.importing.rejects import RejectsWording, rejects_path_for, unused_rejects_path
from prm_core.importing.report import MAX_ERRORS, ImportRefused, ImportReport, RowError
from prm_core.importing.runner import (
    BATCH_ROWS,
    DEFAULT_SOURCE,
    MAX_SOURCE,
    Preview,
    preview,
    run_import,
    source_name,
    validate,
)
from prm_core.importing.sources import DEFAULT_LIMITS, ImportLimits, workbook_sheets

__all__ = [
    "BATCH_ROWS",
    "DEFAULT_LIMITS",
    "DEFAULT_SOURCE",
    "FIELDS",
    "MAX_ERRORS",
    "MAX_SOURCE",
    "FieldSpec",
    "ImportLimits",
    "ImportRefused",
    "ImportReport",
    "Preview",
    "RejectsWording",
    "RowError",
    "auto_mapping",
    "fields_of",
    "header_signature",
    "preview",
    "read_mapping_file",
    "rejects_path_for",
    "resolve_mapping",
    "run_import",
    "save_mapping",
    "saved_mapping",
    "saved_source",
    "source_name",
    "suggested_mapping",
    "targets",
    "unused_rejects_path",
    "validate",
    "workbook_sheets",
]
