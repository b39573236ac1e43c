"""PRACT charts: a radar (spider) of the five phases and the totals over time.

Both follow the application palette and font through the dashboard's ``Chart`` base.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import ClassVar

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsPolygonItem, QWidget

from prm_core.diagnosis.pract import MAX_SCORE, PHASES, Assessment
from prm_desktop.models.diagnosis_models import assessor_label
from prm_desktop.models.labels import pract_phase_label
from prm_desktop.views.dashboard.charts import Chart

#: Colours of the two assessors, on both charts.
ASSESSOR_COLOURS = {"manager": QColor(47, 111, 186), "self": QColor(230, 126, 34)}
GRID = QColor(150, 160, 175)


def spoke(index: int, radius: float) -> tuple[float, float]:
    """Point of phase ``index`` at ``radius``: the first phase on top, then clockwise."""
    angle = math.pi / 2 - 2 * math.pi * index / len(PHASES)
    return radius * math.cos(angle), radius * math.sin(angle)


class RadarChart(Chart):
    """Attributes:
    series: assessor → the five scores drawn (PRACT order), for tests and tooltips.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: dict[str, list[int]] = {}
        self._drawn: list[object] = []
        self._labels: list[pg.TextItem] = []
        self.setMinimumSize(300, 280)
        plot = self.getPlotItem()
        plot.hideAxis("left")
        plot.hideAxis("bottom")
        plot.showGrid(x=False, y=False)
        plot.setAspectLocked(True)
        self.legend = plot.addLegend(offset=(-4, 4))
        self._draw_grid()
        self.setXRange(-MAX_SCORE - 1.6, MAX_SCORE + 1.6, padding=0)
        self.setYRange(-MAX_SCORE - 1.0, MAX_SCORE + 1.2, padding=0)

    def _draw_grid(self) -> None:
        pen = pg.mkPen(GRID, width=1)
        faint = pg.mkPen(GRID, width=1, style=Qt.PenStyle.DotLine)
        for ring in range(1, MAX_SCORE + 1):
            points = [spoke(i, ring) for i in range(len(PHASES))]
            points.append(points[0])
            xs, ys = zip(*points, strict=True)
            self.plot(list(xs), list(ys), pen=pen if ring == MAX_SCORE else faint)
        for i in range(len(PHASES)):
            x, y = spoke(i, MAX_SCORE)
            self.plot([0.0, x], [0.0, y], pen=faint)
        for i, phase in enumerate(PHASES):
            x, y = spoke(i, MAX_SCORE + 0.45)
            anchor = (0.5 - 0.5 * x / (MAX_SCORE + 0.45), 0.5 + 0.5 * y / (MAX_SCORE + 0.45))
            label = self.text_item(pract_phase_label(phase), anchor=anchor)
            label.setPos(x, y)
            self.addItem(label)
            self._labels.append(label)

    def retranslate(self) -> None:
        for label, phase in zip(self._labels, PHASES, strict=True):
            label.setText(pract_phase_label(phase))
        self.set_assessments({k: dict(zip(PHASES, v, strict=True)) for k, v in self.series.items()})

    def set_assessments(self, latest: Mapping[str, Mapping[str, int]]) -> None:
        """Draw one filled polygon per assessor (``manager`` under ``self``)."""
        for item in self._drawn:
            self.removeItem(item)
        self._drawn = []
        self.legend.clear()
        self.series = {}
        for assessor in ("manager", "self"):
            scores = latest.get(assessor)
            if scores is None:
                continue
            values = [int(scores[p]) for p in PHASES]
            self.series[assessor] = values
            colour = ASSESSOR_COLOURS[assessor]
            points = [spoke(i, v) for i, v in enumerate(values)]
            fill = QColor(colour)
            fill.setAlpha(60)
            polygon = QGraphicsPolygonItem(QPolygonF([QPointF(x, y) for x, y in points]))
            polygon.setBrush(QBrush(fill))
            polygon.setPen(QPen(Qt.PenStyle.NoPen))
            self.addItem(polygon)
            closed = [*points, points[0]]
            xs, ys = zip(*closed, strict=True)
            outline = self.plot(
                list(xs),
                list(ys),
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=6,
                symbolBrush=colour,
                name=assessor_label(assessor),
            )
            self._drawn += [polygon, outline]


def _stamp(day: date) -> float:
    return datetime.combine(day, time(12)).timestamp()


class LocaleDateAxis(pg.DateAxisItem):  # type: ignore[misc]  # pyqtgraph is untyped
    """pyqtgraph's date axis with month and day names in the UI's language ("7月", not
    "Jul", in Japanese): pyqtgraph formats them with ``strftime``, i.e. the C locale."""

    #: pyqtgraph's strftime formats → QLocale formats (times and years need no words).
    FORMATS: ClassVar[dict[str, str]] = {"%b": "MMM", "%d": "d", "%a %d": "ddd d"}

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        form = self.FORMATS.get(spec.format) if spec is not None else None
        if form is None:
            return list(super().tickStrings(values, scale, spacing))
        locale = QLocale()
        days = [datetime.fromtimestamp(v).date() for v in values]
        return [locale.toString(QDate(d.year, d.month, d.day), form) for d in days]


class HistoryChart(Chart):
    """The PRACT total (0–25) per assessment over time, one line per assessor, with the band
    edges (15 and 21) as dashed lines.

    Attributes:
        series: assessor → [(date, total)] oldest first.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAxisItems({"bottom": LocaleDateAxis(orientation="bottom")})
        axis = self.getAxis("bottom")
        axis.setTextPen(self._foreground)
        axis.setPen(self._foreground)
        self.series: dict[str, list[tuple[date, int]]] = {}
        self._drawn: list[object] = []
        self.setMinimumHeight(200)
        self.legend = self.getPlotItem().addLegend(offset=(4, -4))  # bottom left: below the lines
        for edge in (15, 21):
            line = pg.InfiniteLine(
                pos=edge - 0.5, angle=0, pen=pg.mkPen(GRID, style=Qt.PenStyle.DashLine)
            )
            self.addItem(line)
        self.setYRange(0, 25.5, padding=0)
        self.retranslate()

    def retranslate(self) -> None:
        self.set_title(QCoreApplication.translate("HistoryChart", "PRACT total over time"))

    def set_assessments(self, assessments: Sequence[Assessment]) -> None:
        for item in self._drawn:
            self.removeItem(item)
        self._drawn = []
        self.legend.clear()
        self.series = {}
        for assessor in ("manager", "self"):
            points = sorted(
                ((a.assessed_on, a.total) for a in assessments if a.assessor == assessor),
                key=lambda p: p[0],
            )
            if not points:
                continue
            self.series[assessor] = points
            colour = ASSESSOR_COLOURS[assessor]
            item = self.plot(
                np.array([_stamp(d) for d, _ in points]),
                np.array([t for _, t in points], dtype=float),
                pen=pg.mkPen(colour, width=2),
                symbol="o",
                symbolSize=7,
                symbolBrush=colour,
                name=assessor_label(assessor),
            )
            self._drawn.append(item)
        stamps = [_stamp(d) for pts in self.series.values() for d, _ in pts]
        if stamps:
            low, high = min(stamps), max(stamps)
            margin = max((high - low) * 0.08, 86400 * 15)
            self.setXRange(low - margin, high + margin, padding=0)
        self.setYRange(0, 25.5, padding=0)
