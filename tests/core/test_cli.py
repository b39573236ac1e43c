"""The ``prm`` command line: exit codes, output shapes, database location rules."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from prm_core.cli.main import main
from prm_core.database import resolve_url
from prm_core.migrate import head_revision


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse usage errors
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def test_init_creates_then_reports_up_to_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "a.db"
    code, out, _ = run(capsys, "--db", str(db), "init")
    assert (code, "created" in out) == (0, True)
    code, out, _ = run(capsys, "--db", str(db), "init")
    assert (code, "up to date" in out) == (0, True)


def test_info_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", str(tmp_path / "a.db"), "info", "--format", "json")
    info = json.loads(out)
    assert code == 0
    assert info["partners"] == 0 and info["schema"] == head_revision()


def test_prm_db_environment_variable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "from-env.db"
    monkeypatch.setenv("PRM_DB", str(target))
    code, _, _ = run(capsys, "init")
    assert code == 0 and target.exists()


def test_resolve_url_rules(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRM_DB", raising=False)
    assert resolve_url(tmp_path / "x.db") == f"sqlite:///{tmp_path / 'x.db'}"
    assert resolve_url("postgresql://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert resolve_url("sqlite:///rel.db") == "sqlite:///rel.db"
    assert resolve_url(None).endswith("prm.db")


def test_not_a_database_is_exit_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_text("this is not a database\n" * 100)
    code, _out, err = run(capsys, "--db", str(bogus), "info")
    assert code == 2
    assert err.startswith("prm: error: Cannot open database")
    assert len(err.strip().splitlines()) == 1
    assert bogus.read_text().startswith("this is not a database")  # untouched


def test_usage_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "--db", str(tmp_path / "a.db"), "demo", "--partners", "0")[0] == 2


def test_partners_lists_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from prm_core.database import open_database
    from tests.factories import add_partner, add_person

    path = tmp_path / "a.db"
    db = open_database(path)
    with db.transaction() as s:
        p = add_partner(s, "株式会社さくら", code="P-1", territory="関東")
        add_person(s, p, "山田 太郎", is_key_person=True)
    db.close()
    code, out, _ = run(capsys, "--db", str(path), "partners", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert [(r["name"], r["key_person"], r["territory"]) for r in rows] == [
        ("株式会社さくら", "山田 太郎", "関東")
    ]
    code, out, _ = run(capsys, "--db", str(path), "partners")
    assert code == 0 and "株式会社さくら" in out


def test_demo_then_refuses_second_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.db")
    code, out, _ = run(
        capsys,
        "--db",
        path,
        "demo",
        "--partners",
        "8",
        "--months",
        "6",
        "--quiet",
        "--format",
        "json",
    )
    assert code == 0
    summary = json.loads(out)
    assert summary["partners"] == 8 and summary["events"] > 0
    code, _, err = run(capsys, "--db", path, "demo", "--partners", "8", "--quiet")
    assert code == 2 and "prm: error:" in err
    code, out, _ = run(capsys, "--db", path, "info", "--format", "json")
    assert json.loads(out)["partners"] == 8  # the refused run added nothing


def test_console_script_runs_as_module(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "prm_core", "--db", str(tmp_path / "m.db"), "init"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "created" in result.stdout
