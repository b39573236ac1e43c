"""Shared fixtures: a fresh, migrated database on SQLite and, when configured, PostgreSQL.

Every test that takes ``db`` runs once per backend. The PostgreSQL run needs
``PRM_TEST_DATABASE_URL`` (CI always sets it); without it those cases are skipped.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from prm_core import migrate
from prm_core.database import Database, open_database

PG_URL_ENV = "PRM_TEST_DATABASE_URL"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Nothing a test writes (saved import mappings, demo databases) may land in the real user
# data folder: point platformdirs at a throwaway one for the whole run.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="prm-tests-data-")
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="prm-tests-config-")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui" in str(item.path).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _clock_days(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Modules that write ``TODAY = date.today()`` read the clock once, at import; a run that
    crosses midnight then compared yesterday with the app's today (seen in CI at 00:00).
    Such modules name those constants in ``CLOCK_DAYS`` ({name: days from today}) and each
    test starts with them read from the clock again."""
    days = getattr(request.module, "CLOCK_DAYS", None)
    if days:
        today = date.today()
        for name, offset in days.items():
            monkeypatch.setattr(request.module, name, today + timedelta(days=offset))


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Migrate once into a template file; each test copies it (much faster than migrating)."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    open_database(path).close()
    return path


def reset_postgres(url: str) -> None:
    """Drop everything in the public schema so the next open migrates from empty."""
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    path = tmp_path / "prm.db"
    shutil.copyfile(sqlite_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """A fresh database at the newest schema, on each backend."""
    if request.param == "sqlite":
        path = tmp_path / "prm.db"
        shutil.copyfile(sqlite_template, path)
        database = open_database(path)
    else:
        url = os.environ.get(PG_URL_ENV)
        if not url:
            pytest.skip(f"{PG_URL_ENV} not set")
        reset_postgres(url)
        database = open_database(url)
    assert migrate.current_revision(database.engine) == migrate.head_revision()
    yield database
    database.close()
