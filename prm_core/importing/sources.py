"""Opening an import file safely: what it is, whether to touch it, and its rows as a stream.

Every refusal happens here, from the file's size, first bytes and (for workbooks) its zip
directory and sheet dimension record, before any row is parsed: a 2 GB log renamed to .csv,
an .xlsm with macros or a zip bomb must cost milliseconds, not minutes. CSV text is decoded
as UTF-8 (with or without BOM), UTF-16 (Excel's "Unicode text") or CP932 (Japanese Excel's
"CSV"), whichever the whole file decodes as; the delimiter is read off the header line.
Workbooks are read with python-calamine, an order of magnitude faster than openpyxl.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import html
import io
import posixpath
import re
import zipfile
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import IO, Any, Final, cast

from prm_core.importing.error_cells import ErrorCells, Scan, column_letter, column_number
from prm_core.importing.merged import CalamineRange, MergedFill
from prm_core.importing.report import ImportRefused, refused
from prm_core.importing.values import Cell, cell_text

MB: Final = 1024 * 1024
CSV_SUFFIXES: Final = frozenset({".csv", ".tsv", ".txt"})
XLSX_SUFFIXES: Final = frozenset({".xlsx"})
MACRO_SUFFIXES: Final = frozenset({".xlsm", ".xltm", ".xlam", ".xlsb"})
_ZIP_MAGIC: Final = b"PK\x03\x04"
_OLE_MAGIC: Final = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SNIFF_BYTES: Final = 64 * 1024
_DECODE_CHUNK: Final = 1024 * 1024
_DIMENSION_RE: Final = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?"'
)
_TAG_RE: Final = re.compile(rb"<(?:\w+:)?(sheet|Relationship)\s([^>]*)>")
_ATTR_RE: Final = re.compile(rb'([\w:]+)\s*=\s*"([^"]*)"')


@dataclass(frozen=True)
class ImportLimits:
    """What the importer refuses to open. Defaults suit a desktop with a few GB of RAM."""

    max_bytes: int = 200 * MB
    max_rows: int = 2_000_000
    max_columns: int = 200
    #: Total uncompressed size of a workbook's parts (a zip bomb expands far beyond this).
    max_unzipped_bytes: int = 2048 * MB
    #: Compression ratio above which a large workbook part is treated as a zip bomb.
    max_zip_ratio: int = 200


DEFAULT_LIMITS: Final = ImportLimits()


def _mb(size: int) -> str:
    return f"{size / MB:.1f} MB" if size >= MB else f"{size:,} bytes"


# --- sniffing ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Sniffed:
    """What ``sniff`` found out: the format and how to read it."""

    path: Path
    format: str  # "csv" or "xlsx"
    size: int
    encoding: str = ""
    delimiter: str = ","
    sheet: str = ""
    #: The sheet's part inside the workbook's zip ("xl/worksheets/sheet1.xml"), if resolvable.
    part: str = ""
    #: A workbook's visible worksheets in tab order, the ones ``sniff(sheet=...)`` accepts.
    sheets: tuple[str, ...] = ()
    #: Rows the file probably holds (from the dimension record, or bytes per line for CSV).
    estimated_rows: int = 0

    @property
    def named_sheet(self) -> str | None:
        """The sheet, when the workbook has others to tell it from (in messages, the rejects
        file's name, a deal's source); None for a CSV or a one-sheet workbook."""
        return self.sheet if len(self.sheets) > 1 else None


def sniff(
    path: str | Path, limits: ImportLimits = DEFAULT_LIMITS, *, sheet: str | None = None
) -> Sniffed:
    """Decide whether and how to read ``path``; raise ``ImportRefused`` with the reason if not.

    ``sheet`` names the worksheet of a workbook to read (Excel's case-insensitive match);
    by default the first visible one. Naming a sheet for a CSV file is refused, not ignored:
    the caller meant some other file.
    """
    p = Path(path)
    suffix = p.suffix.lower()
    if not p.is_file():
        raise refused("refused.not_found", path=p)
    size = p.stat().st_size
    if size > limits.max_bytes:
        raise refused("refused.too_big", name=p.name, size=_mb(size), limit=_mb(limits.max_bytes))
    if suffix in MACRO_SUFFIXES:
        raise refused("refused.macro_suffix", name=p.name, suffix=suffix)
    if suffix == ".xls":
        raise refused("refused.xls", name=p.name)
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        if not suffix:
            raise refused("refused.no_extension", name=p.name)
        raise refused("refused.unsupported", name=p.name, suffix=suffix)
    if size == 0:
        raise refused("refused.empty", name=p.name)
    try:
        with p.open("rb") as fh:
            head = fh.read(_SNIFF_BYTES)
    except OSError as exc:
        raise refused("refused.unreadable", name=p.name, detail=exc.strerror) from exc
    if suffix in XLSX_SUFFIXES:
        return _sniff_xlsx(p, size, head, limits, sheet)
    if sheet is not None:
        raise refused("refused.sheet_of_text", name=p.name, sheet=repr(sheet))
    return _sniff_csv(p, size, head, limits)


def _binary_kind(head: bytes) -> str | None:
    if head.startswith(_ZIP_MAGIC):
        return "what.zip"
    if head.startswith(_OLE_MAGIC):
        return "what.ole"
    if head.startswith(b"%PDF"):
        return "what.pdf"
    if head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        return "what.image"
    if head.startswith((b"\x1f\x8b", b"7z\xbc\xaf", b"Rar!")):
        return "what.archive"
    if head.startswith((b"SQLite format 3\x00", b"\x7fELF", b"MZ")):
        return "what.binary"
    return None


def _sniff_csv(p: Path, size: int, head: bytes, limits: ImportLimits) -> Sniffed:
    what = _binary_kind(head)
    if what is not None:
        raise refused("refused.not_text", name=p.name, suffix=p.suffix, what=what)
    if head.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in head:
        raise refused("refused.binary_text", name=p.name, suffix=p.suffix)
    else:
        encoding = _detect_encoding(p)
    if encoding not in {"utf-8", "cp932"}:
        bad = _decodes_whole(p, encoding)
        if bad is not None:
            raise refused(
                "refused.bom_invalid", name=p.name, bom=encoding.upper(), offset=f"{bad:,}"
            )
    text_head = head.decode(encoding, errors="ignore")
    if len(head) >= size:  # the whole file: a trailing Ctrl-Z is no row (see TableReader)
        text_head = text_head.rstrip("\x1a")
    if "\x00" in text_head:
        raise refused("refused.binary_text", name=p.name, suffix=p.suffix)
    delimiter = sniff_delimiter(text_head)
    # splitlines: "\n", "\r\n" and an old Mac's "\r"; the header line is one of them
    lines = text_head.splitlines()
    if len(head) < size:  # scaled from the head
        estimate = max(1, round(size * max(len(lines), 1) / max(len(head), 1)) - 1)
    else:  # the whole file: its data lines, without the blank ones the reader skips
        estimate = sum(1 for line in lines[1:] if line.replace(delimiter, "").strip())
    return Sniffed(p, "csv", size, encoding, delimiter, estimated_rows=estimate)


def _decodes_whole(p: Path, encoding: str) -> int | None:
    """None when the whole file decodes, else the byte offset of the first bad byte."""
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    offset = 0
    with p.open("rb") as fh:
        while True:
            chunk = fh.read(_DECODE_CHUNK)
            try:
                decoder.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                return offset + exc.start
            if not chunk:
                return None
            offset += len(chunk)


def _detect_encoding(p: Path) -> str:
    """UTF-8 if the whole file is valid UTF-8, else CP932; the whole file is checked so a
    Shift_JIS byte on row 900,000 cannot surface as a crash halfway through the import.

    A UTF-8 file with one stray byte (a cut-off character, a pasted Latin-1 "é") often
    decodes as CP932 too, into mojibake names that would then be created as partners, so a
    file that is mostly valid UTF-8 is refused with the line of its bad byte instead.
    """
    bad_utf8 = _decodes_whole(p, "utf-8")
    if bad_utf8 is None:
        return "utf-8"
    if _mostly_utf8(p):
        raise refused(
            "refused.utf8_damaged",
            name=p.name,
            line=f"{_line_at(p, bad_utf8):,}",
            offset=f"{bad_utf8:,}",
        )
    bad_cp932 = _decodes_whole(p, "cp932")
    if bad_cp932 is None:
        return "cp932"
    bad = max(bad_utf8, bad_cp932)
    raise refused("refused.encoding", name=p.name, line=f"{_line_at(p, bad):,}", offset=f"{bad:,}")


#: Valid non-ASCII UTF-8 characters per invalid byte above which a file is damaged UTF-8.
_UTF8_MAJORITY: Final = 4


def _mostly_utf8(p: Path) -> bool:
    """Whether the non-ASCII text is mostly valid UTF-8 (a damaged UTF-8 file, not CP932).

    Shift_JIS lead bytes are mostly UTF-8 continuation bytes, so CP932 Japanese decodes as
    UTF-8 into an error every character or two: the scan stops after the first chunk there.
    Two tests, either enough: valid characters outnumber errors ``_UTF8_MAJORITY`` times,
    or characters of three bytes and more (kana, kanji) outnumber errors at all. CP932 text
    read as UTF-8 makes under one such character per 30 errors (measured on kanji and on
    half-width katakana, whose byte pairs often make valid two-byte characters: 0.5 per
    error), while a UTF-8 file with two Japanese names and one pasted Shift_JIS ① makes two.
    """
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    valid = wide = bad = 0
    with p.open("rb") as fh:
        while True:
            chunk = fh.read(_DECODE_CHUNK)
            text = decoder.decode(chunk, final=not chunk)
            if not text.isascii():
                errors = text.count("\ufffd")  # three bytes each once encoded
                other = len(text) - len(text.encode("ascii", "ignore"))
                extra = len(text.encode("utf-8")) - len(text)
                bad += errors
                valid += other - errors
                wide += extra - other - errors  # a character of 3 bytes adds 2, of 2 adds 1
            utf8 = wide >= bad or valid >= _UTF8_MAJORITY * bad
            if not chunk or (bad >= 20 and not utf8):
                return utf8


def _line_at(p: Path, offset: int) -> int:
    """The line (1-based) holding byte ``offset``: what a user finds in an editor."""
    newlines = returns = read = 0
    with p.open("rb") as fh:
        while read < offset:
            chunk = fh.read(min(_DECODE_CHUNK, offset - read))
            if not chunk:
                break
            newlines += chunk.count(b"\n")
            returns += chunk.count(b"\r")
            read += len(chunk)
    return (newlines or returns) + 1  # an old Mac file ends its lines with "\r" alone


def sniff_delimiter(text: str) -> str:
    """Comma, tab or semicolon: whichever occurs most in the header line outside quotes."""
    counts = {",": 0, "\t": 0, ";": 0}
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted:
            if ch in "\r\n":
                break
            if ch in counts:
                counts[ch] += 1
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _zip_problem(p: Path, zf: zipfile.ZipFile, limits: ImportLimits) -> ImportRefused | None:
    names = set(zf.namelist())
    if "[Content_Types].xml" not in names or "xl/workbook.xml" not in names:
        return refused("refused.zip_not_workbook", name=p.name)
    if any(n.lower().endswith("vbaproject.bin") for n in names):
        return refused("refused.vba", name=p.name)
    content_types = _read_part(zf, "[Content_Types].xml", 1 * MB)
    if b"macroEnabled" in content_types or b"vbaProject" in content_types:
        return refused("refused.macro_renamed", name=p.name)
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > 50 * MB and info.file_size > limits.max_zip_ratio * max(
            info.compress_size, 1
        ):
            return refused(
                "refused.zip_bomb", name=p.name, part=info.filename, size=_mb(info.file_size)
            )
    if total > limits.max_unzipped_bytes:
        return refused(
            "refused.unzipped_size",
            name=p.name,
            size=_mb(total),
            limit=_mb(limits.max_unzipped_bytes),
        )
    return None


def _read_part(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    with zf.open(name) as fh:
        return fh.read(limit)


def _attrs(raw: bytes) -> dict[str, str]:
    """A tag's attributes, their XML escapes decoded (a sheet named "R&D" is "R&amp;D")."""
    return {
        k.decode("utf-8", "replace").rsplit(":", 1)[-1]: html.unescape(v.decode("utf-8", "replace"))
        for k, v in _ATTR_RE.findall(raw)
    }


def _worksheets(zf: zipfile.ZipFile) -> list[tuple[str, str | None]]:
    """The visible worksheets in tab order: (name, part path inside the zip if resolvable).

    Chart sheets and dialog sheets are left out: they hold no table to import.
    """
    workbook = _read_part(zf, "xl/workbook.xml", 4 * MB)
    sheets = [_attrs(a) for tag, a in _TAG_RE.findall(workbook) if tag == b"sheet"]
    try:
        rels = _read_part(zf, "xl/_rels/workbook.xml.rels", 4 * MB)
    except KeyError:
        rels = b""
    targets: dict[str, tuple[str, str]] = {}
    for tag, raw in _TAG_RE.findall(rels):
        attrs = _attrs(raw)
        if tag == b"Relationship" and "Id" in attrs:
            targets[attrs["Id"]] = (attrs.get("Type", ""), attrs.get("Target", ""))
    found: list[tuple[str, str | None]] = []
    for sheet in sheets:
        if sheet.get("state", "visible") != "visible" or "name" not in sheet:
            continue
        kind, target = targets.get(sheet.get("id", ""), ("", ""))
        if kind and not kind.endswith("/worksheet"):
            continue  # a chart sheet, dialog sheet or macro sheet
        part: str | None = None
        if target:
            # "/xl/worksheets/sheet1.xml", "worksheets/sheet1.xml" or "../xl/worksheets/…"
            part = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            part = posixpath.normpath(part)
        found.append((sheet["name"], part))
    return found


def _chosen_sheet(
    p: Path, zf: zipfile.ZipFile, wanted: str | None
) -> tuple[str, str | None, tuple[str, ...]]:
    """The sheet to read (name, part) and the names of all the visible worksheets."""
    sheets = _worksheets(zf)
    if not sheets:
        raise refused("refused.no_visible_sheet")
    names = tuple(name for name, _part in sheets)
    if wanted is None:
        return *sheets[0], names
    # the exact name, else as Excel matches names: ignoring case (simple lower case, so
    # "Straße" stays apart from "Strasse"); spaces around a name are part of it
    matches = [s for s in sheets if s[0] == wanted] or [
        s for s in sheets if s[0].lower() == wanted.lower()
    ]
    if matches:
        return *matches[0], names
    raise refused(
        "refused.no_such_sheet",
        name=p.name,
        sheet=repr(wanted),
        sheets=", ".join(repr(n) for n in names),
    )


def _sniff_xlsx(
    p: Path, size: int, head: bytes, limits: ImportLimits, wanted: str | None
) -> Sniffed:
    if not head.startswith(_ZIP_MAGIC):
        what = _binary_kind(head)
        if what is None:
            what = "what.text" if _looks_textual(head) else "what.not_workbook"
        raise refused("refused.not_xlsx", name=p.name, what=what)
    try:
        with zipfile.ZipFile(p) as zf:
            problem = _zip_problem(p, zf, limits)
            if problem:
                raise problem
            sheet, part, sheets = _chosen_sheet(p, zf, wanted)
            rows = cols = 0
            if part not in zf.namelist():
                part = None  # unresolvable: no dimension to check, no error-cell scan
            if part is not None:
                head_xml = _read_part(zf, part, 64 * 1024)
                m = _DIMENSION_RE.search(head_xml)
                if m:
                    last_col, last_row = (m.group(3), m.group(4)) if m.group(3) else m.group(1, 2)
                    rows, cols = int(last_row), column_number(last_col)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, KeyError) as exc:
        raise refused("refused.damaged_xlsx", name=p.name, detail=exc) from exc
    if rows > limits.max_rows or cols > limits.max_columns:
        raise refused(
            "refused.claimed_dimension",
            name=p.name,
            sheet=repr(sheet),
            rows=f"{rows:,}",
            cols=f"{cols:,}",
            max_rows=f"{limits.max_rows:,}",
            max_cols=limits.max_columns,
        )
    return Sniffed(
        p,
        "xlsx",
        size,
        sheet=sheet,
        part=part or "",
        sheets=sheets,
        estimated_rows=max(rows - 1, 0),
    )


