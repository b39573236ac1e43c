"""The dashboard on demo data: it renders, a click-through filters the partner list, stale
results are dropped."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QDate, QThreadPool
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.demo import generate_demo
from prm_core.kpi.params import KpiParams
from prm_desktop.i18n import Translations
from prm_desktop.models.kpi_runner import DashboardData, KpiRunner
from prm_desktop.models.labels import month_label, month_tick_labels
from prm_desktop.models.roles import ID_ROLE
from prm_desktop.views.main_window import MainWindow

AS_OF = date(2026, 9, 30)


@pytest.fixture
def demo_db(sqlite_db: Database) -> Database:
    generate_demo(sqlite_db, partners=40, months=12, seed=3, as_of=AS_OF)
    return sqlite_db


def wait_for_dashboard(qtbot: QtBot, window: MainWindow) -> DashboardData:
    qtbot.waitUntil(lambda: window.dashboard.data is not None, timeout=20_000)
    data = window.dashboard.data
    assert data is not None
    return data


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database, translations: Translations) -> MainWindow:
    """The main window on the dashboard, its figures computed as of ``AS_OF``."""
    window = MainWindow(demo_db, translations)
    qtbot.addWidget(window)
    window.show()
    window.dashboard.as_of.setDate(QDate(AS_OF.year, AS_OF.month, AS_OF.day))
    window.pages.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(
        lambda: window.dashboard.data is not None and window.dashboard.data.params.as_of == AS_OF,
        timeout=20_000,
    )
    return window


def test_dashboard_renders_and_click_filters_partners(qtbot: QtBot, window: MainWindow) -> None:
    data = wait_for_dashboard(qtbot, window)
    steps = data.result.journey
    assert steps[0].count == data.result.registered > 0
    assert f">{data.result.registered:,}<" in window.dashboard.headline.text()
    image = window.dashboard.grab().toImage()
    assert not image.isNull() and image.width() > 400

    # Click the "material download" bar: partners who downloaded but never consulted a deal.
    stopped = steps[1].count - steps[2].count
    window.dashboard.funnel.bar_clicked.emit(1)
    assert window.pages.currentWidget() is window.splitter
    assert window.drill_bar.isVisible()
    assert window.proxy.rowCount() >= max(stopped, 0)
    assert window.proxy.rowCount() < window.partner_model.rowCount()
    shown = {window.proxy.index(r, 0).data(ID_ROLE) for r in range(window.proxy.rowCount())}
    assert shown == set(window.proxy.id_filter or ())
    window.drill_clear.click()
    assert window.proxy.rowCount() == window.partner_model.rowCount()

    # A phase bar: exactly the partners counted in that phase.
    window.pages.setCurrentWidget(window.dashboard)
    window.dashboard.phases.bar_clicked.emit(0)
    assert window.proxy.rowCount() == data.result.phases.onboarding
    QThreadPool.globalInstance().waitForDone()


def test_stale_result_is_discarded(qtbot: QtBot, demo_db: Database) -> None:
    runner = KpiRunner()
    delivered: list[DashboardData] = []
    runner.computed.connect(delivered.append)
    old = KpiParams.create(as_of=date(2026, 3, 31))
    new = KpiParams.create(as_of=AS_OF)
    runner.request(demo_db, old)
    runner.request(demo_db, new)  # the filter changed mid-computation
    qtbot.waitUntil(lambda: bool(delivered), timeout=20_000)
    runner.wait()
    qtbot.wait(50)
    assert [d.params.as_of for d in delivered] == [AS_OF]


def test_month_ticks_name_the_year_at_the_start_and_every_january(
    translations: Translations,
) -> None:
    keys = ["2025-11", "2025-12", "2026-01", "2026-02"]
    assert month_tick_labels(keys) == ["Nov\n2025", "Dec", "Jan\n2026", "Feb"]
    # every other month has a tick: the year goes where it changes, not only on a January
    assert month_tick_labels(["2025-11", "2026-02"]) == ["Nov\n2025", "Feb\n2026"]
    assert month_label("2025-12") == "December 2025"
    translations.switch("ja")
    assert month_tick_labels(keys) == ["11月\n2025年", "12月", "1月\n2026年", "2月"]
    assert month_label("2026-01") == "2026年1月"


def test_monthly_chart_leaves_room_for_the_year_line(qtbot: QtBot, window: MainWindow) -> None:
    data = wait_for_dashboard(qtbot, window)
    axis = window.dashboard.monthly.getAxis("bottom")
    shown = [text for _pos, text in axis._tickLevels[0]]  # what setTicks received
    assert shown == month_tick_labels([m.month for m in data.monthly])
    assert "\n" in shown[0]
    line = QFontMetrics(QApplication.font()).lineSpacing()
    qtbot.waitUntil(lambda: axis.height() >= 2 * line, timeout=5_000)  # after layout
    QThreadPool.globalInstance().waitForDone()


def test_an_empty_database_shows_empty_charts_not_an_error(
    qtbot: QtBot, sqlite_db: Database, translations: Translations
) -> None:
    """A new database has no materials: the downloads chart has no bar at all, which
    pyqtgraph cannot draw; the chart says there is no data (pytest-qt fails the test on an
    exception raised in the slot that draws it)."""
    import pyqtgraph as pg

    window = MainWindow(sqlite_db, translations)
    qtbot.addWidget(window)
    window.show()
    window.pages.setCurrentWidget(window.dashboard)
    data = wait_for_dashboard(qtbot, window)
    assert data.result.content_downloads.by_content == []
    chart = window.dashboard.contents

    def notes() -> list[str]:
        return [i.toPlainText() for i in chart.items() if isinstance(i, pg.TextItem)]

    assert chart.horizontal  # materials down the left, downloads along the bottom
    assert notes() == ["No data yet"]
    assert chart.getAxis("bottom")._tickLevels == [[]]  # no stray 0.1-1.1 scale either
    chart.set_bars(["資料 A"], [3], annotations=["3"])
    assert notes() == ["3"]
    assert chart.getAxis("bottom")._tickLevels is None  # the scale is automatic again
    assert chart.getAxis("left")._tickLevels == [[(0.0, "資料 A")]]
    QThreadPool.globalInstance().waitForDone()


def test_the_retention_line_names_months_not_yy_mm(qtbot: QtBot, window: MainWindow) -> None:
    """Its ticks read "Oct / 2025", like the monthly bars, never "25-10" (a day?)."""
    data = wait_for_dashboard(qtbot, window)
    ticks = window.dashboard.retention.getAxis("bottom")._tickLevels[0]
    months = [m.month for m in data.retention_series]
    assert len(ticks) >= 2 and ticks[0][1] == month_tick_labels([months[0]])[0]
    assert "\n" in ticks[0][1] and not any(re.fullmatch(r"\d\d-\d\d", t[1]) for t in ticks)


def test_person_points_are_worded_in_the_ui_language(qtbot: QtBot, window: MainWindow) -> None:
    data = wait_for_dashboard(qtbot, window)
    person = data.result.people[0]
    tip = window.dashboard.scatter._tips[0]
    assert tip.startswith(f"{person.person} ({person.partner}): {person.leads} leads, ")
    assert "conversion" in tip
