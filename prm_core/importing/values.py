"""Turning one cell into one typed value, or a reason it cannot be.

Cells come from the csv module (always ``str``) or from python-calamine (``str``, ``float``
for every number, ``int``, ``bool``, ``date``, ``datetime``, ``time``, ``timedelta``; empty
cells are ``''``; an Excel error or a formula saved without its result is an ``ErrorCell``,
see ``error_cells``). Each parser takes either and raises ``CellError`` with the message the user
sees. The common, well-formed inputs take a fast path first because the events importer calls
these a million times per file.
"""

from __future__ import annotations

import calendar
import math
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Final

from prm_core.importing.messages import ReasonedError
from prm_core.kinds import EVENT_KIND_LABELS_JA, EventKind


@dataclass(frozen=True, slots=True)
class ErrorCell:
    """A workbook cell without a usable value: an Excel error (``#N/A``, ``#DIV/0!``) or a
    formula saved without its result (``code`` empty). calamine reads both as empty cells;
    every parser refuses one, so a failed lookup is not imported as "no amount"."""

    code: str
    formula: str = ""

    def __str__(self) -> str:
        """What the cell shows: its error code; a never-computed formula shows as empty, as
        calamine read it (the rejects workbook shows the formula, as text)."""
        return self.code


#: What a reader can hand over for one cell.
Cell = str | float | int | bool | date | datetime | time | timedelta | ErrorCell | None

#: Text columns in the schema are VARCHAR(200) (names, deal, customer, external id).
MAX_TEXT = 200
#: Dates outside these years are almost always typos ("0202-04-01", "20266-01-01").
MIN_YEAR, MAX_YEAR = 1900, 2999
#: A BIGINT holds at most this; amounts are whole yen.
MAX_AMOUNT = 2**63 - 1
#: Excel's day zero for serial dates (1900 date system, including its leap-year quirk).
_EXCEL_EPOCH: Final = datetime(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2958465  # 9999-12-31


class CellError(ReasonedError, ValueError):
    """The cell's value is not acceptable; ``str(exc)`` is the reason shown to the user.

    ``reason`` and ``params`` say the same for a translation (``messages.CATALOGUE``); a
    message from elsewhere (a wrapped validation error) has no reason and stays as it is.
    """


#: A ``CellError`` for a catalogued reason.
cell_error = CellError.of


def shown(value: Cell, limit: int = 40) -> str:
    """A value as a message quotes it, shortened so one bad cell cannot flood the report
    (the catalogue's templates put the quotes around it: "…" in English, 「…」 in Japanese)."""
    text = cell_text(value)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def cell_text(value: Cell) -> str:
    """A cell as the text a user would see in it (calamine's ``12.0`` shows as ``12``)."""
    if type(value) is str:
        return value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, datetime):
        if value.hour == value.minute == value.second == value.microsecond == 0:
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, (date, time)):
        return value.isoformat()
    return str(value)


def no_error(value: Cell) -> None:
    """Raise the reason an ``ErrorCell`` cannot be imported; anything else passes."""
    if type(value) is ErrorCell:
        if value.code:
            raise cell_error("excel_error", value=value.code)
        formula = f"={value.formula}" if value.formula else "=…"  # a shared formula's copy
        raise cell_error("formula_without_result", value=shown(formula))


def value_text(value: Cell) -> str:
    """``cell_text`` for parsing: an ``ErrorCell`` is refused, not read as its code."""
    no_error(value)
    return cell_text(value)


def _check_text(text: str) -> str:
    if len(text) > MAX_TEXT:
        raise cell_error("too_long", length=len(text), limit=MAX_TEXT)
    if "\x00" in text:
        raise cell_error("nul")
    return text


def optional_text(value: Cell) -> str | None:
    """Stripped text or None for an empty cell."""
    text = value.strip() if type(value) is str else value_text(value).strip()
    if not text:
        return None
    return _check_text(text)


def required_text(value: Cell) -> str:
    text = optional_text(value)
    if text is None:
        raise cell_error("missing")
    return text


