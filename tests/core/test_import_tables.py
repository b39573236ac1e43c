"""Importing the partner list, persons and the content catalogue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from prm_core.database import Database
from prm_core.importing import run_import
from prm_core.orm import Content, Partner, Person
from tests.core.test_import_support import counts, write_csv, write_xlsx
from tests.factories import add_partner, add_person


def test_partners_in_japanese_with_labels(db: Database, tmp_path: Path) -> None:
    rows = [
        ["パートナー", "コード", "種別", "地域", "契約日", "ステータス", "ランク", "備考"],
        ["株式会社アルファ", "P-001", "販売代理店", "関東", "2025/04/01", "有効", "Gold", "重点"],
        ["ベータ商事", "", "紹介", "", "", "", "", ""],
        ["ガンマ", "P-003", "system_integrator", "", "2025-10-01", "suspended", "", ""],
    ]
    report = run_import(db, write_csv(tmp_path / "p.csv", rows, encoding="cp932"), "partners")
    assert (report.inserted, report.duplicates, report.rejected) == (3, 0, 0), report.errors
    with db.reading() as s:
        alpha = s.scalars(select(Partner).where(Partner.code == "P-001")).one()
        assert (alpha.name, alpha.type, alpha.territory, alpha.contract_date, alpha.status) == (
            "株式会社アルファ",
            "reseller",
            "関東",
            date(2025, 4, 1),
            "active",
        )
        assert (alpha.tier, alpha.notes, alpha.version) == ("Gold", "重点", 1)
        beta = s.scalars(select(Partner).where(Partner.name == "ベータ商事")).one()
        assert (beta.type, beta.status, beta.code) == ("referral", "active", None)
    again = run_import(db, tmp_path / "p.csv", "partners")
    assert (again.inserted, again.duplicates) == (0, 3)


def test_partner_problems(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        add_partner(s, "Existing", code="X1")
    rows = [
        ["name", "code", "type", "contract_date", "status"],
        ["New A", "X1", "", "", ""],
        ["New B", "", "wholesaler", "2025/02/30", "gone"],
        ["existing", "", "", "", ""],  # same name, other case: a duplicate, not an error
        ["New C", "C1", "", "", ""],
        ["New D", "C1", "", "", ""],
    ]
    before = counts(db)
    report = run_import(db, write_csv(tmp_path / "p.csv", rows), "partners")
    assert [e.to_json() for e in report.errors] == [
        {
            "row": 2,
            "column": "code",
            "reason": "code_in_use",
            "message": 'code "X1" is already used by "Existing"',
        },
        {
            "row": 3,
            "column": "type",
            "reason": "unknown_partner_type",
            "message": 'unknown partner type "wholesaler"',
        },
        {
            "row": 3,
            "column": "contract_date",
            "reason": "no_such_day",
            "message": 'no such day "2025/02/30": month 2 of 2025 has 28 days',
        },
        {
            "row": 3,
            "column": "status",
            "reason": "unknown_status",
            "message": 'unknown status "gone"',
        },
        {
            "row": 6,
            "column": "code",
            "reason": "code_in_use",
            "message": 'code "C1" is already used by "New C"',
        },
    ]
    assert counts(db) == before
    kept = run_import(db, tmp_path / "p.csv", "partners", keep_valid=True)
    assert (kept.inserted, kept.duplicates, kept.rejected) == (1, 1, 3)


def test_persons_matched_within_partner(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        alpha = add_partner(s, "Alpha")
        add_person(s, alpha, "Sato")
    rows = [
        ["パートナー", "氏名", "役職", "メールアドレス", "電話番号", "キーマン"],
        ["Alpha", "Sato", "", "", "", ""],  # already there
        ["Alpha", "Suzuki", "部長", "suzuki@alpha.example.jp", "03-1234-5678", "○"],
        ["Beta", "Sato", "", "", "", "×"],  # same name, other partner: a new person
        ["Beta", "sato", "", "", "", ""],  # same person again in the file
    ]
    path = write_xlsx(tmp_path / "persons.xlsx", rows)
    report = run_import(db, path, "persons")
    assert (report.inserted, report.duplicates, report.created_partners) == (2, 2, ["Beta"])
    with db.reading() as s:
        suzuki = s.scalars(select(Person).where(Person.name == "Suzuki")).one()
        assert (suzuki.role, suzuki.email, suzuki.phone, suzuki.is_key_person) == (
            "部長",
            "suzuki@alpha.example.jp",
            "03-1234-5678",
            True,
        )
    assert counts(db)["persons"] == 3


def test_person_problems_and_no_create(db: Database, tmp_path: Path) -> None:
    rows = [
        ["partner", "name", "email", "phone", "key person"],
        ["Gamma", "Ito", "not-an-email", "call me", "perhaps"],
        ["Gamma", "", "", "", ""],
    ]
    report = run_import(db, write_csv(tmp_path / "p.csv", rows), "persons")
    assert [(e.row, e.column, e.reason) for e in report.errors] == [
        (2, "email", "bad_email"),  # catalogued: the Japanese UI words it too
        (2, "phone", "bad_phone"),
        (2, "is_key_person", "yes_no"),
        (3, "name", "missing"),
    ]
    assert report.errors[0].message == (
        'malformed email "not-an-email" (expected name@example.co.jp)'
    )
    assert counts(db)["partners"] == 0
    ok = write_csv(tmp_path / "ok.csv", [["partner", "name"], ["Gamma", "Ito"]])
    strict = run_import(db, ok, "persons", create_missing=False)
    assert [e.to_json() for e in strict.errors] == [
        {
            "row": 2,
            "column": "partner",
            "reason": "unknown_partner",
            "message": 'unknown partner "Gamma"',
        }
    ]
    assert counts(db) == {"events": 0, "partners": 0, "persons": 0, "contents": 0}


def test_contents(db: Database, tmp_path: Path) -> None:
    rows = [
        ["資料名", "種類"],
        ["提案書", "proposal deck"],
        ["トークスクリプト", ""],
        ["提案書", ""],
    ]
    path = write_csv(tmp_path / "c.csv", rows, encoding="utf-8-sig", delimiter="\t")
    report = run_import(db, path, "contents")
    assert (report.inserted, report.duplicates) == (2, 1)
    with db.reading() as s:
        assert {n: k for n, k in s.execute(select(Content.name, Content.kind))} == {
            "提案書": "proposal deck",
            "トークスクリプト": None,
        }
    assert run_import(db, path, "contents").inserted == 0
