"""The QBR's charts, drawn with reportlab's own graphics (no Qt, no rasterising).

Built from plain shapes rather than reportlab's chart classes: every ``String`` names the
embedded font explicitly (the chart classes default some labels to Helvetica, which is never
embedded), and the layout stays under our control in both languages.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Circle, Drawing, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from prm_core.reports.fonts import FONT

NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A9D8F")
SAND = colors.HexColor("#E9C46A")
CORAL = colors.HexColor("#E76F51")
SLATE = colors.HexColor("#8D99AE")
PALE = colors.HexColor("#EEF2F6")
GRID = colors.HexColor("#D5DCE4")
INK = colors.HexColor("#22303C")
SERIES = (NAVY, TEAL, SAND, CORAL, SLATE)


def _text(
    x: float, y: float, text: str, size: float = 7.5, anchor: str = "start", *, color: Color = INK
) -> String:
    return String(x, y, text, fontName=FONT, fontSize=size, textAnchor=anchor, fillColor=color)


def _drawing(width: float, height: float) -> Drawing:
    """A drawing whose initial font is the embedded one (the renderer would otherwise start
    every drawing by selecting Helvetica, which then appears, unembedded, in the PDF)."""
    d = Drawing(width, height)
    d.initialFontName = FONT
    d.initialFontSize = 8
    return d


def nice_max(value: float, ticks: int = 4) -> float:
    """An axis maximum at or above ``value`` whose ``ticks`` steps are whole, round numbers
    (1–6, 8 or 10 × 10^n per step: counts never get a 2.5 tick)."""
    if value <= 0:
        return float(ticks)
    raw = value / ticks
    exponent = math.floor(math.log10(raw)) if raw >= 1 else 0
    for base in (1, 2, 3, 4, 5, 6, 8, 10):
        step = base * 10**exponent
        if step * ticks >= value:
            return float(step * ticks)
    return float(10 ** (exponent + 1) * ticks)


def _tick(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def funnel_chart(
    labels: Sequence[str], values: Sequence[int], width: float, height: float
) -> Drawing:
    """Horizontal bars, first step on top, with the count and its share of the first."""
    d = _drawing(width, height)
    n = max(len(values), 1)
    label_w = width * 0.28
    bar_area = width - label_w - 60
    row_h = height / n
    top = max(values) if values else 0
    first = values[0] if values else 0
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        y = height - (i + 1) * row_h + row_h * 0.2
        bar_h = row_h * 0.6
        d.add(_text(label_w - 6, y + bar_h / 2 - 3, label, 8, "end"))
        d.add(Rect(label_w, y, bar_area, bar_h, fillColor=PALE, strokeColor=None))
        w = bar_area * value / top if top else 0
        if w > 0:
            d.add(Rect(label_w, y, w, bar_h, fillColor=SERIES[i % 2], strokeColor=None))
        share = f"{value / first:.0%}" if first else "—"
        d.add(_text(label_w + bar_area + 6, y + bar_h / 2 - 3, f"{value:,}  ({share})", 8))
    return d


def line_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    width: float,
    height: float,
) -> Drawing:
    """One line per series over the categories (months), a legend below the plot."""
    d = _drawing(width, height)
    left, right, bottom, legend_h = 34.0, 8.0, 30.0, 14.0
    plot_w = width - left - right
    plot_h = height - bottom - legend_h - 6
    y0 = bottom + legend_h
    peak = max((max(values) for _, values in series if values), default=0)
    top = nice_max(peak)
    for k in range(5):
        value = top * k / 4
        y = y0 + plot_h * k / 4
        d.add(Line(left, y, left + plot_w, y, strokeColor=GRID, strokeWidth=0.5))
        d.add(_text(left - 4, y - 2.5, _tick(value), 6.5, "end", color=SLATE))
    n = len(categories)
    step = plot_w / max(n - 1, 1)
    for i, cat in enumerate(categories):
        x = left + i * step
        d.add(_text(x, y0 - 10, cat, 6.5, "middle", color=SLATE))
    for s, (_name, values) in enumerate(series):
        color = SERIES[s % len(SERIES)]
        points: list[float] = []
        for i, v in enumerate(values):
            points += [left + i * step, y0 + plot_h * v / top]
        if len(points) >= 4:
            d.add(PolyLine(points, strokeColor=color, strokeWidth=1.4))
        for i in range(0, len(points), 2):
            d.add(Circle(points[i], points[i + 1], 1.6, fillColor=color, strokeColor=None))
    x = left
    for s, (name, _values) in enumerate(series):
        color = SERIES[s % len(SERIES)]
        d.add(Rect(x, 4, 8, 6, fillColor=color, strokeColor=None))
        d.add(_text(x + 11, 4, name, 7))
        x += 20 + stringWidth(name, FONT, 7)
    return d


def progress_bar(fraction: float, width: float, height: float, label: str = "") -> Drawing:
    """A bar filled to ``fraction`` (capped at 100 %), teal when reached, with a label."""
    d = _drawing(width, height)
    bar_w = width - (44 if label else 0)
    d.add(Rect(0, 1, bar_w, height - 2, fillColor=PALE, strokeColor=None))
    filled = max(0.0, min(fraction, 1.0))
    if filled > 0:
        color = TEAL if fraction >= 1 else NAVY
        d.add(Rect(0, 1, bar_w * filled, height - 2, fillColor=color, strokeColor=None))
    if label:
        d.add(_text(bar_w + 4, height / 2 - 3, label, 7.5))
    return d


def radar_chart(
    labels: Sequence[str],
    series: Sequence[tuple[str, Sequence[int] | None]],
    size: float,
    maximum: int = 5,
) -> Drawing:
    """A spider chart of 0–``maximum`` scores, one polygon per series (None: not assessed)."""
    legend_h = 16.0
    d = _drawing(size * 1.5, size + legend_h)
    cx, cy = size * 0.75, legend_h + size / 2
    r = size * 0.36
    n = len(labels)

    def point(i: int, value: float) -> tuple[float, float]:
        angle = math.pi / 2 - 2 * math.pi * i / n
        return cx + r * value / maximum * math.cos(angle), cy + r * value / maximum * math.sin(
            angle
        )

    for ring in range(1, maximum + 1):
        pts: list[float] = []
        for i in range(n):
            pts += point(i, ring)
        d.add(Polygon(pts, fillColor=None, strokeColor=GRID, strokeWidth=0.5))
    for i, label in enumerate(labels):
        x, y = point(i, maximum)
        d.add(Line(cx, cy, x, y, strokeColor=GRID, strokeWidth=0.5))
        lx, ly = point(i, maximum * 1.18)
        anchor = "middle" if abs(lx - cx) < 5 else ("start" if lx > cx else "end")
        d.add(_text(lx, ly - 3, label, 7, anchor))
    for s, (_name, scores) in enumerate(series):
        if scores is None:
            continue
        color = (NAVY, CORAL)[s % 2]
        pts = []
        for i, v in enumerate(scores):
            pts += point(i, v)
        fill = Color(color.red, color.green, color.blue, alpha=0.18)
        d.add(Polygon(pts, fillColor=fill, strokeColor=color, strokeWidth=1.2))
    x = cx - 70
    for s, (name, scores) in enumerate(series):
        if scores is None:
            continue
        color = (NAVY, CORAL)[s % 2]
        d.add(Rect(x, 3, 8, 6, fillColor=color, strokeColor=None))
        d.add(_text(x + 11, 3, name, 7))
        x += 24 + stringWidth(name, FONT, 7)
    return d
