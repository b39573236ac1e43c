"""New names that read like another: created all the same, and said.

㈱アルファ in a file where the database has 株式会社アルファ used to create a second partner
in silence, splitting one partner's activity in two. Merging on a guess would be worse
(アルファ株式会社 and 株式会社アルファ can be two companies), so the import names each pair.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.importing import run_import, validate
from prm_core.importing.names import LookAlikes, look_key
from prm_core.orm import Content
from tests.core.test_import_support import counts, write_csv
from tests.factories import add_partner, add_person


@pytest.fixture
def alpha(db: Database) -> Database:
    with db.transaction() as s:
        partner = add_partner(s, "株式会社アルファ")
        add_person(s, partner, "山田太郎")
        s.add(Content(name="導入事例集2026"))
    return db


def test_an_event_file_names_each_look_alike_it_creates(alpha: Database, tmp_path: Path) -> None:
    rows = [
        ["日時", "パートナー", "担当者", "種別", "資料"],
        ["2026-04-01", "㈱アルファ", "", "ログイン", ""],
        ["2026-04-02", "株式会社アルファ", "山田 太郎", "ログイン", ""],
        ["2026-04-03", "株式会社アルファ", "", "資料DL", "導入事例集 2026"],
        ["2026-04-04", "アルファ商事", "", "ログイン", ""],  # another company
        ["2026-04-05", "ベータ(株)", "", "ログイン", ""],
        ["2026-04-06", "株式会社ベータ", "", "ログイン", ""],  # two new spellings of one
        ["2026-04-07", "株式会社アルファ", "佐藤 花子", "ログイン", ""],
    ]
    report = run_import(alpha, write_csv(tmp_path / "e.csv", rows), "events")
    assert (report.inserted, report.rejected) == (7, 0), report.errors
    assert report.created_partners == ["㈱アルファ", "アルファ商事", "ベータ(株)", "株式会社ベータ"]
    assert report.similar_names == [
        {"kind": "partner", "name": "㈱アルファ", "like": "株式会社アルファ"},
        {"kind": "partner", "name": "株式会社ベータ", "like": "ベータ(株)"},
        {"kind": "person", "name": "山田 太郎", "like": "山田太郎", "partner": "株式会社アルファ"},
        {"kind": "content", "name": "導入事例集 2026", "like": "導入事例集2026"},
    ]
    again = run_import(alpha, tmp_path / "e.csv", "events")  # nothing new, nothing to say
    assert (again.inserted, again.similar_names) == (0, [])


def test_a_partner_list_is_checked_at_validation_and_writes_nothing(
    alpha: Database, tmp_path: Path
) -> None:
    rows = [["パートナー", "地域"], ["アルファ株式会社", "関東"], ["ガンマ", ""]]
    before = counts(alpha)
    report = validate(alpha, write_csv(tmp_path / "p.csv", rows), "partners")
    assert report.similar_names == [
        {"kind": "partner", "name": "アルファ株式会社", "like": "株式会社アルファ"}
    ]
    assert counts(alpha) == before


def test_persons_and_contents_lists_name_their_look_alikes(alpha: Database, tmp_path: Path) -> None:
    persons = [["会社名", "氏名"], ["株式会社アルファ", "山田　太郎"], ["株式会社アルファ", "鈴木"]]
    report = run_import(alpha, write_csv(tmp_path / "s.csv", persons), "persons")
    assert report.inserted == 2
    assert report.similar_names == [
        {"kind": "person", "name": "山田 太郎", "like": "山田太郎", "partner": "株式会社アルファ"}
    ]
    contents = [["資料名"], ["導入事例集（2026）"], ["価格表"]]
    report = run_import(alpha, write_csv(tmp_path / "c.csv", contents), "contents")
    assert report.similar_names == [
        {"kind": "content", "name": "導入事例集（2026）", "like": "導入事例集2026"}
    ]


def test_look_alikes_are_kept_within_their_scope() -> None:
    stored = [(1, "山田太郎"), (2, "佐藤")]
    looks = LookAlikes(look_key, lambda: stored)
    assert looks.twin(2, "山田 太郎") is None  # another partner's person of that name
    assert looks.twin(1, "山田　太郎") == "山田太郎"
    assert looks.twin(2, "山田太郎") == "山田 太郎"  # the first new one is remembered
    assert looks.twin(1, "・・・") is None  # nothing left to compare: never a match


@pytest.mark.parametrize(
    ("name", "other", "alike"),
    [
        ("導入事例集 2026", "導入事例集2026", True),
        ("2026.04 価格表", "2026/04 価格表", True),  # one date, two spellings
        ("研修テキスト 1-2", "研修テキスト 12", False),  # other numbers, not other spellings
        ("提案書 v1.1", "提案書 v11", False),
        ("提案書_v1_1", "提案書 v1.1", True),  # an underscore is a mark like any other
        ("研修テキスト1_2", "研修テキスト 12", False),
    ],
)
def test_marks_between_digits_keep_numbers_apart(name: str, other: str, alike: bool) -> None:
    assert (look_key(name) == look_key(other)) is alike
    assert (LookAlikes(look_key, lambda: [(0, other)]).twin(0, name) == other) is alike


def test_the_command_line_names_the_pairs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    path = write_csv(tmp_path / "p.csv", [["パートナー"], ["株式会社アルファ"], ["㈱アルファ"]])
    code = main(["--db", db, "import", "partners", str(path), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0 and json.loads(out)["similar_names"] == [
        {"kind": "partner", "name": "㈱アルファ", "like": "株式会社アルファ"}
    ]
    assert (
        'read like another, created separately (check the spelling): partner "㈱アルファ" '
        'like "株式会社アルファ"'
    ) in err


def test_a_rejected_file_names_no_look_alike_and_a_dry_run_says_to_be_created(
    alpha: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [["日時", "パートナー", "種別"], ["2026-04-01", "㈱アルファ", "ログイン"]]
    bad = write_csv(tmp_path / "bad.csv", [*rows, ["2026/13/01", "ガンマ", "ログイン"]])
    report = run_import(alpha, bad, "events")
    assert (report.rejected, report.created_partners, report.similar_names) == (1, [], [])
    assert validate(alpha, bad, "events").similar_names  # what an import would create
    pair = write_csv(tmp_path / "pair.csv", [["パートナー"], ["株式会社アルファ"], ["㈱アルファ"]])
    main(["--db", str(tmp_path / "a.db"), "import", "partners", str(pair), "--dry-run"])
    assert "to be created separately" in capsys.readouterr().err
