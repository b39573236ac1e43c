"""Text from the database written to Excel so that Excel never evaluates it.

openpyxl treats any string beginning with ``=`` as a formula. A partner name, a 1on1 topic or
a goal note typed as ``=HYPERLINK(...)``, ``+81…``, ``-``, ``@SUM(…)`` or beginning with a tab
or carriage return (the classic CSV/formula-injection triggers) must arrive as the very same
text. The choice made here:

- the cell is a *string* cell (``data_type = "s"``: a shared string, which Excel never
  evaluates when it opens the file), holding the text **unchanged** (no apostrophe is added
  to the value, so reading the file back gives exactly what was stored);
- and its style sets ``quotePrefix`` (Excel's own "apostrophe" flag), so that editing the cell
  in Excel later (F2, Enter) keeps it text instead of turning it into a formula.

Characters XML cannot carry (control characters other than tab, line feed and carriage
return) are removed: openpyxl would refuse the whole workbook otherwise. A carriage return is
stored as a line feed: an XML parser turns a raw CR into LF anyway (Excel and openpyxl read
back LF either way), so storing LF keeps what is written and what is read back equal.
"""

from __future__ import annotations

import re
from typing import Any

from openpyxl.cell.cell import Cell, WriteOnlyCell
from openpyxl.worksheet.worksheet import Worksheet

#: What makes Excel (or a CSV reader) start a formula.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(text: str) -> str:
    """``text`` without the characters an XML part cannot hold; line ends as LF."""
    return _ILLEGAL.sub("", text).replace("\r\n", "\n").replace("\r", "\n")


def needs_guard(text: str) -> bool:
    """Starts with a trigger, or with white space before one (``"\n=cmd"``)."""
    return text.startswith(FORMULA_TRIGGERS) or text.lstrip().startswith(FORMULA_TRIGGERS[:4])


def guard(cell: Cell | WriteOnlyCell, text: str | None) -> Cell | WriteOnlyCell:
    """Put ``text`` into ``cell`` as literal text (see the module docstring)."""
    value = clean(text or "")
    cell.value = value
    if value:
        cell.data_type = "s"  # after assignment: openpyxl made "=…" a formula
        if needs_guard(value):
            cell.quotePrefix = True
    return cell


def set_text(ws: Worksheet, row: int, column: int, text: str | None) -> Cell:
    """``ws.cell(row, column)`` holding ``text`` as literal text."""
    cell = ws.cell(row=row, column=column)
    guard(cell, text)
    return cell


def text_cell(ws: Any, text: str | None) -> WriteOnlyCell:
    """A write-only cell holding ``text`` as literal text (for streaming worksheets)."""
    cell = WriteOnlyCell(ws)
    guard(cell, text)
    return cell
