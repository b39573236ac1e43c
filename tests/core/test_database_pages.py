"""Page size: new SQLite files get larger pages, existing files keep theirs."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from prm_core.database import SQLITE_PAGE_SIZE, open_database
from tests.core.test_safety_support import HEAD_FIXTURE, all_rows


def _page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def test_a_new_file_gets_the_larger_page_size(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    assert SQLITE_PAGE_SIZE != 4096  # SQLite's default: the setting must be doing something
    assert _page_size(path) == SQLITE_PAGE_SIZE


def test_an_existing_file_keeps_its_page_size_and_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    before = _page_size(path), all_rows(path)
    assert before[0] == 4096
    open_database(path).close()
    assert (_page_size(path), all_rows(path)) == before
