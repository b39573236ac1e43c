"""Cells merged down several rows read as their value on every row they span.

Excel keeps a merged range's value in its top-left cell only; the others are empty in the
file. A partner merged over its three deal rows, or a deal's amount merged over its
案件登録/提案/受注 rows, means that value on each of those rows, as the sheet shows it:
read cell by cell, the rows below would lose their partner (rejected as "missing value")
or their amount (imported without one, in silence). ``MergedFill`` copies the value down
the range's first column as the batches stream past; the report lists the ranges.

A blank row inside a merge (a spacer) stays blank. A merge across columns within a row
fills nothing: the value belongs to its first column
(a name merged over the next, empty column is still a name, not two). Ranges that start
in the header row or above it are left alone (a title, a two-row header): only data is
filled.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from prm_core.importing.error_cells import column_letter
from prm_core.importing.values import Cell, is_blank, note_text

#: calamine's form: ((first row, first column), (last row, last column)), 0-based, absolute.
CalamineRange = tuple[tuple[int, int], tuple[int, int]]


@dataclass
class _Range:
    ref: str  # A1 notation, "B2:B4"
    top: int  # Excel row numbers (1-based)
    bottom: int
    column: int  # record index (0-based, the sheet's first used column is 0)
    value: Cell = None
    read: bool = False  # value taken from the top row
    note: bool = False  # the top row is a note (a merged ※ box): not data, not reported


class MergedFill:
    """Fills the ranges merged down rows below ``header_row`` into each batch's records
    (those in the table's ``width`` columns: a merged note beside the table is not data)."""

    def __init__(
        self, ranges: list[CalamineRange], header_row: int, column_offset: int, width: int
    ) -> None:
        kept = [
            ((r0, c0), (r1, c1))
            for (r0, c0), (r1, c1) in ranges
            if r0 + 1 > header_row and r1 > r0 and 0 <= c0 - column_offset < width
        ]
        kept.sort()
        self._ranges = [
            _Range(
                f"{column_letter(c0)}{r0 + 1}:{column_letter(c1)}{r1 + 1}",
                r0 + 1,
                r1 + 1,
                c0 - column_offset,
            )
            for (r0, c0), (r1, c1) in kept
        ]
        self._width = width
        self._waiting = self._ranges[::-1]  # popped from the end, top row first
        self._active: list[_Range] = []

    def refs_read(self, columns: Collection[int]) -> list[str]:
        """The ranges that changed what was imported: those in a column a field reads
        (``columns``, record indexes) whose top row is no note (a merged ※ box)."""
        return [rng.ref for rng in self._ranges if rng.column in columns and not rng.note]

    def __bool__(self) -> bool:
        return bool(self._waiting or self._active)

    def apply(self, records: list[list[Cell]], first_row: int) -> None:
        """Fill ``records`` (Excel rows ``first_row`` onwards, in file order)."""
        last_row = first_row + len(records) - 1
        waiting, active = self._waiting, self._active
        while waiting and waiting[-1].top <= last_row:
            active.append(waiting.pop())
        for rng in active:
            col = rng.column
            if not rng.read:
                anchor = records[rng.top - first_row]  # its top row is in this batch
                rng.value = anchor[col] if col < len(anchor) else ""
                rng.read = True
                rng.note = note_text(anchor[: self._width]) is not None
            for row in range(max(rng.top + 1, first_row), min(rng.bottom, last_row) + 1):
                record = records[row - first_row]
                # a spacer row inside a merge stays blank (and skipped)
                if col < len(record) and not is_blank(record):
                    record[col] = rng.value
        self._active = [rng for rng in active if rng.bottom > last_row]
