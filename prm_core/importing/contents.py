"""Importing the content catalogue (資料): names are unique; an existing one is a duplicate."""

from __future__ import annotations

from sqlalchemy import insert

from prm_core.importing.context import Context, RowImporter, limited
from prm_core.importing.names import ContentDirectory, contents_table
from prm_core.importing.values import clean_name, name_key, required_text


class ContentImporter(RowImporter):
    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.directory = ContentDirectory(ctx.conn)
        self.seen: set[str] = set()
        self.parsers = [("name", required_text), ("kind", limited(50))]

    def accept(self, row: int, values: dict[str, object]) -> dict[str, object] | None:
        name = str(values["name"])
        key = name_key(name)
        if key in self.seen or self.directory.find(name) is not None:
            return None
        self.seen.add(key)
        clean = clean_name(name)
        self.directory.note_new(clean)
        return {**values, "name": clean}

    def insert(self, rows: list[dict[str, object]]) -> None:
        self.ctx.conn.execute(insert(contents_table), rows)

    def finish(self, commit: bool) -> None:
        self.ctx.report.similar_names = list(self.directory.similar)
