"""What an import tells its caller: the per-row problems, the counts, and the refusal error."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from prm_core.importing.messages import Params, ReasonedError

#: Errors kept in a report. A bad 1M-row file must not make an error list of 1M entries;
#: ``rejected`` still counts every rejected row.
MAX_ERRORS = 1000


class ImportRefused(ReasonedError):  # noqa: N818 - names the outcome, like "file rejected"
    """The file as a whole cannot be imported (too big, not what it claims, no usable header).

    Raised before anything is written; ``str(exc)`` is one specific sentence for the user,
    ``reason`` and ``params`` the same for a translation (None for a rare, uncatalogued case).
    """


#: An ``ImportRefused`` for a catalogued reason.
refused = ImportRefused.of


@dataclass(frozen=True, slots=True)
class RowError:
    """One problem with one cell (or a whole row when ``column`` is None).

    ``row`` is the row number the user sees in Excel: the header is row 1, so the first data
    row is row 2. ``column`` is the canonical field name (``kind``, ``occurred_at``...);
    ``header`` is the file's own header text for the same column, for display.
    ``reason`` and ``params`` say what ``message`` says for a translation (the reasons are
    in ``messages.CATALOGUE``; None for a message from elsewhere).
    """

    row: int
    column: str | None
    message: str
    header: str | None = None
    reason: str | None = None
    params: Params = ()

    def to_json(self) -> dict[str, Any]:
        """``reason`` is the stable key (``messages.CATALOGUE``) a script can match on; the
        English ``message`` may be reworded."""
        return {
            "row": self.row,
            "column": self.column,
            "reason": self.reason,
            "message": self.message,
        }


@dataclass
class ImportReport:
    """The outcome of ``run_import`` or ``validate``.

    When the file is rejected (some row invalid, all-or-nothing mode) nothing was written:
    ``inserted`` is 0 and the ``created_*`` lists are empty. After ``validate`` (a dry run)
    the counts and lists say what an import would do.
    """

    kind: str
    inserted: int = 0
    duplicates: int = 0
    rejected: int = 0
    created_partners: list[str] = field(default_factory=list)
    created_persons: list[dict[str, str]] = field(default_factory=list)
    created_contents: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    #: Problems found in total (a row can have several); ``errors`` keeps the first MAX_ERRORS.
    rejected_problems: int = 0
    #: Data rows read (blank rows excluded).
    rows: int = 0
    #: True when the transaction was committed (False for validate, rejection, cancel).
    committed: bool = False
    dry_run: bool = False
    #: Where ``keep_valid`` wrote the rejected rows (None when there were none).
    rejects_path: Path | None = None
    #: How the file was read: format, encoding, delimiter, sheet (for display).
    source_info: dict[str, str] = field(default_factory=dict)
    #: Headers of the columns no field reads (役職名 where the field is 役職): said, never
    #: dropped in silence; a mapping can name their field.
    ignored_columns: list[str] = field(default_factory=list)
    #: Note rows ("※ 上記は…") skipped: (row, text), the first ``MAX_ERRORS``.
    skipped_notes: list[tuple[int, str]] = field(default_factory=list)
    #: Note rows skipped in all.
    notes_skipped: int = 0
    #: Merged cell ranges in the data ("B2:B4"), read as their value on every row they span.
    merged_cells: list[str] = field(default_factory=list)
    #: Created names that read like another ({"kind", "name", "like"} and, for a person,
    #: "partner"): not merged, only said (``names.LookAlikes``).
    similar_names: list[dict[str, str]] = field(default_factory=list)

    def note_columns(self, headers: list[str], used: Iterable[int]) -> None:
        chosen = set(used)
        self.ignored_columns = [h for i, h in enumerate(headers) if i not in chosen]

    def skip_note(self, row: int, text: str) -> None:
        self.notes_skipped += 1
        if len(self.skipped_notes) < MAX_ERRORS:
            self.skipped_notes.append((row, text))

    @property
    def ok(self) -> bool:
        """No row was rejected."""
        return self.rejected == 0

    @property
    def errors_truncated(self) -> bool:
        """More problems were found than ``errors`` lists (see ``MAX_ERRORS``)."""
        return len(self.errors) < self.rejected_problems

    def add_error(self, error: RowError) -> None:
        self.rejected_problems += 1
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(error)

    def to_json(self) -> dict[str, Any]:
        """The CLI's JSON shape (``created_contents`` added to the six keys of the issue)."""
        return {
            "inserted": self.inserted,
            "duplicates": self.duplicates,
            "created_partners": list(self.created_partners),
            "created_persons": [dict(p) for p in self.created_persons],
            "created_contents": list(self.created_contents),
            "rejected": self.rejected,
            "errors": [e.to_json() for e in self.errors],
            "ignored_columns": list(self.ignored_columns),
            "skipped_notes": [{"row": row, "text": text} for row, text in self.skipped_notes],
            "notes_skipped": self.notes_skipped,
            "merged_cells": list(self.merged_cells),
            "similar_names": [dict(s) for s in self.similar_names],
        }
