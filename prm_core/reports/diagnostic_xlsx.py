"""The partner's Excel diagnostic: a PRACT self-assessment the partner fills in offline.

One workbook for one partner, holding only that partner's data:

- a cover with how to fill it in;
- the self-assessment: the five PRACT questions, a 0–5 drop-down (data validation) and a
  comment cell each; those ten cells are unlocked, every sheet is protected, and the score
  cells carry the defined names ``pract_perception`` … ``pract_trust`` (the comments
  ``pract_perception_comment`` …), which is all the importer relies on;
- the partner's own KPIs, onboarding checklist and goals;
- print setup: A4, fit to one page wide;
- a very hidden sheet ``_prm`` and custom document properties carrying the schema version,
  the partner id and the export id (a random id recorded in ``diagnostic_exports``).

Text from the database goes through :mod:`prm_core.reports.safety`.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import IntProperty, StringProperty
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.orm import DiagnosticExport
from prm_core.reports import texts
from prm_core.reports.files import partner_key, safe_part
from prm_core.reports.periods import Quarter
from prm_core.reports.qbr_data import MONTHLY_KINDS, PHASES, QbrData, gather_qbr
from prm_core.reports.safety import set_text

SCHEMA_VERSION = 1
META_SHEET = "_prm"
#: Keys of the hidden sheet (column A) and of the custom document properties (prefixed).
META_KEYS = ("schema_version", "export_id", "partner_id", "created_at")
PROPERTY_PREFIX = "prm_"
SCORE_NAMES = {phase: f"pract_{phase}" for phase in PHASES}
COMMENT_NAMES = {phase: f"pract_{phase}_comment" for phase in PHASES}
FIRST_SCORE_ROW = 6
SCORE_COLUMN = 4  # D
COMMENT_COLUMN = 5  # E

_NAVY = "1F3A5F"
_INPUT = PatternFill("solid", fgColor="FFF4C2")
_HEAD = PatternFill("solid", fgColor=_NAVY)
_THIN = Side(style="thin", color="C9D1DA")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_UNLOCKED = Protection(locked=False)


def diagnostic_filename(partner_id: int, name: str, code: str | None) -> str:
    """``PRACT_P-0001_株式会社さくら.xlsx``."""
    return f"PRACT_{partner_key(partner_id, code)}_{safe_part(name) or 'partner'}.xlsx"


def new_export_id() -> str:
    """A random, unguessable id (128 bits, hex)."""
    return secrets.token_hex(16)


@dataclass(frozen=True, slots=True)
class DiagnosticResult:
    path: Path
    export_id: str
    partner_id: int
    partner: str


class _Sheets:
    """Shared cell helpers for one workbook in one language."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.t = texts.of(language)
        family = "Yu Gothic" if language == "ja" else "Calibri"
        self.font = Font(name=family, size=10)
        self.bold = Font(name=family, size=10, bold=True)
        self.title = Font(name=family, size=16, bold=True, color=_NAVY)
        self.head = Font(name=family, size=10, bold=True, color="FFFFFF")

    def text(self, ws: Worksheet, row: int, col: int, value: str | None, **style: Any) -> None:
        cell = set_text(ws, row, col, value)
        cell.font = style.get("font", self.font)
        if "fill" in style:
            cell.fill = style["fill"]
        if style.get("wrap"):
            cell.alignment = _WRAP
        if style.get("box"):
            cell.border = _BOX

    def number(
        self, ws: Worksheet, row: int, col: int, value: float | None, fmt: str = "#,##0"
    ) -> None:
        cell = ws.cell(row=row, column=col, value=value)
        cell.number_format = fmt
        cell.font = self.font
        cell.border = _BOX

    def day(self, ws: Worksheet, row: int, col: int, value: date | None) -> None:
        cell = ws.cell(row=row, column=col, value=value)
        cell.number_format = "yyyy-mm-dd"
        cell.font = self.font
        cell.border = _BOX

    def header(self, ws: Worksheet, row: int, labels: list[str]) -> None:
        for col, label in enumerate(labels, start=1):
            self.text(ws, row, col, label, font=self.head, fill=_HEAD, box=True)


