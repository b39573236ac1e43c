"""Every released schema version upgrades to head with all its data and the same KPIs.

tests/fixtures/schema_<rev>.db were made with scripts/make_fixture_db.py at each revision and
are never regenerated: they stand for the databases users already have. When a revision is
released, add its file here (FIXTURE_REVISIONS).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from prm_core import migrate
from prm_core.database import create_db_engine, open_database
from prm_core.kpi import KpiParams, compute_all
from prm_core.safety import backup as bk
from prm_core.safety.integrity import check_file
from tests.core.test_safety_support import FIXTURES, all_rows

FIXTURE_REVISIONS = ["0001", "0002", "0003", "0004", "0005"]
ROOT = Path(__file__).resolve().parents[2]
PARAMS = [
    KpiParams.create(as_of=date(2026, 6, 30)),
    KpiParams.create(as_of=date(2026, 6, 30), date_from=date(2026, 1, 1)),
    KpiParams.create(as_of=date(2026, 3, 31), level="person"),
    KpiParams.create(as_of=date(2026, 6, 30), partner_id=1),
]


@pytest.fixture(autouse=True)
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(folder))
    return folder


def _kpis(path: Path) -> list[dict[str, Any]]:
    engine = create_engine(f"sqlite:///{path}")
    try:
        with Session(engine) as session:
            return [compute_all(session, params).to_json() for params in PARAMS]
    finally:
        engine.dispose()


def test_every_released_revision_has_a_fixture() -> None:
    assert migrate.known_revisions() == FIXTURE_REVISIONS, (
        "a new schema revision: run scripts/make_fixture_db.py, commit "
        "tests/fixtures/schema_<rev>.db and add it to FIXTURE_REVISIONS"
    )
    for rev in FIXTURE_REVISIONS:
        path = FIXTURES / f"schema_{rev}.db"
        assert path.stat().st_size < 1_000_000
        assert check_file(path).schema == rev


@pytest.mark.parametrize("revision", FIXTURE_REVISIONS)
def test_fixture_upgrades_to_head_with_all_data_and_kpis(revision: str, tmp_path: Path) -> None:
    path = tmp_path / f"schema_{revision}.db"
    shutil.copyfile(FIXTURES / f"schema_{revision}.db", path)
    before = all_rows(path)
    kpis_before = _kpis(path)
    assert before["events"] and before["meeting_attendees"]  # a real data set

    db = open_database(path)  # upgrades (after a backup)
    db.close()

    after = all_rows(path)
    head = migrate.head_revision()
    assert after["alembic_version"] == {(head,): {"version_num": head}}
    for table, rows in before.items():
        if table == "alembic_version":
            continue
        assert table in after, f"{table} disappeared"
        assert set(after[table]) == set(rows), f"{table}: rows added or lost"
        for key, old in rows.items():
            new = after[table][key]
            assert {c: new[c] for c in old} == old, f"{table} {key} changed"
    assert _kpis(path) == kpis_before
    assert check_file(path).ok
    if revision != migrate.head_revision():
        assert [b.reason for b in bk.list_backups(path)] == ["migrate"]


def test_make_fixture_db_makes_a_fixture_at_head(tmp_path: Path) -> None:
    """The script future revisions use: it must keep working at the current head."""
    out = tmp_path / "head.db"
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "make_fixture_db.py"), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert f"schema {migrate.head_revision()}" in done.stdout
    head = FIXTURES / f"schema_{migrate.head_revision()}.db"
    made, committed = all_rows(out), all_rows(head)
    assert {t: len(r) for t, r in made.items()} == {t: len(r) for t, r in committed.items()}
    assert made["events"] == committed["events"]  # deterministic
    assert _kpis(out) == _kpis(head)
    assert check_file(out).ok


def test_downgrading_0005_keeps_every_row_and_link(tmp_path: Path) -> None:
    """0005's downgrade drops two columns in place: a table rebuild would fire the
    interventions' ON DELETE SET NULL and unlink the playbook from its interventions."""
    path = tmp_path / "down.db"
    shutil.copyfile(FIXTURES / "schema_0004.db", path)
    before = all_rows(path)
    assert any(r["intervention_id"] is not None for r in before["playbook_entries"].values())
    engine = create_db_engine(f"sqlite:///{path}")  # the app's engine: foreign keys on
    try:
        migrate.upgrade(engine, "0005", backup=False)
        migrate.downgrade(engine, "0004")
        assert migrate.current_revision(engine) == "0004"
    finally:
        engine.dispose()
    after = all_rows(path)
    for table, rows in before.items():
        assert after[table] == rows, f"{table} changed by the round trip"
