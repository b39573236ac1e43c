"""Excel error cells and formulas saved without their result: refused cell by cell.

calamine reads both as empty cells; without the worksheet scan a failed VLOOKUP in the
amount column would import as "no amount". The workbooks are written by openpyxl, then
their sheet XML is edited where a test needs what only Excel writes (cached results).
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from prm_core.database import Database
from prm_core.deals.import_deals import parse_status
from prm_core.importing import ImportRefused, ImportReport, error_cells, preview, run_import
from prm_core.importing.error_cells import scan
from prm_core.importing.values import (
    Cell,
    CellError,
    ErrorCell,
    Vocabulary,
    long_text,
    optional_text,
    parse_amount,
    parse_date,
    parse_datetime,
    parse_flag,
    required_text,
)
from tests.core.test_import_support import JA_HEADER, counts, events, read_rejects, write_xlsx
from tests.factories import add_partner

SHEET = "xl/worksheets/sheet1.xml"
GOOD = ["2026-04-01 09:30", "Alpha", "", "login", "", "", "", "E1"]


def row(when: object = "2026-04-02 10:00", amount: object = None, ext: str = "E2") -> list[object]:
    return [when, "Alpha", None, "案件登録", None, "Deal", amount, ext]


def edit_sheet(path: Path, old: bytes, new: bytes) -> Path:
    """Replace ``old`` (which must occur) in the worksheet XML of the workbook at ``path``."""
    with zipfile.ZipFile(path) as zf:
        parts = {info.filename: zf.read(info) for info in zf.infolist()}
    assert old in parts[SHEET], parts[SHEET][:2000]
    parts[SHEET] = parts[SHEET].replace(old, new)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def rejects(report: ImportReport) -> tuple[list[list[object]], Worksheet]:
    """The rows of the rejects workbook that ``--keep-valid`` wrote beside the source, and
    its sheet (for cell types)."""
    assert report.rejects_path is not None and report.rejects_path.suffix == ".xlsx"
    sheet = load_workbook(report.rejects_path).active
    assert isinstance(sheet, Worksheet)
    return read_rejects(report.rejects_path), sheet


def test_error_cells_are_rejected_with_their_code_and_nothing_is_written(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "errors.xlsx",
        [JA_HEADER, GOOD, row(amount="#N/A"), row("#DIV/0!", ext="E3"), row(ext="#REF!")],
    )
    before = counts(db)
    report = run_import(db, path, "events")
    assert not report.committed
    assert [(e.row, e.column, e.reason, dict(e.params)) for e in report.errors] == [
        (3, "amount", "excel_error", {"value": "#N/A"}),
        (4, "occurred_at", "excel_error", {"value": "#DIV/0!"}),
        (5, "external_id", "excel_error", {"value": "#REF!"}),
    ]
    assert report.errors[0].message == 'Excel error "#N/A"; correct the formula or type the value'
    assert counts(db) == before


def test_a_formula_saved_without_its_result_is_rejected(db: Database, tmp_path: Path) -> None:
    # openpyxl saves a formula as Excel would before it ever computed it: no <v>
    path = write_xlsx(
        tmp_path / "formula.xlsx", [JA_HEADER, GOOD, row(amount="=VLOOKUP(A1,B:C,2)")]
    )
    report = run_import(db, path, "events")
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (3, "amount", "formula_without_result")
    ]
    assert dict(report.errors[0].params) == {"value": "=VLOOKUP(A1,B:C,2)"}
    assert counts(db)["events"] == 0


def test_a_formula_with_its_saved_result_imports_that_result(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "cached.xlsx", [JA_HEADER, GOOD, row(amount="=1200*1000")])
    edit_sheet(path, b"<f>1200*1000</f><v />", b"<f>1200*1000</f><v>1200000</v>")
    report = run_import(db, path, "events")
    assert report.committed, report.errors
    assert [e.amount for e in events(db)] == [None, 1_200_000]


def test_a_formula_whose_result_is_empty_text_is_an_empty_cell(
    db: Database, tmp_path: Path
) -> None:
    # Excel writes =IF(…,"",…) that came out empty as t="str" with an empty <v>
    path = write_xlsx(tmp_path / "empty.xlsx", [JA_HEADER, GOOD, row(amount='=IF(1,"",1)')])
    edit_sheet(path, b"><f>", b' t="str"><f>')
    report = run_import(db, path, "events")
    assert report.committed, report.errors
    assert [e.amount for e in events(db)] == [None, None]


def test_an_error_in_a_column_the_import_does_not_use_is_ignored(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "notes.xlsx", [[*JA_HEADER, "備考"], [*GOOD, "#N/A"], [*row(), "#VALUE!"]]
    )
    report = run_import(db, path, "events")
    assert report.committed, report.errors
    assert report.inserted == 2


def test_keep_valid_writes_the_error_code_into_the_rejects_file(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "mixed.xlsx", [JA_HEADER, GOOD, row(amount="#N/A")])
    report = run_import(db, path, "events", keep_valid=True)
    assert (report.inserted, report.rejected) == (1, 1)
    rejected, sheet = rejects(report)
    assert rejected[1][6] == "#N/A"
    assert sheet["G2"].data_type == "e"  # the same error, not the text "#N/A"
    assert "Excel error" in str(rejected[1][-1])


def test_the_preview_shows_the_error_code_not_a_blank(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "preview.xlsx", [JA_HEADER, row(amount="#N/A")])
    assert preview(path).rows[0][6] == "#N/A"


def test_error_cells_are_found_where_the_data_does_not_start_in_column_a(
    db: Database, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "offset.xlsx",
        [[], [None, None, *JA_HEADER], [None, None, *GOOD], [None, None, *row(amount="#N/A")]],
    )
    report = run_import(db, path, "events")
    assert [(e.row, e.column, e.reason) for e in report.errors] == [(4, "amount", "excel_error")]


def test_partner_imports_refuse_error_cells_too(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        add_partner(s, "Existing")
    path = write_xlsx(
        tmp_path / "partners.xlsx",
        [["パートナー名", "種別"], ["Gamma", "#N/A"], ["#NAME?", "reseller"]],
    )
    report = run_import(db, path, "partners")
    assert [(e.row, e.reason) for e in report.errors] == [(2, "excel_error"), (3, "excel_error")]
    assert counts(db)["partners"] == 1


def test_scan_reads_cells_across_chunk_boundaries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = [row(amount="#N/A" if i % 7 == 0 else i, ext=f"E{i}") for i in range(300)]
    rows: list[Sequence[object]] = [JA_HEADER, *data]
    path = write_xlsx(tmp_path / "many.xlsx", rows)
    whole = scan(path, SHEET, "data")
    assert sorted(whole) == [i + 2 for i in range(0, 300, 7)]
    assert all(cells == [(6, ErrorCell("#N/A"))] for cells in whole.values())
    for size in (17, 64, 1000):  # cells, tags and the closing </c> split anywhere
        monkeypatch.setattr(error_cells, "_CHUNK", size)
        assert scan(path, SHEET, "data") == whole


def test_a_sheet_with_too_many_error_cells_is_refused(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(error_cells, "MAX_ERROR_CELLS", 2)
    path = write_xlsx(
        tmp_path / "broken.xlsx", [JA_HEADER, *(row(amount="#N/A") for _ in range(3))]
    )
    with pytest.raises(ImportRefused) as refused:
        run_import(db, path, "events")
    assert refused.value.reason == "refused.error_cells"
    assert "more than 2 cells with Excel errors" in str(refused.value)
    assert counts(db)["events"] == 0


def test_an_error_cell_without_a_reference_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "noref.xlsx", [JA_HEADER, row(amount="#N/A")])
    edit_sheet(path, b'<c r="G2" t="e">', b'<c t="e">')
    with pytest.raises(ImportRefused) as refused:
        run_import(db, path, "events")
    assert refused.value.reason == "refused.error_cell_unlocated"
    assert counts(db)["events"] == 0


def test_scan_reads_a_part_that_ends_on_a_cell(tmp_path: Path) -> None:
    path = tmp_path / "bare.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(SHEET, b'<c r="B7" t="e"><f>1/0</f><v>#DIV/0!</v></c>')
    assert scan(path, SHEET, "data") == {7: [(1, ErrorCell("#DIV/0!"))]}


def scanned(tmp_path: Path, xml: bytes) -> dict[int, list[tuple[int, ErrorCell]]]:
    path = tmp_path / "raw.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(SHEET, xml)
    return scan(path, SHEET, "data")


def test_scan_reads_what_other_generators_write(tmp_path: Path) -> None:
    # a namespace prefix on every tag, single quotes, a line break inside a tag
    prefixed = (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<x:sheetData><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c>'
        b'<x:c r="B2" t="e"><x:v>#N/A</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    assert scanned(tmp_path, prefixed) == {2: [(1, ErrorCell("#N/A"))]}
    quoted = b"<worksheet><sheetData><c r='C3' t='e'><v>#NAME?</v></c><c\n r=\"D3\"><f>X()</f></c>"
    quoted += b"</sheetData></worksheet>"
    assert scanned(tmp_path, quoted) == {3: [(2, ErrorCell("#NAME?")), (3, ErrorCell("", "X()"))]}


def test_formulas_count_as_computed_only_with_a_result(tmp_path: Path) -> None:
    xml = (
        b"<worksheet><sheetData>"
        b'<c r="A1" t="str"><f>IF(1,"","x")</f><v></v></c>'  # computed: empty text
        b'<c r="B1" t="str"><f>IF(1,"","x")</f></c>'  # never computed
        b'<c r="C1"><f>0*1</f><v>0</v></c>'  # computed: 0
        b'<c r="D1"><f t="shared" ref="D1:D2" si="0">C1+1</f><v>1</v></c>'
        b'<c r="D2"><f t="shared" si="0"/></c>'  # a shared formula's copy, never computed
        b'<cols><col min="1" max="2"/></cols><c r="E1" s="1"/><c r="F1">'
        b"<f>1</f><v>1</v></c></sheetData></worksheet>"
    )
    assert scanned(tmp_path, xml) == {
        1: [(1, ErrorCell("", 'IF(1,"","x")'))],
        2: [(3, ErrorCell(""))],
    }


def test_a_shared_formula_copy_is_named_by_its_mark(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "shared.xlsx", [JA_HEADER, GOOD, row(amount="=1+1")])
    edit_sheet(path, b"<f>1+1</f><v />", b'<f t="shared" si="0"/>')
    report = run_import(db, path, "events")
    assert [(e.reason, dict(e.params)) for e in report.errors] == [
        ("formula_without_result", {"value": "=…"})
    ]


def test_rows_holding_nothing_but_errors_are_blank(db: Database, tmp_path: Path) -> None:
    # a helper column filled down past the data: its #N/A rows are not rejected rows
    rows = [[*JA_HEADER, "備考"], [*GOOD, "ok"], ["", "", "", "", "", "", "", "", "#N/A"]]
    path = write_xlsx(tmp_path / "filled.xlsx", [*rows, rows[-1]])
    report = run_import(db, path, "events")
    assert report.committed, report.errors
    assert report.inserted == 1


def test_a_never_computed_formula_is_written_into_the_rejects_file_as_text(
    db: Database, tmp_path: Path
) -> None:
    """Shown, so the user sees what to fix, but never live: Excel would run it on opening."""
    path = write_xlsx(tmp_path / "inject.xlsx", [JA_HEADER, GOOD, row(amount='=HYPERLINK("x")')])
    rejected, sheet = rejects(run_import(db, path, "events", keep_valid=True))
    assert rejected[1][6] == '=HYPERLINK("x")'
    assert sheet["G2"].data_type == "s"
    assert "HYPERLINK" in str(rejected[1][-1])  # the reason quotes it too


@pytest.mark.parametrize(
    "parse",
    [
        optional_text,
        required_text,
        long_text,
        parse_datetime,
        parse_date,
        parse_amount,
        parse_flag,
        Vocabulary({"login": "login"}, "kind"),
        parse_status,
    ],
)
def test_every_parser_refuses_an_error_cell(parse: Callable[[Cell], object]) -> None:
    for cell, reason in (
        (ErrorCell("#N/A"), "excel_error"),
        (ErrorCell("", "A1"), "formula_without_result"),
    ):
        with pytest.raises(CellError) as refused:
            parse(cell)
        assert refused.value.reason == reason
