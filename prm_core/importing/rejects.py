"""The rejects file ``--keep-valid`` writes beside the source: the rows left out, for fixing.

A CSV source gets a CSV back (UTF-8 with BOM, so Excel opens Japanese text on
double-click). A workbook gets a workbook back: its cells written as CSV text would change
when Excel opened them, "=HYPERLINK(…)" becoming a live formula and "+81-3-1234-5678" a sum,
and the corrected file could not be re-imported as it was. Either way the rows are written
to a temporary file beside the source and renamed into place only when the import commits.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import logging
import math
import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final

from prm_core.importing.report import RowError, refused
from prm_core.importing.sources import XLSX_SUFFIXES
from prm_core.importing.values import Cell, ErrorCell, cell_text

#: Characters a sheet name may hold that a file name may not (on Windows).
_UNSAFE_IN_NAMES: Final = frozenset('<>:"/\\|?*')
#: Characters a cell's XML text cannot carry as they are: the control characters XML 1.0
#: refuses, and CR (XML parsers read "\r\n" as "\n"). Excel writes them as ``_xHHHH_``.
_NOT_IN_XML: Final = re.compile(r"[\x00-\x08\x0b-\x1f]")
#: Text that reads as such an escape, which Excel writes with its "_" escaped.
_LOOKS_ESCAPED: Final = re.compile(r"_(x[0-9A-Fa-f]{4}_)")


def _escaped(text: str) -> str:
    """``text`` in OOXML's escaped form, so it reads back exactly as it was read."""
    text = _LOOKS_ESCAPED.sub(r"_x005F_\1", text)
    return _NOT_IN_XML.sub(lambda m: f"_x{ord(m[0]):04X}_", text)


log = logging.getLogger(__name__)


def rejects_path_for(path: Path, sheet: str | None = None) -> Path:
    """``events.csv`` → ``events.rejected.csv`` beside it; ``events.xlsx`` →
    ``events.rejected.xlsx``.

    ``sheet``: the worksheet of a workbook with several (``Sniffed.named_sheet``), so that
    the rejects of one sheet never replace another's: ``events.2026Q1.rejected.xlsx``.
    """
    suffix = ".xlsx" if path.suffix.lower() in XLSX_SUFFIXES else ".csv"
    if not sheet:
        return path.with_name(f"{path.stem}.rejected{suffix}")
    safe = "".join("_" if c in _UNSAFE_IN_NAMES or ord(c) < 32 else c for c in sheet)
    return path.with_name(f"{path.stem}.{safe.strip(' .') or '_'}.rejected{suffix}")


def english_note(errors: Sequence[RowError]) -> str:
    """The rejects file's note for one row, in English: "row 7: kind: unknown kind ..."."""
    message = "; ".join(
        f"{e.header or e.column}: {e.message}" if e.column else e.message for e in errors
    )
    return (f"row {errors[0].row}: " if errors else "") + message


@dataclass(frozen=True)
class RejectsWording:
    """How the rejects file words its extra column: its header, and each row's note (the
    desktop passes its translations, so a Japanese user's file explains in Japanese)."""

    header: str = "error"
    note: Callable[[Sequence[RowError]], str] = english_note


class RejectsWriter:
    """The rejected rows as read, each with a column saying why, in a temporary file
    that ``close(keep=True)`` renames to ``target``."""

    def __init__(
        self, target: Path, headers: list[str], wording: RejectsWording | None = None
    ) -> None:
        self.target = target
        self.count = 0
        self.wording = wording or RejectsWording()
        self.width = len(headers)
        try:
            fd, tmp = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".tmp", dir=target.parent)
        except OSError as exc:
            raise refused(
                "refused.rejects_unwritable", folder=target.parent, detail=exc.strerror
            ) from exc
        self.tmp = Path(tmp)
        self._finished = False
        try:
            self._open(fd, headers)
        except BaseException:
            self.tmp.unlink(missing_ok=True)
            raise

    def _open(self, fd: int, headers: list[str]) -> None:
        raise NotImplementedError

    def _row(self, cells: list[Cell], note: str) -> None:
        raise NotImplementedError

    def _save(self) -> None:
        raise NotImplementedError

    def write(self, record: list[Cell], errors: list[RowError]) -> None:
        """One rejected row: its cells under their headers, the reasons, then any cells
        beyond the header (a misaligned CSV row keeps everything it had)."""
        self._row(record, self.wording.note(errors))
        self.count += 1

    def finish(self) -> None:
        """Write the temporary file out completely. Called before the import commits, so a
        full disk rolls the import back instead of losing the rejected rows after it."""
        if not self._finished:
            self._save()
            self._finished = True

    def close(self, *, keep: bool) -> Path | None:
        """The file's final path when rows were kept, else None (the temporary file gone).
        An existing file of that name is never replaced: the user may have corrected it."""
        if keep and self.count:
            try:
                self.finish()
                return _place(self.tmp, self.target)
            except OSError:  # the import has committed: keep the rows where they are
                log.warning("could not move %s to %s", self.tmp, self.target, exc_info=True)
                return self.tmp
        try:
            self._discard()
        finally:
            self.tmp.unlink(missing_ok=True)
        return None

    def _discard(self) -> None:
        """Release what ``_open`` holds without saving; safe after a failed write."""


