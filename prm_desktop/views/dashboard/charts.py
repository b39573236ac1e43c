"""pyqtgraph charts for the dashboard: bars with labels, hover values and click-through.

Every chart follows the application palette (light or dark) and draws text with the
application font, which carries the shipped Japanese font as a fallback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

ACCENT = QColor(47, 111, 186)
MUTED = QColor(150, 160, 175)
WARN = QColor(200, 60, 60)
GOOD = QColor(46, 150, 90)
PHASE_COLOURS = {
    "onboarding": QColor(86, 140, 210),
    "activation": QColor(240, 160, 50),
    "retention": GOOD,
    "dormant": MUTED,
}


def palette_colours() -> tuple[QColor, QColor]:
    palette = QApplication.palette()
    return (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))


class Chart(pg.PlotWidget):  # type: ignore[misc]
    """A plot with a title, palette colours and the app font on axes and labels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        background, foreground = palette_colours()
        super().__init__(parent, background=background)
        self._foreground = foreground
        self.setMinimumHeight(220)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        font = QFont(QApplication.font())
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setTextPen(foreground)
            axis.setPen(foreground)
            axis.setStyle(tickFont=font)
        self.showGrid(x=False, y=True, alpha=0.15)

    def set_title(self, text: str) -> None:
        self.setTitle(text, color=self._foreground.name(), size="11pt")

    def set_axis_titles(self, bottom: str, left: str) -> None:
        """Name what the axes count (a scatter's two numbers are otherwise a guess)."""
        for name, text in (("bottom", bottom), ("left", left)):
            self.getAxis(name).setLabel(text, color=self._foreground.name())

    def fit_bottom_axis(self, labels: Sequence[str]) -> None:
        """pyqtgraph sizes the bottom axis for 0.8 of one line; a second line (the year
        under a month) would be cut off."""
        lines = max((str(label).count("\n") + 1 for label in labels), default=1)
        height = QFontMetrics(QApplication.font()).lineSpacing() * lines + 12
        self.getAxis("bottom").setHeight(height if lines > 1 else None)

    def text_item(
        self, text: str, anchor: tuple[float, float], colour: QColor | None = None
    ) -> pg.TextItem:
        item = pg.TextItem(text, color=colour or self._foreground, anchor=anchor)
        item.setFont(QFont(QApplication.font()))
        return item


