"""Helpers shared by the safety tests (no tests here): damaging a file, reading every row."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from prm_core import migrate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
#: A database at the current schema (no migration when it is opened).
HEAD_FIXTURE = FIXTURES / f"schema_{migrate.head_revision()}.db"
AS_OF_FIXTURES = "2026-06-30"


def damage(path: Path, *, every: int = 3) -> None:
    """Flip bytes in a copy the way a bad disk or a half-synced file does: overwrite the
    b-tree page header of every ``every``-th page after the first with garbage."""
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page_size
    assert pages > 2, "too small to damage"
    for page in range(1, pages, every):
        start = page * page_size
        data[start : start + 12] = b"\x0d\xff\xff\xff\x7f\xff\xff\xff\xff\xff\xff\xff"
    path.write_bytes(bytes(data))


def damage_table(path: Path, table: str) -> None:
    """Overwrite the b-tree header of ``table``'s root page only (the rest stays readable)."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    start = (root - 1) * page_size
    data[start : start + 8] = b"\x0d\xff\xff\xff\x7f\xff\xff\xff"
    path.write_bytes(bytes(data))


def damage_header(path: Path) -> None:
    """Overwrite the SQLite header: the file is no longer recognised as a database."""
    data = bytearray(path.read_bytes())
    data[0:100] = b"\x00" * 100
    path.write_bytes(bytes(data))


def all_rows(path: Path) -> dict[str, dict[tuple[Any, ...], dict[str, Any]]]:
    """Every row of every table, keyed by table then primary key (rowid when none)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        out: dict[str, dict[tuple[Any, ...], dict[str, Any]]] = {}
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%' ORDER BY name"
            )
        ]
        for table in tables:
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            names = [r[1] for r in info]
            pk = [r[1] for r in sorted(info, key=lambda r: r[5]) if r[5]]
            cur = conn.execute(f'SELECT rowid AS _rowid, * FROM "{table}"')
            rows: dict[tuple[Any, ...], dict[str, Any]] = {}
            for raw in cur.fetchall():
                values = dict(zip(names, raw[1:], strict=True))
                key = tuple(values[c] for c in pk) if pk else (raw[0],)
                rows[key] = values
            out[table] = rows
        return out
    finally:
        conn.close()


def count(path: Path, sql: str) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute(sql).fetchone()[0])
    finally:
        conn.close()


def page_size(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("PRAGMA page_size").fetchone()[0])
    finally:
        conn.close()


def set_page_size(path: Path, size: int) -> None:
    """Rewrite ``path`` with ``size``-byte pages (VACUUM outside WAL), keeping its journal mode."""
    conn = sqlite3.connect(path)
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute(f"PRAGMA page_size={size}")
        conn.execute("VACUUM")
        conn.execute(f"PRAGMA journal_mode={mode}")
    finally:
        conn.close()
    assert page_size(path) == size
