"""``prm import``: JSON shape, exit codes, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from prm_core.cli.main import main
from prm_core.database import open_database
from tests.core.test_import_support import EN_HEADER, counts, write_csv

KEYS = {
    "inserted",
    "duplicates",
    "created_partners",
    "created_persons",
    "created_contents",
    "rejected",
    "errors",
    "ignored_columns",
    "skipped_notes",
    "notes_skipped",
    "merged_cells",
    "similar_names",
}
GOOD = [
    EN_HEADER,
    ["2026-04-01 09:30", "Alpha", "Sato", "login", "", "", "", "E1"],
    ["2026-04-02", "Beta", "", "deal_won", "", "D", "¥1,000", "E2"],
]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> Path:
    folder = tmp_path / "files"
    folder.mkdir()
    return folder


def test_json_report_and_exit_0(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    path = write_csv(files / "e.csv", GOOD)
    code, out, _ = run(capsys, "--db", db, "import", "events", str(path), "--format", "json")
    report = json.loads(out)
    assert code == 0
    assert set(report) == KEYS
    assert report == {
        "inserted": 2,
        "duplicates": 0,
        "created_partners": ["Alpha", "Beta"],
        "created_persons": [{"partner": "Alpha", "name": "Sato"}],
        "created_contents": [],
        "rejected": 0,
        "errors": [],
        "ignored_columns": [],
        "skipped_notes": [],
        "notes_skipped": 0,
        "merged_cells": [],
        "similar_names": [],
    }
    code, out, _ = run(capsys, "--db", db, "import", "events", str(path), "--format", "json")
    assert (code, json.loads(out)["duplicates"], json.loads(out)["inserted"]) == (0, 2, 0)
    code, out, _ = run(capsys, "--db", db, "import", "events", str(path))
    assert code == 0 and "duplicates: 2" in out


def test_invalid_rows_exit_2_and_write_nothing(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    path = write_csv(
        files / "bad.csv",
        [*GOOD, ["2026/13/01", "Alpha", "", "資料ダウンロード", "", "", "-5", ""]],
    )
    code, out, err = run(capsys, "--db", db, "import", "events", str(path), "--format", "json")
    report = json.loads(out)
    assert code == 2
    assert report["inserted"] == 0 and report["rejected"] == 1
    assert report["errors"] == [
        {
            "row": 4,
            "column": "occurred_at",
            "reason": "unparseable_date",
            "message": 'unparseable date "2026/13/01"',
        },
        {
            "row": 4,
            "column": "kind",
            "reason": "unknown_kind",
            "message": 'unknown kind "資料ダウンロード"',
        },
        {
            "row": 4,
            "column": "amount",
            "reason": "negative_amount",
            "message": 'negative amount "-5"',
        },
    ]
    assert "nothing was imported" in err
    # what to write instead, once for the file
    assert "kinds a file can use: registered (PRM登録), login (ログイン)," in err
    assert "dates a file can use: 2026-04-01, 2026/4/1, 2026年4月1日, or an Excel" in err
    assert err.count("dates a file can use") == 1
    database = open_database(db)
    try:
        assert counts(database) == {"events": 0, "partners": 0, "persons": 0, "contents": 0}
    finally:
        database.close()
    # table output lists the problems too
    code, out, _ = run(capsys, "--db", db, "import", "events", str(path))
    assert code == 2 and 'unknown kind "資料ダウンロード"' in out


def test_keep_valid_exit_0_with_rejects_file(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    path = write_csv(files / "m.csv", [*GOOD, ["x", "Alpha", "", "login", "", "", "", ""]])
    code, out, err = run(
        capsys, "--db", db, "import", "events", str(path), "--keep-valid", "--format", "json"
    )
    assert code == 0
    assert (json.loads(out)["inserted"], json.loads(out)["rejected"]) == (2, 1)
    assert (files / "m.rejected.csv").exists()
    assert "m.rejected.csv" in err


def test_no_create_mapping_and_dry_run(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    rows = [["when", "who", "what"], ["2026-04-01", "Alpha", "login"]]
    path = write_csv(files / "odd.csv", rows)
    mapping = files / "m.json"
    mapping.write_text(json.dumps({"when": "occurred_at", "who": "partner", "what": "kind"}))
    code, _, err = run(capsys, "--db", db, "import", "events", str(path))
    assert code == 2 and "required column missing" in err
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        "events",
        str(path),
        "--mapping",
        str(mapping),
        "--no-create",
        "--format",
        "json",
    )
    assert code == 2
    assert json.loads(out)["errors"][0]["message"] == 'unknown partner "Alpha"'
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        "events",
        str(path),
        "--mapping",
        str(mapping),
        "--dry-run",
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out)["inserted"] == 1
    code, out, _ = run(
        capsys,
        "--db",
        db,
        "import",
        "events",
        str(path),
        "--mapping",
        str(mapping),
        "--format",
        "json",
    )
    assert code == 0 and json.loads(out)["inserted"] == 1  # the dry run wrote nothing


def test_refused_file_exit_2_with_json(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    macro = files / "book.xlsm"
    macro.write_bytes(b"PK\x03\x04")
    code, out, err = run(capsys, "--db", db, "import", "events", str(macro), "--format", "json")
    assert code == 2
    assert err.startswith("prm: error: book.xlsm is a macro-enabled")
    report = json.loads(out)
    assert set(report) == KEYS and report["errors"][0]["row"] is None
    big = write_csv(files / "big.csv", GOOD * 100)
    code, _, err = run(capsys, "--db", db, "import", "events", str(big), "--max-size", "0.001")
    assert code == 2 and "over the import limit" in err


def test_columns_no_field_reads_are_named_not_dropped_in_silence(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """役職名 and 携帯電話 are not headers the import knows: the person was stored without
    them, and exit 0 said nothing."""
    db = str(tmp_path / "a.db")
    persons = write_csv(
        files / "s.csv",
        [["会社名", "氏名", "役職名", "携帯電話"], ["Alpha", "Sato", "部長", "090-1234-5678"]],
    )
    code, out, err = run(capsys, "--db", db, "import", "persons", str(persons), "--format", "json")
    assert code == 0
    assert json.loads(out)["ignored_columns"] == ["役職名", "携帯電話"]
    assert 'columns not imported (no field reads them): "役職名", "携帯電話"' in err
    mapping = files / "m.json"
    mapping.write_text('{"役職名": "role", "携帯電話": "phone"}', encoding="utf-8")
    code, out, err = run(
        capsys, "--db", db, "import", "persons", str(persons), "--mapping", str(mapping)
    )
    assert code == 0 and "columns not imported" not in err


def test_other_targets_and_usage(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.db")
    partners = write_csv(files / "p.csv", [["パートナー", "コード"], ["Alpha", "A1"]])
    code, out, _ = run(capsys, "--db", db, "import", "partners", str(partners), "--format", "json")
    assert code == 0 and json.loads(out)["inserted"] == 1
    persons = write_csv(files / "s.csv", [["パートナー", "担当者"], ["Alpha", "Sato"]])
    code, out, _ = run(capsys, "--db", db, "import", "persons", str(persons), "--format", "json")
    assert code == 0 and json.loads(out)["inserted"] == 1
    contents = write_csv(files / "c.csv", [["資料"], ["提案書"]])
    code, out, _ = run(capsys, "--db", db, "import", "contents", str(contents), "--format", "json")
    assert code == 0 and json.loads(out)["inserted"] == 1
    assert run(capsys, "--db", db, "import")[0] == 2
    assert run(capsys, "--db", db, "import", "deals", str(contents))[0] == 2


def test_unexpected_failure_exits_1(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import prm_core.importing

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(prm_core.importing, "run_import", boom)
    path = write_csv(files / "e.csv", GOOD)
    code, _, err = run(capsys, "--db", str(tmp_path / "a.db"), "import", "events", str(path))
    assert code == 1 and "disk on fire" in err


@pytest.mark.parametrize(
    ("option", "value", "says"),
    [
        ("--max-size", "nan", "--max-size: must be more than 0"),
        ("--max-size", "inf", "--max-size: must be more than 0"),
        ("--max-size", "0", "--max-size: must be more than 0"),
        ("--max-size", "-5", "--max-size: must be more than 0"),
        ("--max-size", "lots", "--max-size: not a number of MB"),
        ("--source", "", "--source: must be 1 to 200 characters"),
        ("--source", "x" * 201, "--source: must be 1 to 200 characters"),
    ],
)
def test_bad_option_values_are_usage_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str, says: str
) -> None:
    """They used to pass argparse and end as "unexpected error: ValueError" (exit 1), or as
    a silent 1-byte limit for 0 and negative sizes."""
    path = write_csv(tmp_path / "ok.csv", GOOD)
    db = str(tmp_path / "t.db")
    code, out, err = run(capsys, "--db", db, "import", "events", str(path), option, value)
    assert code == 2 and out == ""
    assert says in err and "unexpected" not in err


def test_a_busy_database_is_an_error_worded_for_users_not_a_crash(
    tmp_path: Path, files: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import prm_core.importing
    from prm_core.safety.errors import DatabaseBusyError
    from prm_core.safety.messages import message

    def busy(*_args: object, **_kwargs: object) -> None:
        raise DatabaseBusyError(message("db.busy", seconds=10))

    path = write_csv(files / "ok.csv", GOOD)
    db = str(tmp_path / "t.db")
    monkeypatch.setattr(prm_core.importing, "run_import", busy)  # imported at call time
    code, _out, err = run(capsys, "--db", db, "import", "events", str(path))
    assert code == 1
    assert err.startswith("prm: error: ") and "unexpected" not in err
    assert "DatabaseBusyError" not in err
