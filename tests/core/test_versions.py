"""The version lines Help → About shows come from the core, schema revision included."""

from __future__ import annotations

import alembic
import sqlalchemy

from prm_core import __version__, migrate
from prm_core.versions import core_versions


def test_core_versions_name_the_app_libraries_and_schema() -> None:
    lines = core_versions()
    assert lines[0] == f"PRM Desktop {__version__}"
    assert f"SQLAlchemy {sqlalchemy.__version__} · Alembic {alembic.__version__}" in lines
    assert lines[-1] == f"Schema {migrate.head_revision()}" and migrate.head_revision()
