"""Today: the start page lists signals across partners, most severe first, grouped by
partner; acting on a signal (snooze, record an intervention) takes it off the list and a
partner with nothing left drops off; undo brings it back."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.diagnosis.signals import detect_signals, group_by_partner
from prm_core.orm import Intervention, SignalSnooze
from prm_desktop.i18n import Translations
from prm_desktop.models import diagnosis_models
from prm_desktop.models.diagnosis_models import TodaySignalsModel
from prm_desktop.views.diagnosis import TodayView
from prm_desktop.views.diagnosis.dialogs import InterventionDialog, SnoozeDialog
from prm_desktop.views.diagnosis.pract_tab import PractTab
from prm_desktop.views.main_window import MainWindow
from tests.factories import add_event, add_partner

TODAY = date.today()


def ago(days: int) -> date:
    return TODAY - timedelta(days=days)


@pytest.fixture
def signals_db(sqlite_db: Database) -> Database:
    with sqlite_db.transaction() as s:
        quiet = add_partner(s, "しずか商事")  # dormant (high) and stalled (high)
        add_event(s, quiet, "registered", ago(200))
        new = add_partner(s, "あおば販売")  # stalled (medium) only
        add_event(s, new, "registered", ago(40))
        add_event(s, new, "login", ago(1))
        fine = add_partner(s, "げんき工業")  # nothing to say
        add_event(s, fine, "registered", ago(10))
    return sqlite_db


@pytest.fixture
def window(qtbot: QtBot, signals_db: Database, translations: Translations) -> MainWindow:
    w = MainWindow(signals_db, translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def today_view(qtbot: QtBot, window: MainWindow) -> TodayView:
    view = window.findChild(TodayView)
    assert view is not None
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and not view.runner.running)
    return view


def partners(view: TodayView) -> list[str]:
    return [g.partner for g in view.model.groups()]


def test_today_is_the_start_page(qtbot: QtBot, window: MainWindow) -> None:
    view = today_view(qtbot, window)
    assert window.pages.currentWidget() is view
    assert window.pages.indexOf(view) == 0 and window.pages.tabText(0) == "Today"
    window.pages.setCurrentWidget(window.splitter)
    qtbot.keySequence(window, QKeySequence("Ctrl+0"))
    assert window.pages.currentWidget() is view


@pytest.mark.parametrize("inline", [True, False], ids=["inline", "thread pool"])
def test_signals_most_severe_first_grouped_by_partner(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, inline: bool
) -> None:
    if not inline:  # as for a large programme: computed off the GUI thread
        monkeypatch.setattr(diagnosis_models, "INLINE_MAX_PARTNERS", 0)
        view = window.findChild(TodayView)
        assert view is not None
        view.model.set_groups([])
        view.refresh()
        assert view.runner.running and "Looking for signals" in view.summary.text()
    view = today_view(qtbot, window)
    assert partners(view) == ["しずか商事", "あおば販売"]
    first = view.model.index(0, 0)
    assert first.data() == "しずか商事 (2)" and view.model.index(0, 1).data() == "High"
    signals = [view.model.index(r, 0, first).data() for r in range(view.model.rowCount(first))]
    assert signals == ["Stalled after registration", "Dormant"]
    evidence = view.model.index(1, 2, first).data()
    assert evidence == "registered 200 days ago, never logged in"
    action = view.model.index(1, 3, first).data()
    assert action.startswith("Start the reactivation programme")
    summary = view.summary.text()  # plural forms come from the English catalogue
    assert "2 partner" in summary and "3 signal" in summary
    # The filter keeps matching partners.
    view.filter_edit.setText("あおば")
    assert view.proxy.rowCount() == 1
    view.filter_edit.clear()


def select(view: TodayView, partner: str, signal: str) -> None:
    for group in view.model.groups():
        if group.partner == partner:
            match = next(s for s in group.signals if s.signal == signal)
            assert view.select_signal(match)
            assert view.selected_signal() == match
            return
    raise AssertionError(f"{partner} has no {signal}")


def test_snooze_a_signal_and_see_its_partner_leave(
    qtbot: QtBot, window: MainWindow, signals_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "warning",
        lambda _p, _t, text, *a: messages.append(text) or QMessageBox.StandardButton.Ok,
    )
    view = today_view(qtbot, window)
    select(view, "あおば販売", "stalled_after_registration")
    assert view.snooze_button.isEnabled()
    qtbot.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
    dialog = view.dialog
    assert isinstance(dialog, SnoozeDialog) and dialog.isVisible()
    dialog.accept()  # no reason yet: refused, the dialog stays
    assert dialog.isVisible() and messages == ["The reason must not be empty."]
    dialog.days.setValue(7)
    dialog.reason.setText("担当者が来週まで不在")
    dialog.accept()
    assert not dialog.isVisible()
    assert partners(view) == ["しずか商事"]
    qtbot.waitUntil(lambda: not view.runner.running)
    assert partners(view) == ["しずか商事"]  # the recomputed list agrees
    with signals_db.reading() as s:
        (snooze,) = s.query(SignalSnooze).all()
        assert (snooze.until, snooze.reason) == (TODAY + timedelta(days=7), "担当者が来週まで不在")
    # Undo: the signal is back.
    window.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: partners(view) == ["しずか商事", "あおば販売"])


def test_record_an_intervention_prefilled_from_the_signal(
    qtbot: QtBot, window: MainWindow, signals_db: Database
) -> None:
    view = today_view(qtbot, window)
    select(view, "しずか商事", "dormant")
    dialog = view.record_intervention()
    assert isinstance(dialog, InterventionDialog)
    assert dialog.action.toPlainText().startswith("Start the reactivation programme")
    assert dialog.category.currentText() == "Reactivation"
    assert "never logged in" in dialog.notes.toPlainText()
    dialog.accept()
    # The dormant signal left; the partner stays for its other signal.
    group = view.model.groups()[0]
    assert group.partner == "しずか商事"
    assert [s.signal for s in group.signals] == ["stalled_after_registration"]
    with signals_db.reading() as s:
        (saved,) = s.query(Intervention).all()
        assert (saved.signal_key, saved.category, saved.occurred_on) == (
            "dormant",
            "Reactivation",
            TODAY,
        )
    # Its last signal handled, the partner drops off the list.
    select(view, "しずか商事", "stalled_after_registration")
    dialog = view.record_intervention()
    assert dialog is not None
    dialog.accept()
    qtbot.waitUntil(lambda: not view.runner.running)
    assert partners(view) == ["あおば販売"]


def test_open_partner_goes_to_its_pract_tab(qtbot: QtBot, window: MainWindow) -> None:
    view = today_view(qtbot, window)
    select(view, "しずか商事", "dormant")
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.splitter
    assert isinstance(window.detail.tabs.currentWidget(), PractTab)
    assert window.detail.summary is not None and window.detail.summary.name == "しずか商事"


def test_japanese_does_not_lose_the_list(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    view = today_view(qtbot, window)
    translations.switch("ja")
    try:
        assert window.pages.tabText(0) != ""
        assert view.model.rowCount() == 2
    finally:
        translations.switch("en")


def test_the_model_passes_the_model_tester(
    qtmodeltester: ModelTester, signals_db: Database
) -> None:
    with signals_db.reading() as s:
        groups = group_by_partner(detect_signals(s, TODAY))
    model = TodaySignalsModel()
    model.set_groups(groups)
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)
    model.remove_signal(groups[0].signals[0])
    assert model.signal_count() == 2
    model.remove_signal(groups[1].signals[0])
    assert [g.partner for g in model.groups()] == ["しずか商事"]