def _print_setup(ws: Worksheet, landscape: bool = False) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5


def _protect(ws: Worksheet) -> None:
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # partners may widen a column to read a comment
    ws.protection.formatRows = False


def _cover(wb: Workbook, x: _Sheets, data: QbrData, export_id: str) -> None:
    t = x.t
    ws = wb.active
    ws.title = t("x_cover")
    ws.column_dimensions["A"].width = 22
    ws.column_dimensions["B"].width = 70
    x.text(ws, 1, 1, t("x_title"), font=x.title)
    rows = [
        (t("x_partner"), data.partner),
        (t("x_owner"), data.owner or ""),
        (t("x_created"), data.generated_on.isoformat()),
        (t("x_reference"), export_id),
    ]
    for i, (label, value) in enumerate(rows, start=3):
        x.text(ws, i, 1, label, font=x.bold)
        x.text(ws, i, 2, value)
    x.text(ws, 8, 1, t("x_how_title"), font=x.bold)
    for i, key in enumerate(("x_how_1", "x_how_2", "x_how_3", "x_how_4"), start=9):
        x.text(ws, i, 1, t(key))
    _print_setup(ws)
    _protect(ws)


def _assessment(wb: Workbook, x: _Sheets, data: QbrData) -> Worksheet:
    t = x.t
    ws = wb.create_sheet(t("x_assessment"))
    widths = {"A": 5, "B": 22, "C": 58, "D": 13, "E": 48}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    x.text(ws, 1, 1, t("x_title"), font=x.title)
    x.text(ws, 2, 1, data.partner, font=x.bold)
    x.text(ws, 3, 1, t("x_scale"))
    x.text(ws, 4, 1, t("x_how_1"))
    header_row = FIRST_SCORE_ROW - 1
    x.header(ws, header_row, [t("x_no"), t("phase"), t("x_question"), t("x_score"), t("x_comment")])
    validation = DataValidation(
        type="list",
        formula1='"0,1,2,3,4,5"',
        allow_blank=True,
        showDropDown=False,  # False shows the in-cell arrow (the attribute is inverted)
        showErrorMessage=True,
        errorTitle=t("x_error_title"),
        error=t("x_error"),
        showInputMessage=True,
        promptTitle=t("x_error_title"),
        prompt=t("x_prompt"),
    )
    ws.add_data_validation(validation)
    sheet_ref = "'" + ws.title.replace("'", "''") + "'"
    for i, phase in enumerate(PHASES):
        row = FIRST_SCORE_ROW + i
        ws.row_dimensions[row].height = 42
        x.number(ws, row, 1, i + 1, "0")
        x.text(ws, row, 2, t(f"p_{phase}"), font=x.bold, box=True, wrap=True)
        x.text(ws, row, 3, t(f"q_{phase}"), box=True, wrap=True)
        score = ws.cell(row=row, column=SCORE_COLUMN)
        score.fill = _INPUT
        score.border = _BOX
        score.protection = _UNLOCKED
        score.font = x.bold
        score.alignment = Alignment(horizontal="center", vertical="center")
        validation.add(score.coordinate)
        comment = ws.cell(row=row, column=COMMENT_COLUMN)
        comment.fill = _INPUT
        comment.border = _BOX
        comment.protection = _UNLOCKED
        comment.alignment = _WRAP
        comment.font = x.font
        wb.defined_names[SCORE_NAMES[phase]] = DefinedName(
            SCORE_NAMES[phase], attr_text=f"{sheet_ref}!$D${row}"
        )
        wb.defined_names[COMMENT_NAMES[phase]] = DefinedName(
            COMMENT_NAMES[phase], attr_text=f"{sheet_ref}!$E${row}"
        )
    last = FIRST_SCORE_ROW + len(PHASES) - 1
    total_row = last + 1
    x.text(ws, total_row, 3, t("x_total"), font=x.bold)
    total = ws.cell(
        row=total_row,
        column=SCORE_COLUMN,
        value=f'=IF(COUNT(D{FIRST_SCORE_ROW}:D{last})=0,"",SUM(D{FIRST_SCORE_ROW}:D{last}))',
    )
    total.font = x.bold
    total.alignment = Alignment(horizontal="center")
    ws.freeze_panes = ws.cell(row=FIRST_SCORE_ROW, column=1)
    ws.print_title_rows = f"{header_row}:{header_row}"
    _print_setup(ws, landscape=True)
    _protect(ws)
    return ws


