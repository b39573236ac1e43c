"""Resolving partner, person and content names in a file to row ids.

Each directory loads the existing names once into dicts (a few thousand rows), then answers
a million lookups from memory. Names compare through ``values.name_key`` (width, case and
spacing folded), with an exact match preferred. Unknown names are created in one INSERT per
batch when the import may create them, and listed in the report; otherwise the caller turns
them into row errors.

A created name that only *looks* like another (㈱アルファ and 株式会社アルファ, 山田 太郎 and
山田太郎) is still created: アルファ株式会社 and 株式会社アルファ can be two companies, and a
guess must never merge two partners' data. ``LookAlikes`` finds such pairs so the report
names them, and the manager can correct the file before importing (validation shows them).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Hashable, Iterable
from typing import cast

from sqlalchemy import Connection, Table, insert, select

from prm_core.deals.normalise import customer_key, without_marks
from prm_core.importing.values import clean_name, name_key
from prm_core.orm import Content, Partner, Person

#: Spaces, punctuation and symbols between two digits (``look_key`` keeps one separator).
_BETWEEN_DIGITS = re.compile(r"(?<=\d)[\W_]+(?=\d)")

partners_table = cast(Table, Partner.__table__)
persons_table = cast(Table, Person.__table__)
contents_table = cast(Table, Content.__table__)


def look_key(name: str) -> str:
    """How a person's or a material's name reads: ``name_key`` without spaces, punctuation
    or symbols (山田 太郎 and 山田太郎, 導入事例集 2026 and 導入事例集2026, 〜 and ～).

    Marks between two digits stay as one separator: 研修テキスト 1-2 and 研修テキスト 12,
    or v1.1 and v11, are other numbers, not other spellings (2026.04 and 2026/04 still
    read alike)."""
    return "|".join(without_marks(part) for part in _BETWEEN_DIGITS.split(name_key(name)))


#: A look-alike pair for the report: kind (partner, person, content), name, like, partner.
Similar = dict[str, str]


class LookAlikes:
    """Finds the new names that read like another name of their scope (a person's partner).

    ``existing`` is read once, on the first new name: an import that creates nothing pays
    nothing. Each new name is then remembered too, so two new spellings of one name in a
    file are caught as well.
    """

    def __init__(
        self, fold: Callable[[str], str], existing: Callable[[], Iterable[tuple[Hashable, str]]]
    ) -> None:
        self._fold = fold
        self._existing = existing
        self._index: dict[tuple[Hashable, str], str] | None = None

    def twin(self, scope: Hashable, name: str) -> str | None:
        """The other name ``name`` (new) reads like, or None; remembers ``name``."""
        if self._index is None:
            self._index = {}
            for where, other in self._existing():
                if key := self._fold(other):
                    self._index.setdefault((where, key), other)
        key = self._fold(name)
        if not key:
            return None
        other = self._index.setdefault((scope, key), name)
        return None if other == name else other


class _NameDirectory:
    """name → id for a table with a unique ``name`` column (partners, contents)."""

    KIND = ""
    #: How a name reads, for ``LookAlikes``.
    FOLD: Callable[[str], str] = staticmethod(look_key)

    def __init__(self, conn: Connection, rows: Iterable[tuple[int, str]]) -> None:
        self.conn = conn
        #: Raw spelling seen in a file (or stored) → id. The hot path is one get() on this.
        self.ids: dict[str, int] = {}
        self._by_key: dict[str, int] = {}
        self.names: dict[int, str] = {}
        for row_id, name in rows:
            self.ids[name] = row_id
            self._by_key.setdefault(name_key(name), row_id)
            self.names[row_id] = name
        self.created: list[str] = []
        self.similar: list[Similar] = []
        self._looks = LookAlikes(type(self).FOLD, lambda: ((None, n) for n in self.names.values()))

    def note_new(self, name: str) -> None:
        """Say so in ``similar`` when ``name``, about to be created, reads like another."""
        other = self._looks.twin(None, name)
        if other is not None:
            self.similar.append({"kind": self.KIND, "name": name, "like": other})

    def find(self, raw: str) -> int | None:
        found = self.ids.get(raw)
        if found is None:
            found = self._by_key.get(name_key(raw))
            if found is not None:
                self.ids[raw] = found
        return found

    def missing(self, raws: Iterable[str]) -> list[str]:
        """The distinct unknown names among ``raws``, one spelling per name, in file order."""
        out: dict[str, str] = {}
        for raw in dict.fromkeys(raws):  # each spelling once (a batch repeats names a lot)
            if raw not in self.ids and self.find(raw) is None:
                out.setdefault(name_key(raw), raw)
        return list(out.values())

    def _insert(self, values: list[dict[str, object]]) -> list[int]:
        raise NotImplementedError

    def create(self, raws: list[str]) -> None:
        """Insert the given unknown names (from ``missing``) and remember their ids."""
        if not raws:
            return
        names = [clean_name(r) for r in raws]
        for name in names:
            self.note_new(name)
        ids = self._insert([{"name": n} for n in names])
        for raw, name, row_id in zip(raws, names, ids, strict=True):
            self.ids[raw] = row_id
            self.ids[name] = row_id
            self._by_key[name_key(name)] = row_id
            self.names[row_id] = name
            self.created.append(name)


class PartnerDirectory(_NameDirectory):
    KIND = "partner"
    #: Legal forms and their place folded away: ㈱アルファ reads like アルファ株式会社.
    FOLD = staticmethod(customer_key)

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn, conn.execute(select(partners_table.c.id, partners_table.c.name)))

    def _insert(self, values: list[dict[str, object]]) -> list[int]:
        return _insert_returning_ids(self.conn, partners_table, values)


class ContentDirectory(_NameDirectory):
    KIND = "content"

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn, conn.execute(select(contents_table.c.id, contents_table.c.name)))

    def _insert(self, values: list[dict[str, object]]) -> list[int]:
        return _insert_returning_ids(self.conn, contents_table, values)


class PersonDirectory:
    """(partner id, person name) → person id: persons are matched within their partner."""

    def __init__(self, conn: Connection, partners: PartnerDirectory) -> None:
        self.conn = conn
        self.partners = partners
        self.ids: dict[tuple[int, str], int] = {}
        self._by_key: dict[tuple[int, str], int] = {}
        rows = conn.execute(
            select(persons_table.c.id, persons_table.c.partner_id, persons_table.c.name)
        )
        for row_id, partner_id, name in rows:
            self.ids[(partner_id, name)] = row_id
            self._by_key.setdefault((partner_id, name_key(name)), row_id)
        self.created: list[dict[str, str]] = []
        self.similar: list[Similar] = []
        # ids holds the stored names (and spellings that found them) until the first
        # creation, which asks LookAlikes first
        self._looks = LookAlikes(look_key, lambda: list(self.ids))

    def note_new(self, partner_id: int, name: str) -> None:
        """Say so in ``similar`` when ``name``, about to be created at the partner, reads
        like another of its persons."""
        other = self._looks.twin(partner_id, name)
        if other is not None:
            self.similar.append(
                {
                    "kind": "person",
                    "name": name,
                    "like": other,
                    "partner": self.partners.names.get(partner_id, ""),
                }
            )

    def find(self, partner_id: int, raw: str) -> int | None:
        found = self.ids.get((partner_id, raw))
        if found is None:
            found = self._by_key.get((partner_id, name_key(raw)))
            if found is not None:
                self.ids[(partner_id, raw)] = found
        return found

    def missing(self, pairs: Iterable[tuple[int, str]]) -> list[tuple[int, str]]:
        out: dict[tuple[int, str], tuple[int, str]] = {}
        for pair in dict.fromkeys(pairs):
            if pair not in self.ids and self.find(*pair) is None:
                out.setdefault((pair[0], name_key(pair[1])), pair)
        return list(out.values())

    def create(self, pairs: list[tuple[int, str]]) -> None:
        if not pairs:
            return
        values: list[dict[str, object]] = [
            {"partner_id": pid, "name": clean_name(raw)} for pid, raw in pairs
        ]
        for value in values:
            self.note_new(cast(int, value["partner_id"]), str(value["name"]))
        ids = _insert_returning_ids(self.conn, persons_table, values)
        for (pid, raw), value, row_id in zip(pairs, values, ids, strict=True):
            name = str(value["name"])
            self.ids[(pid, raw)] = row_id
            self.ids[(pid, name)] = row_id
            self._by_key[(pid, name_key(name))] = row_id
            self.created.append({"partner": self.partners.names.get(pid, ""), "name": name})


def _insert_returning_ids(
    conn: Connection, table: Table, values: list[dict[str, object]]
) -> list[int]:
    """Insert rows and return their ids in the order given (one statement per batch).

    On SQLite, one INSERT ... SELECT over a JSON array (``_sqlite_insert``) and the ids read
    back: inside the write transaction nobody else can insert, and a rowid table gives each
    new row max(id) + 1, so the rows just inserted hold the last ``len(values)`` ids, in
    order. (RETURNING with ``sort_by_parameter_order`` runs one statement per row there:
    12,000 new persons took 0.7 s; executemany, which takes the GIL back for every row,
    crawls while the import's reader thread runs.)
    """
    if conn.dialect.name == "sqlite" and values:
        _sqlite_insert(conn, table, values)
        last = int(conn.exec_driver_sql(f'SELECT max(id) FROM "{table.name}"').scalar() or 0)
        first = last - len(values) + 1
        count = conn.exec_driver_sql(
            f'SELECT count(*) FROM "{table.name}" WHERE id BETWEEN ? AND ?', (first, last)
        ).scalar()
        if count != len(values):  # not consecutive: cannot happen with rowid allocation
            raise RuntimeError(f"new {table.name} rows did not get consecutive ids")
        return list(range(first, last + 1))
    stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [int(r[0]) for r in conn.execute(stmt, values)]


def _sqlite_insert(conn: Connection, table: Table, values: list[dict[str, object]]) -> None:
    """Rows with the same keys in one statement that holds no GIL; the other columns get
    their scalar Python defaults, or else their server defaults."""
    keys = list(values[0])
    defaults: dict[str, object] = {}
    for column in table.columns:
        if column.name in keys or column.primary_key or column.default is None:
            continue
        default = column.default
        if getattr(default, "is_scalar", False):
            defaults[column.name] = getattr(default, "arg", None)
        elif column.server_default is None:  # a Python-side default only Core can apply
            conn.execute(insert(table), values)
            return
    columns = ", ".join(f'"{name}"' for name in (*keys, *defaults))
    picks = [f"value ->> {i}" for i in range(len(keys))] + ["?"] * len(defaults)
    payload = json.dumps([[v[k] for k in keys] for v in values], ensure_ascii=False)
    conn.exec_driver_sql(
        f'INSERT INTO "{table.name}" ({columns}) SELECT {", ".join(picks)} FROM json_each(?)',
        (*defaults.values(), payload),
    )
