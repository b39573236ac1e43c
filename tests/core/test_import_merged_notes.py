"""Sheets laid out for people: cells merged down a group of rows, and note rows (※…).

Both used to import wrongly in silence: a deal's amount merged over its three stage rows
reached only the first event, and "※ 上記は2026年4月時点" under a partner list became a
partner.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.importing import run_import, validate
from prm_core.importing.context import note_text
from prm_core.importing.merged import MergedFill
from prm_core.importing.sources import open_table
from prm_core.importing.values import ErrorCell
from prm_core.orm import Partner
from tests.core.test_import_support import JA_HEADER, counts, events, merged_xlsx, write_csv

NOTE = "※ 上記は2026年4月時点"


def partner_names(db: Database) -> dict[int, str]:
    with db.reading() as s:
        return {p.id: p.name for p in s.scalars(select(Partner))}


def test_a_deal_merged_over_its_stage_rows_reaches_every_row(db: Database, tmp_path: Path) -> None:
    """The partner (B) and the amount (G) are merged over the deal's three rows, as a
    manager lays out a pipeline sheet: each stage gets them, as the sheet shows."""
    rows: list[list[object]] = [
        [*JA_HEADER],
        ["2026-04-01", "アルファ", "佐藤", "案件登録", None, "A案件", 1_200_000, None],
        ["2026-04-10", None, "佐藤", "提案", None, "A案件", None, None],
        ["2026-05-20", None, "佐藤", "受注", None, "A案件", None, None],
        ["2026-04-02", "ベータ", None, "ログイン", None, None, None, None],
    ]
    path = merged_xlsx(tmp_path / "pipeline.xlsx", rows, ["B2:B4", "G2:G4"])
    report = run_import(db, path, "events")
    assert (report.inserted, report.rejected) == (4, 0), report.errors
    assert report.merged_cells == ["B2:B4", "G2:G4"]
    names = partner_names(db)
    stored = [(e.kind, names[e.partner_id], e.amount) for e in events(db)]
    assert stored == [
        ("deal_registered", "アルファ", 1_200_000),
        ("login", "ベータ", None),
        ("proposal", "アルファ", 1_200_000),
        ("deal_won", "アルファ", 1_200_000),
    ]
    again = run_import(db, path, "events")
    assert (again.inserted, again.duplicates) == (0, 4)


def test_merges_are_filled_across_batches_and_from_an_offset_table(
    db: Database, tmp_path: Path
) -> None:
    """A table starting at C3 (calamine reads from its first used column) whose merged
    partner runs over more rows than a batch holds."""
    rows: list[list[object]] = [["日時", "パートナー", "種別"]]
    rows += [[f"2026-04-{d:02d}", "アルファ" if d == 1 else None, "ログイン"] for d in range(1, 8)]
    rows += [["2026-04-08", "ベータ", "ログイン"]]
    path = merged_xlsx(tmp_path / "offset.xlsx", rows, ["D4:D10"], start="C3")
    report = run_import(db, path, "events", batch_rows=3)
    assert (report.inserted, report.rejected, report.merged_cells) == (8, 0, ["D4:D10"])
    names = partner_names(db)
    assert [names[e.partner_id] for e in events(db)] == ["アルファ"] * 7 + ["ベータ"]


def test_only_merges_that_changed_the_import_are_named(db: Database, tmp_path: Path) -> None:
    """A merged memo column no field reads (I, "備考") and a ※ note merged over two rows
    under the table are not data: the report names the partner merge alone."""
    rows: list[list[object]] = [
        [*JA_HEADER, "備考"],
        ["2026-04-01", "アルファ", None, "ログイン", None, None, None, None, "要フォロー"],
        ["2026-04-02", None, None, "ログイン", None, None, None, None, None],
        ["※ 4月分の速報値です"],
        [None],
    ]
    path = merged_xlsx(tmp_path / "memo.xlsx", rows, ["B2:B3", "I2:I3", "A4:H5"])
    report = run_import(db, path, "events")
    assert (report.inserted, report.rejected) == (2, 0), report.errors
    assert report.skipped_notes == [(4, "※ 4月分の速報値です")]
    assert report.merged_cells == ["B2:B3"]
    mapped = {"備考": "deal"}  # once a field reads the memo column, its merge is named too
    assert validate(db, path, "events", mapping=mapped).merged_cells == ["B2:B3", "I2:I3"]


def test_merged_note_boxes_past_the_listed_notes_are_not_named(
    db: Database, tmp_path: Path
) -> None:
    """The report lists the first 1,000 notes; a merged ※ box after them is still a note."""
    boxes = 1_003
    rows: list[list[object]] = [["パートナー", "地域"], ["アルファ", "関東"]]
    for i in range(boxes):
        rows += [[f"※ 注記 {i}", None], [None, None]]
    merges = [f"A{3 + 2 * i}:B{4 + 2 * i}" for i in range(boxes)]
    path = merged_xlsx(tmp_path / "boxes.xlsx", [*rows, ["ベータ", "関西"]], merges)
    report = run_import(db, path, "partners")
    assert (report.inserted, report.notes_skipped) == (2, boxes)
    assert report.merged_cells == []


def test_without_the_fill_the_rows_below_a_merge_are_rejected(db: Database, tmp_path: Path) -> None:
    """The same sheet with the partner written once and not merged: the rows below have no
    partner, and the file is refused naming them (the fill is what the merge means)."""
    rows: list[list[object]] = [
        ["日時", "パートナー", "種別"],
        ["2026-04-01", "アルファ", "ログイン"],
        ["2026-04-02", None, "ログイン"],
    ]
    report = run_import(db, merged_xlsx(tmp_path / "plain.xlsx", rows, []), "events")
    assert [(e.row, e.column) for e in report.errors] == [(3, "partner")]
    assert report.merged_cells == [] and counts(db)["events"] == 0


def test_merges_across_columns_titles_and_headers_are_not_filled(tmp_path: Path) -> None:
    """A title merged above the table, a two-row header cell, a name merged across an empty
    column: nothing moves, and none is listed."""
    rows: list[list[object]] = [
        ["活動ログ", None, None],
        ["日時", "パートナー", "種別"],
        ["2026-04-01", "アルファ", None],
        ["2026-04-02", "ベータ", "ログイン"],
    ]
    path = merged_xlsx(tmp_path / "t.xlsx", rows, ["A1:C1", "B3:C3"])
    with open_table(path) as table:
        assert table.merged_read(range(len(table.headers))) == []
        records = [r for batch in table.batches(10) for r in batch.records]
    # the title row is the header the reader finds: the table proper starts below it
    assert records[1] == ["2026-04-01", "アルファ", ""]


def test_merged_fill_streams_and_keeps_to_the_table() -> None:
    # calamine's 0-based ((row, col), (row, col)); the header is Excel row 1
    ranges = [((1, 0), (4, 0)), ((2, 1), (3, 2)), ((0, 1), (2, 1)), ((1, 5), (3, 5))]
    fill = MergedFill(ranges, header_row=1, column_offset=0, width=3)
    # from the header row, beside the table: left out
    assert fill.refs_read(range(6)) == ["A2:A5", "B3:C4"]
    records: list[list[object]] = [["x", "", "", "", "", "note"], ["", "b", "", "", "", ""]]
    fill.apply(records, first_row=2)  # type: ignore[arg-type]
    assert records == [["x", "", "", "", "", "note"], ["x", "b", "", "", "", ""]]
    tail: list[list[object]] = [["", "", "keep", "", "", ""], ["", "", "", "z", "", ""]]
    fill.apply(tail, first_row=4)  # type: ignore[arg-type]
    assert tail == [["x", "b", "keep", "", "", ""], ["x", "", "", "z", "", ""]]
    assert not fill  # every range done
    error = ErrorCell("#N/A")
    carried = MergedFill([((1, 0), (2, 0))], header_row=1, column_offset=0, width=1)
    rows: list[list[object]] = [[error, "a"], ["", "b"]]
    carried.apply(rows, first_row=2)  # type: ignore[arg-type]
    assert rows == [[error, "a"], [error, "b"]]  # an error merged down is refused on every row


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ([NOTE, "", None], NOTE),
        (["", "  注：金額は税抜  ", ""], "注：金額は税抜"),
        (["（注）速報値"], "（注）速報値"),
        (["Note: figures as of April", ""], "Note: figures as of April"),
        ([NOTE, NOTE, NOTE], NOTE),  # merged across the row by a script that repeats it
        (["注文住宅のアルファ", ""], None),  # a name that happens to start with 注
        ([NOTE, "アルファ"], None),  # two values: a row of data
        ([NOTE, 3.0], None),
        (["", ""], None),
    ],
)
def test_note_text(record: list[object], expected: str | None) -> None:
    assert note_text(record) == expected  # type: ignore[arg-type]


def test_a_note_under_a_partner_list_is_not_a_partner(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["パートナー", "地域"],
        ["アルファ", "関東"],
        ["ベータ", ""],
        [],
        [NOTE, ""],
    ]
    report = run_import(db, merged_xlsx(tmp_path / "p.xlsx", rows, ["A5:B5"]), "partners")
    assert (report.inserted, report.rows, report.skipped_notes) == (2, 2, [(5, NOTE)])
    with db.reading() as s:
        assert sorted(s.scalars(select(Partner.name))) == ["アルファ", "ベータ"]


def test_a_note_between_events_does_not_refuse_the_file(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["日時", "パートナー", "種別"],
        ["2026-04-01 09:00", "アルファ", "ログイン"],
        ["※ 以下は5月分", "", ""],
        ["2026-05-01 09:00", "アルファ", "ログイン"],
    ]
    report = run_import(db, write_csv(tmp_path / "e.csv", rows, encoding="cp932"), "events")
    assert (report.inserted, report.rejected, report.rows) == (2, 0, 2), report.errors
    assert report.skipped_notes == [(3, "※ 以下は5月分")]
    assert [e.occurred_at for e in events(db)] == [
        datetime(2026, 4, 1, 9),
        datetime(2026, 5, 1, 9),
    ]


def test_the_command_line_names_merges_and_notes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows: list[list[object]] = [
        ["日時", "パートナー", "種別"],
        ["2026-04-01", "アルファ", "ログイン"],
        ["2026-04-02", None, "ログイン"],
        [NOTE, None, None],
    ]
    path = merged_xlsx(tmp_path / "e.xlsx", rows, ["B2:B3"])
    db = str(tmp_path / "a.db")
    code = main(["--db", db, "import", "events", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    report = json.loads(out)
    assert code == 0 and report["inserted"] == 2
    assert report["merged_cells"] == ["B2:B3"]
    assert report["skipped_notes"] == [{"row": 4, "text": NOTE}]
    assert "merged cells read as their value on every row they span: B2:B3" in err
    assert f'note rows not imported: row 4 "{NOTE}"' in err


def test_a_blank_spacer_row_inside_a_merge_stays_blank(db: Database, tmp_path: Path) -> None:
    """案件 merged over rows 2-4 where row 4 is an empty spacer: it is not a row holding
    only the deal (which would be refused as an event without a date)."""
    rows: list[list[object]] = [
        ["日時", "パートナー", "種別", "案件"],
        ["2026-04-01", "アルファ", "案件登録", "A案件"],
        ["2026-04-02", "アルファ", "提案", None],
        [None, None, None, None],
        ["2026-04-03", "アルファ", "ログイン", None],
    ]
    report = run_import(db, merged_xlsx(tmp_path / "s.xlsx", rows, ["D2:D4"]), "events")
    assert (report.inserted, report.rejected, report.rows) == (3, 0, 3), report.errors
    assert [e.deal for e in events(db)] == ["A案件", "A案件", None]


def test_notes_past_the_listed_ones_are_still_counted(db: Database, tmp_path: Path) -> None:
    rows = [["パートナー"], ["アルファ"], *([f"※ 注記 {i}"] for i in range(1_005))]
    report = run_import(db, write_csv(tmp_path / "p.csv", rows), "partners")
    assert (report.inserted, report.notes_skipped, len(report.skipped_notes)) == (1, 1_005, 1_000)
    assert report.to_json()["notes_skipped"] == 1_005
