"""The QBR PDF: A4, a cover, then one section per part of the review (reportlab platypus).

Every page after the cover has a header with the partner's name and the quarter and a footer
with "n / N"; tables are ``LongTable``s that split between rows and repeat their header row.
All text uses the embedded IPAexGothic (see :mod:`prm_core.reports.fonts`), and every piece
of text from the database is escaped before it reaches a ``Paragraph`` (whose mini-language
would otherwise read ``<`` and ``&``).

Two variants: ``partner`` is handed over (no internal notes, no vendor-only risk wording;
its data never held any, see :mod:`prm_core.reports.qbr_data`), ``internal`` adds the notes,
the manager's comments and the detected risks with their evidence.
"""

from __future__ import annotations

import functools
import io
import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    LongTable,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from prm_core.database import Database
from prm_core.reports import texts
from prm_core.reports.adapters import CarriedOver
from prm_core.reports.files import write_bytes_atomically
from prm_core.reports.fonts import FONT, register_font
from prm_core.reports.periods import Quarter
from prm_core.reports.qbr_charts import (
    CORAL,
    GRID,
    INK,
    NAVY,
    PALE,
    SLATE,
    TEAL,
    funnel_chart,
    line_chart,
    progress_bar,
    radar_chart,
)
from prm_core.reports.qbr_data import PHASES, QbrData, gather_qbr

PAGE_W, PAGE_H = A4
MARGIN = 18 * mm
FRAME_W = PAGE_W - 2 * MARGIN
GAP_TO_TALK = 2  # domain.md: a self/manager gap of 2 or more is worth a talk


def band_of(total: int) -> str:
    """domain.md bands on the PRACT total: 21–25 ideal, 15–20 one step short, else high risk."""
    if total >= 21:
        return "ideal"
    if total >= 15:
        return "one_step"
    return "high_risk"


def esc(text: str | None) -> str:
    """Database text made safe for a ``Paragraph``; line breaks kept."""
    return escape(text or "").replace("\n", "<br/>")


class _Styles:
    def __init__(self) -> None:
        base = ParagraphStyle("base", fontName=FONT, fontSize=8.5, leading=12, textColor=INK)
        self.body = base
        self.small = ParagraphStyle("small", base, fontSize=7.5, leading=10, textColor=SLATE)
        self.cell = ParagraphStyle("cell", base, fontSize=8, leading=10.5)
        self.num = ParagraphStyle("num", self.cell, alignment=TA_RIGHT)
        self.head = ParagraphStyle("head", self.cell, textColor=colors.white)
        self.head_num = ParagraphStyle("head_num", self.head, alignment=TA_RIGHT)
        self.h1 = ParagraphStyle(
            "h1",
            base,
            fontSize=13,
            leading=17,
            textColor=NAVY,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        )
        self.h2 = ParagraphStyle(
            "h2", base, fontSize=10, leading=13, textColor=NAVY, spaceBefore=6, spaceAfter=3
        )
        self.h2.keepWithNext = 1
        self.cover_title = ParagraphStyle(
            "cover_title", base, fontSize=26, leading=34, textColor=NAVY
        )
        self.cover_sub = ParagraphStyle("cover_sub", base, fontSize=12, leading=16, textColor=SLATE)
        self.cover_partner = ParagraphStyle(
            "cover_partner", base, fontSize=20, leading=27, textColor=INK, spaceBefore=24
        )
        self.cover_line = ParagraphStyle("cover_line", base, fontSize=11, leading=17)
        self.banner = ParagraphStyle(
            "banner",
            base,
            fontSize=11,
            leading=15,
            textColor=colors.white,
            backColor=CORAL,
            borderPadding=6,
            alignment=TA_CENTER,
            spaceBefore=30,
        )


#: Japanese and full-width characters: such text needs CJK line breaking.
_CJK = re.compile(r"[\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]")


