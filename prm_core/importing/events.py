"""Importing activity events: the million-row path, so it is written for speed.

Dedupe: ``(source, external_id)`` is unique in the schema. Rows with an id from the source
system use it; rows without one get ``sha1:<hex>`` of their normalised, resolved fields
(partner id, person id, kind, time, content id, deal, customer, amount), so an identical row
in the same or a later file is recognised however it was spelled (Japanese or English kind,
date format, CSV or Excel). Inserts use ``ON CONFLICT DO NOTHING`` and the driver's row
count, so the unique index itself catches duplicates, against the database and against
earlier batches of the same file alike, with flat memory. On SQLite, while a file turns out
to hold known rows, each batch first asks which of its ids exist (a cheaper probe).

``source`` defaults to ``"import"`` rather than the file name: the same export saved under
another name, or re-downloaded next month with overlapping rows, must still dedupe. Two
systems whose ids could collide are kept apart by giving each its own ``source``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from operator import attrgetter, itemgetter, methodcaller
from typing import Any, Final

from sqlalchemy import DateTime
from sqlalchemy.dialects import sqlite

from prm_core.importing.context import (
    Context,
    Rejected,
    check_fields,
    is_blank,
    normalise_record,
)
from prm_core.importing.names import ContentDirectory, PartnerDirectory, PersonDirectory
from prm_core.importing.sources import Batch
from prm_core.importing.sqlite_bulk import BulkLoad
from prm_core.importing.values import (
    EVENT_KINDS,
    MAX_TEXT,
    Cell,
    CellError,
    Vocabulary,
    optional_text,
    parse_amount,
    parse_datetime,
    parse_external_id,
    required_text,
)
from prm_core.orm import Event

HASH_PREFIX: Final = "sha1:"
#: External ids per existence query (SQLite allows 32,766 parameters; 500 measured best).
PROBE_CHUNK: Final = 500
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
_COLUMNS: Final = (
    "partner_id, person_id, kind, occurred_at, content_id, deal, customer, amount, source, "
    "external_id"
)

_sqlite_dialect = sqlite.dialect()
_sa_sqlite_datetime = DateTime().dialect_impl(_sqlite_dialect).bind_processor(_sqlite_dialect)


_iso_micro: Callable[[datetime], str] = methodcaller("isoformat", " ", "microseconds")


def sqlite_datetime_formatter() -> Callable[[datetime], Any]:
    """How SQLAlchemy stores a DateTime on SQLite, done by ``isoformat`` in C when it matches.

    Queries compare stored text with SQLAlchemy-formatted parameters, so the bytes must be
    identical ("2026-04-01 09:30:00.000000"); the check keeps us honest if that changes.
    """
    probe = datetime(2026, 4, 1, 9, 30, 5, 120)
    if _sa_sqlite_datetime is not None and _sa_sqlite_datetime(probe) == _iso_micro(probe):
        return _iso_micro
    assert _sa_sqlite_datetime is not None
    return _sa_sqlite_datetime


def content_hash(  # noqa: PLR0917 - positional on purpose: called once per row
    partner_id: int,
    person_id: int | None,
    kind: str,
    occurred_at: datetime,
    content_id: int | None,
    deal: str | None,
    customer: str | None,
    amount: int | None,
) -> str:
    """The external id of an event that has none: stable across files, formats and runs."""
    text = "\x1f".join(
        (
            str(partner_id),
            "" if person_id is None else str(person_id),
            kind,
            occurred_at.isoformat(),
            "" if content_id is None else str(content_id),
            deal or "",
            customer or "",
            "" if amount is None else str(amount),
        )
    )
    return HASH_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()


def _opt(cell: Cell) -> str | None:
    """Optional text, inline-fast for the common empty and short string cells."""
    if type(cell) is str:
        if not cell:
            return None
        text = cell.strip()
        if not text:
            return None
        if len(text) <= MAX_TEXT and "\x00" not in text:
            return text
    return optional_text(cell)


class EventImporter:
    """Validates, resolves, dedupes and inserts event rows batch by batch."""

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
        self._written_batches = 0
        # Ask which rows are known before inserting (see _existing): SQLite only. PostgreSQL
        # has no statistics on a freshly loaded table and then plans the IN list as a filter
        # over every row of the source; ON CONFLICT probes its unique index directly.
        self._probe_allowed = ctx.is_sqlite
        self._probe = self._probe_allowed
        self._probe_sql: dict[int, str] = {}

    # -- validation and resolution

    def _rows(  # noqa: PLR0912, PLR0915 - one inlined hot loop is the point
        self, batch: Batch
    ) -> tuple[list[tuple[Any, ...]], list[Rejected]]:
        """Records → rows to insert (partner_id, person_id, kind, occurred_at, content_id,
        deal, customer, amount, source, external_id), and rejections.

        One loop, one try block per record: the fast path (well-formed cells, known names)
        never raises nor calls out for the common cells. A bad cell re-checks the record
        field by field to list every problem; an unknown name defers the record to
        ``_resolve_pending``, which creates names for the whole batch at once.
        """
        ctx = self.ctx
        width = ctx.width
        get = self._get
        kinds = self.kinds
        kind_of = kinds.seen
        partner_ids = self.partners.ids
        person_ids = self.persons.ids
        content_ids = self.contents.ids
        fmt = self._format_dt
        source = ctx.source
        out: list[tuple[Any, ...]] = []
        pending: list[tuple[Any, ...]] = []
        rejected: list[Rejected] = []
        append = out.append
        fromiso = datetime.fromisoformat
        row = batch.first_row - 1
        for record in batch.records:
            row += 1
            if len(record) == width:
                record.append("")
                rec = record
            else:
                normal = normalise_record(record, width, ctx.strict_width)
                if isinstance(normal, str):
                    rejected.append(Rejected(row, record, [ctx.error(row, None, normal)]))
                    continue
                rec = normal
            occ, partner, person, kind, content, deal, customer, amount, ext = get(rec)
            try:
                if type(occ) is str:
                    try:
                        when = fromiso(occ)
                        if when.tzinfo is not None or not 1900 <= when.year <= 2999:
                            when = parse_datetime(occ)
                    except ValueError:
                        when = parse_datetime(occ)
                else:
                    when = parse_datetime(occ)
                if type(partner) is str and 0 < len(partner) <= MAX_TEXT:
                    partner = partner.strip()
                    if not partner or "\x00" in partner:
                        partner = required_text(partner)
                else:
                    partner = required_text(partner)
                kind_key = kind_of.get(kind) if type(kind) is str else None
                if kind_key is None:
                    kind_key = kinds(kind)
                if type(amount) is str and (not amount or amount.isdecimal()) and len(amount) < 19:
                    amount = int(amount) if amount else None
                else:
                    amount = parse_amount(amount)
                person = None if person == "" else _opt(person)
                content = None if content == "" else _opt(content)
                deal = None if deal == "" else _opt(deal)
                customer = None if customer == "" else _opt(customer)
                ext = None if ext == "" else _opt(ext)
            except CellError:
                if is_blank(rec[:width]):
                    continue
                _values, errors = check_fields(ctx, row, rec, self._parsers)
                rejected.append(Rejected(row, rec[:width], errors))
                continue
            pid = partner_ids.get(partner)
            if pid is not None:
                person_id = None if person is None else person_ids.get((pid, person))
                content_id = None if content is None else content_ids.get(content)
                if (person_id is not None or person is None) and (
                    content_id is not None or content is None
                ):
                    if ext is None:
                        ext = content_hash(
                            pid, person_id, kind_key, when, content_id, deal, customer, amount
                        )
                    append(
                        (
                            pid,
                            person_id,
                            kind_key,
                            when if fmt is None else fmt(when),
                            content_id,
                            deal,
                            customer,
                            amount,
                            source,
                            ext,
                        )
                    )
                    continue
            pending.append(
                (row, when, partner, person, kind_key, content, deal, customer, amount, ext, rec)
            )
        if pending:
            self._resolve_pending(pending, out, rejected)
        return out, rejected

    def _resolve_pending(
        self, pending: list[tuple[Any, ...]], out: list[tuple[Any, ...]], rejected: list[Rejected]
    ) -> None:
        """Rows naming a partner, person or content not seen yet: create the names for the
        whole batch in one go (when allowed), else reject the rows naming them."""
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
        for row, when, partner, person, kind, content, deal, customer, amount, ext, rec in pending:
            pid = partners.find(partner)
            person_id = content_id = None
            problems: list[tuple[str, str]] = []
            if pid is None:
                problems.append(("partner", f'unknown partner "{partner}"'))
            elif person is not None:
                person_id = persons.find(pid, person)
                if person_id is None:
                    problems.append(("person", f'unknown person "{person}" at "{partner}"'))
            if content is not None:
                content_id = contents.find(content)
                if content_id is None:
                    problems.append(("content", f'unknown content "{content}"'))
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
                    pid,
                    person_id,
                    kind,
                    when if fmt is None else fmt(when),
                    content_id,
                    deal,
                    customer,
                    amount,
                    ctx.source,
                    external_id,
                )
            )

    # -- writing

    def _existing(self, rows: list[tuple[Any, ...]]) -> set[str]:
        """External ids of ``rows`` already stored for this source (rows sorted by id).

        A SELECT on the unique index costs about a fifth of an INSERT that hits the
        conflict, so when a file is mostly known rows it is cheaper to ask first.
        """
        conn = self.ctx.conn
        found: set[str] = set()
        source = self.ctx.source
        for start in range(0, len(rows), PROBE_CHUNK):
            chunk = [r[9] for r in rows[start : start + PROBE_CHUNK]]
            sql = self._probe_sql.get(len(chunk))
            if sql is None:
                marks = ", ".join([self._mark] * len(chunk))
                sql = self._probe_sql[len(chunk)] = (
                    f"SELECT external_id FROM {Event.__tablename__} "
                    f"WHERE source = {self._mark} AND external_id IN ({marks})"
                )
            found.update(r[0] for r in conn.exec_driver_sql(sql, (source, *chunk)))
        return found

    def process(self, batch: Batch, write: bool) -> list[Rejected]:
        rows, rejected = self._rows(batch)
        report = self.ctx.report
        report.rows += len(rows) + len(rejected)
        if write and rows:
            attempted = len(rows)
            known = 0
            if self._probe:
                rows.sort(key=itemgetter(9))
                existing = self._existing(rows)
                if existing:
                    rows = [r for r in rows if r[9] not in existing]
                    known = attempted - len(rows)
            inserted = 0
            if rows:
                if self.bulk is not None and self.bulk.active:
                    if not self._probe:  # (probed rows are sorted by external id already)
                        rows.sort(key=itemgetter(9))  # only the unique index left to fill
                elif not self._probe:
                    # Inserting with the secondary indexes: visit the widest in key order.
                    rows.sort(key=itemgetter(0, 2, 3))
                inserted = self.ctx.conn.exec_driver_sql(self._sql, rows).rowcount
            report.inserted += inserted
            report.duplicates += attempted - inserted
            # Keep asking first while a good share of the rows turn out to be known.
            self._probe = self._probe_allowed and attempted - inserted >= PROBE_WORTH * attempted
            del known
            self._written_batches += 1
            if self.bulk is not None and self._written_batches == 1:
                self.bulk.maybe_start(
                    inserted_fraction=inserted / attempted,
                    remaining_rows=max(self.ctx.estimated_rows - report.rows, 0),
                )
        rejected.sort(key=attrgetter("row"))
        return rejected

    def finish(self, commit: bool) -> None:
        if self.bulk is not None:
            self.bulk.finish(rebuild=commit)
        report = self.ctx.report
        report.created_partners = list(self.partners.created)
        report.created_persons = list(self.persons.created)
        report.created_contents = list(self.contents.created)
