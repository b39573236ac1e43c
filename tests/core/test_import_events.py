"""Importing activity events: formats, every kind of bad row, idempotency, all or nothing."""

from __future__ import annotations

import csv
import os
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select, text

from prm_core.database import Database
from prm_core.importing import ImportRefused, RejectsWording, run_import, validate
from prm_core.importing.event_rows import HASH_PREFIX
from prm_core.importing.events import CONFLICT_SQL
from prm_core.importing.messages import CATALOGUE
from prm_core.orm import Content, Event, Partner, Person
from prm_core.progress import Cancelled
from tests.core.test_import_support import (
    EN_HEADER,
    JA_HEADER,
    counts,
    events,
    read_rejects,
    write_csv,
    write_xlsx,
)
from tests.factories import add_partner, add_person

GOOD = [
    ["2026-04-01 09:30", "Alpha", "Sato", "login", "", "", "", "E1"],
    ["2026/04/02", "Alpha", "Sato", "資料DL", "Price list", "", "", "E2"],
    ["2026/04/03 9:05", "Beta", "", "deal_registered", "", "Big deal", "¥1,200,000", "E3"],
    ["2026-04-04T10:00:00", "Beta", "Suzuki", "受注", "", "Big deal", "1200000", "E4"],
]


def test_import_events_creates_names_and_reports(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "events.csv", [EN_HEADER, *GOOD])
    report = run_import(db, path, "events")
    assert report.committed and report.ok
    assert report.to_json() == {
        "inserted": 4,
        "duplicates": 0,
        "created_partners": ["Alpha", "Beta"],
        "created_persons": [
            {"partner": "Alpha", "name": "Sato"},
            {"partner": "Beta", "name": "Suzuki"},
        ],
        "created_contents": ["Price list"],
        "rejected": 0,
        "errors": [],
        "ignored_columns": [],
        "skipped_notes": [],
        "notes_skipped": 0,
        "merged_cells": [],
        "similar_names": [],
    }
    stored = events(db)
    assert [e.kind for e in stored] == ["login", "material_download", "deal_registered", "deal_won"]
    assert [e.occurred_at for e in stored] == [
        datetime(2026, 4, 1, 9, 30),
        datetime(2026, 4, 2),
        datetime(2026, 4, 3, 9, 5),
        datetime(2026, 4, 4, 10),
    ]
    assert [e.amount for e in stored] == [None, None, 1_200_000, 1_200_000]
    assert [e.external_id for e in stored] == ["E1", "E2", "E3", "E4"]
    assert {e.source for e in stored} == {"import"}
    with db.reading() as s:
        download = s.scalars(select(Event).where(Event.kind == "material_download")).one()
        assert download.content_id == s.scalar(
            select(Content.id).where(Content.name == "Price list")
        )
        # stored datetimes compare with SQLAlchemy's own parameters (same text format)
        assert (
            s.scalar(
                select(Event.external_id).where(Event.occurred_at == datetime(2026, 4, 1, 9, 30))
            )
            == "E1"
        )


def test_second_import_adds_nothing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "events.csv", [EN_HEADER, *GOOD])
    run_import(db, path, "events")
    before = counts(db)
    again = run_import(db, path, "events")
    assert (again.inserted, again.duplicates, again.created_partners) == (0, 4, [])
    assert counts(db) == before
    # the same rows in a renamed file, as xlsx, dedupe too (source is not the file name)
    renamed = write_xlsx(tmp_path / "march-export.xlsx", [EN_HEADER, *GOOD])
    assert run_import(db, renamed, "events").duplicates == 4
    assert counts(db) == before


def test_rows_without_external_id_dedupe_on_a_content_hash(db: Database, tmp_path: Path) -> None:
    rows = [[*r[:7], ""] for r in GOOD]
    rows.append(rows[0])  # an identical row inside the same file
    path = write_csv(tmp_path / "noid.csv", [EN_HEADER, *rows])
    first = run_import(db, path, "events")
    assert (first.inserted, first.duplicates) == (4, 1)
    ids = [e.external_id or "" for e in events(db)]
    assert all(i.startswith(HASH_PREFIX) and len(i) == len(HASH_PREFIX) + 40 for i in ids)
    # the same facts written differently (Japanese headers and labels, other date format)
    ja = [
        ["2026/04/01 9:30", "Alpha", "Sato", "ログイン", "", "", "", ""],
        ["2026-04-03 09:05:00", "Beta", "", "案件登録", "", "Big deal", "1,200,000", ""],
    ]
    second = run_import(db, write_csv(tmp_path / "ja.csv", [JA_HEADER, *ja]), "events")
    assert (second.inserted, second.duplicates) == (0, 2)


