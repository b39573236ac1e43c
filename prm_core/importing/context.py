"""What every target importer shares: the open transaction, the column map, the options.

An importer turns one ``Batch`` of records into rows of its table. ``process`` validates
every record, reports the invalid ones back as ``Rejected`` and, when ``write`` is true,
writes the valid ones; the runner decides ``write`` (all-or-nothing stops writing at the
first invalid row and only keeps validating).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import Connection

from prm_core.importing.report import ImportReport, RowError
from prm_core.importing.sources import Batch, Record
from prm_core.importing.values import (
    Cell,
    CellError,
    cell_error,
    is_blank,
    note_text,
    optional_text,
)

__all__ = ["is_blank", "note_text"]  # importers take them from here with their toolkit


@dataclass
class Context:
    conn: Connection
    target: str
    headers: list[str]
    #: field key → column index in a record
    columns: dict[str, int]
    create_missing: bool
    source: str
    report: ImportReport
    dry_run: bool
    estimated_rows: int
    #: Reject rows with values beyond the header (CSV); workbooks ignore such cells.
    strict_width: bool = True

    @property
    def is_sqlite(self) -> bool:
        return self.conn.dialect.name == "sqlite"

    @property
    def width(self) -> int:
        return len(self.headers)

    def header_of(self, key: str) -> str | None:
        index = self.columns.get(key)
        return self.headers[index] if index is not None else None

    def error(self, row: int, key: str | None, problem: CellError) -> RowError:
        header = self.header_of(key) if key else None
        return RowError(row, key, str(problem), header, problem.reason, problem.params)


@dataclass
class Rejected:
    """An invalid record, kept as read so ``--keep-valid`` can write it back out."""

    row: int
    record: Record
    errors: list[RowError]


class Importer(Protocol):
    def process(self, batch: Batch, write: bool) -> list[Rejected]: ...

    def finish(self, commit: bool) -> None:
        """Called once after the last batch (``commit`` says whether the work will be kept)."""


def normalise_record(record: Record, width: int, strict: bool) -> Record | CellError:
    """The record padded (or cut) to the header width, plus one '' sentinel cell that
    unmapped fields read.

    With ``strict`` (CSV), a row with non-empty cells beyond the header is an error message
    instead: usually a value with an unquoted delimiter, which shifts every later cell. In a
    workbook such cells are notes beside the table and are ignored.
    """
    n = len(record)
    if n < width:
        record = [*record, *([""] * (width - n))]
    elif n > width:
        if strict and any(c != "" and c is not None for c in record[width:]):
            if not any(c != "" and c is not None for c in record[:width]):
                return cell_error("values_without_header")
            return cell_error("cell_count", cells=n, width=width)
        record = record[:width]
    record.append("")
    return record


def check_fields(
    ctx: Context,
    row: int,
    record: Record,
    parsers: Sequence[tuple[str, Callable[[Cell], object]]],
) -> tuple[dict[str, object], list[RowError]]:
    """Parse each mapped field on its own, collecting every problem in the row (slow path)."""
    values: dict[str, object] = {}
    errors: list[RowError] = []
    for key, parse in parsers:
        index = ctx.columns.get(key)
        cell: Cell = record[index] if index is not None and index < len(record) else ""
        try:
            values[key] = parse(cell)
        except CellError as exc:
            errors.append(ctx.error(row, key, exc))
    return values, errors


class FieldError(CellError):
    """A row-level check (uniqueness, unknown name) failed for ``key``."""

    def __init__(self, key: str, problem: CellError) -> None:
        super().__init__(str(problem), problem.reason, problem.params)
        self.key = key


class RowImporter:
    """Base for the small tables (partners, persons, contents): clarity over raw speed.

    Subclasses set ``parsers`` and implement ``accept``, which turns one parsed row (and its
    row number, for a table that records where a row came from) into a row to insert, a
    duplicate (None), or raises ``CellError`` naming the field at fault; and ``insert``.
    """

    parsers: list[tuple[str, Callable[[Cell], object]]]

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def accept(self, row: int, values: dict[str, object]) -> dict[str, object] | None:
        raise NotImplementedError

    def insert(self, rows: list[dict[str, object]]) -> None:
        raise NotImplementedError

    def process(self, batch: Batch, write: bool) -> list[Rejected]:
        ctx = self.ctx
        width = ctx.width
        rejected: list[Rejected] = []
        pending: list[dict[str, object]] = []
        duplicates = 0
        row = batch.first_row - 1
        for record in batch.records:
            row += 1
            normal = normalise_record(record, width, ctx.strict_width)
            if isinstance(normal, CellError):
                ctx.report.rows += 1
                rejected.append(Rejected(row, record, [ctx.error(row, None, normal)]))
                continue
            if is_blank(normal[:width]):
                continue
            if (note := note_text(normal[:width])) is not None:
                ctx.report.skip_note(row, note)
                continue
            ctx.report.rows += 1
            values, errors = check_fields(ctx, row, normal, self.parsers)
            if not errors:
                try:
                    accepted = self.accept(row, values)
                except FieldError as exc:
                    errors = [ctx.error(row, exc.key, exc)]
                else:
                    if accepted is None:
                        duplicates += 1
                    else:
                        pending.append(accepted)
            if errors:
                rejected.append(Rejected(row, normal[:width], errors))
        if write:
            if pending:
                self.insert(pending)
            ctx.report.inserted += len(pending)
            ctx.report.duplicates += duplicates
        return rejected

    def finish(self, commit: bool) -> None:
        """Nothing to rebuild for the small tables."""


def limited(max_len: int) -> Callable[[Cell], str | None]:
    """Optional text of at most ``max_len`` characters (the column's VARCHAR size)."""

    def parse(value: Cell) -> str | None:
        text = optional_text(value)
        if text is not None and len(text) > max_len:
            raise cell_error("too_long", length=len(text), limit=max_len)
        return text

    return parse
