"""The layering rules, checked on the source (no Qt, no database).

"Views never run SQL; models never build widgets; the core never knows about Qt." A view that
opens a session, or a core module that imports Qt, compiles and even works, so only a test
that reads the code notices the drift.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ROOT / "prm_desktop" / "views"
CORE = ROOT / "prm_core"

#: Modules a view must not import: the session lives in the model layer (prm_desktop/models).
VIEW_FORBIDDEN_MODULES = ("sqlalchemy", "prm_core.orm")
#: Session types, whatever module re-exports them (e.g. ``prm_core.database`` imports Session).
SESSION_NAMES = frozenset({"Session", "sessionmaker", "scoped_session", "AsyncSession"})
#: ``Database`` / ``Session`` methods that open a session or run SQL. Qt has no method of these
#: names on the objects views use (``QDialog.exec`` is ``exec``, not ``execute``).
SQL_METHODS = frozenset(
    {"reading", "transaction", "execute", "scalars", "scalar", "commit", "rollback", "flush"}
)
#: Packages prm_core must not depend on: it runs headless (CLI, reports, tests without Qt).
CORE_FORBIDDEN_MODULES = ("PySide6", "pyqtgraph", "shiboken6", "prm_desktop")


def modules(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*.py"))


def within(module: str, packages: tuple[str, ...]) -> bool:
    return any(module == p or module.startswith(p + ".") for p in packages)


def imported_modules(tree: ast.AST) -> Iterator[tuple[int, list[str]]]:
    """Per import, its line and the absolute modules it may name: ``from a import b`` gives
    ``a`` and ``a.b``, so ``from prm_core import orm`` counts as ``prm_core.orm``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, [alias.name]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
        elif (
            isinstance(node, ast.Call)
            and (
                (isinstance(node.func, ast.Name) and node.func.id == "__import__")
                or (isinstance(node.func, ast.Attribute) and node.func.attr == "import_module")
            )
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            yield node.lineno, [node.args[0].value]


def forbidden_imports(tree: ast.AST, where: str, packages: tuple[str, ...]) -> list[str]:
    """One line per offending import, naming the first forbidden module it reaches."""
    found = []
    for line, names in imported_modules(tree):
        hit = next((n for n in names if within(n, packages)), None)
        if hit is not None:
            found.append(f"{where}:{line}: imports {hit}")
    return found


def view_violations(path: Path, source: str) -> list[str]:
    tree = ast.parse(source, filename=str(path))
    where = path.relative_to(ROOT).as_posix()
    found = forbidden_imports(tree, where, VIEW_FORBIDDEN_MODULES)
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            found += [
                f"{where}:{node.lineno}: imports the session type {alias.name}"
                for alias in node.names
                if alias.name in SESSION_NAMES
            ]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in SQL_METHODS
        ):
            found.append(f"{where}:{node.lineno}: calls .{node.func.attr}()")
    return sorted(set(found), key=lambda text: (text.split(":")[0], int(text.split(":")[1])))


def core_violations(path: Path, source: str) -> list[str]:
    tree = ast.parse(source, filename=str(path))
    where = path.relative_to(ROOT).as_posix()
    return sorted(set(forbidden_imports(tree, where, CORE_FORBIDDEN_MODULES)))


def test_there_is_something_to_check() -> None:
    assert len(modules(VIEWS)) > 20
    assert len(modules(CORE)) > 50


def test_views_never_open_a_session_or_run_sql() -> None:
    problems = [p for path in modules(VIEWS) for p in view_violations(path, path.read_text())]
    assert not problems, "Views must load data through prm_desktop/models:\n" + "\n".join(problems)


def test_core_never_imports_qt_or_the_desktop_app() -> None:
    problems = [p for path in modules(CORE) for p in core_violations(path, path.read_text())]
    assert not problems, "prm_core must stay headless:\n" + "\n".join(problems)


# -- the checks themselves catch what they should, and only that ------------------------------
FAKE_VIEW = VIEWS / "fake.py"
FAKE_CORE = CORE / "fake.py"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import sqlalchemy", "fake.py:1: imports sqlalchemy"),
        ("from sqlalchemy.orm import joinedload", "fake.py:1: imports sqlalchemy.orm"),
        (
            "x = 1\nfrom prm_core.orm.partner import Partner",
            "fake.py:2: imports prm_core.orm.partner",
        ),
        ("from prm_core import orm", "fake.py:1: imports prm_core.orm"),
        ("from prm_core.database import Session", "fake.py:1: imports the session type Session"),
        ("with db.reading() as s:\n    pass", "fake.py:1: calls .reading()"),
        ("with self.workspace.db.transaction() as s: pass", "fake.py:1: calls .transaction()"),
        ("rows = s.execute(q).all()", "fake.py:1: calls .execute()"),
        ("rows = s.scalars(q)", "fake.py:1: calls .scalars()"),
        ("s.commit()", "fake.py:1: calls .commit()"),
    ],
)
def test_view_check_names_file_and_line(source: str, expected: str) -> None:
    problems = view_violations(FAKE_VIEW, source)
    assert problems and problems[0] == f"prm_desktop/views/{expected}"


@pytest.mark.parametrize(
    "source",
    [
        "dialog.exec()",
        "box.exec()",
        "from prm_core.database import Database",
        "from prm_desktop.models.deal_loaders import partner_choices",
        "tabs.add(self)",
        "self.reading = 1",  # an attribute, not a call
    ],
)
def test_view_check_lets_widget_code_through(source: str) -> None:
    assert view_violations(FAKE_VIEW, source) == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from PySide6.QtCore import QObject", "imports PySide6.QtCore"),
        ("import pyqtgraph as pg", "imports pyqtgraph"),
        ("import shiboken6", "imports shiboken6"),
        ("from prm_desktop.models import labels", "imports prm_desktop.models"),
        ("importlib.import_module('PySide6.QtGui')", "imports PySide6.QtGui"),
    ],
)
def test_core_check_names_file_and_line(source: str, expected: str) -> None:
    assert core_violations(FAKE_CORE, source)[0] == f"prm_core/fake.py:1: {expected}"


def test_core_check_lets_headless_code_through() -> None:
    source = "from sqlalchemy.orm import Session\nimport prm_core.orm\nfrom . import qt_like"
    assert core_violations(FAKE_CORE, source) == []


def test_the_message_catalogue_stays_a_leaf() -> None:
    """prm_core.database raises catalogued messages, so reading the catalogue (safety's, with
    the services' merged in) must not import the database or the services' code."""
    import subprocess
    import sys

    code = (
        "import sys, prm_core.safety.messages; "
        "heavy = ('prm_core.database', 'prm_core.services.validate'); "
        "bad = [m for m in heavy if m in sys.modules]; "
        "sys.exit(str(bad) if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
