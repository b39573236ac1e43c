"""``prm export qbr|diagnostic|portfolio``, ``prm import diagnostic`` and the batch."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from openpyxl import load_workbook

from prm_core.cli.main import main
from prm_core.database import Database
from prm_core.progress import Cancelled
from prm_core.reports import adapters, batch
from prm_core.reports.batch import export_qbr_batch, qbr_filename
from prm_core.reports.diagnostic_xlsx import SCORE_NAMES
from tests.core.test_reports_support import (
    A_NAME,
    C_NAME,
    QUARTER,
    TODAY,
    Programme,
    build_programme,
    pdf_pages,
    pdf_text,
)


@pytest.fixture
def programme(sqlite_db: Database) -> Programme:
    return build_programme(sqlite_db)


@pytest.fixture(autouse=True)
def no_optional_sources() -> Iterator[None]:
    with adapters.use_providers(tiers=None, signals=None):
        yield


def prm(db: Database, *args: str) -> int:
    return main(["--db", db.url, *args])


def test_export_qbr(
    programme: Programme, sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "qbr.pdf"
    code = prm(
        sqlite_db,
        "export", "qbr", "--partner", A_NAME, "--quarter", "2026Q3", "--as-of", "2026-10-05",
        "--variant", "internal", "--lang", "en", "--out", str(out),
    )  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == f"wrote {out}"
    assert "INTERNAL" in pdf_text(out) and A_NAME in pdf_text(out)
    code = prm(
        sqlite_db, "export", "qbr", "--partner", "P-0001", "--quarter", "2026Q3",
        "--as-of", "2026-10-05", "--out", str(tmp_path / "by-code.pdf"), "--format", "json",
    )  # fmt: skip
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["quarter"] == "2026Q3" and doc["variant"] == "partner"


@pytest.mark.usefixtures("programme")
@pytest.mark.parametrize(
    "case",
    [
        (["--partner", "nobody", "--out", "x.pdf"], "unknown partner: nobody"),
        (["--partner", A_NAME, "--quarter", "2026Q9", "--out", "x.pdf"], "bad quarter"),
        (
            ["--partner", A_NAME, "--quarter", "2027Q1", "--as-of", "2026-10-05", "--out", "x.pdf"],
            "has not started",
        ),
        (["--partner", A_NAME, "--out-dir", "d"], "give --out F.pdf"),
        (["--all", "--out", "x.pdf"], "give --out-dir DIR"),
        (["--partner", A_NAME, "--as-of", "2026-13-01", "--out", "x.pdf"], "bad date"),
    ],
)
def test_export_qbr_bad_input(
    sqlite_db: Database,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    case: tuple[list[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    args, message = case
    monkeypatch.chdir(tmp_path)
    assert prm(sqlite_db, "export", "qbr", *args) == 2
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    assert not list(tmp_path.glob("*.pdf"))


def test_export_all_with_progress(
    programme: Programme, sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "all"
    code = prm(
        sqlite_db, "export", "qbr", "--all", "--quarter", "2026Q3", "--as-of", "2026-10-05",
        "--out-dir", str(out), "--workers", "1",
    )  # fmt: skip
    assert code == 0
    captured = capsys.readouterr()
    assert "exporting QBRs… 3/3" in captured.err
    assert "wrote 3 QBR(s) for 2026Q3" in captured.out
    assert len(list(out.glob("2026Q3_*.pdf"))) == 3


def test_diagnostic_round_trip_on_the_command_line(
    programme: Programme, sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sent = tmp_path / "diag.xlsx"
    assert prm(sqlite_db, "export", "diagnostic", "--partner", A_NAME, "--out", str(sent)) == 0
    assert capsys.readouterr().out.strip() == f"wrote {sent}"
    wb = load_workbook(sent)
    for score, name in enumerate(SCORE_NAMES.values()):
        ((sheet, ref),) = list(wb.defined_names[name].destinations)
        wb[sheet][ref.replace("$", "")].value = score
    returned = tmp_path / "returned.xlsx"
    wb.save(returned)
    assert prm(sqlite_db, "import", "diagnostic", str(returned), "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["imported"] is True and doc["total"] == 10
    assert doc["scores"] == {
        "perception": 0, "readiness": 1, "activate": 2, "collaboration": 3, "trust": 4,
    }  # fmt: skip
    assert prm(sqlite_db, "import", "diagnostic", str(returned)) == 0
    assert "already imported" in capsys.readouterr().out
    wb[sheet]["D6"] = 7
    wb.save(tmp_path / "bad.xlsx")
    assert prm(sqlite_db, "import", "diagnostic", str(tmp_path / "bad.xlsx")) == 2
    err = capsys.readouterr().err
    assert err.startswith("prm: error: bad.xlsx was not imported") and err.count("\n") == 1


def test_export_portfolio(
    programme: Programme, sqlite_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "p.xlsx"
    assert prm(sqlite_db, "export", "portfolio", "--out", str(out), "--as-of", "2026-09-30") == 0
    names = [r[0] for r in load_workbook(out).worksheets[0].iter_rows(min_row=2, values_only=True)]
    assert A_NAME in names and C_NAME in names
    assert prm(sqlite_db, "export", "portfolio", "--out", str(out), "--days", "0") == 2


# --- the batch ----------------------------------------------------------------------------


def test_batch_on_two_processes(
    programme: Programme, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(batch, "MIN_FOR_POOL", 1)  # three partners: use the pool anyway
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    result = export_qbr_batch(
        sqlite_db,
        QUARTER,
        out,
        language="en",
        today=TODAY,
        workers=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert not result.failed, result.failed
    assert [i.partner for i in result.written] == sorted(i.partner for i in result.written)
    assert {p.name for p in out.iterdir()} == {i.path.name for i in result.written}
    assert seen[0] == (0, 3) and seen[-1] == (3, 3)
    for item in result.written:
        assert pdf_pages(item.path) >= 3


def broken_worker_start(_url: str) -> None:
    """A worker that cannot start (module level: a spawned process imports it by name)."""
    raise RuntimeError("this worker cannot start")


def test_batch_survives_a_broken_pool(
    programme: Programme, sqlite_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Workers that die or cannot start do not lose the batch: the parent renders the rest."""
    monkeypatch.setattr(batch, "MIN_FOR_POOL", 1)
    monkeypatch.setattr(batch, "_init_worker", broken_worker_start)
    seen: list[tuple[int, int]] = []
    out = tmp_path / "out"
    result = export_qbr_batch(
        sqlite_db,
        QUARTER,
        out,
        today=TODAY,
        workers=2,
        progress=lambda done, total: seen.append((done, total)),
    )
    assert not result.failed, result.failed
    assert len(result.written) == 3 and seen[-1] == (3, 3)
    assert [done for done, _ in seen] == [0, 1, 2, 3]
    assert {p.name for p in out.iterdir()} == {i.path.name for i in result.written}


def test_batch_cancel_keeps_whole_files_only(
    programme: Programme, sqlite_db: Database, tmp_path: Path
) -> None:
    def progress(done: int, _total: int) -> None:
        if done == 1:
            raise Cancelled

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        export_qbr_batch(sqlite_db, QUARTER, out, today=TODAY, workers=1, progress=progress)
    files = list(out.iterdir())
    assert len(files) == 1 and files[0].suffix == ".pdf"  # no temporary file left behind
    assert pdf_pages(files[0]) >= 3


def test_file_names_are_safe_and_unique() -> None:
    assert qbr_filename(QUARTER, 7, 'A/B:"C"', None, "partner") == "2026Q3_id7_A_B_C.pdf"
    assert qbr_filename(QUARTER, 7, "株式会社さくら", "P-1", "internal") == (
        "2026Q3_P-1_株式会社さくら_internal.pdf"
    )