def long_text(value: Cell) -> str:
    """Free text (notes): no length limit, never None."""
    text = value_text(value).strip()
    if "\x00" in text:
        raise cell_error("nul")
    return text


def is_blank(record: Sequence[Cell]) -> bool:
    """No value at all. An Excel error counts as none: a helper column filled down past the
    data (=VLOOKUP giving #N/A) must not turn the empty rows below into rejected ones."""
    return all(
        c == "" or c is None or (type(c) is str and not c.strip()) or type(c) is ErrorCell
        for c in record
    )


#: How a note under (or inside) a table starts: the reference mark ※, 注: or （注）, Note:.
#: Never the start of a name, a date or a kind.
_NOTE_RE: Final = re.compile(r"(?:※|[(（]注[)）]|注[:：]|notes?:)", re.IGNORECASE)


def note_text(record: Sequence[Cell]) -> str | None:
    """The text of a note row: one text in the row, written once (or merged across the
    row, so repeated), that starts like a note. Such a row is skipped and reported, never
    imported: "※ 上記は2026年4月時点" under a partner list is not a partner."""
    text: str | None = None
    for cell in record:
        if type(cell) is not str:
            if cell is None or type(cell) is ErrorCell:
                continue
            return None  # a number or a date: data
        value = cell.strip()
        if not value:
            continue
        if text is None:
            if not _NOTE_RE.match(value):
                return None
            text = value
        elif value != text:
            return None
    return text


def name_key(name: str) -> str:
    """How names are compared: width-folded (NFKC), whitespace-collapsed, case-folded.

    So "ＡＣＭＥ  Corp" in a file finds "Acme Corp" in the database, but "Acme" does not
    find "Acme Corp": matching stays exact apart from typing noise.
    """
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def clean_name(name: str) -> str:
    """The form a created row's name takes: as typed, with runs of whitespace collapsed."""
    return " ".join(name.split())


# --- dates -------------------------------------------------------------------------------

_DATE_RE = re.compile(
    r"(\d{4})[/\-.](\d{1,2})[/\-.](\d{1,2})"
    r"(?:(?:\s+|T)(\d{1,2}):(\d{1,2})(?::(\d{1,2})(?:\.(\d{1,6}))?)?)?"
)
#: The date of an ISO 8601 text, to say which day a month lacks when the whole is refused.
_ISO_DAY: Final = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$)")
#: 2026年4月1日 9時30分 → 2026/4/1 9:30 before matching.
_JA_DATE = str.maketrans({"年": "/", "月": "/", "日": " ", "時": ":", "分": ":", "秒": " "})


def _checked(dt: datetime, raw: Cell) -> datetime:
    if not MIN_YEAR <= dt.year <= MAX_YEAR:
        raise cell_error("date_out_of_range", value=shown(raw))
    if dt.tzinfo is not None:
        # The database keeps naive local times; an explicit offset is converted to the local
        # zone of this machine (Japan for the users this app is made for). Checked first:
        # converting year 1 or 9999 overflows.
        dt = dt.astimezone().replace(tzinfo=None)
    if not MIN_YEAR <= dt.year <= MAX_YEAR:
        raise cell_error("date_out_of_range", value=shown(raw))
    return dt


def _parse_text_datetime(text: str) -> datetime:
    try:
        return _checked(datetime.fromisoformat(text), text)
    except ValueError as exc:
        if isinstance(exc, CellError):
            raise
    normal = unicodedata.normalize("NFKC", text).strip()
    m = _DATE_RE.fullmatch(" ".join(normal.translate(_JA_DATE).split()).rstrip(":"))
    if m is None:
        try:  # ISO 8601 written with full-width digits or surrounding spaces
            return _checked(datetime.fromisoformat(normal.replace("Z", "+00:00")), text)
        except ValueError as exc:
            if isinstance(exc, CellError):
                raise
            if iso := _ISO_DAY.match(normal):  # 2026-02-29T10:00+09:00
                _refuse_missing_day(text, *iso.groups())
            raise cell_error("unparseable_date", value=shown(text)) from None
    y, mo, d, h, mi, s, frac = m.groups()
    try:
        return _checked(
            datetime(
                int(y),
                int(mo),
                int(d),
                int(h or 0),
                int(mi or 0),
                int(s or 0),
                int((frac or "0").ljust(6, "0")),
            ),
            text,
        )
    except CellError:
        raise
    except ValueError:
        _refuse_missing_day(text, y, mo, d)
        raise cell_error("unparseable_date", value=shown(text)) from None


