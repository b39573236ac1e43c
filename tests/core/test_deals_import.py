"""Importing deal registrations: every rule of the events importer, plus the deal ones."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.deals.import_deals import run_deals_import
from prm_core.importing import ImportRefused
from prm_core.orm import DealRegistration, Partner, Person
from prm_core.services import deals
from tests.factories import add_partner

JA_HEADER = "登録日,パートナー,担当者,顧客名,法人番号,案件,金額,ステータス,ID"
JA_ROWS = [
    '2026/08/01,アルファ販売,山田 太郎,株式会社アルファ,,基幹刷新,"¥1,200,000",承認,D-1',
    "2026/08/03,ベータ商会,佐藤 花子,ｱﾙﾌｧ(株),７０００-０１２０-５０００２,基幹刷新2,"
    "￥800000,申請中,",
    "2026-08-05,ガンマ,,アルファ商事,,別件,,,",
]


def _write(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    text = "\n".join(lines) + "\n"
    if encoding == "cp932":
        text = text.replace("¥", "￥")  # Shift_JIS has only the full-width yen sign
    path.write_text(text, encoding=encoding)
    return path


def _registrations(db: Database) -> list[DealRegistration]:
    with db.reading() as s:
        return list(s.scalars(select(DealRegistration).order_by(DealRegistration.id)))


def _count(db: Database, model: type[object]) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp932"])
def test_japanese_file_in_every_encoding(db: Database, tmp_path: Path, encoding: str) -> None:
    path = _write(tmp_path / "登録.csv", [JA_HEADER, *JA_ROWS], encoding)
    report = run_deals_import(db, path)
    assert report.committed and report.inserted == 3 and report.rejected == 0
    assert report.created_partners == ["アルファ販売", "ベータ商会", "ガンマ"]
    assert [p["name"] for p in report.created_persons] == ["山田 太郎", "佐藤 花子"]
    rows = _registrations(db)
    first, second, third = rows
    assert (first.status, first.amount, first.external_id) == ("approved", 1_200_000, "D-1")
    assert first.customer_key == second.customer_key == "アルファ"
    assert second.corporate_number == "7000012050002"
    assert (second.status, second.amount) == ("submitted", 800_000)
    assert third.status == "submitted" and third.amount is None
    assert third.external_id is not None and third.external_id.startswith("sha1:")
    assert [(r.source, r.source_row) for r in rows] == [
        ("登録.csv", 2),
        ("登録.csv", 3),
        ("登録.csv", 4),
    ]
    assert first.registered_on == date(2026, 8, 1)
    assert first.expires_on == date(2026, 8, 1) + timedelta(days=90)


def test_english_headers_and_status_keys(db: Database, tmp_path: Path) -> None:
    path = _write(
        tmp_path / "deals.csv",
        [
            "registered_at,partner,person,customer,corporate_number,deal,amount,status,external_id",
            "2026-08-01,A,,Alpha Co. Ltd.,,X,100,won,E-1",
            "2026-08-01,A,,Beta,,Y,,LOST,E-2",
            "2026-08-01,A,,Gamma,,Z,,Rejected,E-3",
        ],
    )
    report = run_deals_import(db, path)
    assert report.inserted == 3
    assert [r.status for r in _registrations(db)] == ["won", "lost", "rejected"]


def test_xlsx_with_date_and_number_cells(db: Database, tmp_path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["登録日", "パートナー", "顧客名", "法人番号", "案件", "金額", "ステータス", "ID"])
    ws.append([date(2026, 8, 1), "A", "株式会社アルファ", 7000012050002, "X", 1200000, "受注", 101])
    path = tmp_path / "deals.xlsx"
    wb.save(path)
    report = run_deals_import(db, path)
    assert report.inserted == 1, report.errors
    (row,) = _registrations(db)
    assert (row.registered_on, row.corporate_number, row.amount, row.status, row.external_id) == (
        date(2026, 8, 1),
        "7000012050002",
        1_200_000,
        "won",
        "101",
    )
    assert (row.source, row.source_row) == ("deals.xlsx", 2)


def test_a_registration_time_is_dropped_and_the_day_kept(db: Database, tmp_path: Path) -> None:
    """An SFA export's 登録日時 carries the time the claim was entered: the day counts, in
    text and in a workbook's date-time cell alike, and the same claim with the day alone is
    the same registration."""
    path = _write(
        tmp_path / "sfa.csv",
        [
            "登録日時,パートナー,顧客名,案件",
            "2026/08/01 10:23,A,株式会社アルファ,X",
            "2026-08-02T23:59:59,A,ベータ,Y",
        ],
    )
    report = run_deals_import(db, path)
    assert report.committed and report.inserted == 2, report.errors
    assert [r.registered_on for r in _registrations(db)] == [date(2026, 8, 1), date(2026, 8, 2)]
    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append(["登録日時", "パートナー", "顧客名", "案件"])
    ws.append([datetime(2026, 8, 3, 17, 45), "A", "ガンマ", "Z"])
    ws.append([date(2026, 8, 1), "A", "株式会社アルファ", "X"])  # the first row, day alone
    wb.save(tmp_path / "sfa.xlsx")
    again = run_deals_import(db, tmp_path / "sfa.xlsx")
    assert (again.inserted, again.duplicates) == (1, 1), again.errors
    assert _registrations(db)[-1].registered_on == date(2026, 8, 3)


def test_reimport_adds_nothing_whatever_the_file_name(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, *JA_ROWS])
    assert run_deals_import(db, path).inserted == 3
    again = run_deals_import(db, path)
    assert (again.inserted, again.duplicates, again.rejected) == (0, 3, 0)
    copy = _write(tmp_path / "copy of a.csv", [JA_HEADER, *JA_ROWS], "cp932")
    assert run_deals_import(db, copy).duplicates == 3
    assert _count(db, DealRegistration) == 3


def test_reimport_never_overwrites_a_decision(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[2]])
    run_deals_import(db, path)
    (row,) = _registrations(db)
    deals.reject(db, row.id, reason="not ours", decided_on=date(2026, 8, 6))
    run_deals_import(db, path)
    (row,) = _registrations(db)
    assert row.status == "rejected"


def test_duplicate_rows_in_one_file_count_once(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[2], JA_ROWS[2].replace("ガンマ", "ｶﾞﾝﾏ")])
    report = run_deals_import(db, path)
    assert (report.inserted, report.duplicates) == (1, 1)


def test_an_invalid_corporate_number_rejects_the_file(db: Database, tmp_path: Path) -> None:
    bad = JA_ROWS[1].replace("７０００-０１２０-５０００２", "1000012050002")
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[0], bad, JA_ROWS[2]])
    report = run_deals_import(db, path)
    assert not report.committed
    assert report.inserted == 0 and report.rejected == 1
    assert report.created_partners == []
    (error,) = report.errors
    assert (error.row, error.column) == (3, "corporate_number")
    assert "check digit" in error.message
    assert _count(db, DealRegistration) == 0
    assert _count(db, Partner) == 0
    assert _count(db, Person) == 0


@pytest.mark.parametrize(
    ("cells", "column", "message"),
    [
        ("2026/13/01,A,,X,,d,,,", "registered_at", "date"),
        (",A,,X,,d,,,", "registered_at", "missing"),
        ("2026/08/01,,,X,,d,,,", "partner", "missing"),
        ("2026/08/01,A,,,,d,,,", "customer", "missing"),
        ("2026/08/01,A,,X,,,,,", "deal", "missing"),
        ("2026/08/01,A,,X,,d,-5,,", "amount", "negative"),
        ("2026/08/01,A,,X,,d,,期限切れ,", "status", "computed"),
        ("2026/08/01,A,,X,,d,,expired,", "status", "computed"),
        ("2026/08/01,A,,X,,d,,保留,", "status", "unknown status"),
    ],
)
def test_row_errors_name_the_cell(
    db: Database, tmp_path: Path, cells: str, column: str, message: str
) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[0], cells])
    report = run_deals_import(db, path)
    assert report.rejected == 1 and not report.committed
    assert [(e.row, e.column) for e in report.errors] == [(3, column)]
    assert message in report.errors[0].message
    assert _count(db, DealRegistration) == 0


def test_no_create_refuses_unknown_partners(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        add_partner(s, "アルファ販売")
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[0].replace("山田 太郎", ""), JA_ROWS[2]])
    report = run_deals_import(db, path, create_missing=False)
    assert [(e.row, e.column) for e in report.errors] == [(3, "partner")]
    assert _count(db, DealRegistration) == 0


def test_keep_valid_imports_the_rest_and_writes_the_rejects(db: Database, tmp_path: Path) -> None:
    bad = JA_ROWS[1].replace("７０００-０１２０-５０００２", "12345")
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[0], bad, JA_ROWS[2]])
    report = run_deals_import(db, path, keep_valid=True)
    assert report.committed and report.inserted == 2 and report.rejected == 1
    assert report.rejects_path == tmp_path / "a.rejected.csv"
    text = report.rejects_path.read_text(encoding="utf-8-sig")
    assert "12345" in text and "row 3" in text


def test_dry_run_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, *JA_ROWS])
    report = run_deals_import(db, path, dry_run=True)
    assert report.inserted == 3 and not report.committed
    assert _count(db, DealRegistration) == 0 and _count(db, Partner) == 0


def test_expiry_follows_the_setting(db: Database, tmp_path: Path) -> None:
    deals.set_expiry_days(db, 45)
    run_deals_import(db, _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[2]]))
    (row,) = _registrations(db)
    assert row.expires_on == date(2026, 8, 5) + timedelta(days=45)


def test_missing_required_column_refuses_the_file(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", ["登録日,パートナー,案件", "2026/08/01,A,d"])
    with pytest.raises(ImportRefused, match="顧客名"):
        run_deals_import(db, path)


def test_a_mapping_renames_columns(db: Database, tmp_path: Path) -> None:
    path = _write(tmp_path / "a.csv", ["日付,会社,お客様,件名", "2026/08/01,A,株式会社アルファ,X"])
    mapping = {"日付": "registered_at", "会社": "パートナー", "お客様": "customer", "件名": "案件"}
    assert run_deals_import(db, path, mapping).inserted == 1


def test_two_columns_naming_one_field_refuse_the_file(db: Database, tmp_path: Path) -> None:
    # The second "partner" column would otherwise go unread: whose deal is it?
    path = _write(
        tmp_path / "a.csv",
        ["登録日,パートナー,partner,顧客名,案件", "2026/08/01,A,B,株式会社アルファ,X"],
    )
    with pytest.raises(ImportRefused, match="partner"):
        run_deals_import(db, path)
    assert _count(db, DealRegistration) == 0 and _count(db, Partner) == 0
    # A mapping that says which column to read settles it.
    assert run_deals_import(db, path, {"partner": None}).inserted == 1
    with db.reading() as s:
        assert list(s.scalars(select(Partner.name))) == ["A"]


# --- the CLI ----------------------------------------------------------------------------


def test_cli_import_and_reimport(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, *JA_ROWS])
    assert main(["--db", db.url, "import", "deals", str(path), "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["inserted"] == 3
    assert report["created_partners"] == ["アルファ販売", "ベータ商会", "ガンマ"]
    assert main(["--db", db.url, "import", "deals", str(path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["duplicates"] == 3


def test_cli_rejected_file_exits_2_and_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = JA_ROWS[1].replace("７０００-０１２０-５０００２", "1000012050002")
    path = _write(tmp_path / "a.csv", [JA_HEADER, JA_ROWS[0], bad])
    assert main(["--db", db.url, "import", "deals", str(path), "--format", "json"]) == 2
    out = capsys.readouterr()
    assert json.loads(out.out)["rejected"] == 1
    assert "nothing was imported" in out.err
    assert _count(db, DealRegistration) == 0 and _count(db, Partner) == 0


def test_cli_no_create_and_keep_valid(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _write(tmp_path / "a.csv", [JA_HEADER, *JA_ROWS])
    args = ["--db", db.url, "import", "deals", str(path), "--no-create", "--keep-valid"]
    assert main([*args, "--format", "json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["inserted"], report["rejected"]) == (0, 3)