def _kpis(wb: Workbook, x: _Sheets, data: QbrData) -> None:
    t = x.t
    ws = wb.create_sheet(t("x_kpis"))
    ws.column_dimensions["A"].width = 24
    for letter in "BCDEF":
        ws.column_dimensions[letter].width = 16
    x.text(ws, 1, 1, t("x_kpi_title"), font=x.title)
    x.text(ws, 2, 1, data.partner, font=x.bold)
    q = data.quarter
    x.header(
        ws,
        4,
        [
            t("metric"),
            f"{t('this_quarter')} ({q.label})",
            f"{t('previous_quarter')} ({q.previous()})",
        ],
    )
    row = 5
    for m in data.summary:
        fmt = "¥#,##0" if m.key == "won_amount" else "#,##0"
        x.text(ws, row, 1, t(f"m_{m.key}"), box=True)
        x.number(ws, row, 2, m.current, fmt)
        x.number(ws, row, 3, m.previous, fmt)
        row += 1
    row += 1
    x.text(ws, row, 1, t("x_journey"), font=x.bold)
    row += 1
    x.header(ws, row, [t("step"), t("persons"), t("reached_on")])
    for step in data.funnel:
        row += 1
        x.text(ws, row, 1, texts.kind_label(step.step, x.language), box=True)
        x.number(ws, row, 2, step.persons)
        if step.reached_on:
            x.day(ws, row, 3, step.reached_on)
        else:
            x.text(ws, row, 3, t("not_yet"), box=True)
    row += 2
    x.text(ws, row, 1, t("x_monthly"), font=x.bold)
    row += 1
    x.header(ws, row, [t("month"), *(texts.kind_label(k, x.language) for k in MONTHLY_KINDS)])
    for month in data.monthly:
        row += 1
        x.text(ws, row, 1, month.month, box=True)
        for col, kind in enumerate(MONTHLY_KINDS, start=2):
            x.number(ws, row, col, month.counts[kind])
    _print_setup(ws)
    _protect(ws)


def _checklist(wb: Workbook, x: _Sheets, data: QbrData) -> None:
    t = x.t
    ws = wb.create_sheet(t("x_checklist"))
    for col, width in {"A": 46, "B": 13, "C": 13, "D": 12}.items():
        ws.column_dimensions[col].width = width
    x.text(ws, 1, 1, t("onboarding"), font=x.title)
    done = data.checklist_done
    if data.checklist:
        x.text(ws, 2, 1, t("onboarding_progress", done=done, total=len(data.checklist)))
    else:
        x.text(ws, 2, 1, t("no_checklist"))
    x.header(ws, 4, [t("item"), t("due"), t("done"), t("state")])
    for row, item in enumerate(data.checklist, start=5):
        state = (
            t("state_done")
            if item.done_on
            else (t("state_overdue") if item.overdue else t("state_open"))
        )
        x.text(ws, row, 1, item.title, box=True, wrap=True)
        x.day(ws, row, 2, item.due_on)
        x.day(ws, row, 3, item.done_on)
        x.text(ws, row, 4, state, box=True)
    ws.print_title_rows = "4:4"
    _print_setup(ws)
    _protect(ws)