@functools.cache
def _cjk(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(f"{style.name}_cjk", style, wordWrap="CJK")


def _para(markup: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph that wraps Japanese text between any two characters without putting "。",
    "、" or a closing bracket at the start of a line (kinsoku); text without Japanese wraps at
    spaces only, so an English word is never cut ("Trainings complete|d")."""
    return Paragraph(markup, _cjk(style) if _CJK.search(markup) else style)


@functools.cache
def _styles() -> _Styles:
    return _Styles()


def _numbered_canvas(data: QbrData, t: Callable[..., str]) -> type[Canvas]:
    """A canvas that knows the page count when it saves, to print "n / N" on every page
    after the cover (the classic two-pass-free recipe: keep each page's state until save)."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = FONT
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for number, state in enumerate(self._saved, start=1):
                self.__dict__.update(state)
                if number > 1:
                    self.setFont(FONT, 7.5)
                    self.setFillColor(SLATE)
                    self.drawCentredString(
                        PAGE_W / 2, MARGIN * 0.55, t("page_n_of", page=number, pages=total)
                    )
                super().showPage()
            super().save()

    return NumberedCanvas


def _cover_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    canvas.saveState()
    canvas.setFillColor(NAVY)
    canvas.rect(0, PAGE_H - 42 * mm, PAGE_W, 42 * mm, stroke=0, fill=1)
    canvas.setFillColor(TEAL)
    canvas.rect(0, PAGE_H - 44 * mm, PAGE_W, 2 * mm, stroke=0, fill=1)
    canvas.restoreState()


def _body_page(data: QbrData, t: Callable[..., str]) -> Callable[[Canvas, Any], None]:
    def draw(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        top = PAGE_H - MARGIN * 0.6
        canvas.setFont(FONT, 8)
        canvas.setFillColor(NAVY)
        name = data.partner if len(data.partner) <= 60 else data.partner[:59] + "…"
        canvas.drawString(MARGIN, top, name)
        right = f"QBR {data.quarter.label}"
        if data.internal:
            canvas.setFillColor(CORAL)
            canvas.drawRightString(PAGE_W - MARGIN, top, f"{t('internal_mark')} · {right}")
        else:
            canvas.drawRightString(PAGE_W - MARGIN, top, right)
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 4, PAGE_W - MARGIN, top - 4)
        canvas.line(MARGIN, MARGIN * 0.85, PAGE_W - MARGIN, MARGIN * 0.85)
        canvas.restoreState()

    return draw


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    numeric: Sequence[int] = (),
    highlight: Sequence[tuple[int, int, colors.Color]] = (),
    header_row: bool = True,
) -> LongTable:
    """A table that splits between rows and repeats its header.

    ``rows`` hold strings or ``Flowable``s. Text cells become ``Paragraph``s (escaped here,
    so they wrap); ``numeric`` columns hold short figures drawn as plain right-aligned strings,
    which is several times cheaper than a Paragraph. ``highlight`` gives (row, column,
    background) for single cells (row 1 = first data row).
    """
    s = _styles()
    numbers = set(numeric)

    def cell(value: Any, col: int, head: bool = False) -> Any:
        if isinstance(value, Flowable):
            return value
        if head:
            return _para(esc(str(value)), s.head_num if col in numbers else s.head)
        if col in numbers:
            return str(value)
        text = str(value)
        if "\n" in text:  # one paragraph per line: a <br/> after a full line would add a blank
            return [_para(esc(line), s.cell) for line in text.splitlines()]
        return _para(esc(text), s.cell)

    body = [[cell(v, i, head=True) for i, v in enumerate(header)]] if header_row else []
    body += [[cell(v, i) for i, v in enumerate(row)] for row in rows]
    table = LongTable(
        body, colWidths=list(widths), repeatRows=1 if header_row else 0, hAlign="LEFT"
    )
    first = 1 if header_row else 0
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GRID),
        ("ROWBACKGROUNDS", (0, first), (-1, -1), [colors.white, PALE]),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("TEXTCOLOR", (0, first), (-1, -1), INK),
        *(("ALIGN", (col, first), (col, -1), "RIGHT") for col in numbers),
    ]
    if header_row:
        style.append(("BACKGROUND", (0, 0), (-1, 0), NAVY))
    else:
        style.append(("LINEABOVE", (0, 0), (-1, 0), 0.8, NAVY))
    for row, col, color in highlight:
        style.append(("BACKGROUND", (col, row - 1 + first), (col, row - 1 + first), color))
    table.setStyle(TableStyle(style))
    return table