def test_duplicates_within_a_file_and_across_batches(db: Database, tmp_path: Path) -> None:
    rows = [["2026-04-01", "Alpha", "", "login", "", "", "", f"E{i % 7}"] for i in range(50)]
    path = write_csv(tmp_path / "dups.csv", [EN_HEADER, *rows])
    report = run_import(db, path, "events", batch_rows=4)
    assert (report.inserted, report.duplicates) == (7, 43)
    assert counts(db)["events"] == 7


SFA = [  # an SFA export with the deal number in the ID column: one id, three events
    ["2026-04-01", "Alpha", "", "deal_registered", "", "Core", "", "D-100"],
    ["2026-05-01", "Alpha", "", "deal_won", "", "Core", "¥5,000,000", "D-100"],
    ["2026-05-02", "Beta", "", "deal_won", "", "Other", "100", "D-100"],
]


@pytest.mark.parametrize("batch_rows", [1, 10_000])  # across batches, inside one
def test_an_id_naming_two_different_events_refuses_the_file(
    db: Database, tmp_path: Path, batch_rows: int
) -> None:
    """They used to count as duplicates: the ¥5,000,000 win vanished, exit 0."""
    path = write_csv(tmp_path / "sfa.csv", [EN_HEADER, *SFA])
    for dry_run in (True, False):  # the wizard's validation says so too
        with pytest.raises(ImportRefused) as caught:
            run_import(db, path, "events", batch_rows=batch_rows, dry_run=dry_run)
        assert str(caught.value).startswith(
            'the ID "D-100" names two different events: 2026-04-01 00:00 Alpha '
            "deal_registered and 2026-05-01 00:00 Alpha deal_won."
        )
        assert counts(db) == {"events": 0, "partners": 0, "persons": 0, "contents": 0}
    # leaving the ID unused, each row is its own event (dedupe on the content hash)
    report = run_import(db, path, "events", {"external_id": None}, batch_rows=batch_rows)
    assert (report.inserted, report.duplicates) == (3, 0)


def test_an_id_of_an_earlier_file_naming_another_event_refuses_the_file(
    db: Database, tmp_path: Path
) -> None:
    """Two systems numbering from 1 under the default source: the second file's events
    were all "duplicates" of the first's."""
    portal = [
        ["2026-04-01 09:00", "Alpha", "", "login", "", "", "", "1"],
        ["2026-04-02 09:00", "Alpha", "", "login", "", "", "", "2"],
    ]
    sfa = [
        ["2026-04-03", "Alpha", "", "deal_registered", "", "Core", "", "1"],
        ["2026-04-04", "Beta", "", "deal_won", "", "Core", "900", "2"],
    ]
    run_import(db, write_csv(tmp_path / "portal.csv", [EN_HEADER, *portal]), "events")
    before = counts(db)
    sfa_path = write_csv(tmp_path / "sfa.csv", [EN_HEADER, *sfa])
    with pytest.raises(
        ImportRefused, match=r'"1" names two different events.*source of its own \(Source'
    ):
        run_import(db, sfa_path, "events")
    assert counts(db) == before
    report = run_import(db, sfa_path, "events", source="sfa")  # what the message advises
    assert (report.inserted, report.duplicates) == (2, 0)


def test_the_id_check_looks_up_each_row_of_the_batch(db: Database) -> None:
    """Not the other way round: scanning the stored events for each row of the batch made a
    re-import of a million rows run for ever, and tables in tests are too small to show it."""
    if db.engine.dialect.name != "sqlite":
        pytest.skip("the JSON check is SQLite's")
    with db.engine.connect() as conn:
        plan = [
            str(r[3])
            for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {CONFLICT_SQL}", ("[]", "import"))
        ]
    assert plan[0].startswith("SCAN j")
    assert plan[1].startswith("SEARCH e USING INDEX") and "external_id=?" in plan[1]


