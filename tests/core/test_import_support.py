"""Helpers shared by the import tests: sample files written on the fly, row counts.

Generated files beat committed binaries: each test states the bytes it feeds the importer.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import func, select

from prm_core.database import Database
from prm_core.orm import Content, Event, Partner, Person

EN_HEADER = ["occurred_at", "partner", "person", "kind", "content", "deal", "amount", "external_id"]
JA_HEADER = ["日時", "パートナー", "担当者", "種別", "資料", "案件", "金額", "ID"]


def csv_bytes(
    rows: Sequence[Sequence[object]], *, encoding: str = "utf-8", delimiter: str = ","
) -> bytes:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue().encode(encoding)


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    encoding: str = "utf-8",
    delimiter: str = ",",
) -> Path:
    path.write_bytes(csv_bytes(rows, encoding=encoding, delimiter=delimiter))
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]], *, title: str = "data") -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title)
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def merged_xlsx(
    path: Path, rows: Sequence[Sequence[object]], merges: Sequence[str], start: str = "A1"
) -> Path:
    """A workbook with ``rows`` written from cell ``start`` and ``merges`` ("B2:B4") merged,
    as Excel saves it: the value in the top-left cell, the rest of each range empty."""
    from openpyxl import Workbook
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    letters, first_row = coordinate_from_string(start)
    first_col = column_index_from_string(letters)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                sheet.cell(first_row + r, first_col + c, value)
    for ref in merges:
        sheet.merge_cells(ref)
    book.save(path)
    return path


def counts(db: Database) -> dict[str, int]:
    """Rows per table the importers write to (to prove a rejection wrote nothing)."""
    with db.reading() as s:
        return {
            model.__tablename__: int(s.scalar(select(func.count()).select_from(model)) or 0)
            for model in (Event, Partner, Person, Content)
        }


def events(db: Database) -> list[Event]:
    with db.reading() as s:
        return list(s.scalars(select(Event).order_by(Event.occurred_at, Event.id)))


def read_rejects(path: Path | None) -> list[list[object]]:
    """The rows of a rejects file: a CSV's text, or a workbook's cell values as typed."""
    assert path is not None
    if path.suffix == ".csv":
        with path.open(encoding="utf-8-sig", newline="") as fh:
            return [list(row) for row in csv.reader(fh)]
    from openpyxl import load_workbook
    from openpyxl.worksheet.worksheet import Worksheet

    book = load_workbook(path)
    try:
        sheet = book.active
        assert isinstance(sheet, Worksheet)
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()