def _looks_textual(head: bytes) -> bool:
    if b"\x00" in head:
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start < len(head) - 4:  # a cut multi-byte character at the end is fine
            try:
                head.decode("cp932")
            except UnicodeDecodeError:
                return False
    return True


# --- reading -----------------------------------------------------------------------------

Record = list[Cell]


@dataclass
class Batch:
    """Consecutive records; record ``i`` is Excel row ``first_row + i`` (blank rows included)."""

    first_row: int
    records: list[Record]


def _end_before_eof_mark(fh: io.BufferedReader, sniffed: Sniffed) -> int | None:
    """Where the text ends when the file ends with Ctrl-Z, the end-of-file mark DOS tools
    and old exports still append (else None). Read as text it is a last row of its own, or
    part of the last cell: an id "E1\x1a" that a clean copy of the file would duplicate."""
    if sniffed.encoding == "utf-16":
        return None
    end = sniffed.size
    while end:  # CP/M-style padding fills the last record with them: scan back in chunks
        start = max(end - 4096, 0)
        fh.seek(start)
        kept = fh.read(end - start).rstrip(b"\x1a")
        if kept:
            end = start + len(kept)
            break
        end = start
    fh.seek(0)
    return None if end == sniffed.size else end


class _Prefix(io.RawIOBase):
    """The first ``end`` bytes of ``fh``: the file without its trailing Ctrl-Z."""

    def __init__(self, fh: io.BufferedReader, end: int) -> None:
        super().__init__()
        self._fh = fh
        self._left = end

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        view = memoryview(buffer).cast("B")[: self._left]
        n = self._fh.readinto(view)
        self._left -= n
        return n