class BarChart(Chart):
    """Vertical (or horizontal) bars with a label on each, a tooltip and click signals.

    Signals:
        bar_clicked(int): index of the bar the user clicked.
    """

    bar_clicked = Signal(int)

    def __init__(self, *, horizontal: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal = horizontal
        self._values: list[float] = []
        self._tooltips: list[str] = []
        self._items: list[pg.GraphicsObject] = []
        self.scene().sigMouseMoved.connect(self._hover)
        self.scene().sigMouseClicked.connect(self._click)

    def set_bars(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        annotations: Sequence[str] | None = None,
        tooltips: Sequence[str] | None = None,
        colours: Sequence[QColor] | None = None,
    ) -> None:
        """A bar of value 0 has no area to show its colour in, so its annotation takes the
        colour instead ("unused" in red on the downloads chart)."""
        for item in self._items:
            self.removeItem(item)
        self._items = []
        self._values = [float(v) for v in values]
        self._tooltips = list(
            tooltips or [f"{lab}: {v:,.0f}" for lab, v in zip(labels, values, strict=True)]
        )
        n = len(self._values)
        category_axis = self.getAxis("left" if self.horizontal else "bottom")
        value_axis = self.getAxis("bottom" if self.horizontal else "left")
        if not n:
            self._show_empty(category_axis, value_axis)
            return
        value_axis.setTicks(None)  # automatic again after an empty chart
        brushes = [pg.mkBrush(c) for c in (colours or [ACCENT] * n)]
        positions = np.arange(n, dtype=float)
        heights = np.array(self._values, dtype=float)
        if self.horizontal:
            bars = pg.BarGraphItem(
                x0=0,
                y=positions,
                height=0.6,
                width=heights,
                brushes=brushes,
                pens=[pg.mkPen(None)] * n,
            )
            self.getPlotItem().invertY(True)
        else:
            bars = pg.BarGraphItem(
                x=positions, height=heights, width=0.6, brushes=brushes, pens=[pg.mkPen(None)] * n
            )
        axis = category_axis
        self.addItem(bars)
        self._items.append(bars)
        axis.setTicks([[(float(i), str(label)) for i, label in enumerate(labels)]])
        if not self.horizontal:
            self.fit_bottom_axis(labels)
        peak = max(self._values, default=0.0) or 1.0
        for i, text in enumerate(annotations or []):
            colour = colours[i] if colours and not self._values[i] else None
            if self.horizontal:
                label = self.text_item(text, anchor=(0, 0.5), colour=colour)
                label.setPos(self._values[i] + peak * 0.01, i)
            else:
                label = self.text_item(text, anchor=(0.5, 1), colour=colour)
                label.setPos(i, self._values[i])
            self.addItem(label)
            self._items.append(label)
        if self.horizontal:
            self.setXRange(0, peak * 1.25, padding=0)
            self.setYRange(-0.6, max(n - 0.4, 0.6), padding=0)
        else:
            self.setYRange(0, peak * 1.18, padding=0)
            self.setXRange(-0.6, max(n - 0.4, 0.6), padding=0)

    def _show_empty(self, category_axis: pg.AxisItem, value_axis: pg.AxisItem) -> None:
        """Nothing to count yet (a new database, a period without data): say so in the
        middle of the chart instead of bare axes. pyqtgraph's BarGraphItem cannot be built
        without bars either (0.14 reads an unset pen when its pen list is empty)."""
        category_axis.setTicks([[]])
        value_axis.setTicks([[]])
        if not self.horizontal:
            self.fit_bottom_axis([])  # one line again (a month axis had two)
        note = self.text_item(
            QCoreApplication.translate("BarChart", "No data yet"), anchor=(0.5, 0.5), colour=MUTED
        )
        note.setPos(0.5, 0.5)
        self.addItem(note)
        self._items.append(note)
        self.setXRange(0, 1, padding=0)
        self.setYRange(0, 1, padding=0)

    def bar_at(self, scene_pos: QPointF) -> int | None:
        if not self.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.getPlotItem().vb.mapSceneToView(scene_pos)
        along, across = (point.y(), point.x()) if self.horizontal else (point.x(), point.y())
        index = round(along)
        if not 0 <= index < len(self._values) or abs(along - index) > 0.3:
            return None
        value = self._values[index]
        return index if 0 <= across <= max(value, 0) or value == 0 else None

    def _hover(self, scene_pos: QPointF) -> None:
        index = self.bar_at(scene_pos)
        if index is None:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), self._tooltips[index], self)

    def _click(self, event: object) -> None:
        pos = event.scenePos()  # type: ignore[attr-defined]
        index = self.bar_at(pos)
        if index is not None:
            self.bar_clicked.emit(index)


class ScatterChart(Chart):
    """Points with a tooltip each. Signals: point_clicked(int) with the point's index."""

    point_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMouseEnabled(x=True, y=True)
        self._scatter = pg.ScatterPlotItem(size=9, hoverable=True, hoverSize=13, tip=self._tip)
        self._scatter.sigClicked.connect(self._clicked)
        self.addItem(self._scatter)
        self._tips: list[str] = []

    def _tip(self, x: float, y: float, data: object) -> str:
        index = int(data) if isinstance(data, (int, np.integer)) else -1
        return self._tips[index] if 0 <= index < len(self._tips) else f"{x:.0f}, {y:.0f}"

    def set_points(
        self,
        xs: Sequence[float],
        ys: Sequence[float],
        tips: Sequence[str],
        colours: Sequence[QColor] | None = None,
    ) -> None:
        self._tips = list(tips)
        brushes = [pg.mkBrush(c) for c in (colours or [ACCENT] * len(xs))]
        self._scatter.setData(
            x=list(xs), y=list(ys), data=list(range(len(xs))), brush=brushes, pen=pg.mkPen(None)
        )
        top = max([*xs, *ys, 1.0])
        self.setXRange(0, top * 1.05)
        self.setYRange(0, max([*ys, 1.0]) * 1.1)

    def _clicked(self, _item: object, points: Sequence[object], _ev: object = None) -> None:
        if len(points):
            self.point_clicked.emit(int(points[0].data()))  # type: ignore[attr-defined]