def _fmt_count(value: float) -> str:
    return f"{value:,.0f}"


def _arrow(delta: float, money: bool) -> str:
    shown = texts.yen(abs(delta)) if money else _fmt_count(abs(delta))
    if delta > 0:
        return f'<font color="{TEAL.hexval()}">▲ +{shown}</font>'
    if delta < 0:
        return f'<font color="{CORAL.hexval()}">▼ −{shown}</font>'
    return f'<font color="{SLATE.hexval()}">→ ±0</font>'


class QbrBuilder:
    """Builds the story (list of flowables) of one QBR in one language."""

    def __init__(self, data: QbrData, language: str) -> None:
        self.data = data
        self.language = texts.check_language(language)
        self.t = texts.of(language)
        self.s = _styles()

    # -- helpers ---------------------------------------------------------------------------
    def heading(self, key: str) -> Paragraph:
        return _para(esc(self.t(key)), self.s.h1)

    def para(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        return _para(esc(text), style or self.s.body)

    def side_label(self, side: str) -> str:
        suffix = "_internal" if self.data.internal else ""
        return self.t(f"side_{side}{suffix}") if side in ("vendor", "partner") else side

    # -- sections --------------------------------------------------------------------------
    def cover(self) -> list[Flowable]:
        d, t, s = self.data, self.t, self.s
        q = d.quarter
        lines = [
            t("quarter_long", year=q.year, number=q.number) + f"（{q.label}）"
            if self.language == "ja"
            else t("quarter_long", year=q.year, number=q.number) + f" ({q.label})",
            t("period", start=q.start.isoformat(), end=q.end.isoformat())
            + (" " + t("as_of_note", as_of=d.as_of.isoformat()) if d.as_of < q.end else ""),
        ]
        if d.owner:
            lines.append(t("prepared_by", owner=d.owner))
        lines.append(t("issued_on", date=texts.long_date(d.generated_on, self.language)))
        story: list[Flowable] = [
            Spacer(1, 40 * mm),
            _para(esc(t("qbr_title")), s.cover_title),
            _para(esc(t("qbr_subtitle")), s.cover_sub),
            _para(esc(d.partner), s.cover_partner),
            Spacer(1, 6 * mm),
            *(_para(esc(line), s.cover_line) for line in lines),
        ]
        if d.internal:
            story.append(_para(esc(t("variant_internal")), s.banner))
        return story

    def summary(self) -> list[Flowable]:
        d, t = self.data, self.t
        rows = []
        for m in d.summary:
            money = m.key == "won_amount"
            fmt = texts.yen if money else _fmt_count
            rows.append(
                [
                    t(f"m_{m.key}"),
                    fmt(m.current),
                    fmt(m.previous),
                    _para(_arrow(m.delta, money), self.s.num),
                ]
            )
        w = FRAME_W
        return [
            self.heading("summary"),
            self.para(
                t("summary_intro", quarter=d.quarter.label, previous=d.quarter.previous().label),
                self.s.small,
            ),
            Spacer(1, 3),
            _table(
                [t("metric"), t("this_quarter"), t("previous_quarter"), t("change")],
                rows,
                [w * 0.34, w * 0.2, w * 0.2, w * 0.26],
                numeric=(1, 2, 3),
            ),
        ]

    def journey(self) -> list[Flowable]:
        d, t = self.data, self.t
        labels = [texts.kind_label(step.step, self.language) for step in d.funnel]
        values = [step.persons for step in d.funnel]
        first = values[0] if values else 0
        rows = [
            [
                label,
                _fmt_count(step.persons),
                f"{step.persons / first:.0%}" if first else "—",
                step.reached_on.isoformat() if step.reached_on else t("not_yet"),
            ]
            for label, step in zip(labels, d.funnel, strict=True)
        ]
        w = FRAME_W
        return [
            self.heading("journey"),
            self.para(t("journey_intro_internal" if d.internal else "journey_intro"), self.s.small),
            funnel_chart(labels, values, FRAME_W, 110),
            _table(
                [t("step"), t("persons"), t("share_of_persons"), t("reached_on")],
                rows,
                [w * 0.34, w * 0.18, w * 0.22, w * 0.26],
                numeric=(1, 2),
            ),
        ]

    def monthly(self) -> list[Flowable]:
        d, t = self.data, self.t
        from prm_core.reports.qbr_data import MONTHLY_KINDS

        months = [m.month[2:].replace("-", "/") for m in d.monthly]
        series = [
            (texts.kind_label(kind, self.language), [m.counts[kind] for m in d.monthly])
            for kind in MONTHLY_KINDS
        ]
        header = [t("month"), *(name for name, _ in series)]
        rows = [[m.month, *(_fmt_count(m.counts[k]) for k in MONTHLY_KINDS)] for m in d.monthly]
        first_w = FRAME_W * 0.15
        other_w = (FRAME_W - first_w) / len(MONTHLY_KINDS)
        return [
            self.heading("monthly"),
            line_chart(months, series, FRAME_W, 150),
            Spacer(1, 4),
            _table(
                header,
                rows,
                [first_w, *([other_w] * len(MONTHLY_KINDS))],
                numeric=tuple(range(1, len(header))),
            ),
        ]

    def people(self) -> list[Flowable]:
        d, t = self.data, self.t
        if not d.people:
            return [self.heading("people"), self.para(t("no_people"))]
        rows = [
            [
                p.name,
                p.role or "",
                "★" if p.key_person else "",
                _fmt_count(p.leads),
                _fmt_count(p.deals),
                f"{p.conversion:.1%}" if p.conversion is not None else "—",
            ]
            for p in d.people
        ]
        w = FRAME_W
        return [
            self.heading("people"),
            _table(
                [t("person"), t("role"), t("key_person"), t("leads"), t("deals"), t("conversion")],
                rows,
                [w * 0.26, w * 0.22, w * 0.12, w * 0.12, w * 0.12, w * 0.16],
                numeric=(3, 4, 5),
            ),
        ]

    def onboarding(self) -> list[Flowable]:
        d, t = self.data, self.t
        if not d.checklist:
            return [self.heading("onboarding"), self.para(t("no_checklist"))]
        total = len(d.checklist)
        done = d.checklist_done
        label = t("onboarding_progress", done=done, total=total)
        rows = []
        highlight = []
        for i, c in enumerate(d.checklist, start=1):
            if c.done_on is not None:
                state = t("state_done")
            elif c.overdue:
                state = t("state_overdue")
                highlight.append((i, 3, colors.HexColor("#FBE3DC")))
            else:
                state = t("state_open")
            row = [c.title, texts.short_date(c.due_on), texts.short_date(c.done_on), state]
            if d.internal:
                row.append(c.note)
            rows.append(row)
        header = [t("item"), t("due"), t("done"), t("state")]
        w = FRAME_W
        widths = [w * 0.46, w * 0.18, w * 0.18, w * 0.18]
        if d.internal:
            header.append(t("note"))
            widths = [w * 0.34, w * 0.14, w * 0.14, w * 0.13, w * 0.25]
        return [
            self.heading("onboarding"),
            progress_bar(done / total, FRAME_W * 0.6, 12, label),
            Spacer(1, 5),
            _table(header, rows, widths, highlight=highlight),
        ]

    def goals(self) -> list[Flowable]:
        d, t = self.data, self.t
        if not d.goals:
            return [self.heading("goals"), self.para(t("no_goals"))]
        rows = []
        w = FRAME_W
        for g in d.goals:
            money = g.metric == "won_amount"
            fmt = texts.yen if money else _fmt_count
            name = t(f"g_{g.metric}") + (f"（{g.person}）" if g.person else "")
            row: list[Any] = [
                name,
                f"{g.period_start.isoformat()} – {g.period_end.isoformat()}",
                fmt(g.target),
                fmt(g.actual),
                progress_bar(g.progress, w * 0.2, 10, f"{g.progress:.0%}"),
            ]
            if d.internal:
                row.append(g.note)
            rows.append(row)
        header = [t("goal"), t("goal_period"), t("target"), t("actual"), t("progress")]
        widths = [w * 0.24, w * 0.2, w * 0.14, w * 0.14, w * 0.28]
        if d.internal:
            header.append(t("note"))
            widths = [w * 0.18, w * 0.17, w * 0.12, w * 0.12, w * 0.23, w * 0.18]
            rows = [
                [*r[:4], progress_bar(g.progress, w * 0.16, 10, f"{g.progress:.0%}"), r[5]]
                for r, g in zip(rows, d.goals, strict=True)
            ]
        return [self.heading("goals"), _table(header, rows, widths, numeric=(2, 3))]

    def pract(self) -> list[Flowable]:
        d, t = self.data, self.t
        title = "pract_internal" if d.internal else "pract"
        p = d.pract
        if p.self_assessment is None and p.manager is None:
            return [self.heading(title), self.para(t("no_pract"))]
        manager_label = t("manager_internal" if d.internal else "manager")
        rows = []
        highlight = []
        for i, phase in enumerate(PHASES, start=1):
            own = p.self_assessment.scores[phase] if p.self_assessment else None
            mgr = p.manager.scores[phase] if p.manager else None
            gap = p.gap(phase)
            rows.append(
                [
                    t(f"p_{phase}"),
                    "—" if own is None else str(own),
                    "—" if mgr is None else str(mgr),
                    "—" if gap is None else (f"{gap:+d}".replace("-", "−") if gap else "0"),
                ]
            )
            if gap is not None and abs(gap) >= GAP_TO_TALK:
                highlight.append((i, 3, colors.HexColor("#FDF0CC")))
        totals = [
            t("total"),
            "—" if p.self_assessment is None else f"{p.self_assessment.total} / 25",
            "—" if p.manager is None else f"{p.manager.total} / 25",
            "",
        ]
        rows.append(totals)
        w = FRAME_W * 0.56
        table = _table(
            [t("phase"), t("self"), manager_label, t("gap")],
            rows,
            [w * 0.36, w * 0.18, w * 0.32, w * 0.14],
            numeric=(1, 2, 3),
            highlight=highlight,
        )
        radar = radar_chart(
            [t(f"p_{phase}").split(" ")[0] for phase in PHASES]
            if self.language == "ja"
            else [t(f"p_{phase}") for phase in PHASES],
            [
                (t("self"), [p.self_assessment.scores[x] for x in PHASES])
                if p.self_assessment
                else (t("self"), None),
                (manager_label, [p.manager.scores[x] for x in PHASES])
                if p.manager
                else (manager_label, None),
            ],
            FRAME_W * 0.27,
        )
        side_by_side = Table([[table, radar]], colWidths=[FRAME_W * 0.58, FRAME_W * 0.42])
        side_by_side.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("FONT", (0, 0), (-1, -1), FONT, 8),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        story: list[Flowable] = [self.heading(title), side_by_side]
        notes = []
        for label, side in ((t("self"), p.self_assessment), (manager_label, p.manager)):
            if side is None:
                continue
            band = band_of(side.total)
            key = "band_high_risk_partner" if band == "high_risk" and not d.internal else ""
            band_text = t(key or f"band_{band}")
            notes.append(
                f"{label}（{t('assessed_on', date=side.assessed_on.isoformat())}）："
                f"{side.total} / 25 — {band_text}"
                if self.language == "ja"
                else f"{label} ({t('assessed_on', date=side.assessed_on.isoformat())}): "
                f"{side.total} / 25 — {band_text}"
            )
            if d.internal and side.comments:
                notes.append(f"{t('comments')}: {side.comments}")
        for line in notes:
            story.append(self.para(line, self.s.small))
        if highlight:
            story.append(self.para(t("gap_note"), self.s.small))
        return story

    def tier(self) -> list[Flowable]:
        d, t = self.data, self.t
        if d.tier is None:
            return []
        tier = d.tier
        to_next = (
            t("points_value", points=f"{tier.points_to_next:,.0f}")
            if tier.points_to_next is not None and tier.next_tier
            else t("top_tier")
        )
        rows = [
            [t("tier_current"), tier.tier or "—"],
            [t("points"), t("points_value", points=f"{tier.points:,.0f}")],
            [t("next_tier"), tier.next_tier or "—"],
            [t("points_to_next"), to_next],
        ]
        if tier.hint and tier.next_tier:
            ways = t("hint_or").join(
                t("hint_option", kind=texts.kind_label(kind, self.language), count=count)
                for kind, count in tier.hint
            )
            rows.append([t("tier_hint"), ways])
        w = FRAME_W
        table = _table([], rows, [w * 0.3, w * 0.5], header_row=False)
        return [KeepTogether([self.heading("tier"), table])]

    def meetings(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = [self.heading("meetings")]
        w = FRAME_W
        if not d.meetings:
            story.append(self.para(t("no_meetings")))
        else:
            rows = []
            for m in d.meetings:
                row = [m.held_on.isoformat(), m.topics, "、".join(m.attendees)]
                if d.internal:
                    row.append(m.notes)
                rows.append(row)
            header = [t("date"), t("topics"), t("attendees")]
            widths = [w * 0.15, w * 0.55, w * 0.3]
            if d.internal:
                header.append(t("notes"))
                widths = [w * 0.13, w * 0.3, w * 0.17, w * 0.4]
            story.append(_table(header, rows, widths))
        story.append(_para(esc(t("actions")), self.s.h2))
        if not d.open_actions:
            story.append(self.para(t("no_actions")))
        else:
            story.append(self._actions_table(d.open_actions))
        if d.carried_over:
            story.append(Spacer(1, 3))
            story.append(self.para(t("actions_carried_note"), self.s.small))
        return story

    def _actions_table(self, items: Sequence[Any]) -> LongTable:
        t = self.t
        rows = []
        highlight = []
        for i, a in enumerate(items, start=1):
            rows.append(
                [
                    a.title,
                    self.side_label(a.side),
                    a.owner or "",
                    texts.short_date(a.due_on) + (t("overdue_mark") if a.overdue else ""),
                ]
            )
            if a.overdue:
                highlight.append((i, 3, colors.HexColor("#FBE3DC")))
        w = FRAME_W
        return _table(
            [t("action"), t("side"), t("owner"), t("due")],
            rows,
            [w * 0.44, w * 0.13, w * 0.17, w * 0.26],
            highlight=highlight,
        )

    def _carried_table(self, items: Sequence[CarriedOver]) -> LongTable:
        t = self.t
        rows = []
        highlight = []
        for i, c in enumerate(items, start=1):
            if c.done_in_quarter:
                state = t("carried_done")
            elif c.overdue:
                state = t("state_overdue")
                highlight.append((i, 4, colors.HexColor("#FBE3DC")))
            else:
                state = t("ft_open")
            rows.append(
                [c.title, self.side_label(c.side), c.owner or "", texts.short_date(c.due_on), state]
            )
        w = FRAME_W
        return _table(
            [t("action"), t("side"), t("owner"), t("due"), t("state")],
            rows,
            [w * 0.42, w * 0.12, w * 0.17, w * 0.14, w * 0.15],
            highlight=highlight,
        )

    def commitments(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = []
        if d.carried_over is not None:
            suffix = "_internal" if d.internal else ""
            story.append(self.heading("carried_over" + suffix))
            if d.carried_over:
                story.append(self.para(t("carried_over_intro" + suffix), self.s.small))
                story.append(Spacer(1, 3))
                story.append(self._carried_table(d.carried_over))
            else:
                story.append(self.para(t("no_carried_over")))
        if d.follow_through is not None:
            rows = []
            for side in ("vendor", "partner"):
                c = d.follow_through[side]
                rows.append(
                    [
                        self.side_label(side),
                        str(c.due),
                        str(c.done_on_time),
                        str(c.done_late),
                        str(c.overdue),
                        str(c.open),
                        "—" if c.follow_through is None else f"{c.follow_through:.0%}",
                    ]
                )
            w = FRAME_W
            story.append(_para(esc(t("follow_through")), self.s.h2))
            story.append(
                _table(
                    [
                        t("side"),
                        t("ft_due"),
                        t("ft_on_time"),
                        t("ft_late"),
                        t("ft_overdue"),
                        t("ft_open"),
                        t("ft_rate"),
                    ],
                    rows,
                    [w * 0.16, *([w * 0.14] * 6)],
                    numeric=(1, 2, 3, 4, 5, 6),
                )
            )
        return story

    def risks(self) -> list[Flowable]:
        d, t = self.data, self.t
        story: list[Flowable] = []
        if d.internal and d.risks is not None:
            story.append(self.heading("risks"))
            if not d.risks:
                story.append(self.para(t("no_risks")))
            else:
                rows = []
                highlight = []
                for i, r in enumerate(d.risks, start=1):
                    sev = t(f"sev_{r.severity}") if r.severity in ("high", "medium", "low") else ""
                    label = texts.signal_label(r.key, self.language)
                    evidence = texts.signal_evidence(
                        r.key, r.facts, r.person, r.evidence, self.language
                    )
                    action = texts.signal_action(r.key, r.action, r.action_source, self.language)
                    rows.append(
                        [label + (f"（{r.person}）" if r.person else ""), sev, evidence, action]
                    )
                    if r.severity == "high":
                        highlight.append((i, 1, colors.HexColor("#FBE3DC")))
                w = FRAME_W
                story.append(
                    _table(
                        [t("signal"), t("severity"), t("evidence"), t("suggested")],
                        rows,
                        [w * 0.22, w * 0.1, w * 0.38, w * 0.3],
                        highlight=highlight,
                    )
                )
        story.append(self.heading("next_steps_internal" if d.internal else "next_steps"))
        lines = []
        for rec in d.recommendations:
            key = "r_onboarding" if rec.key == "onboarding" else f"r_{rec.key}"
            try:
                wording = t(key)
            except KeyError:  # a signal without partner-facing wording: internal detail only
                if not d.internal or not rec.detail:
                    continue
                wording = rec.detail
            if wording not in lines:  # a signal and its source may share one wording
                lines.append(wording)
        if not lines:
            story.append(self.para(t("no_next_steps")))
        for line in lines:
            story.append(_para("・" + esc(line), self.s.body))
        if d.internal and d.partner_notes:
            story.append(_para(esc(t("partner_notes")), self.s.h2))
            story.append(self.para(d.partner_notes))
        return story

    def story(self) -> list[Flowable]:
        story = self.cover()
        story += [NextPageTemplate("body"), PageBreak()]
        for section in (
            self.summary,
            self.journey,
            self.monthly,
            self.people,
            self.onboarding,
            self.goals,
            self.pract,
            self.tier,
            self.meetings,
            self.commitments,
            self.risks,
        ):
            story += section()
        return story


def render_qbr(data: QbrData, *, language: str = "ja") -> bytes:
    """The PDF of ``data`` in ``language`` (``ja`` or ``en``), as bytes."""
    register_font()
    t = texts.of(language)
    buffer = io.BytesIO()
    title = f"QBR {data.quarter.label} — {data.partner}"
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=title,
        author=data.owner or "",
        subject=t("qbr_title"),
        creator="PRM Desktop",
        initialFontName=FONT,
        invariant=True,
    )
    frame = Frame(MARGIN, MARGIN, FRAME_W, PAGE_H - 2 * MARGIN, id="body")
    doc.addPageTemplates(
        [
            PageTemplate("cover", [frame], onPage=_cover_page),
            PageTemplate("body", [frame], onPage=_body_page(data, t)),
        ]
    )
    doc.build(QbrBuilder(data, language).story(), canvasmaker=_numbered_canvas(data, t))
    return buffer.getvalue()


def qbr_pdf_bytes(
    db: Database,
    partner_id: int,
    quarter: Quarter,
    *,
    variant: str = "partner",
    language: str = "ja",
    today: date | None = None,
) -> bytes:
    """Gather and render one QBR without writing it (printing and the print preview)."""
    texts.check_language(language)
    with db.reading() as session:
        data = gather_qbr(session, partner_id, quarter, variant=variant, today=today)
    return render_qbr(data, language=language)


def export_qbr(
    db: Database,
    partner_id: int,
    quarter: Quarter,
    out: Path | str,
    *,
    variant: str = "partner",
    language: str = "ja",
    today: date | None = None,
) -> Path:
    """Gather, render and write one QBR; returns the written path."""
    texts.check_language(language)
    with db.reading() as session:
        data = gather_qbr(session, partner_id, quarter, variant=variant, today=today)
    return write_bytes_atomically(Path(out), render_qbr(data, language=language))