def test_an_id_whose_amount_changed_is_still_the_same_event(db: Database, tmp_path: Path) -> None:
    """An export run again after the deal's amount was corrected: a duplicate, as before
    (events are not updated by an import), not a conflict."""
    row = ["2026-05-01", "Alpha", "", "deal_won", "", "Core", "¥5,000,000", "D-1"]
    run_import(db, write_csv(tmp_path / "a.csv", [EN_HEADER, row]), "events")
    changed = [*row[:6], "¥5,500,000", "D-1"]
    report = run_import(db, write_csv(tmp_path / "b.csv", [EN_HEADER, changed]), "events")
    assert (report.inserted, report.duplicates) == (0, 1)
    assert [e.amount for e in events(db)] == [5_000_000]


BAD = [
    (
        ["2026/13/01", "Alpha", "", "login", "", "", "", ""],
        "occurred_at",
        'unparseable date "2026/13/01"',
    ),
    (  # a real month and a day it lacks: said as such, not "unparseable"
        ["2026/2/29", "Alpha", "", "login", "", "", "", ""],
        "occurred_at",
        'no such day "2026/2/29": month 2 of 2026 has 28 days',
    ),
    (
        ["2026年4月31日 9:30", "Alpha", "", "login", "", "", "", ""],
        "occurred_at",
        'no such day "2026年4月31日 9:30": month 4 of 2026 has 30 days',
    ),
    (  # ISO 8601 with an offset, which the slash pattern does not read
        ["2026-02-29T10:00+09:00", "Alpha", "", "login", "", "", "", ""],
        "occurred_at",
        'no such day "2026-02-29T10:00+09:00": month 2 of 2026 has 28 days',
    ),
    (
        ["2026-13-01T10:00+09:00", "Alpha", "", "login", "", "", "", ""],
        "occurred_at",
        'unparseable date "2026-13-01T10:00+09:00"',
    ),
    (
        ["2026-04-01", "Alpha", "", "資料ダウンロード", "", "", "", ""],
        "kind",
        'unknown kind "資料ダウンロード"',
    ),
    (
        ["2026-04-01", "Alpha", "", "deal_won", "", "", "-5000", ""],
        "amount",
        'negative amount "-5000"',
    ),
    (
        ["2026-04-01", "Alpha", "", "deal_won", "", "", "12.5", ""],
        "amount",
        'amount must be whole yen "12.5"',
    ),
    (
        ["2026-04-01", "Alpha", "", "deal_won", "", "", "lots", ""],
        "amount",
        'unparseable amount "lots"',
    ),
    (["2026-04-01", "", "", "login", "", "", "", ""], "partner", "missing value"),
    (["", "Alpha", "", "login", "", "", "", ""], "occurred_at", "missing value"),
    (["2026-04-01", "Alpha", "", "", "", "", "", ""], "kind", "missing value"),
    (
        ["2026-04-01", "A" * 201, "", "login", "", "", "", ""],
        "partner",
        "too long (201 characters, at most 200)",
    ),
    (
        ["2026-04-01", "Alpha", "", "login", "", "d" * 300, "", ""],
        "deal",
        "too long (300 characters, at most 200)",
    ),
    (
        ["2026-04-01", "Alpha", "", "login", "", "", "", "i" * 201],
        "external_id",
        "too long (201 characters, at most 200)",
    ),
]


@pytest.mark.parametrize(("row", "column", "message"), BAD, ids=[b[1] + ":" + b[2] for b in BAD])
def test_each_invalid_row_rejects_the_file(
    db: Database, tmp_path: Path, row: list[str], column: str, message: str
) -> None:
    path = write_csv(tmp_path / "bad.csv", [EN_HEADER, GOOD[0], row, GOOD[1]])
    before = counts(db)
    report = run_import(db, path, "events")
    assert not report.committed
    (error,) = report.to_json()["errors"]
    assert error == {"row": 3, "column": column, "reason": error["reason"], "message": message}
    assert error["reason"] in CATALOGUE  # the key a script matches on, whatever the wording
    assert (report.inserted, report.rejected, report.created_partners) == (0, 1, [])
    assert counts(db) == before  # nothing written, not even the partner "Alpha"