class LineChart(Chart):
    def set_series(
        self,
        labels: Sequence[str],
        values: Sequence[float],
        *,
        percent: bool = False,
        tips: Sequence[str] | None = None,
        tick_labels: Callable[[Sequence[str]], list[str]] | None = None,
    ) -> None:
        """``tick_labels`` words the labels that get a tick (every n-th when there are
        many), so a month axis can name the year wherever it changes between two ticks."""
        self.clear()
        xs = list(range(len(values)))
        scale = 100.0 if percent else 1.0
        ys = [v * scale for v in values]
        self.plot(
            xs, ys, pen=pg.mkPen(ACCENT, width=2), symbol="o", symbolSize=7, symbolBrush=ACCENT
        )
        step = max(1, len(labels) // 6)
        shown = list(range(0, len(labels), step))
        texts = [labels[i] for i in shown]
        if tick_labels is not None:
            texts = tick_labels(texts)
        self.getAxis("bottom").setTicks([list(zip(map(float, shown), texts, strict=True))])
        self.fit_bottom_axis(texts)
        left = self.getAxis("left")
        if percent:  # a rate: say so on the axis, and show where 100% is
            self.setYRange(0, 100, padding=0.03)
            left.setTicks([[(float(v), f"{v}%") for v in range(0, 101, 20)]])
            # pyqtgraph drops a label wider than the axis it sized on the first paint
            left.setWidth(QFontMetrics(QFont(QApplication.font())).horizontalAdvance("100%") + 14)
        else:
            left.setTicks(None)
            left.setWidth(None)  # sized to its labels again
        self.setToolTip("\n".join(tips or []))  # none left over from an earlier series


class HeatmapChart(Chart):
    """Rows × columns of shares 0–1 with the value written in each cell; hover names it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.showGrid(x=False, y=False)
        self._image = pg.ImageItem(axisOrder="row-major")
        self._image.setColorMap(pg.colormap.get("viridis"))
        self.addItem(self._image)
        self.getPlotItem().invertY(True)
        self._cells: list[list[float | None]] = []
        self._rows: list[str] = []
        self._texts: list[pg.TextItem] = []
        self.scene().sigMouseMoved.connect(self._hover)

    def set_grid(
        self, row_labels: Sequence[str], cells: Sequence[Sequence[float | None]], columns: int
    ) -> None:
        for t in self._texts:
            self.removeItem(t)
        self._texts = []
        self._rows = list(row_labels)
        self._cells = [list(r) + [None] * (columns - len(r)) for r in cells]
        data = np.array(
            [[np.nan if v is None else v for v in r] for r in self._cells] or [[np.nan] * columns],
            dtype=float,
        )
        self._image.setImage(data, levels=(0.0, 1.0))
        self.getAxis("left").setTicks([[(i + 0.5, lab) for i, lab in enumerate(self._rows)]])
        self.getAxis("bottom").setTicks([[(k + 0.5, str(k)) for k in range(columns)]])
        if len(self._cells) <= 14:
            for i, row in enumerate(self._cells):
                for k, value in enumerate(row):
                    if value is None:
                        continue
                    text = pg.TextItem(
                        f"{value:.0%}", color="w" if value < 0.6 else "k", anchor=(0.5, 0.5)
                    )
                    text.setFont(QFont(QApplication.font().family(), 7))
                    text.setPos(k + 0.5, i + 0.5)
                    self.addItem(text)
                    self._texts.append(text)
        self.setXRange(0, columns, padding=0)
        self.setYRange(0, max(len(self._cells), 1), padding=0)

    def _hover(self, scene_pos: QPointF) -> None:
        if not self.sceneBoundingRect().contains(scene_pos):
            return
        p = self.getPlotItem().vb.mapSceneToView(scene_pos)
        row, col = int(p.y()), int(p.x())
        if 0 <= row < len(self._cells) and 0 <= col < len(self._cells[row]):
            value = self._cells[row][col]
            if value is not None:
                QToolTip.showText(QCursor.pos(), f"{self._rows[row]} · k={col}: {value:.1%}", self)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"
