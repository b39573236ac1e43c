"""Validating event rows: the reader thread's half of a million-row import.

``events`` writes; this module turns parsed records into rows to insert, with no database
access, so the reader thread runs it while the writer inserts the previous batch. It is one
inlined loop because it runs a million times per file: about 2.7 µs a row here.
Compiling it with mypyc made it 15% faster and the import no faster (the writer bounds
the pipeline; README, "Also measured and dropped").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from datetime import datetime
from operator import methodcaller
from typing import Any, Final

from prm_core.importing.context import (
    Context,
    Rejected,
    check_fields,
    is_blank,
    normalise_record,
    note_text,
)
from prm_core.importing.values import (
    MAX_AMOUNT,
    MAX_TEXT,
    MAX_YEAR,
    MIN_YEAR,
    Cell,
    CellError,
    Vocabulary,
    optional_text,
    parse_amount,
    parse_datetime,
    required_text,
)

HASH_PREFIX: Final = "sha1:"
#: "¥1,200,000", "￥1200000", "1,200,000": the spellings exports use, parsed without NFKC.
_FAST_AMOUNT: Final = re.compile(r"[¥￥]?([0-9]{1,3}(?:,[0-9]{3}){1,5}|[0-9]{1,18})")

iso_micro: Final[Callable[[datetime], str]] = methodcaller("isoformat", " ", "microseconds")

Row = tuple[Any, ...]
Parsers = list[tuple[str, Callable[[Cell], object]]]


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


def event_rows(  # noqa: PLR0912, PLR0915, PLR0917 - one inlined hot loop is the point
    records: list[list[Any]],
    first_row: int,
    ctx: Context,
    get: Callable[[list[Any]], Any],
    kinds: Vocabulary,
    partner_ids: dict[str, int],
    person_ids: dict[tuple[int, str], int],
    content_ids: dict[str, int],
    fmt: Callable[[datetime], Any] | None,
    parsers: Parsers,
) -> tuple[list[Row], list[Row], list[Rejected]]:
    """Records → rows to insert (partner_id, person_id, kind, occurred_at, content_id,
    deal, customer, amount, external_id; ``source`` is bound per batch), rows naming
    unknown names (by position, see ``EventImporter._resolve_pending``), and rejections.

    One loop, one try block per record: the fast path (well-formed cells, known names)
    never raises nor calls out for the common cells. A bad cell re-checks the record
    field by field to list every problem; an unknown name defers the record.
    """
    width = ctx.width
    kind_of = kinds.seen
    text_stamps = fmt is iso_micro
    out: list[tuple[Any, ...]] = []
    pending: list[tuple[Any, ...]] = []
    rejected: list[Rejected] = []
    append = out.append
    fromiso = datetime.fromisoformat
    fast_amount = _FAST_AMOUNT.fullmatch
    min_year, max_year = MIN_YEAR, MAX_YEAR
    row = first_row - 1
    for record in records:
        row += 1
        if len(record) == width:
            record.append("")
            rec = record
        else:
            normal = normalise_record(record, width, ctx.strict_width)
            if isinstance(normal, CellError):
                rejected.append(Rejected(row, record, [ctx.error(row, None, normal)]))
                continue
            rec = normal
        occ, partner, person, kind, content, deal, customer, amount, ext = get(rec)
        stamp = None
        try:
            if type(occ) is str:
                try:
                    when = fromiso(occ)
                    if when.tzinfo is not None or not 1900 <= when.year <= 2999:
                        when = parse_datetime(occ)
                    elif (
                        text_stamps
                        and len(occ) == 19
                        and occ[10] == " "
                        and occ[4] == occ[7] == "-"
                        and occ[13] == occ[16] == ":"
                    ):
                        # "YYYY-MM-DD HH:MM:SS", validated by fromisoformat: already
                        # the stored form but for the microseconds (isoformat: 0.5 µs)
                        stamp = occ + ".000000"
                except ValueError:
                    when = parse_datetime(occ)
            elif type(occ) is datetime and occ.tzinfo is None and min_year <= occ.year <= max_year:
                when = occ  # a workbook's date cell: parse_datetime inlined (0.35 µs)
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
            elif type(amount) is str and (fast := fast_amount(amount)) is not None:
                amount = int(fast[1].replace(",", ""))
            elif type(amount) is float and 0 <= amount <= MAX_AMOUNT and amount.is_integer():
                amount = int(amount)  # a workbook's number cell (NaN fails the test)
            else:
                amount = parse_amount(amount)
            if type(person) is str and len(person) <= MAX_TEXT and "\x00" not in person:
                person = person.strip() or None  # _opt inlined: set in most rows
            else:
                person = _opt(person)
            content = None if content == "" else _opt(content)
            deal = None if deal == "" else _opt(deal)
            customer = None if customer == "" else _opt(customer)
            if type(ext) is str and len(ext) <= MAX_TEXT and "\x00" not in ext:
                ext = ext.strip() or None  # _opt inlined: set in most rows
            else:
                ext = _opt(ext)
        except CellError:
            if is_blank(rec[:width]):
                continue
            if (note := note_text(rec[:width])) is not None:
                ctx.report.skip_note(row, note)
                continue
            _values, errors = check_fields(ctx, row, rec, parsers)
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
                        stamp or (when if fmt is None else fmt(when)),
                        content_id,
                        deal,
                        customer,
                        amount,
                        ext,
                    )
                )
                continue
        pending.append(
            (
                row,
                when,
                partner,
                person,
                kind_key,
                content,
                deal,
                customer,
                amount,
                ext,
                rec,
                len(out),
            )
        )
    return out, pending, rejected
