"""Guard against a binding bug that made long sessions abort.

PySide6 6.12.0 lost one reference to ``True`` on every repaint of a pyqtgraph plot; on
Python 3.11 (Debian 12) the interpreter aborted with "bool_dealloc" after a few thousand
repaints or at exit. This paints charts many times and requires the count to hold steady.
"""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from prm_desktop.views.dashboard.charts import BarChart, HeatmapChart


def test_repainting_charts_keeps_true_alive(qtbot: QtBot) -> None:
    bars = BarChart()
    bars.set_bars(["登録", "資料DL"], [10, 7], annotations=["10", "7"])
    heat = HeatmapChart()
    heat.set_grid(["2026-01", "2026-02"], [[1.0, 0.5], [0.8]], 13)
    for widget in (bars, heat):
        qtbot.addWidget(widget)
        widget.show()
        widget.grab()
    before = sys.getrefcount(True)
    for _ in range(100):
        bars.grab()
        heat.grab()
    assert sys.getrefcount(True) >= before - 5
