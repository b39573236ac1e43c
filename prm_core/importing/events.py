"""Importing activity events: the million-row path, so it is written for speed.

Dedupe: ``(source, external_id)`` is unique in the schema. Rows with an id from the source
system use it; rows without one get ``sha1:<hex>`` of their normalised, resolved fields
(partner id, person id, kind, time, content id, deal, customer, amount), so an identical row
in the same or a later file is recognised however it was spelled (Japanese or English kind,
date format, CSV or Excel). Inserts use ``ON CONFLICT DO NOTHING`` and the driver's row
count, so the unique index itself catches duplicates, against the database and against
earlier batches of the same file alike, with flat memory.

Speed (1M rows): parsing and validation are Python, the inserts and index builds are C.
On SQLite a batch goes in as one ``INSERT ... SELECT ... FROM json_each(?)`` statement,
which holds no GIL while it runs, so the runner's reader thread prepares the next batch
meanwhile and the two costs overlap on two cores (see ``runner._pipelined``).

``source`` defaults to ``"import"`` rather than the file name: the same export saved under
another name, or re-downloaded next month with overlapping rows, must still dedupe. Two
systems whose ids could collide are kept apart by giving each its own ``source``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter, itemgetter
from typing import Any, Final, cast

import orjson
from sqlalchemy import DateTime, Table, select
from sqlalchemy.dialects import sqlite

from prm_core.importing.columns import fields_of
from prm_core.importing.context import Context, Rejected
from prm_core.importing.event_rows import content_hash, event_rows, iso_micro
from prm_core.importing.names import (
    ContentDirectory,
    PartnerDirectory,
    PersonDirectory,
    contents_table,
    partners_table,
    persons_table,
)
from prm_core.importing.report import ImportRefused, refused
from prm_core.importing.sources import Batch
from prm_core.importing.sqlite_bulk import (
    BulkLoad,
    check_references,
    check_violations,
    last_rowid,
)
from prm_core.importing.values import (
    EVENT_KINDS,
    Cell,
    CellError,
    Vocabulary,
    cell_error,
    optional_text,
    parse_amount,
    parse_datetime,
    parse_external_id,
    required_text,
)
from prm_core.orm import Event

#: Probe the next batch when at least this share of the last one was already stored.
PROBE_WORTH: Final = 0.1
FIELD_ORDER: Final = (
    "occurred_at",
    "partner",
    "person",
    "kind",
    "content",
    "deal",
    "customer",
    "amount",
    "external_id",
)
#: The field each position of an inserted row comes from (see ``EventImporter._rows``).
_ROW_FIELDS: Final = (
    "partner",
    "person",
    "kind",
    "occurred_at",
    "content",
    "deal",
    "customer",
    "amount",
    "external_id",
)
#: Fields that are NULL in every row when the file has no column for them: the optional
#: ones, but for the external id (a row without one gets its content hash).
_NULL_WHEN_UNMAPPED: Final = frozenset(
    spec.key for spec in fields_of("events") if not spec.required
) - {"external_id"}
_COLUMNS: Final = (
    "partner_id, person_id, kind, occurred_at, content_id, deal, customer, amount, source, "
    "external_id"
)

#: Row orders for an insert (see ``EventImporter._row_order``): the widest secondary index's
#: key while the indexes are kept, the external id in bulk mode (only the unique key is kept).
_INDEX_KEY: Final = itemgetter(0, 2, 3)
_ID_KEY: Final = itemgetter(8)
_json_encode: Final = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


_LONE_SURROGATE: Final = re.compile("[\ud800-\udfff]")


def _json_rows(rows: list[Any]) -> bytes:
    """Rows as one JSON array in UTF-8, for SQLite's json_each (see ``EventImporter.apply``).

    Bytes, not text: the statement reads them with ``CAST(? AS TEXT)``, so the megabytes of
    a batch are neither decoded here nor encoded again by the driver while it holds the GIL.
    orjson writes the same text as the json module five times faster; it refuses a lone
    surrogate, which UTF-8 cannot carry either: the json module writes it and it is stored
    as U+FFFD. (Files cannot hold one: CSV is decoded strictly and calamine returns valid
    UTF-8; the fallback keeps an odd value from failing the whole import.)
    """
    try:
        return orjson.dumps(rows)
    except orjson.JSONEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", _json_encode(rows)).encode()


def _json_text(rows: list[Any]) -> str:
    """``_json_rows`` as text, for a database whose encoding is not UTF-8."""
    return _json_rows(rows).decode()


events_table = cast(Table, Event.__table__)

#: An id the table holds already, for an event of another partner, kind or time.
#: CROSS JOIN keeps the batch outside: with a plain JOIN the planner scanned every
#: stored event of the source for each row (a re-import of 1M rows never ended).
CONFLICT_SQL: Final = (
    "SELECT json_extract(j.value, '$[8]'), json_extract(j.value, '$[0]'), "
    "json_extract(j.value, '$[2]'), json_extract(j.value, '$[3]'), e.partner_id, "
    f"e.kind, e.occurred_at FROM json_each(CAST(?1 AS TEXT)) AS j CROSS JOIN "
    f"{Event.__tablename__} AS e ON e.source = ?2 AND e.external_id = "
    "json_extract(j.value, '$[8]') WHERE e.partner_id IS NOT json_extract(j.value, "
    "'$[0]') OR e.kind IS NOT json_extract(j.value, '$[2]') OR e.occurred_at IS NOT "
    "json_extract(j.value, '$[3]') LIMIT 1"
)

_sqlite_dialect = sqlite.dialect()
_sa_sqlite_datetime = DateTime().dialect_impl(_sqlite_dialect).bind_processor(_sqlite_dialect)


def sqlite_datetime_formatter() -> Callable[[datetime], Any]:
    """How SQLAlchemy stores a DateTime on SQLite, done by ``isoformat`` in C when it matches.

    Queries compare stored text with SQLAlchemy-formatted parameters, so the bytes must be
    identical ("2026-04-01 09:30:00.000000"); the check keeps us honest if that changes.
    """
    probe = datetime(2026, 4, 1, 9, 30, 5, 120)
    if _sa_sqlite_datetime is not None and _sa_sqlite_datetime(probe) == iso_micro(probe):
        return iso_micro
    assert _sa_sqlite_datetime is not None
    return _sa_sqlite_datetime


@dataclass(slots=True)
class Prepared:
    """One batch after ``EventImporter.prepare``: what the reader thread hands the writer."""

    #: Valid rows whose names were all known, ready to insert.
    rows: list[tuple[Any, ...]]
    #: Valid rows naming a partner, person or content not known yet (see ``_resolve_pending``).
    pending: list[tuple[Any, ...]]
    rejected: list[Rejected]
    #: ``rows`` as one JSON array (SQLite), encoded off the writer's critical path; then
    #: ``rows`` is emptied unless ``pending`` needs it (memory), and ``count`` says how many.
    payload: bytes | str | None
    count: int
    #: The rows' external ids as a JSON array, when the writer wants to probe first.
    ids: bytes | str | None = None
    #: The key ``rows`` were sorted by (``_INDEX_KEY``, ``_ID_KEY``), None for file order.
    order: Callable[[tuple[Any, ...]], Any] | None = None


def _merged(
    rows: list[tuple[Any, ...]], resolved: list[tuple[int, tuple[Any, ...]]]
) -> list[tuple[Any, ...]]:
    """``rows`` with each resolved row put back at its position (positions in file order)."""
    merged: list[tuple[Any, ...]] = []
    start = 0
    for at, row in resolved:
        merged.extend(rows[start:at])
        merged.append(row)
        start = at
    merged.extend(rows[start:])
    return merged


class EventImporter:
    """Validates, resolves, dedupes and inserts event rows batch by batch.

    ``prepare`` (parsing, validation, lookups in memory; no database access) may run in a
    reader thread while ``apply`` (name creation, inserts) runs in the thread that owns the
    connection; ``process`` does both in turn.
    """

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        conn = ctx.conn
        self.partners = PartnerDirectory(conn)
        self.persons = PersonDirectory(conn, self.partners)
        self.contents = ContentDirectory(conn)
        self.kinds = Vocabulary(EVENT_KINDS, "kind")
        sentinel = ctx.width  # normalise_record appends one '' cell for unmapped fields
        self._get = itemgetter(*(ctx.columns.get(f, sentinel) for f in FIELD_ORDER))
        self._format_dt: Callable[[datetime], Any] | None = (
            sqlite_datetime_formatter() if ctx.is_sqlite else None
        )
        mark = self._mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self._sql = (
            f"INSERT INTO {Event.__tablename__} ({_COLUMNS}) VALUES ({', '.join([mark] * 10)}) "
            "ON CONFLICT (source, external_id) DO NOTHING"
        )
        self._parsers: list[tuple[str, Callable[[Cell], object]]] = [
            ("occurred_at", parse_datetime),
            ("partner", required_text),
            ("person", optional_text),
            ("kind", self.kinds),
            ("content", optional_text),
            ("deal", optional_text),
            ("customer", optional_text),
            ("amount", parse_amount),
            ("external_id", parse_external_id),
        ]
        self.bulk = BulkLoad(conn, Event.__tablename__) if ctx.is_sqlite else None
        #: Rows above this rowid are this import's (SQLite: see ``_check_constraints``).
        self._first_rowid = last_rowid(conn, Event.__tablename__) if ctx.is_sqlite else 0
        self._written_batches = 0
        # SQLite: each batch is one INSERT ... SELECT over a JSON array, a single statement
        # that runs without the GIL, so the reader thread parses the next batch meanwhile
        # (executemany takes the GIL back for every row and nothing overlaps). Duplicates
        # are caught by ON CONFLICT on the unique index inside that statement.
        # The subquery's LIMIT -1 keeps SQLite from flattening it, so each row's JSON text
        # is rendered once (flattened, every ``value`` reference renders it again: 1M rows
        # 5.2 s → 3.8 s, bench/import.py). Each extraction then parses that short text again
        # (SQLite 3.40 caches parses per call site, not per row): about 0.15 µs a field, 1.2
        # of the writer's 3.3 s per million rows. So a field the file has no column for is a
        # NULL literal, and paths are constant text ('$[0]'): ``row ->> 0`` formats its path
        # on every call (3% slower in all). ``source`` is the same for every row: bound once
        # (?2), not repeated in the JSON (1M rows: 0.3-0.45 s less SQLite work).
        picks = [
            "NULL"
            if field in _NULL_WHEN_UNMAPPED and field not in ctx.columns
            else f"json_extract(row, '$[{i}]')"
            for i, field in enumerate(_ROW_FIELDS)
        ]
        self._json_sql = (
            f"INSERT INTO {Event.__tablename__} ({_COLUMNS}) SELECT "
            + ", ".join([*picks[:8], "?2", picks[8]])
            + " FROM (SELECT value AS row FROM json_each(CAST(?1 AS TEXT)) LIMIT -1)"
            " WHERE true ON CONFLICT (source, external_id) DO NOTHING"
        )
        self._use_json = ctx.is_sqlite
        # CAST(bytes AS TEXT) reads the bytes in the database's encoding: a file created as
        # UTF-16 (the app never does, but --db opens any) gets text, which SQLite converts.
        utf8 = ctx.is_sqlite and conn.exec_driver_sql("PRAGMA encoding").scalar() == "UTF-8"
        self._encode: Callable[[list[Any]], bytes | str] = _json_rows if utf8 else _json_text
        self._probe_sql = (
            f"SELECT count(*) FROM json_each(CAST(? AS TEXT)) AS j WHERE EXISTS (SELECT 1 FROM "
            f"{Event.__tablename__} WHERE source = ? AND external_id = j.value)"
        )
        #: Probe the next batch for known ids first (SQLite; a re-import is all known).
        self._probe = ctx.is_sqlite
        #: Sort rows for the secondary indexes before inserting (set once they are kept).
        self._index_order = not ctx.is_sqlite
        #: Sort rows by external id (bulk mode: 1M rows measured 5.8 s instead of 6.6 s).
        self._id_order = False

    # -- validation and resolution

    def _rows(
        self, batch: Batch
    ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]], list[Rejected]]:
        """Validated rows, rows naming unknown names, rejections (see ``event_rows``)."""
        return event_rows(
            batch.records,
            batch.first_row,
            self.ctx,
            self._get,
            self.kinds,
            self.partners.ids,
            self.persons.ids,
            self.contents.ids,
            self._format_dt,
            self._parsers,
        )

    def _resolve_pending(
        self,
        pending: list[tuple[Any, ...]],
        out: list[tuple[int, tuple[Any, ...]]],
        rejected: list[Rejected],
    ) -> None:
        """Rows naming a partner, person or content not seen yet: create the names for the
        whole batch in one go (when allowed), else reject the rows naming them. Resolved
        rows go to ``out`` with their position among the batch's other valid rows."""
        ctx = self.ctx
        create = ctx.create_missing
        partners, persons, contents = self.partners, self.persons, self.contents
        missing = partners.missing(t[2] for t in pending)
        if missing and create:
            partners.create(missing)
        missing_contents = contents.missing(t[5] for t in pending if t[5] is not None)
        if missing_contents and create:
            contents.create(missing_contents)
        pairs = [
            (pid, t[3])
            for t in pending
            if t[3] is not None and (pid := partners.find(t[2])) is not None
        ]
        missing_people = persons.missing(pairs)
        if missing_people and create:
            persons.create(missing_people)
        fmt = self._format_dt
        width = ctx.width
        for item in pending:
            row, when, partner, person, kind, content, deal, customer, amount, ext, rec, at = item
            pid = partners.find(partner)
            person_id = content_id = None
            problems: list[tuple[str, CellError]] = []
            if pid is None:
                problems.append(("partner", cell_error("unknown_partner", partner=partner)))
            elif person is not None:
                person_id = persons.find(pid, person)
                if person_id is None:
                    problems.append(
                        ("person", cell_error("unknown_person", person=person, partner=partner))
                    )
            if content is not None:
                content_id = contents.find(content)
                if content_id is None:
                    problems.append(("content", cell_error("unknown_content", content=content)))
            if problems:
                errors = [ctx.error(row, k, m) for k, m in problems]
                rejected.append(Rejected(row, rec[:width], errors))
                continue
            assert pid is not None
            external_id = ext or content_hash(
                pid, person_id, kind, when, content_id, deal, customer, amount
            )
            out.append(
                (
                    at,
                    (
                        pid,
                        person_id,
                        kind,
                        when if fmt is None else fmt(when),
                        content_id,
                        deal,
                        customer,
                        amount,
                        external_id,
                    ),
                )
            )

    # -- writing

    def prepare(self, batch: Batch) -> Prepared:
        """Validate and resolve ``batch`` in memory (thread-safe towards ``apply``: it only
        reads the name directories, which ``apply`` extends)."""
        rows, pending, rejected = self._rows(batch)
        # ``_probe`` first: ``apply`` settles the order before it clears ``_probe``, so a
        # batch sorted by a stale order still has its rows when it reaches ``apply``.
        probe = self._probe
        order = self._row_order() if rows and not pending else None
        if order is not None:  # (with pending rows, apply sorts once they are merged)
            rows.sort(key=order)
        count = len(rows)
        payload = ids = None
        if self._use_json and rows:
            payload = self._encode(rows)  # also what known ids are checked against
            if probe:  # likely known rows: the probe needs only their ids
                ids = self._encode([r[8] for r in rows])
            elif not pending:
                rows = []
        return Prepared(rows, pending, rejected, payload, count, ids, order)

    def _row_order(self) -> Callable[[tuple[Any, ...]], Any] | None:
        """How the next insert wants its rows sorted: decided once the first batch is
        written, so every batch after it goes in the same way, whichever thread was ahead
        (file order until then)."""
        if self._index_order:
            return _INDEX_KEY
        return _ID_KEY if self._id_order else None

    def process(self, batch: Batch, write: bool) -> list[Rejected]:
        return self.apply(self.prepare(batch), write)

    def apply(self, prepared: Prepared, write: bool) -> list[Rejected]:
        """Create the batch's unknown names, insert its rows; the rejected rows, in order."""
        rejected = prepared.rejected
        rows = prepared.rows
        payload = prepared.payload
        ids = prepared.ids
        attempted = prepared.count
        order = prepared.order
        if prepared.pending:
            resolved: list[tuple[int, tuple[Any, ...]]] = []
            self._resolve_pending(prepared.pending, resolved, rejected)
            if resolved:  # back into file order
                rows = _merged(rows, resolved)
                order = payload = None
                if ids is not None:
                    ids = self._encode([r[8] for r in rows])
                attempted = len(rows)
        wanted = self._row_order()
        if wanted is not None and wanted is not order and rows:
            rows.sort(key=wanted)  # prepared before the order was settled, or just merged
            payload = None
        report = self.ctx.report
        report.rows += attempted + len(rejected)
        if write and attempted:
            if self.bulk is not None and self._written_batches == 0:
                # A load into an empty table needs no first batch to tell how much is new.
                self.bulk.maybe_start_empty(self.ctx.estimated_rows)
            known = self._known(ids)
            inserted = 0
            if known != attempted:
                if payload is None and self._use_json:
                    payload = self._encode(rows)
                inserted = self._insert(rows, payload)
            if inserted < attempted:  # ids already there: are they the same events?
                self._refuse_id_conflict(rows, payload)
            report.inserted += inserted
            report.duplicates += attempted - inserted
            self._written_batches += 1
            if self.bulk is not None and self._written_batches == 1:
                self.bulk.maybe_start(
                    inserted_fraction=inserted / attempted,
                    remaining_rows=max(self.ctx.estimated_rows - report.rows, 0),
                )
                # Secondary indexes kept: later batches insert in their key order.
                self._index_order = not self.bulk.active
                self._id_order = self.bulk.active
            # Keep asking first while a good share of the rows turn out to be known. Set
            # after the order (see ``prepare``).
            self._probe = self._use_json and attempted - inserted >= PROBE_WORTH * attempted
        rejected.sort(key=attrgetter("row"))
        return rejected

    def _known(self, ids: bytes | str | None) -> int:
        """How many of a batch's external ids are stored already (-1 when not probed).

        Re-importing a file: a conflicting INSERT costs about 6 µs a row, this query under
        1 µs, and a batch that is all known then needs no INSERT at all.
        """
        if ids is None:
            return -1
        return int(
            self.ctx.conn.exec_driver_sql(self._probe_sql, (ids, self.ctx.source)).scalar() or 0
        )

    def _refuse_id_conflict(self, rows: list[tuple[Any, ...]], payload: bytes | str | None) -> None:
        """Raise ``ImportRefused`` when an id of the batch already names an event of another
        partner, kind or time: the id column is then no event id (a deal number filled
        down a deal's rows, another system's numbering), and counting its rows as
        duplicates would drop them unseen (a won deal after its registration, say). Other
        fields may differ: an export re-run after an amount changed is still the same event.
        """
        if payload is None and self._use_json and rows:
            payload = self._encode(rows)
        found: tuple[Any, ...] | None
        if payload is not None:
            found = self.ctx.conn.exec_driver_sql(CONFLICT_SQL, (payload, self.ctx.source)).first()
        else:
            found = self._python_conflict(rows)
        if found is None:
            return
        ext, pid, kind, when, old_pid, old_kind, old_when = found
        names = self.partners.names
        raise refused(
            "refused.id_conflict",
            id=ext,
            first=f"{str(old_when)[:16]} {names.get(old_pid, old_pid)}",
            first_kind=old_kind,
            second=f"{str(when)[:16]} {names.get(pid, pid)}",
            second_kind=kind,
        )

    def _python_conflict(self, rows: list[tuple[Any, ...]]) -> tuple[Any, ...] | None:
        """``_refuse_id_conflict`` where no JSON is sent (PostgreSQL): the stored partner,
        kind and time of the batch's ids, compared here."""
        c = events_table.c
        stored = {
            ext: (pid, kind, when)
            for ext, pid, kind, when in self.ctx.conn.execute(
                select(c.external_id, c.partner_id, c.kind, c.occurred_at).where(
                    c.source == self.ctx.source, c.external_id.in_({r[8] for r in rows})
                )
            )
        }
        for row in rows:
            old = stored.get(row[8])
            if old is not None and old != (row[0], row[2], row[3]):
                return (row[8], row[0], row[2], row[3], *old)
        return None

    def _insert(self, rows: list[tuple[Any, ...]], payload: bytes | str | None) -> int:
        """Insert one batch (``payload`` is ``rows`` as JSON on SQLite); how many were new."""
        if payload is not None:
            sql = self._json_sql
            return int(self.ctx.conn.exec_driver_sql(sql, (payload, self.ctx.source)).rowcount)
        if not rows:
            return 0
        source = self.ctx.source
        full = [(*r[:8], source, r[8]) for r in rows]
        return int(self.ctx.conn.exec_driver_sql(self._sql, full).rowcount)

    def finish(self, commit: bool) -> None:
        if commit and self.ctx.is_sqlite and self.ctx.report.inserted:
            self._check_references()
            self._check_constraints()
        if self.bulk is not None:
            self.bulk.finish(rebuild=commit)
        report = self.ctx.report
        report.created_partners = list(self.partners.created)
        report.created_persons = list(self.persons.created)
        report.created_contents = list(self.contents.created)
        report.similar_names = [
            *self.partners.similar,
            *self.persons.similar,
            *self.contents.similar,
        ]

    def _check_references(self) -> None:
        """The import runs without SQLite's per-row foreign key checks (``larger_cache``):
        every id it wrote came from these directories, so verify once that they all still
        exist (another program could have deleted a partner before this transaction took
        the write lock). Raises ``ImportRefused``; the runner then rolls back."""
        conn = self.ctx.conn
        checks = (
            (partners_table.name, set(self.partners.names)),
            (persons_table.name, set(self.persons.ids.values())),
            (contents_table.name, set(self.contents.names)),
        )
        for table, ids in checks:
            if not check_references(conn, table, ids):
                raise ImportRefused(
                    f"{table} named in the file were deleted by another program during the "
                    "import; nothing was imported, import the file again"
                )

    def _check_constraints(self) -> None:
        """The import also runs without SQLite's per-row CHECK constraints: every value was
        validated here first (kinds from the vocabulary, amounts never negative), and this
        scan of the new rows proves it before commit. Raises ``ImportRefused``."""
        broken = check_violations(self.ctx.conn, events_table, self._first_rowid)
        if broken:
            raise ImportRefused(
                f"imported rows break the database rule {', '.join(broken)}; nothing was "
                "imported (please report this: the importer should have rejected them)"
            )
