"""The rejects file of a workbook is a workbook: its cells keep their types, so nothing
changes when Excel opens it, and the corrected file imports as it is."""

from __future__ import annotations

import errno
import tempfile
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from prm_core.database import Database
from prm_core.importing import run_import
from prm_core.importing.rejects import XlsxRejects, rejects_path_for, unused_rejects_path
from prm_core.importing.sources import open_table
from prm_core.importing.values import Cell, ErrorCell
from prm_core.progress import Cancelled
from tests.core.test_import_support import JA_HEADER, counts, events, read_rejects

#: Text a CSV would hand to Excel as a formula or a sum: "+81-3-…" became -6834.
TRICKY = ['=HYPERLINK("http://x")', "+81-3-1234-5678", "@SUM(A1)", "-5000 (税込)"]


def source_workbook(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    sheet.append([*JA_HEADER, "備考"])
    sheet.append([datetime(2026, 4, 1, 9, 30), "アルファ", "", "login", "", "", None, "E1", ""])
    for n, text in enumerate(TRICKY, start=2):
        # the kind is unknown: rejected; the deal cell holds the tricky text, typed as text
        sheet.append(
            [
                datetime(2026, 4, n, 9, 30),
                "アルファ",
                "",
                "資料ダウンロード",
                "",
                "",
                1_200_000,
                f"E{n}",
                "",
            ]
        )
        cell = sheet.cell(row=n + 1, column=6, value=text)
        cell.data_type = "s"
    book.save(path)
    return path


def test_a_workbooks_rejects_keep_every_cell_as_it_was_typed(db: Database, tmp_path: Path) -> None:
    path = source_workbook(tmp_path / "portal.xlsx")
    report = run_import(db, path, "events", keep_valid=True)
    assert (report.inserted, report.rejected) == (1, len(TRICKY))
    assert report.rejects_path == tmp_path / "portal.rejected.xlsx"
    book = load_workbook(report.rejects_path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    assert [c.value for c in sheet[1]] == [*JA_HEADER, "備考", "error"]
    assert sheet.freeze_panes == "A2"
    for n, text in enumerate(TRICKY, start=2):
        occurred, deal, amount = sheet.cell(n, 1), sheet.cell(n, 6), sheet.cell(n, 7)
        assert (deal.value, deal.data_type) == (text, "s")  # text, never a formula
        assert occurred.is_date and occurred.value == datetime(2026, 4, n, 9, 30)
        assert (amount.value, amount.data_type) == (1_200_000, "n")
        assert sheet.cell(n, 10).value == f'row {n + 1}: 種別: unknown kind "資料ダウンロード"'
    book.close()


def test_the_corrected_rejects_workbook_imports_as_it_is(db: Database, tmp_path: Path) -> None:
    """Fix the kinds in Excel, save, import the rejects file: the problem column is one the
    import does not use."""
    report = run_import(db, source_workbook(tmp_path / "portal.xlsx"), "events", keep_valid=True)
    assert report.rejects_path is not None
    book = load_workbook(report.rejects_path)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    for n in range(2, 2 + len(TRICKY)):
        sheet.cell(n, 4).value = "資料DL"
    book.save(report.rejects_path)
    again = run_import(db, report.rejects_path, "events")
    assert again.committed, again.errors
    assert again.inserted == len(TRICKY)
    deals = {e.external_id: e.deal for e in events(db)}
    assert [deals[f"E{n}"] for n in range(2, 2 + len(TRICKY))] == TRICKY
    assert counts(db)["events"] == 1 + len(TRICKY)


def test_a_csv_gets_a_csv_back(tmp_path: Path) -> None:
    assert rejects_path_for(tmp_path / "log.CSV") == tmp_path / "log.rejected.csv"
    assert rejects_path_for(tmp_path / "log.tsv") == tmp_path / "log.rejected.csv"
    assert rejects_path_for(tmp_path / "log.XLSX") == tmp_path / "log.rejected.xlsx"


def test_a_cancelled_import_leaves_no_rejects_workbook_nor_temporary_file(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rejected rows are streamed into openpyxl's own temporary file too: a cancel
    removes both it and ours."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = source_workbook(folder / "portal.xlsx")
    private_temp = tmp_path / "temp"  # the machine's own temp folder is shared
    private_temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_temp))

    def progress(done: int, total: int) -> None:
        if done == total:  # after the last batch (the rejected rows written), before commit
            raise Cancelled

    with pytest.raises(Cancelled):
        run_import(db, path, "events", keep_valid=True, progress=progress, batch_rows=2)
    assert [p.name for p in folder.iterdir()] == ["portal.xlsx"]
    assert list(private_temp.iterdir()) == []
    assert counts(db)["events"] == 0
    report = run_import(db, path, "events", keep_valid=True, batch_rows=2)
    assert read_rejects(report.rejects_path)[1][5] == TRICKY[0]


def test_a_full_disk_while_writing_the_rejects_rolls_the_import_back(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rejects file is written out before the commit: failing after it, the valid rows
    were in and the rejected ones lost, under "unexpected error"."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = source_workbook(folder / "portal.xlsx")

    def full(_self: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(XlsxRejects, "_save", full)
    with pytest.raises(OSError, match="No space left"):
        run_import(db, path, "events", keep_valid=True)
    assert counts(db)["events"] == 0
    assert [p.name for p in folder.iterdir()] == ["portal.xlsx"]


def test_an_existing_rejects_file_is_never_replaced(db: Database, tmp_path: Path) -> None:
    """The user may be correcting it in Excel: the next run writes beside it."""
    folder = tmp_path / "files"
    folder.mkdir()
    path = source_workbook(folder / "portal.xlsx")
    corrected = folder / "portal.rejected.xlsx"
    corrected.write_bytes(b"the user's corrections")
    assert unused_rejects_path(path) == folder / "portal.rejected (2).xlsx"
    report = run_import(db, path, "events", keep_valid=True)
    assert report.rejects_path == folder / "portal.rejected (2).xlsx"
    assert corrected.read_bytes() == b"the user's corrections"
    assert unused_rejects_path(path) == folder / "portal.rejected (3).xlsx"


def test_awkward_cells_read_back_exactly_from_the_rejects_workbook(tmp_path: Path) -> None:
    """Control characters and CR go out as Excel's _xHHHH_ escapes (openpyxl refuses the one,
    XML turns CR LF into LF), text that looks like an escape is escaped itself; an error
    with no code Excel knows, and a non-finite number, are written as text."""
    texts = ["bell\x07", "a\r\nb", "a_x000D_b", "tab\tand\nnewline", "日本語_x0041_"]
    cells: list[Cell] = [*texts, ErrorCell("#ERROR"), ErrorCell("#N/A"), float("nan")]
    writer = XlsxRejects(tmp_path / "x.rejected.xlsx", [f"c{i}" for i in range(len(cells))])
    writer.write(cells, [])
    placed = writer.close(keep=True)
    assert placed == tmp_path / "x.rejected.xlsx"
    with open_table(placed) as table:
        (row,) = [r for batch in table.batches(10) for r in batch.records]
    assert row[: len(texts)] == texts  # as calamine, the importer's reader, reads them
    assert row[len(texts)] == "#ERROR"
    assert isinstance(row[len(texts) + 1], ErrorCell)
    assert row[len(texts) + 2] == "nan"
