"""Page size: new SQLite files get larger pages, existing files keep theirs."""

from __future__ import annotations

import shutil
from pathlib import Path

from prm_core.database import SQLITE_PAGE_SIZE, open_database
from tests.core.test_safety_support import HEAD_FIXTURE, all_rows, page_size, set_page_size


def test_a_new_file_gets_the_larger_page_size(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_database(path).close()
    assert SQLITE_PAGE_SIZE != 4096  # SQLite's default: the setting must be doing something
    assert page_size(path) == SQLITE_PAGE_SIZE


def test_an_existing_file_keeps_its_page_size_and_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    set_page_size(path, 4096)  # as files made before 8 KiB pages were
    before = all_rows(path)
    open_database(path).close()
    assert page_size(path) == 4096
    assert all_rows(path) == before