def _candidates(target: Path) -> Iterator[Path]:
    """``x.rejected.csv``, then ``x.rejected (2).csv``, ``x.rejected (3).csv``…"""
    yield target
    for n in itertools.count(2):
        yield target.with_name(f"{target.stem} ({n}){target.suffix}")


def unused_rejects_path(path: Path, sheet: str | None = None) -> Path:
    """Where the rejects of ``path`` would go now: ``rejects_path_for``, or the first
    numbered name beside it that no file has."""
    return next(c for c in _candidates(rejects_path_for(path, sheet)) if not c.exists())


def _place(tmp: Path, target: Path) -> Path:
    """Move ``tmp`` to the first free name among ``target``'s candidates, never over a file
    (a hard link fails when the name exists; a file system without them is checked first)."""
    for candidate in _candidates(target):
        try:
            os.link(tmp, candidate)
        except FileExistsError:
            continue
        except OSError:  # no hard links here (FAT, some network shares)
            if candidate.exists():
                continue
            os.replace(tmp, candidate)
            return candidate
        tmp.unlink()
        return candidate
    raise AssertionError("unreachable")  # pragma: no cover - the candidates never end


class CsvRejects(RejectsWriter):
    """Rejects of a CSV source, every cell as the text it was read as."""

    fh: IO[str]

    def _open(self, fd: int, headers: list[str]) -> None:
        self.fh = os.fdopen(fd, "w", encoding="utf-8-sig", newline="")
        self.writer = csv.writer(self.fh)
        self.writer.writerow([*headers, self.wording.header])

    def _row(self, cells: list[Cell], note: str) -> None:
        texts = [cell_text(c) for c in cells]
        texts += [""] * (self.width - len(texts))
        self.writer.writerow([*texts[: self.width], note, *texts[self.width :]])

    def _save(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())  # a full disk says so now, before the commit
        self.fh.close()

    def _discard(self) -> None:
        with contextlib.suppress(OSError):  # a write that failed may fail again on close
            self.fh.close()


class XlsxRejects(RejectsWriter):
    """Rejects of a workbook source, each cell of the type it was read as: text stays text
    (even "=…"), numbers numbers, dates dates, an Excel error the same error."""

    def _open(self, fd: int, headers: list[str]) -> None:
        from openpyxl import Workbook
        from openpyxl.cell.cell import ERROR_CODES
        from openpyxl.styles import Alignment, Font
        from openpyxl.utils import get_column_letter

        self._error_codes = frozenset(ERROR_CODES)
        os.close(fd)  # openpyxl writes the whole file at save
        self.book = Workbook(write_only=True)
        self.sheet = self.book.create_sheet("rejected")
        self.sheet.freeze_panes = "A2"
        for column in range(1, self.width + 1):  # a write-only sheet takes widths up front
            self.sheet.column_dimensions[get_column_letter(column)].width = 16
        self.sheet.column_dimensions[get_column_letter(self.width + 1)].width = 60
        self._wrap = Alignment(wrap_text=True, vertical="top")
        self._bold = Font(bold=True)
        header = [self._text(h, self._bold) for h in [*headers, self.wording.header]]
        self.sheet.append(header)

    def _text(self, text: str, font: Any = None) -> Any:
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(self.sheet, _escaped(text))
        cell.data_type = "s"  # never a formula, whatever the text starts with
        if font is not None:
            cell.font = font
        return cell

    def _cell(self, value: Cell) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if isinstance(value, ErrorCell):
            if value.code in self._error_codes:
                cell = WriteOnlyCell(self.sheet, value.code)
                cell.data_type = "e"
                return cell
            if value.code:  # an error cell with no code ("#ERROR"): Excel has no such error
                return self._text(value.code)
            # a formula saved without its result: shown as text, since the scan keeps only
            # its first characters (and a shared formula's text is in another cell)
            return self._text("=" + value.formula) if value.formula else None
        if isinstance(value, str):
            return self._text(value) if value else None  # calamine reads an empty cell as ""
        if isinstance(value, float) and not math.isfinite(value):
            return self._text(cell_text(value))  # an empty <v/> would read back as blank
        if value is None:
            return None
        return WriteOnlyCell(self.sheet, value)  # a number, a bool, a date, a time

    def _row(self, cells: list[Cell], note: str) -> None:
        values: list[Any] = [self._cell(c) for c in cells[: self.width]]
        values += [None] * (self.width - len(values))
        reason = self._text(note)
        reason.alignment = self._wrap
        self.sheet.append([*values, reason, *(self._cell(c) for c in cells[self.width :])])

    def _save(self) -> None:
        self.book.save(self.tmp)

    def _discard(self) -> None:
        # A write-only sheet streams its rows into a temporary file of openpyxl's own:
        # close it and remove it (left open, its writer fails when garbage-collected),
        # also after a write or a save that failed half-way.
        writer = self.sheet._writer  # openpyxl has no public discard
        try:
            if not self.sheet.closed:
                with contextlib.suppress(Exception):
                    self.sheet.close()
        finally:
            if writer is not None:
                Path(writer.out).unlink(missing_ok=True)


def open_rejects(
    source: Path, sheet: str | None, headers: list[str], wording: RejectsWording | None = None
) -> RejectsWriter:
    """The rejects writer for ``source``: a workbook for a workbook, else a CSV."""
    target = rejects_path_for(source, sheet)
    kind = XlsxRejects if target.suffix == ".xlsx" else CsvRejects
    return kind(target, headers, wording)
