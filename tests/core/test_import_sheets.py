"""Workbooks with several sheets: the one to import is chosen by name, and its rejects file
never replaces another sheet's."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.deals.import_deals import run_deals_import
from prm_core.importing import ImportRefused, preview, rejects_path_for, run_import
from prm_core.importing.sources import sniff
from tests.core.test_import_support import JA_HEADER, counts, events, read_rejects, write_csv

Q1 = [
    ["2026-01-05", "株式会社アルファ", "", "login", "", "", "", "Q1-1"],
    ["2026-02-05", "株式会社アルファ", "", "login", "", "", "", "Q1-2"],
]
Q2 = [
    ["2026-04-05", "ベータ商事", "", "案件登録", "", "案件A", "¥1,000", "Q2-1"],
    ["2026-05-05", "ベータ商事", "", "資料ダウンロード", "", "", "", "Q2-2"],  # unknown kind
    ["2026-06-05", "ガンマ", "", "login", "", "", "", "Q2-3"],
]


def workbook(path: Path, sheets: dict[str, Sequence[Sequence[object]]]) -> Path:
    """A workbook with these sheets in tab order; a name starting with "~" is hidden, one
    starting with "#" is a chart sheet placed there."""
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for title, rows in sheets.items():
        if title.startswith("#"):
            wb.create_chartsheet(title[1:])
            continue
        ws = wb.create_sheet(title.lstrip("~"))
        for row in rows:
            ws.append(list(row))
        if title.startswith("~"):
            ws.sheet_state = "hidden"
    wb.save(path)
    return path


@pytest.fixture
def quarters(tmp_path: Path) -> Path:
    return workbook(
        tmp_path / "活動.xlsx",
        {
            "~メモ": [["secret"]],
            "#グラフ": [],
            "2026Q1": [JA_HEADER, *Q1],
            "2026Q2": [JA_HEADER, *Q2],
        },
    )


def test_the_visible_worksheets_are_listed_and_the_first_is_read_by_default(
    quarters: Path,
) -> None:
    sniffed = sniff(quarters)
    # the hidden sheet and the chart sheet come first in the tabs but hold no table to read
    assert sniffed.sheets == ("2026Q1", "2026Q2")
    assert sniffed.sheet == "2026Q1"
    shown = preview(quarters)
    assert shown.sheets == ["2026Q1", "2026Q2"]
    assert shown.info == {"format": "xlsx", "sheet": "2026Q1"}
    assert [r[-1] for r in shown.rows] == ["Q1-1", "Q1-2"]


def test_a_sheet_is_chosen_by_name_as_excel_matches_it(quarters: Path) -> None:
    shown = preview(quarters, sheet="2026q2")  # Excel's sheet names ignore case
    assert shown.info["sheet"] == "2026Q2"
    assert [r[-1] for r in shown.rows] == ["Q2-1", "Q2-2", "Q2-3"]
    assert shown.row_numbers == [2, 3, 4]


@pytest.mark.parametrize("wanted", ["2026Q3", "メモ", "グラフ"])
def test_a_sheet_that_is_not_a_visible_worksheet_is_refused_with_the_choices(
    quarters: Path, wanted: str
) -> None:
    with pytest.raises(ImportRefused) as exc:
        sniff(quarters, sheet=wanted)
    assert str(exc.value) == (
        f"活動.xlsx has no visible worksheet named {wanted!r}; its sheets: '2026Q1', '2026Q2'"
    )
    assert exc.value.reason == "refused.no_such_sheet"


def test_names_are_read_as_excel_wrote_them_and_matched_exactly_first(tmp_path: Path) -> None:
    """workbook.xml escapes "&" and friends; spaces around a name belong to it; the exact
    name wins over a case-insensitive one, and "ß" is not "ss" for Excel."""
    rows = [JA_HEADER, *Q1]
    path = workbook(
        tmp_path / "n.xlsx",
        {"R&D <東>": rows, "Q1 ": rows, "Strasse": rows, "Straße": [JA_HEADER, *Q2]},
    )
    sniffed = sniff(path)
    assert sniffed.sheets == ("R&D <東>", "Q1 ", "Strasse", "Straße")
    assert sniffed.sheet == "R&D <東>"
    assert preview(path).info["sheet"] == "R&D <東>"  # calamine finds it by that name
    assert sniff(path, sheet="Q1 ").sheet == "Q1 "
    assert sniff(path, sheet="r&d <東>").sheet == "R&D <東>"
    assert sniff(path, sheet="Straße").sheet == "Straße"
    assert preview(path, sheet="straße").rows[0][-1] == "Q2-1"
    with pytest.raises(ImportRefused):
        sniff(path, sheet="Q1")  # not "Q1 ": another name


def test_an_empty_sheet_among_several_is_named(tmp_path: Path) -> None:
    path = workbook(tmp_path / "e.xlsx", {"表紙": [], "data": [JA_HEADER, *Q1]})
    with pytest.raises(ImportRefused) as exc:
        preview(path)
    assert str(exc.value) == "e.xlsx: the sheet '表紙' is empty (not even a header row)"
    assert len(preview(path, sheet="data").rows) == 2


def test_a_sheet_named_for_a_csv_file_is_refused_not_ignored(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "e.csv", [JA_HEADER, *Q1])
    with pytest.raises(ImportRefused, match=r"e\.csv is a text file and has no sheets: 'Q1'"):
        sniff(path, sheet="Q1")


def test_importing_the_second_sheet_writes_only_its_rows(db: Database, quarters: Path) -> None:
    before = counts(db)
    report = run_import(db, quarters, "events", sheet="2026Q2")
    assert not report.committed  # the unknown kind rejects the file: nothing written
    assert [(e.row, e.column) for e in report.errors] == [(3, "kind")]
    assert counts(db) == before

    report = run_import(db, quarters, "events", sheet="2026Q2", keep_valid=True)
    assert report.committed and report.inserted == 2
    assert report.created_partners == ["ベータ商事", "ガンマ"]
    assert report.source_info == {"format": "xlsx", "sheet": "2026Q2"}
    assert sorted(e.external_id or "" for e in events(db)) == ["Q2-1", "Q2-3"]


def test_each_sheet_of_a_workbook_keeps_its_own_rejects_file(db: Database, tmp_path: Path) -> None:
    bad = ["2026/13/01", "株式会社アルファ", "", "login", "", "", "", "X"]
    path = workbook(
        tmp_path / "log.xlsx",
        {"Q1": [JA_HEADER, *Q1, bad], "Q2": [JA_HEADER, *Q2]},
    )
    first = run_import(db, path, "events", keep_valid=True)  # no sheet named: the first
    second = run_import(db, path, "events", sheet="Q2", keep_valid=True)
    assert first.rejects_path == tmp_path / "log.Q1.rejected.xlsx"
    assert second.rejects_path == tmp_path / "log.Q2.rejected.xlsx"
    assert read_rejects(first.rejects_path)[1][0] == "2026/13/01"
    assert read_rejects(second.rejects_path)[1][3] == "資料ダウンロード"


def test_a_one_sheet_workbook_keeps_the_plain_rejects_name(db: Database, tmp_path: Path) -> None:
    path = workbook(tmp_path / "log.xlsx", {"Q2": [JA_HEADER, *Q2]})
    report = run_import(db, path, "events", sheet="Q2", keep_valid=True)
    assert report.rejects_path == tmp_path / "log.rejected.xlsx"


@pytest.mark.parametrize(
    ("sheet", "name"),
    [
        (None, "a.rejected.xlsx"),
        ("2026Q1", "a.2026Q1.rejected.xlsx"),
        ('実績<"東">|', "a.実績__東___.rejected.xlsx"),  # what a Windows file name cannot hold
        (" .. ", "a._.rejected.xlsx"),
    ],
)
def test_rejects_names_carry_the_sheet_safely(sheet: str | None, name: str) -> None:
    assert rejects_path_for(Path("/x/a.xlsx"), sheet) == Path("/x") / name


def test_an_error_cell_is_looked_for_in_the_sheet_being_read(db: Database, tmp_path: Path) -> None:
    """The error-cell scan reads the chosen sheet's XML, not the first sheet's."""
    broken = ["2026-04-05", "ベータ商事", "", "案件登録", "", "案件A", "#N/A", "E1"]
    fine = ["2026-04-05", "ベータ商事", "", "案件登録", "", "案件A", 1000, "E1"]
    path = workbook(tmp_path / "e.xlsx", {"ok": [JA_HEADER, fine], "ng": [JA_HEADER, broken]})
    wb = load_workbook(path)  # openpyxl writes "#N/A" as text: make it Excel's error value
    cell = wb["ng"]["G2"]
    cell.data_type = "e"
    wb.save(path)
    report = run_import(db, path, "events", sheet="ng")
    assert [(e.row, e.column, e.reason) for e in report.errors] == [(2, "amount", "excel_error")]
    assert run_import(db, path, "events", sheet="ok").inserted == 1


def test_deal_registrations_name_the_sheet_in_their_source(db: Database, tmp_path: Path) -> None:
    header = ["登録日", "パートナー", "顧客名", "案件", "ステータス", "ID"]
    path = workbook(
        tmp_path / "deals.xlsx",
        {
            "7月": [header, ["2026-07-01", "A", "アルファ", "X", "申請中", "D-1"]],
            "8月": [header, ["2026-08-01", "B", "ベータ", "Y", "申請中", "D-2"]],
        },
    )
    report = run_deals_import(db, path, sheet="8月")
    assert report.inserted == 1
    from prm_core.orm import DealRegistration

    with db.reading() as s:
        (row,) = s.query(DealRegistration).all()
        assert (row.external_id, row.source, row.source_row) == ("D-2", "deals.xlsx [8月]", 2)


def test_cli_sheet_option(
    tmp_path: Path, quarters: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    argv = ["--db", db, "import", "events", str(quarters), "--format", "json"]
    assert main([*argv, "--sheet", "2026Q1"]) == 0
    assert json.loads(capsys.readouterr().out)["inserted"] == 2

    assert main([*argv, "--sheet", "2026Q9"]) == 2
    out, err = capsys.readouterr()
    message = "活動.xlsx has no visible worksheet named '2026Q9'; its sheets: '2026Q1', '2026Q2'"
    assert json.loads(out)["errors"] == [
        {"row": None, "column": None, "reason": "refused.no_such_sheet", "message": message}
    ]
    assert message in err