def _goals(wb: Workbook, x: _Sheets, data: QbrData) -> None:
    t = x.t
    ws = wb.create_sheet(t("x_goals"))
    for col, width in {"A": 24, "B": 18, "C": 13, "D": 13, "E": 15, "F": 15, "G": 11}.items():
        ws.column_dimensions[col].width = width
    x.text(ws, 1, 1, t("goals"), font=x.title)
    x.text(ws, 2, 1, data.partner if data.goals else t("no_goals"))
    x.header(
        ws,
        4,
        [t("goal"), t("person"), t("goal_period"), "", t("target"), t("actual"), t("progress")],
    )
    ws.merge_cells(start_row=4, start_column=3, end_row=4, end_column=4)  # start – end
    for row, goal in enumerate(data.goals, start=5):
        fmt = "¥#,##0" if goal.metric == "won_amount" else "#,##0"
        x.text(ws, row, 1, t(f"g_{goal.metric}"), box=True)
        x.text(ws, row, 2, goal.person or "", box=True)
        x.day(ws, row, 3, goal.period_start)
        x.day(ws, row, 4, goal.period_end)
        x.number(ws, row, 5, goal.target, fmt)
        x.number(ws, row, 6, goal.actual, fmt)
        x.number(ws, row, 7, goal.progress, "0%")
    _print_setup(ws)
    _protect(ws)


def _metadata(wb: Workbook, data: QbrData, export_id: str, created: datetime) -> None:
    values: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "export_id": export_id,
        "partner_id": data.partner_id,
        "created_at": created.isoformat(timespec="seconds"),
    }
    ws = wb.create_sheet(META_SHEET)
    for row, key in enumerate(META_KEYS, start=1):
        ws.cell(row=row, column=1, value=key)
        ws.cell(row=row, column=2, value=values[key])
    ws.sheet_state = "veryHidden"
    _protect(ws)
    for key in META_KEYS:
        value = values[key]
        prop = (
            IntProperty(name=PROPERTY_PREFIX + key, value=value)
            if isinstance(value, int)
            else StringProperty(name=PROPERTY_PREFIX + key, value=str(value))
        )
        wb.custom_doc_props.append(prop)


def build_diagnostic(
    data: QbrData, export_id: str, *, language: str = "ja", created: datetime | None = None
) -> Workbook:
    """The workbook for ``data`` (a partner-variant gathering) carrying ``export_id``."""
    x = _Sheets(texts.check_language(language))
    wb = Workbook()
    _cover(wb, x, data, export_id)
    wb.active = wb.index(_assessment(wb, x, data))
    _kpis(wb, x, data)
    _checklist(wb, x, data)
    _goals(wb, x, data)
    _metadata(wb, data, export_id, created or datetime.now())
    wb.properties.title = x.t("x_title")
    wb.properties.creator = "PRM Desktop"
    wb.properties.lastModifiedBy = None
    wb.security = WorkbookProtection(lockStructure=True)
    return wb


def gather_diagnostic(session: Session, partner_id: int, today: date | None = None) -> QbrData:
    """The partner's own figures for the running quarter (the partner variant: no notes)."""
    today = today or date.today()
    return gather_qbr(
        session,
        partner_id,
        Quarter.of(today),
        variant="partner",
        today=today,
        optional_sections=False,
    )


def export_diagnostic(
    db: Database,
    partner_id: int,
    out: Path | str,
    *,
    language: str = "ja",
    today: date | None = None,
) -> DiagnosticResult:
    """Write the diagnostic of ``partner_id`` to ``out`` and record its export id.

    The file is written beside ``out`` first, then the export row is committed, then the file
    is renamed into place: a file at ``out`` always carries an id the database knows.
    """
    texts.check_language(language)
    out = Path(out)
    export_id = new_export_id()
    created = datetime.now().replace(microsecond=0)
    with db.reading() as session:
        data = gather_diagnostic(session, partner_id, today)
    workbook = build_diagnostic(data, export_id, language=language, created=created)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    try:
        workbook.save(tmp)
        with db.transaction() as session:
            session.add(
                DiagnosticExport(
                    id=export_id,
                    partner_id=partner_id,
                    schema_version=SCHEMA_VERSION,
                    created_at=created,
                )
            )
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return DiagnosticResult(out, export_id, partner_id, data.partner)