def test_every_problem_is_listed_with_excel_row_numbers(db: Database, tmp_path: Path) -> None:
    rows = [GOOD[0], [], ["2026/13/01", "Alpha", "", "nope", "", "", "-1", ""], GOOD[1]]
    rows += [GOOD[2]] * 3 + [["x", "", "", "login", "", "", "", ""]]
    path = write_csv(tmp_path / "bad.csv", [EN_HEADER, *rows])
    report = run_import(db, path, "events", batch_rows=3)
    assert [e.to_json() for e in report.errors] == [
        {
            "row": 4,
            "column": "occurred_at",
            "reason": "unparseable_date",
            "message": 'unparseable date "2026/13/01"',
        },
        {"row": 4, "column": "kind", "reason": "unknown_kind", "message": 'unknown kind "nope"'},
        {
            "row": 4,
            "column": "amount",
            "reason": "negative_amount",
            "message": 'negative amount "-1"',
        },
        {
            "row": 9,
            "column": "occurred_at",
            "reason": "unparseable_date",
            "message": 'unparseable date "x"',
        },
        {"row": 9, "column": "partner", "reason": "missing", "message": "missing value"},
    ]
    assert report.errors[0].header == "occurred_at"
    assert report.rejected == 2
    assert counts(db)["events"] == 0


def test_misaligned_row_is_rejected(db: Database, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "shift.csv",
        [EN_HEADER, ["2026-04-01", "Alpha", "", "login", "", "Deal, Inc", "", "", "extra"]],
    )
    report = run_import(db, path, "events")
    assert report.errors[0].column is None
    assert "9 cells but the header has 8" in report.errors[0].message
    kept = run_import(db, path, "events", keep_valid=True)
    assert kept.rejects_path is not None
    with kept.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[1][:6] == ["2026-04-01", "Alpha", "", "login", "", "Deal, Inc"]
    assert rows[1][8].startswith("row 2: row has 9 cells")
    assert rows[1][9] == "extra"  # nothing the row had is lost


def test_notes_beside_a_workbook_table_are_ignored(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        ["日時", "パートナー", "種別"],
        ["2026-04-01", "Alpha", "login", None, "checked by Mori"],
        ["2026-04-02", "Alpha", "login"],
    ]
    report = run_import(db, write_xlsx(tmp_path / "notes.xlsx", rows), "events")
    assert (report.inserted, report.rejected) == (2, 0)