class TableReader:
    """The header and the data records of a sniffed file, streamed in batches.

    Use as a context manager. ``headers`` are display labels made unique ("備考", "備考 (2)")
    and never blank ("column C"), so a mapping keyed by header is unambiguous.
    """

    def __init__(self, sniffed: Sniffed, limits: ImportLimits = DEFAULT_LIMITS) -> None:
        self.sniffed = sniffed
        self.limits = limits
        self.headers: list[str] = []
        self.header_row = 0
        self._fh: IO[bytes] | None = None
        self._rows: Iterator[Record] = iter(())
        self._next_row = 1  # Excel row number of the next record from self._rows
        self._workbook: object | None = None
        self._csv: Any = None
        self._column_offset = 0
        #: Workbooks: where calamine's empty cells are really Excel errors (``error_cells``).
        self._error_cells: ErrorCells = {}
        #: Data rows the file probably holds (firmer than the sniffed figure for workbooks).
        self.estimated_rows = sniffed.estimated_rows
        self._merged: list[CalamineRange] = []
        #: Fills the ranges merged down the data's rows (``merged_read`` lists them).
        self._fill: MergedFill | None = None
        try:
            if sniffed.format == "csv":
                self._open_csv()
            else:
                self._open_xlsx()
            self._read_header()
            if self._merged:
                self._fill = MergedFill(
                    self._merged, self.header_row, self._column_offset, len(self.headers)
                )
        except BaseException:
            self.close()
            raise

    # -- opening

    def _open_csv(self) -> None:
        fh = self.sniffed.path.open("rb")
        self._fh = fh
        stream: IO[bytes] = fh
        end = _end_before_eof_mark(fh, self.sniffed)
        if end is not None:
            stream = io.BufferedReader(_Prefix(fh, end))
        text = io.TextIOWrapper(stream, encoding=self.sniffed.encoding, newline="")
        # strict: a quote that is never closed is an error at the end of the file (the lenient
        # reader would return the rest of the file as one cell and lose those rows)
        self._csv = csv.reader(text, delimiter=self.sniffed.delimiter, strict=True)
        self._rows = self._csv

    def _open_xlsx(self) -> None:
        from python_calamine import CalamineError, CalamineWorkbook

        sniffed = self.sniffed
        errors = Scan(sniffed.path, sniffed.part, sniffed.sheet) if sniffed.part else None
        try:
            workbook = CalamineWorkbook.from_path(str(sniffed.path))
            self._workbook = workbook
            sheet = workbook.get_sheet_by_name(sniffed.sheet)
        except (CalamineError, ValueError, OSError) as exc:
            if errors is not None:
                errors.cancel()
            raise refused(
                "refused.workbook_unreadable", name=sniffed.path.name, detail=_one_line(exc)
            ) from exc
        if errors is not None:
            try:
                self._error_cells = errors.result()
            except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError) as exc:
                raise refused("refused.damaged_xlsx", name=sniffed.path.name, detail=exc) from exc
        height = (sheet.end[0] + 1) if sheet.end else 0
        if height > self.limits.max_rows + 1 or sheet.width > self.limits.max_columns:
            raise refused(
                "refused.dimension",
                name=self.sniffed.path.name,
                sheet=repr(self.sniffed.sheet),
                rows=f"{height:,}",
                cols=f"{sheet.width:,}",
                max_rows=f"{self.limits.max_rows:,}",
                max_cols=self.limits.max_columns,
            )
        if not self.estimated_rows:  # no dimension record (openpyxl's write-only mode)
            self.estimated_rows = max(height - 1, 0)
        self._column_offset = sheet.start[1] if sheet.start else 0
        self._merged = list(sheet.merged_cell_ranges or ())
        # iter_rows yields every row from row 1 (empty ones above the data included) but only
        # the columns from the first used one: record i is Excel row i + 1.
        self._rows = cast(Iterator[Record], sheet.iter_rows())

    def _read_header(self) -> None:
        for record in self._records():
            if any(cell_text(c).strip() for c in record):
                self.header_row = self._next_row - 1
                self.headers = _unique_headers(record, self._column_offset)
                break
        else:
            if self.sniffed.named_sheet:  # say which sheet: another may hold the data
                raise refused(
                    "refused.sheet_no_header",
                    name=self.sniffed.path.name,
                    sheet=repr(self.sniffed.sheet),
                )
            raise refused("refused.no_header", name=self.sniffed.path.name)
        if len(self.headers) > self.limits.max_columns:
            raise refused(
                "refused.too_many_columns",
                name=self.sniffed.path.name,
                count=len(self.headers),
                limit=self.limits.max_columns,
            )

    def _records(self) -> Iterator[Record]:
        """Records one at a time (header search only; data goes through ``batches``)."""
        while True:
            batch = self._take(1)
            if not batch:
                return
            yield batch[0]

    def _take(self, size: int) -> list[Record]:
        try:
            records = list(islice(self._rows, size))
        except csv.Error as exc:
            raise self._csv_refusal(exc) from exc
        if self._error_cells:
            self._mark_errors(records, self._next_row)
        self._next_row += len(records)
        return records

    def _mark_errors(self, records: list[Record], first_row: int) -> None:
        """Put an ``ErrorCell`` where calamine read an Excel error (as an empty cell today;
        the scan of the XML decides, whatever a later calamine makes of it)."""
        errors = self._error_cells
        offset = self._column_offset
        for row, record in enumerate(records, first_row):
            for column, cell in errors.get(row, ()):
                at = column - offset
                if 0 <= at < len(record):
                    record[at] = cell

    def _csv_refusal(self, exc: csv.Error) -> ImportRefused:
        """What the csv module's complaint means for the user, with the line to look at."""
        name = self.sniffed.path.name
        line = self._csv.line_num if self._csv is not None else 0
        detail = str(exc)
        if detail == "unexpected end of data" or detail.startswith("field larger than"):
            return refused(
                "refused.unclosed_quote", name=name, line=f"{self._broken_record_line():,}"
            )
        if detail.endswith("expected after '\"'"):
            return refused("refused.text_after_quote", name=name, line=f"{line:,}")
        return refused("refused.csv_error", name=name, line=f"{line:,}", detail=detail)

    def _broken_record_line(self) -> int:
        """The line where the record that broke the reader starts: a second, lenient pass,
        made only once the file is refused (the strict reader only knows where it stopped)."""
        sniffed = self.sniffed
        start = last_start = 1
        with sniffed.path.open("rb") as fh:
            text = io.TextIOWrapper(fh, encoding=sniffed.encoding, newline="")
            reader = csv.reader(text, delimiter=sniffed.delimiter, strict=False)
            try:
                for _record in reader:
                    last_start, start = start, reader.line_num + 1
            except csv.Error:  # the cell ran past the field size limit
                return start
        return last_start  # the lenient reader returned the unclosed cell as the last record

    # -- reading

    def batches(self, size: int) -> Iterator[Batch]:
        """Data records in batches of ``size``; raises ``ImportRefused`` past the row limit."""
        limit = self.limits.max_rows
        read = 0
        while True:
            first = self._next_row
            records = self._take(size)
            if not records:
                return
            read += len(records)
            if read > limit:
                raise refused(
                    "refused.too_many_rows", name=self.sniffed.path.name, limit=f"{limit:,}"
                )
            if self._fill:
                self._fill.apply(records, first)
            yield Batch(first, records)

    def merged_read(self, columns: Iterable[int]) -> list[str]:
        """The merged ranges filled ("B2:B4"), less those in columns no field reads and the
        merged note boxes: what the report names once the import has run."""
        if self._fill is None:
            return []
        return self._fill.refs_read(set(columns))

    def progress_fraction(self) -> float:
        """How far through the file reading is (bytes for CSV, 0 when unknown)."""
        if self._fh is not None and self.sniffed.size:
            try:
                return min(self._fh.tell() / self.sniffed.size, 1.0)
            except (OSError, ValueError):
                return 0.0
        return 0.0

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
        workbook = self._workbook
        self._workbook = None
        close = getattr(workbook, "close", None)
        if close is not None:
            with contextlib.suppress(Exception):  # already closed is fine
                close()

    def __enter__(self) -> TableReader:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _unique_headers(record: Record, offset: int) -> list[str]:
    # Trailing unnamed empty columns are dropped: Excel often saves a few.
    cells = [cell_text(c).strip() for c in record]
    while cells and not cells[-1]:
        cells.pop()
    headers: list[str] = []
    seen: dict[str, int] = {}
    for index, text in enumerate(cells):
        label = " ".join(text.split()) or f"column {column_letter(index + offset)}"
        count = seen.get(label, 0) + 1
        seen[label] = count
        headers.append(label if count == 1 else f"{label} ({count})")
    return headers


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def workbook_sheets(path: str | Path, limits: ImportLimits = DEFAULT_LIMITS) -> list[str]:
    """The visible worksheets of an .xlsx in tab order; [] for any other file and for one
    that is refused (the import says why). Cheap: the zip's directory and workbook.xml."""
    if Path(path).suffix.lower() not in XLSX_SUFFIXES:
        return []  # and a CSV is never sniffed for nothing: that decodes all of it
    try:
        return list(sniff(path, limits).sheets)
    except (ImportRefused, OSError):
        return []


def open_table(
    path: str | Path, limits: ImportLimits = DEFAULT_LIMITS, *, sheet: str | None = None
) -> TableReader:
    """Sniff (refusing if need be), then open for reading. The caller closes it."""
    return TableReader(sniff(path, limits, sheet=sheet), limits)
