"""Versions of the core and the libraries it stands on (what support asks first)."""

from __future__ import annotations

import platform

import alembic
import sqlalchemy

from prm_core import __version__, migrate


def core_versions() -> list[str]:
    """``PRM Desktop 0.1.0``, Python, SQLAlchemy/Alembic and the schema revision, one a line
    (the GUI adds its Qt lines; views never import the database libraries themselves)."""
    return [
        f"PRM Desktop {__version__}",
        f"Python {platform.python_version()}",
        f"SQLAlchemy {sqlalchemy.__version__} · Alembic {alembic.__version__}",
        f"Schema {migrate.head_revision()}",
    ]
