"""The portfolio workbook (internal): every partner on one sheet, the programme on another.

Sheet 1 lists every partner with its phase, tier, KPIs of the period, signals, last 1on1 and
open actions: header row frozen, autofilter, number and percent formats, colours for phases
and risk (conditional formatting, so they follow a sort or a filter). Sheet 2 holds the
programme's KPI summary for the same period.

The partner rows come from a handful of grouped statements (one row per partner each, never
a query per partner) and are streamed to a write-only workbook.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import WriteOnlyCell
from openpyxl.formatting.rule import CellIsRule, FormulaRule
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.kinds import PARTNER_TYPE_LABELS_JA, ActionStatus, Assessor, EventKind, PartnerType
from prm_core.kpi import (
    KpiParams,
    compute_all,
    metrics_by_partner,
    phase_by_partner,
)
from prm_core.kpi.people import top_person_share
from prm_core.orm import ActionItem, ChecklistItem, Event, Meeting, Partner, PractAssessment
from prm_core.reports import adapters, texts
from prm_core.reports.files import write_bytes_atomically
from prm_core.reports.qbr_data import PHASES
from prm_core.reports.safety import text_cell

PERIOD_DAYS = 90
PHASE_COLOURS = {
    "onboarding": "DCE9F5",
    "activation": "FFF1C9",
    "retention": "D8F0E3",
    "dormant": "E4E4E4",
}
_HEAD_FILL = PatternFill("solid", fgColor="1F3A5F")
_RED = PatternFill("solid", fgColor="F8D0C4")
_ORANGE = PatternFill("solid", fgColor="FDE3B8")


@dataclass(frozen=True, slots=True)
class PortfolioRow:
    partner_id: int
    name: str
    code: str | None
    type: str
    status: str
    territory: str | None
    owner: str | None
    phase: str | None  # None: not registered at as_of
    tier: str | None
    points: float | None
    downloads: int
    leads: int
    deals_registered: int
    deals_won: int
    won_amount: int
    logins: int
    trainings: int
    top_person_share: float | None
    signals: list[str] | None  # None: no signal engine
    last_meeting: date | None
    open_actions: int
    overdue_actions: int
    onboarding_done: float | None
    pract_self: int | None
    pract_manager: int | None

    @property
    def conversion(self) -> float | None:
        return self.deals_registered / self.leads if self.leads else None


@dataclass
class Portfolio:
    as_of: date
    date_from: date
    date_to: date
    rows: list[PortfolioRow]
    summary: list[tuple[str, float, str]]  # label key/values, value, number format
    has_tiers: bool
    has_signals: bool


def _grouped(session: Session, stmt: Any) -> dict[int, Any]:
    return {int(row[0]): row[1:] for row in session.execute(stmt)}


def gather_portfolio(
    session: Session, as_of: date | None = None, *, days: int = PERIOD_DAYS
) -> Portfolio:
    """Every partner (terminated ones too, without KPIs) over the ``days`` ending at as_of."""
    as_of = as_of or date.today()
    date_from = as_of - timedelta(days=days - 1)
    params = KpiParams.create(as_of=as_of, date_from=date_from, date_to=as_of)
    phases = phase_by_partner(session, params)
    metrics = metrics_by_partner(session, params)
    shares = {s.partner_id: s.share for s in top_person_share(session, params)}
    won = _grouped(
        session,
        select(Event.partner_id, func.coalesce(func.sum(Event.amount), 0))
        .where(
            Event.kind == EventKind.DEAL_WON.value,
            Event.occurred_at >= params.period_start,
            Event.occurred_at < params.period_end,
        )
        .group_by(Event.partner_id),
    )
    meetings = _grouped(
        session,
        select(Meeting.partner_id, func.max(Meeting.held_on))
        .where(Meeting.held_on <= as_of)
        .group_by(Meeting.partner_id),
    )
    actions = _grouped(
        session,
        select(
            ActionItem.partner_id,
            func.count(),
            func.count(case((ActionItem.due_on < as_of, ActionItem.id))),
        )
        .where(ActionItem.status == ActionStatus.OPEN.value)
        .group_by(ActionItem.partner_id),
    )
    checklist = _grouped(
        session,
        select(
            ChecklistItem.partner_id,
            func.count(),
            func.count(case((ChecklistItem.done_on <= as_of, ChecklistItem.id))),
        ).group_by(ChecklistItem.partner_id),
    )
    pract = _latest_pract(session, as_of)
    tiers = adapters.tiers_of(session, None, as_of)
    signals = adapters.signals_of(session, None, as_of)
    rows = []
    for pid, name, code, type_, status, territory, owner, stored_tier in session.execute(
        select(
            Partner.id,
            Partner.name,
            Partner.code,
            Partner.type,
            Partner.status,
            Partner.territory,
            Partner.owner,
            Partner.tier,
        ).order_by(Partner.name)
    ):
        m = metrics.get(pid)
        tier = tiers.get(pid) if tiers is not None else None
        total, done = checklist.get(pid, (0, 0))
        open_count, overdue = actions.get(pid, (0, 0))
        rows.append(
            PortfolioRow(
                partner_id=pid,
                name=name,
                code=code,
                type=type_,
                status=status,
                territory=territory,
                owner=owner,
                phase=phases[pid].value if pid in phases else None,
                tier=tier.tier if tier is not None else stored_tier,
                points=tier.points if tier is not None else None,
                downloads=int(m.downloads) if m else 0,
                leads=int(m.leads) if m else 0,
                deals_registered=int(m.deals_registered) if m else 0,
                deals_won=int(m.deals_won) if m else 0,
                won_amount=int(won.get(pid, (0,))[0] or 0),
                logins=int(m.logins) if m else 0,
                trainings=int(m.trainings) if m else 0,
                top_person_share=shares.get(pid),
                signals=[s.key for s in signals.get(pid, [])] if signals is not None else None,
                last_meeting=meetings.get(pid, (None,))[0],
                open_actions=int(open_count),
                overdue_actions=int(overdue),
                onboarding_done=int(done) / int(total) if total else None,
                pract_self=pract.get((pid, Assessor.SELF.value)),
                pract_manager=pract.get((pid, Assessor.MANAGER.value)),
            )
        )
    return Portfolio(
        as_of,
        date_from,
        as_of,
        rows,
        _summary(session, params),
        tiers is not None,
        signals is not None,
    )


def _latest_pract(session: Session, as_of: date) -> dict[tuple[int, str], int]:
    """Total of the latest assessment per partner and assessor, on or before as_of."""
    latest = (
        select(
            PractAssessment.partner_id,
            PractAssessment.assessor,
            func.max(PractAssessment.assessed_on).label("day"),
        )
        .where(PractAssessment.assessed_on <= as_of)
        .group_by(PractAssessment.partner_id, PractAssessment.assessor)
        .subquery()
    )
    total = sum((getattr(PractAssessment, p) for p in PHASES[1:]), PractAssessment.perception)
    out: dict[tuple[int, str], int] = {}
    for pid, assessor, value in session.execute(
        select(PractAssessment.partner_id, PractAssessment.assessor, total)
        .join(
            latest,
            (latest.c.partner_id == PractAssessment.partner_id)
            & (latest.c.assessor == PractAssessment.assessor)
            & (latest.c.day == PractAssessment.assessed_on),
        )
        .order_by(PractAssessment.id)
    ):
        out[(int(pid), str(assessor))] = int(value)  # the last id of the day wins
    return out


def _summary(session: Session, params: KpiParams) -> list[tuple[str, float, str]]:
    result = compute_all(session, params)
    rows: list[tuple[str, float, str]] = [
        ("pf_registered", result.registered, "#,##0"),
        ("pf_downloads_per_partner", result.content_downloads.per_partner, "0.00"),
        ("pf_deals", result.activation.deals_registered, "#,##0"),
        ("pf_activation_rate", result.activation.activation_rate, "0.0%"),
        ("pf_deals_per_activated", result.activation.deals_per_activated_partner, "0.00"),
        ("pf_retention", result.retention.rate, "0.0%"),
    ]
    rows += [(f"journey:{s.step}", s.rate, "0.0%") for s in result.journey]
    rows += [(f"phase:{k}", v, "#,##0") for k, v in result.phases.as_dict().items()]
    return rows


# --- the workbook -------------------------------------------------------------------------


def _columns(p: Portfolio) -> list[tuple[str, str | None, float]]:
    """(text key, number format or None for text, width) per column."""
    cols: list[tuple[str, str | None, float]] = [
        ("pf_partner", None, 34),
        ("pf_code", None, 10),
        ("pf_type", None, 14),
        ("pf_status", None, 10),
        ("pf_territory", None, 10),
        ("pf_owner", None, 12),
        ("pf_phase", None, 16),
        ("pf_tier", None, 10),
    ]
    if p.has_tiers:
        cols.append(("pf_points", "#,##0", 9))
    cols += [
        ("pf_downloads", "#,##0", 10),
        ("pf_leads", "#,##0", 9),
        ("pf_deals", "#,##0", 10),
        ("pf_won", "#,##0", 9),
        ("pf_won_amount", "¥#,##0", 14),
        ("pf_logins", "#,##0", 9),
        ("pf_trainings", "#,##0", 9),
        ("pf_conversion", "0.0%", 10),
        ("pf_top_share", "0%", 11),
    ]
    if p.has_signals:
        cols += [("pf_signals", "0", 9), ("pf_signal_keys", None, 30)]
    cols += [
        ("pf_last_meeting", "yyyy-mm-dd", 12),
        ("pf_open_actions", "0", 10),
        ("pf_overdue_actions", "0", 10),
        ("pf_onboarding", "0%", 11),
        ("self", "0", 8),
        ("manager_internal", "0", 8),
    ]
    return cols


def type_label(value: str, language: str) -> str:
    try:
        kind = PartnerType(value)
    except ValueError:
        return value
    return PARTNER_TYPE_LABELS_JA[kind] if language == "ja" else value.replace("_", " ")


def _values(row: PortfolioRow, p: Portfolio, t: Any, language: str) -> list[Any]:
    values: list[Any] = [
        row.name,
        row.code,
        type_label(row.type, language),
        t(f"st_{row.status}")
        if row.status in ("active", "suspended", "terminated")
        else row.status,
        row.territory,
        row.owner,
        t(f"ph_{row.phase}") if row.phase else None,
        row.tier,
    ]
    if p.has_tiers:
        values.append(row.points)
    values += [
        row.downloads,
        row.leads,
        row.deals_registered,
        row.deals_won,
        row.won_amount,
        row.logins,
        row.trainings,
        row.conversion,
        row.top_person_share,
    ]
    if p.has_signals:
        keys = row.signals or []
        # the signals' names in the workbook's language, most severe first
        values += [len(keys), ", ".join(texts.signal_label(k, language) for k in keys)]
    values += [
        row.last_meeting,
        row.open_actions,
        row.overdue_actions,
        row.onboarding_done,
        row.pract_self,
        row.pract_manager,
    ]
    return values


def build_portfolio(p: Portfolio, *, language: str = "ja") -> Workbook:
    t = texts.of(language)
    font = Font(name="Yu Gothic" if language == "ja" else "Calibri", size=10)
    head_font = Font(name=font.name, size=10, bold=True, color="FFFFFF")
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(t("pf_partners"))
    cols = _columns(p)
    for i, (_key, _fmt, width) in enumerate(cols, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.freeze_panes = "B2"
    last_col = get_column_letter(len(cols))
    last_row = len(p.rows) + 1
    ws.auto_filter.ref = f"A1:{last_col}{last_row}"
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    header = []
    for key, _fmt, _w in cols:
        cell = text_cell(ws, t(key))
        cell.font = head_font
        cell.fill = _HEAD_FILL
        header.append(cell)
    ws.append(header)
    formats = [fmt for _key, fmt, _w in cols]
    for row in p.rows:
        out = []
        for value, fmt in zip(_values(row, p, t, language), formats, strict=True):
            if fmt is None:
                cell = text_cell(ws, value if value is None else str(value))
            else:
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = fmt
            cell.font = font
            out.append(cell)
        ws.append(out)
    if p.rows:
        keys = [k for k, _f, _w in cols]
        phase_col = get_column_letter(keys.index("pf_phase") + 1)
        for phase, colour in PHASE_COLOURS.items():
            label = t(f"ph_{phase}").replace('"', '""')
            ws.conditional_formatting.add(
                f"{phase_col}2:{phase_col}{last_row}",
                CellIsRule(
                    operator="equal",
                    formula=[f'"{label}"'],
                    fill=PatternFill("solid", fgColor=colour),
                ),
            )
        overdue_col = get_column_letter(keys.index("pf_overdue_actions") + 1)
        ws.conditional_formatting.add(
            f"{overdue_col}2:{overdue_col}{last_row}",
            CellIsRule(operator="greaterThan", formula=["0"], fill=_ORANGE),
        )
        if p.has_signals:
            sig_col = get_column_letter(keys.index("pf_signals") + 1)
            rng = f"{sig_col}2:{sig_col}{last_row}"
            ws.conditional_formatting.add(
                rng, FormulaRule(formula=[f"{sig_col}2>=2"], fill=_RED, stopIfTrue=True)
            )
            ws.conditional_formatting.add(
                rng, CellIsRule(operator="equal", formula=["1"], fill=_ORANGE)
            )
        pract_col = get_column_letter(keys.index("manager_internal") + 1)
        ws.conditional_formatting.add(
            f"{pract_col}2:{pract_col}{last_row}",
            FormulaRule(
                formula=[f'AND({pract_col}2<>"",{pract_col}2<=14)'], fill=_RED, stopIfTrue=True
            ),
        )
    _summary_sheet(wb, p, t, (font, head_font), language)
    wb.properties.title = t("pf_partners")
    wb.properties.creator = "PRM Desktop"
    return wb


def _summary_sheet(
    wb: Workbook, p: Portfolio, t: Any, fonts: tuple[Font, Font], language: str
) -> None:
    font, head_font = fonts
    ws = wb.create_sheet(t("pf_summary"))
    ws.column_dimensions["A"].width = 40
    ws.column_dimensions["B"].width = 16
    title = text_cell(ws, t("pf_summary"))
    title.font = Font(name=font.name, size=14, bold=True, color="1F3A5F")
    ws.append([title])
    period = text_cell(
        ws,
        t(
            "pf_period",
            start=p.date_from.isoformat(),
            end=p.date_to.isoformat(),
            as_of=p.as_of.isoformat(),
        ),
    )
    period.font = font
    ws.append([period])
    ws.append([])
    header = [text_cell(ws, t("pf_indicator")), text_cell(ws, t("pf_value"))]
    for cell in header:
        cell.font = head_font
        cell.fill = _HEAD_FILL
    ws.append(header)
    for key, value, fmt in p.summary:
        if key.startswith("journey:"):
            label = t("pf_journey_rate", step=texts.kind_label(key.split(":", 1)[1], language))
        elif key.startswith("phase:"):
            label = t("pf_phase_count", phase=t(f"ph_{key.split(':', 1)[1]}"))
        else:
            label = t(key)
        name = text_cell(ws, label)
        name.font = font
        number = WriteOnlyCell(ws, value=value)
        number.number_format = fmt
        number.font = font
        ws.append([name, number])
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def export_portfolio(
    db: Database,
    out: Path | str,
    *,
    as_of: date | None = None,
    language: str = "ja",
    days: int = PERIOD_DAYS,
) -> Path:
    """Gather and write the portfolio workbook; returns the written path."""
    texts.check_language(language)
    with db.reading() as session:
        portfolio = gather_portfolio(session, as_of, days=days)
    buffer = io.BytesIO()
    build_portfolio(portfolio, language=language).save(buffer)
    return write_bytes_atomically(Path(out), buffer.getvalue())