def _refuse_missing_day(text: str, y: str, mo: str, d: str) -> None:
    """Raise ``no_such_day`` for 2026/2/29 or 2026/4/31: a month and a day each fine, the
    pair not, which "unparseable" would not explain."""
    year, month, day = int(y), int(mo), int(d)
    if MIN_YEAR <= year <= MAX_YEAR and 1 <= month <= 12 and 29 <= day <= 31:
        days = calendar.monthrange(year, month)[1]
        if day > days:
            raise cell_error("no_such_day", value=shown(text), year=year, month=month, days=days)


def parse_datetime(value: Cell) -> datetime:
    """A required date-time: ISO 8601, ``2026/04/01``, ``2026/04/01 9:30``, ``2026年4月1日``,
    or an Excel date cell (a date, a date-time, or a serial number in a General cell)."""
    if type(value) is str:
        try:
            dt = datetime.fromisoformat(value)
        except ValueError:
            if not value.strip():
                raise cell_error("missing") from None
            return _parse_text_datetime(value)
        if dt.tzinfo is None and MIN_YEAR <= dt.year <= MAX_YEAR:
            return dt
        return _checked(dt, value)
    if isinstance(value, datetime):
        return _checked(value, value)
    if isinstance(value, date):
        return _checked(datetime(value.year, value.month, value.day), value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not math.isfinite(value) or not 1 <= value <= _EXCEL_MAX_SERIAL:
            raise cell_error("unparseable_date", value=shown(value))
        # to the nearest second: 9:30 is stored as 46113.3958333333, a hair before it
        seconds = round(float(value) * 86_400)
        return _checked(_EXCEL_EPOCH + timedelta(seconds=seconds), value)
    if value is None:
        raise cell_error("missing")
    no_error(value)
    raise cell_error("unparseable_date", value=shown(value))


def parse_date(value: Cell) -> date | None:
    """An optional calendar date (contract dates); a time part must be midnight."""
    if value is None or (type(value) is str and not value.strip()):
        return None
    dt = parse_datetime(value)
    if dt.time() != time(0):
        raise cell_error("date_has_time", value=shown(value))
    return dt.date()


# --- amounts -----------------------------------------------------------------------------

_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+")
_NEGATIVE_MARKS = ("-", "−", "▲", "△")  # ASCII, minus sign, and the Japanese accounting marks


#: How far from a whole yen a workbook's number may be and still be that yen: Excel's
#: arithmetic leaves binary fractions (=200000*1.1 is 220000.00000000003), never a real sen.
_YEN_TOLERANCE: Final = 1e-6


def parse_amount(value: Cell) -> int | None:
    """Whole yen, never negative: ``1200000``, ``1,200,000``, ``¥1,200,000``, ``￥1200000円``.

    Returns None for an empty cell.
    """
    if type(value) is str:
        if value.isdecimal() and len(value) <= 18:
            return int(value)
        return _parse_amount_text(value)
    if isinstance(value, bool) or value is None:
        if value is None:
            return None
        raise cell_error("unparseable_amount", value=shown(value))
    if isinstance(value, (int, float)):
        if isinstance(value, float):
            if not math.isfinite(value):
                raise cell_error("unparseable_amount", value=shown(value))
            if abs(value - round(value)) > _YEN_TOLERANCE:
                raise cell_error("whole_yen", value=shown(value))
            value = round(value)  # =E2*1.1 stores 220000.00000000003 and shows ¥220,000
        amount = int(value)
        if amount < 0:
            raise cell_error("negative_amount", value=shown(value))
        if amount > MAX_AMOUNT:
            raise cell_error("amount_too_large", value=shown(value))
        return amount
    no_error(value)
    raise cell_error("unparseable_amount", value=shown(value))


def _parse_amount_text(raw: str) -> int | None:  # noqa: PLR0912 - one rule per branch
    text = unicodedata.normalize("NFKC", raw).strip()
    if not text:
        return None
    negative = False
    if text.startswith("(") and text.endswith(")"):  # accounting style (1,000)
        negative, text = True, text[1:-1].strip()
    if text.startswith(_NEGATIVE_MARKS):
        negative, text = True, text[1:].strip()
    for prefix in ("¥", "\\", "JPY"):
        if text.startswith(prefix):
            text = text[len(prefix) :].strip()
    if text.startswith(_NEGATIVE_MARKS):
        negative, text = True, text[1:].strip()
    for suffix in ("円", "JPY"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
    whole, dot, frac = text.partition(".")
    if dot and (not frac.isdecimal() or frac.strip("0")):
        if frac.isdecimal():
            raise cell_error("whole_yen", value=shown(raw))
        raise cell_error("unparseable_amount", value=shown(raw))
    if "," in whole:
        if not _GROUPED.fullmatch(whole):
            raise cell_error("unparseable_amount", value=shown(raw))
        whole = whole.replace(",", "")
    if not (whole.isascii() and whole.isdecimal()):
        raise cell_error("unparseable_amount", value=shown(raw))
    whole = whole.lstrip("0") or "0"  # int() refuses more than 4,300 digits, zeros included
    if negative and whole != "0":
        raise cell_error("negative_amount", value=shown(raw))
    if len(whole) > 19 or int(whole) > MAX_AMOUNT:
        raise cell_error("amount_too_large", value=shown(raw))
    return int(whole)


# --- vocabularies ------------------------------------------------------------------------


def vocabulary(keys: type[StrEnum], labels: dict[str, str] | None = None) -> dict[str, str]:
    """Every accepted spelling of an enum's values (key, Japanese label) → canonical key."""
    table: dict[str, str] = {}
    for member in keys:
        table[member.value] = member.value
        table[name_key(member.value)] = member.value
        table[name_key(member.name)] = member.value  # "DEAL_WON"
    for label, key in (labels or {}).items():
        table[label] = key
        table[name_key(label)] = key
    return table


EVENT_KINDS: Final = vocabulary(
    EventKind, {label: kind.value for kind, label in EVENT_KIND_LABELS_JA.items()}
)


class Vocabulary:
    """Looks cells up in a vocabulary, remembering each raw spelling it has seen."""

    def __init__(self, table: dict[str, str], what: str) -> None:
        self._table = table
        self.seen: dict[str, str] = dict(table)
        self._what = what

    def __call__(self, value: Cell) -> str:
        if type(value) is str:
            found = self.seen.get(value)
            if found is not None:
                return found
        text = value_text(value)
        key = self._table.get(name_key(text))
        if key is None:
            if not text.strip():
                raise cell_error("missing")
            raise cell_error("unknown_" + self._what.replace(" ", "_"), value=shown(text.strip()))
        if type(value) is str and len(self.seen) < 10_000:
            self.seen[value] = key
        return key

    def optional(self, value: Cell, default: str) -> str:
        if value is None or (type(value) is str and not value.strip()):
            return default
        return self(value)


# 〇 is the kanji zero, typed for a maru as often as ○; ✕ ✖ ✗ ☓ are typed for ×.
_TRUE = frozenset(
    {"1", "true", "yes", "y", "x", "○", "◯", "〇", "●", "✓", "✔", "はい", "有", "あり"}
)
_FALSE = frozenset(
    {"", "0", "false", "no", "n", "-", "×", "✕", "✖", "✗", "☓", "いいえ", "無", "なし"}
)


def parse_flag(value: Cell) -> bool:
    """A yes/no cell (キーマン): TRUE/FALSE cells, 1/0, yes/no, ○/×, はい/いいえ; empty is no."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = name_key(value_text(value))
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise cell_error("yes_no", value=shown(value))


def parse_external_id(value: Cell) -> str | None:
    """The source system's id as text; calamine's ``1234.0`` becomes ``1234``."""
    return optional_text(value)