def test_keep_valid_imports_the_rest_and_writes_rejects(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    bad = ["2026/13/01", "Alpha", "", "資料ダウンロード", "", "", "", "X"]
    path = write_csv(folder / "mixed.csv", [JA_HEADER, GOOD[0], bad, GOOD[1]])
    report = run_import(db, path, "events", keep_valid=True)
    assert report.committed
    assert (report.inserted, report.rejected) == (2, 1)
    assert report.rejects_path == folder / "mixed.rejected.csv"
    raw = report.rejects_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens it as UTF-8
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == [*JA_HEADER, "error"]
    assert rows[1][:8] == bad
    assert rows[1][8] == (
        'row 3: 日時: unparseable date "2026/13/01"; 種別: unknown kind "資料ダウンロード"'
    )
    assert counts(db)["events"] == 2
    # the caller words the extra column (the desktop passes its translations)
    wording = RejectsWording("理由", lambda errors: f"{errors[0].row}行目 {len(errors)}件")
    again = run_import(db, path, "events", keep_valid=True, rejects_wording=wording)
    # the first rejects file may hold the user's corrections: never replaced
    assert again.rejects_path == folder / "mixed.rejected (2).csv"
    with again.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        worded = list(csv.reader(fh))
    assert (worded[0][-1], worded[1][8]) == ("理由", "3行目 2件")
    assert read_rejects(folder / "mixed.rejected.csv") == rows  # the first file as it was
    # nothing rejected: no rejects file, and no temporary file left behind
    clean = write_csv(folder / "clean.csv", [JA_HEADER, GOOD[2]])
    assert run_import(db, clean, "events", keep_valid=True).rejects_path is None
    assert sorted(p.name for p in folder.iterdir()) == [
        "clean.csv",
        "mixed.csv",
        "mixed.rejected (2).csv",
        "mixed.rejected.csv",
    ]


def test_a_folder_named_like_the_rejects_file_is_stepped_around(
    db: Database, tmp_path: Path
) -> None:
    """Found only at the rename, it used to fail after the commit: the valid rows were in,
    the rejected ones nowhere, and the command line said "unexpected error". A name that is
    taken, by a file or a folder, is never written over."""
    bad = ["2026/13/01", "Alpha", "", "login", "", "", "", "X"]
    path = write_csv(tmp_path / "mixed.csv", [JA_HEADER, GOOD[0], bad])
    (tmp_path / "mixed.rejected.csv").mkdir()
    report = run_import(db, path, "events", keep_valid=True)
    assert report.committed and report.inserted == 1
    assert report.rejects_path == tmp_path / "mixed.rejected (2).csv"
    assert read_rejects(report.rejects_path)[1][:8] == bad
    assert list((tmp_path / "mixed.rejected.csv").iterdir()) == []


def test_rejected_rows_survive_a_rename_that_fails_after_the_commit(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = ["2026/13/01", "Alpha", "", "login", "", "", "", "X"]
    path = write_csv(tmp_path / "mixed.csv", [JA_HEADER, GOOD[0], bad])

    def refuse(src: str, dst: str) -> None:
        raise PermissionError(13, "Permission denied", dst)

    # the rename into place, by hard link or (where there are none) by replace
    monkeypatch.setattr(os, "link", refuse)
    monkeypatch.setattr(os, "replace", refuse)
    report = run_import(db, path, "events", keep_valid=True)
    assert report.committed and report.inserted == 1
    assert report.rejects_path is not None and report.rejects_path.parent == tmp_path
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        assert list(csv.reader(fh))[1][:8] == bad  # kept under its temporary name


def test_no_create_makes_unknown_names_errors(db: Database, tmp_path: Path) -> None:
    with db.transaction() as s:
        alpha = add_partner(s, "Alpha")
        add_person(s, alpha, "Sato")
    rows = [
        ["2026-04-01", "Alpha", "Sato", "login", "", "", "", ""],
        ["2026-04-01", "Gamma", "", "login", "", "", "", ""],
        ["2026-04-01", "Alpha", "Tanaka", "login", "", "", "", ""],
        ["2026-04-01", "Alpha", "", "material_download", "New deck", "", "", ""],
    ]
    path = write_csv(tmp_path / "nc.csv", [EN_HEADER, *rows])
    before = counts(db)
    report = run_import(db, path, "events", create_missing=False)
    assert [e.to_json() for e in report.errors] == [
        {
            "row": 3,
            "column": "partner",
            "reason": "unknown_partner",
            "message": 'unknown partner "Gamma"',
        },
        {
            "row": 4,
            "column": "person",
            "reason": "unknown_person",
            "message": 'unknown person "Tanaka" at "Alpha"',
        },
        {
            "row": 5,
            "column": "content",
            "reason": "unknown_content",
            "message": 'unknown content "New deck"',
        },
    ]
    assert counts(db) == before
    kept = run_import(db, path, "events", create_missing=False, keep_valid=True)
    assert (kept.inserted, kept.rejected, kept.created_partners) == (1, 3, [])


def test_names_match_existing_rows_loosely_and_persons_within_their_partner(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as s:
        alpha = add_partner(s, "Alpha Corp")
        beta = add_partner(s, "Beta")
        add_person(s, alpha, "Sato Ken")
        add_person(s, beta, "Sato Ken")
    rows = [
        ["2026-04-01", "ＡＬＰＨＡ　corp", "sato  ken", "login", "", "", "", ""],
        ["2026-04-01", "Beta", "Sato Ken", "login", "", "", "", ""],
        ["2026-04-02", "Beta", "Mori", "login", "", "", "", ""],
    ]
    report = run_import(db, write_csv(tmp_path / "n.csv", [EN_HEADER, *rows]), "events")
    assert report.created_partners == []
    assert report.created_persons == [{"partner": "Beta", "name": "Mori"}]
    with db.reading() as s:
        pairs = s.execute(
            select(Partner.name, Person.name)
            .join(Event, Event.partner_id == Partner.id)
            .join(Person, Person.id == Event.person_id)
            .order_by(Event.id)
        ).all()
    assert [tuple(p) for p in pairs] == [
        ("Alpha Corp", "Sato Ken"),
        ("Beta", "Sato Ken"),
        ("Beta", "Mori"),
    ]


def test_xlsx_with_date_cells_and_float_numbers(db: Database, tmp_path: Path) -> None:
    rows: list[list[object]] = [
        [*JA_HEADER],
        [datetime(2026, 4, 1, 9, 30), "Alpha", None, "ログイン", None, None, None, 1001],
        [datetime(2026, 4, 2), "Alpha", None, "受注", None, "D", 1200000, 1002],
        ["2026/04/03", "Alpha", None, "受注", None, "D", "¥1,000", None],
    ]
    path = write_xlsx(tmp_path / "events.xlsx", rows)
    report = run_import(db, path, "events")
    assert report.ok and report.inserted == 3, report.errors
    stored = events(db)
    assert [e.external_id for e in stored][:2] == ["1001", "1002"]
    assert [e.amount for e in stored] == [None, 1_200_000, 1_000]
    assert stored[0].occurred_at == datetime(2026, 4, 1, 9, 30)


def test_xlsx_errors_use_excel_row_numbers(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.append([])  # the header is on row 2 here
    ws.append(EN_HEADER)
    ws.append(["2026-04-01", "Alpha", None, "login"])
    ws.append(["2026-04-01", "Alpha", None, "bogus"])
    path = tmp_path / "e.xlsx"
    wb.save(path)
    report = run_import(db, path, "events")
    assert [e.to_json() for e in report.errors] == [
        {"row": 4, "column": "kind", "reason": "unknown_kind", "message": 'unknown kind "bogus"'}
    ]


def test_validate_reports_without_writing(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "v.csv", [EN_HEADER, *GOOD, GOOD[0]])
    before = counts(db)
    report = validate(db, path, "events")
    assert (report.inserted, report.duplicates, report.rejected) == (4, 1, 0)
    assert report.created_partners == ["Alpha", "Beta"]
    assert report.dry_run and not report.committed
    assert counts(db) == before
    bad = write_csv(tmp_path / "b.csv", [EN_HEADER, GOOD[0], ["x", "Alpha", "", "login"]])
    checked = validate(db, bad, "events")
    assert (checked.inserted, checked.rejected) == (1, 1)
    assert counts(db) == before


def test_cancel_rolls_everything_back(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "files"
    folder.mkdir()
    rows = [
        [f"2026-04-01 09:{i % 60:02d}", f"P{i % 5}", "", "login", "", "", "", f"C{i}"]
        for i in range(100)
    ]
    path = write_csv(folder / "c.csv", [EN_HEADER, *rows])
    before = counts(db)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if done >= 60:
            raise Cancelled

    with pytest.raises(Cancelled):
        run_import(db, path, "events", progress=progress, batch_rows=20, keep_valid=True)
    assert counts(db) == before
    assert calls[0][0] == 0 and calls[-1][0] == 60
    assert [p.name for p in folder.iterdir()] == ["c.csv"]


def test_a_cancel_at_the_last_progress_report_still_rolls_back(
    db: Database, tmp_path: Path
) -> None:
    """The last report comes before the commit, never after it: a cancel there must not
    leave a committed import reported as cancelled (with its rejects file deleted)."""
    rows = [[f"2026-04-01 09:{i:02d}", "P", "", "login", "", "", "", f"L{i}"] for i in range(30)]
    rows.append(["not a date", "P", "", "login", "", "", "", "bad"])
    folder = tmp_path / "last"
    folder.mkdir()
    path = write_csv(folder / "l.csv", [EN_HEADER, *rows])
    before = counts(db)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if calls.count((31, 31)) == 2:  # the last batch's report, then the final one
            raise Cancelled

    with pytest.raises(Cancelled):
        run_import(db, path, "events", progress=progress, batch_rows=10, keep_valid=True)
    assert counts(db) == before
    assert calls[-2:] == [(31, 31), (31, 31)]
    assert [p.name for p in folder.iterdir()] == ["l.csv"]
    # Without a cancel the same file imports, and its rejects file stays.
    report = run_import(db, path, "events", batch_rows=10, keep_valid=True)
    assert (report.inserted, report.rejected, report.committed) == (30, 1, True)
    assert sorted(p.name for p in folder.iterdir()) == ["l.csv", "l.rejected.csv"]


def test_finishing_comes_once_after_the_last_report_and_before_the_commit(
    db: Database, tmp_path: Path
) -> None:
    """``finishing()`` tells a GUI that Cancel can no longer stop the import: it comes
    after the last progress report, while nothing is committed yet, and only once."""
    rows = [[f"2026-04-01 09:{i:02d}", "P", "", "login", "", "", "", f"F{i}"] for i in range(25)]
    path = write_csv(tmp_path / "f.csv", [EN_HEADER, *rows])
    seen: list[object] = []

    def finishing() -> None:
        seen.append(("finishing", counts(db)["events"]))  # another connection's view

    report = run_import(
        db,
        path,
        "events",
        progress=lambda d, t: seen.append((d, t)),
        finishing=finishing,
        batch_rows=10,
    )
    assert report.committed and counts(db)["events"] == 25
    assert seen[-2:] == [(25, 25), ("finishing", 0)]
    assert [x for x in seen if isinstance(x, tuple) and x[0] == "finishing"] == [("finishing", 0)]

    cancelled: list[str] = []

    def cancel_first(_done: int, _total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):
        run_import(
            db, path, "events", progress=cancel_first, finishing=lambda: cancelled.append("x")
        )
    assert cancelled == []


def test_progress_reaches_the_total(db: Database, tmp_path: Path) -> None:
    rows = [["2026-04-01", "P", "", "login", "", "", "", f"C{i}"] for i in range(45)]
    path = write_csv(tmp_path / "p.csv", [EN_HEADER, *rows])
    calls: list[tuple[int, int]] = []
    run_import(db, path, "events", progress=lambda d, t: calls.append((d, t)), batch_rows=10)
    assert calls[-1] == (45, 45)
    assert all(d <= t for d, t in calls)
    assert [d for d, _ in calls] == sorted(d for d, _ in calls)


def test_source_keeps_two_systems_apart(db: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [EN_HEADER, GOOD[0]])
    assert run_import(db, path, "events").inserted == 1
    assert run_import(db, path, "events", source="sfa").inserted == 1
    assert run_import(db, path, "events", source="sfa").duplicates == 1
    with db.reading() as s:
        stored = sorted(s.scalars(select(Event.source)))
    assert stored == ["import", "sfa"]  # bound once per batch, stored on every row


def test_refused_file_writes_nothing(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "x.xlsm"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ImportRefused):
        run_import(db, path, "events")
    with pytest.raises(ImportRefused, match="required column missing"):
        run_import(db, write_csv(tmp_path / "h.csv", [["a", "b"], ["1", "2"]]), "events")
    with pytest.raises(ValueError, match="unknown import kind"):
        run_import(db, write_csv(tmp_path / "k.csv", [EN_HEADER]), "deals")
    assert counts(db) == {"events": 0, "partners": 0, "persons": 0, "contents": 0}


def test_bulk_mode_rebuilds_the_indexes(
    sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Large loads drop and recreate the secondary indexes; the schema must end identical."""
    import prm_core.importing.sqlite_bulk as bulk

    monkeypatch.setattr(bulk, "BULK_MIN_ROWS", 10)

    def index_sql() -> list[tuple[str, str]]:
        with sqlite_db.reading() as s:
            return [
                (r[0], r[1])
                for r in s.execute(
                    text(
                        "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'events' ORDER BY name"
                    )
                )
            ]

    before = index_sql()
    assert len([n for n, sql in before if sql]) == 5
    rows = [
        [f"2026-04-{1 + i % 28:02d}", f"P{i % 9}", "", "login", "", "", "", f"B{i}"]
        for i in range(300)
    ]
    path = write_csv(tmp_path / "bulk.csv", [EN_HEADER, *rows])
    # rejected and dry runs roll the drop back; a committed run recreates the indexes
    assert (
        validate(
            sqlite_db,
            path,
            "events",
        ).inserted
        == 300
    )
    assert index_sql() == before
    report = run_import(sqlite_db, path, "events", batch_rows=50)
    assert report.inserted == 300
    assert index_sql() == before
    with sqlite_db.reading() as s:
        assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        assert s.execute(text("PRAGMA cache_size")).scalar() == -2000


def test_error_list_is_capped_but_every_row_counted(db: Database, tmp_path: Path) -> None:
    from prm_core.importing import MAX_ERRORS

    rows = [["2026-04-01", "Alpha", "", "nope", "", "", "", ""]] * (MAX_ERRORS + 500)
    report = run_import(db, write_csv(tmp_path / "many.csv", [EN_HEADER, *rows]), "events")
    assert report.rejected == MAX_ERRORS + 500
    assert len(report.errors) == MAX_ERRORS and report.errors_truncated
    assert report.errors[-1].row == MAX_ERRORS + 1


def test_sqlite_datetime_text_matches_sqlalchemy() -> None:
    from sqlalchemy import DateTime
    from sqlalchemy.dialects import sqlite

    from prm_core.importing.events import sqlite_datetime_formatter

    dialect = sqlite.dialect()
    processor = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert processor is not None
    fmt = sqlite_datetime_formatter()
    for dt in (
        datetime(2026, 4, 1),
        datetime(1999, 12, 31, 23, 59, 59, 999999),
        datetime(1900, 1, 1, 0, 0, 0, 5),
    ):
        assert fmt(dt) == processor(dt)
