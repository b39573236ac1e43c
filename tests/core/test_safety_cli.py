"""``prm backup``, ``prm restore``, ``prm check``: output and exit codes (0 ok, 1 problems,
2 bad input)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from prm_core.cli.main import main
from prm_core.safety import backup as bk
from tests.core.test_safety_support import HEAD_FIXTURE, all_rows, damage


@pytest.fixture(autouse=True)
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(folder))
    return folder


@pytest.fixture
def dbfile(tmp_path: Path) -> Path:
    path = tmp_path / "partners.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    return path


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_backup_out_then_restore(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    original = all_rows(dbfile)
    out = tmp_path / "before-cleanup.db"
    code, text, _ = run(capsys, "--db", str(dbfile), "backup", "--out", str(out))
    assert code == 0 and "check ok" in text and "7 partners, 307 events" in text
    assert all_rows(out) == original
    code, _, err = run(capsys, "--db", str(dbfile), "backup", "--out", str(out))
    assert code == 2 and "already exists" in err

    conn = sqlite3.connect(dbfile)
    conn.execute("DELETE FROM events")
    conn.commit()
    conn.close()
    code, text, _ = run(capsys, "--db", str(dbfile), "restore", str(out), "--format", "json")
    report = json.loads(text)
    assert code == 0 and all_rows(dbfile) == original
    assert report["previous_file_damaged"] is False
    kept = Path(report["previous_file_kept_at"])
    assert kept.exists() and sqlite3.connect(kept).execute(
        "SELECT count(*) FROM events"
    ).fetchone() == (0,)


def test_backup_into_the_folder_and_list(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "--db", str(dbfile), "backup")
    assert code == 0
    code, text, _ = run(capsys, "--db", str(dbfile), "backup", "--list", "--format", "json")
    listing = json.loads(text)
    assert code == 0 and [b["reason"] for b in listing["backups"]] == ["manual"]
    assert listing["backups"][0]["partners"] == 7 and listing["backups"][0]["events"] == 307
    code, text, _ = run(capsys, "--db", str(dbfile), "backup", "--list")
    assert code == 0 and "manual" in text and "partners" in text
    code, _, err = run(capsys, "--db", str(dbfile), "backup", "--keep-daily", "-1")
    assert code == 2 and "0 or more" in err


def test_restore_latest_after_damage(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = all_rows(dbfile)
    assert run(capsys, "--db", str(dbfile), "backup")[0] == 0
    damage(dbfile)
    code, _, err = run(capsys, "--db", str(dbfile), "info")
    assert code == 2 and "is damaged" in err and "prm restore" in err
    code, text, _ = run(capsys, "--db", str(dbfile), "restore", "--latest")
    assert code == 0 and "previous (damaged) file is kept as" in text
    assert all_rows(dbfile) == original


def test_restore_bad_input_exits_2(
    dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "--db", str(dbfile), "restore", str(tmp_path / "nope.db"))
    assert code == 2 and "not a usable backup" in err
    code, _, err = run(capsys, "--db", str(dbfile), "restore", "--latest")
    assert code == 2 and "no good backup" in err
    assert run(capsys, "--db", str(dbfile), "restore")[0] == 2  # FILE or --latest


def test_check_exit_codes(dbfile: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, text, _ = run(capsys, "--db", str(dbfile), "check")
    assert code == 0 and "ok: no problem found" in text and "integrity_check" in text
    code, text, _ = run(capsys, "--db", str(dbfile), "check", "--quick", "--format", "json")
    assert code == 0 and json.loads(text)["checks"][0] == "quick_check"

    conn = sqlite3.connect(dbfile)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("UPDATE events SET person_id = (SELECT max(id) FROM persons) WHERE id = 1")
    conn.execute("UPDATE action_items SET done_on = NULL WHERE status = 'done'")
    conn.commit()
    conn.close()
    code, text, _ = run(capsys, "--db", str(dbfile), "check")
    lines = [line for line in text.splitlines() if line.startswith("problem: ")]
    assert code == 1 and len(lines) >= 2
    assert any("events row 1 of partner 1 names person" in line for line in lines)
    assert any("has status done but done date -" in line for line in lines)

    damage(dbfile)
    code, text, _ = run(capsys, "--db", str(dbfile), "check", "--format", "json")
    assert code == 1 and json.loads(text)["ok"] is False

    code, _, err = run(capsys, "--db", str(tmp_path / "missing.db"), "check")
    assert code == 2 and "does not exist" in err
    assert not (tmp_path / "missing.db").exists()  # check never creates a file


def test_backup_of_a_damaged_file_exits_1(dbfile: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damage(dbfile)
    code, _, err = run(capsys, "--db", str(dbfile), "backup")
    assert code == 1 and "damaged" in err


def test_postgresql_explains_server_backups(capsys: pytest.CaptureFixture[str]) -> None:
    url = os.environ.get("PRM_TEST_DATABASE_URL") or "postgresql://u:p@127.0.0.1:1/none"
    code, _, err = run(capsys, "--db", url, "backup")
    assert code == 2 and "pg_dump" in err
    code, _, err = run(capsys, "--db", url, "restore", "x.db")
    assert code == 2 and "PostgreSQL server" in err


def test_check_on_postgresql(capsys: pytest.CaptureFixture[str]) -> None:
    url = os.environ.get("PRM_TEST_DATABASE_URL")
    if not url:
        pytest.skip("PRM_TEST_DATABASE_URL not set")
    from tests.conftest import reset_postgres

    reset_postgres(url)
    assert run(capsys, "--db", url, "init")[0] == 0
    code, text, _ = run(capsys, "--db", url, "check", "--format", "json")
    report = json.loads(text)
    assert code == 0 and report["ok"] and "events.person_partner" in report["checks"]
