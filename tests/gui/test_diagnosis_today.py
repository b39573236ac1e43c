"""Today: the start page lists signals across partners, most severe first, grouped by
partner; acting on a signal (snooze, record an intervention) takes it off the list and a
partner with nothing left drops off; undo brings it back. The deal signals (issue 11) leave
when the manager approves the expiring registration and resolves the conflict on the Deals
page."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.diagnosis.signals import detect_signals, group_by_partner
from prm_core.orm import Intervention, SignalSnooze
from prm_desktop.i18n import Translations
from prm_desktop.models import diagnosis_models
from prm_desktop.models.diagnosis_models import TodaySignalsModel, action_text, evidence_text
from prm_desktop.views.deals import DealsView
from prm_desktop.views.deals.decision_dialog import DecisionDialog
from prm_desktop.views.diagnosis import TodayView
from prm_desktop.views.diagnosis.dialogs import InterventionDialog, SnoozeDialog
from prm_desktop.views.diagnosis.pract_tab import PractTab
from prm_desktop.views.main_window import MainWindow
from tests.deals_support import add_registration
from tests.factories import add_event, add_partner

TODAY = date.today()
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0}


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

    def warning(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    view = today_view(qtbot, window)
    select(view, "あおば販売", "stalled_after_registration")
    assert view.snooze_button.isEnabled()
    QTest.mouseClick(view.snooze_button, Qt.MouseButton.LeftButton)
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
    QTest.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
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


# --- the deal signals (issue 11): act on them from the Deals page, see them leave Today ----


@pytest.fixture
def deals_window(qtbot: QtBot, sqlite_db: Database, translations: Translations) -> MainWindow:
    with sqlite_db.transaction() as s:
        a = add_partner(s, "アルファ販売")
        b = add_partner(s, "ベータ商会")
        c = add_partner(s, "ガンマ")
        add_registration(s, a, "株式会社アルファ", ago(20), deal="基幹刷新")
        add_registration(s, b, "ｱﾙﾌｧ(株)", ago(18), deal="基幹刷新B")
        add_registration(  # submitted, 5 days left: deal_expiring
            s, c, "デルタ", ago(85), deal="期限間近", expires_on=TODAY + timedelta(days=5)
        )
    w = MainWindow(sqlite_db, translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def deal_signals(view: TodayView) -> list[tuple[str, str]]:
    return sorted(
        (s.partner, s.signal)
        for g in view.model.groups()
        for s in g.signals
        if s.signal in ("deal_expiring", "channel_conflict")
    )


def back_to_today(qtbot: QtBot, window: MainWindow, view: TodayView) -> None:
    window.pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: not view._dirty and not view.runner.running)


def test_approve_and_resolve_on_the_deals_page_and_both_leave_today(
    qtbot: QtBot, deals_window: MainWindow
) -> None:
    window = deals_window
    view = today_view(qtbot, window)
    assert deal_signals(view) == [
        ("アルファ販売", "channel_conflict"),
        ("ガンマ", "deal_expiring"),
        ("ベータ商会", "channel_conflict"),
    ]
    expiring = next(s for g in view.model.groups() for s in g.signals if s.partner == "ガンマ")
    assert evidence_text(expiring).endswith(
        "expires on " + (TODAY + timedelta(5)).isoformat() + ", in 5 days"
    )
    assert action_text(expiring) == "Ask the partner for the deal's status."

    # Approve the expiring registration on the Deals page, as the manager would.
    deals = window.findChild(DealsView)
    assert deals is not None
    window.pages.setCurrentWidget(deals)
    regs = deals.registrations
    regs.table.selectRow(next(i for i, r in enumerate(regs.model.rows()) if r.deal == "期限間近"))
    assert regs.approve_button.isEnabled()
    regs.approve_button.click()
    dialog = regs.dialog
    assert isinstance(dialog, DecisionDialog)
    dialog.reason.setPlainText("パートナーに状況確認済み、来週受注見込み")
    dialog.accept()
    assert not dialog.isVisible()
    back_to_today(qtbot, window, view)
    assert deal_signals(view) == [
        ("アルファ販売", "channel_conflict"),
        ("ベータ商会", "channel_conflict"),
    ]
    assert "ガンマ" not in partners(view)  # its only signal answered: off the list

    # Resolve the conflict in the conflict panel.
    window.pages.setCurrentWidget(deals)
    qtbot.waitUntil(lambda: not deals.conflicts.loading and len(deals.conflicts.groups) == 1)
    panel = deals.conflicts
    deals.tabs.setCurrentWidget(panel)
    panel.choose("keep_first")
    panel.reason.setText("アルファ販売が先に登録、ベータ商会に連絡済み")
    panel.resolve_button.click()
    back_to_today(qtbot, window, view)
    assert deal_signals(view) == []
    assert partners(view) == []
    assert "Nothing needs your attention" in view.summary.text()

    # Undo the resolution: the conflict is back under both partners.
    window.undo_action.trigger()
    qtbot.waitUntil(lambda: not view._dirty and not view.runner.running)
    assert deal_signals(view) == [
        ("アルファ販売", "channel_conflict"),
        ("ベータ商会", "channel_conflict"),
    ]


def test_snooze_one_expiring_registration_and_the_partners_other_stays(
    qtbot: QtBot, sqlite_db: Database, translations: Translations
) -> None:
    with sqlite_db.transaction() as s:
        c = add_partner(s, "ガンマ")
        for deal, left in (("今週末", 4), ("来週", 9)):
            add_registration(s, c, f"{deal}の顧客", ago(85), deal=deal,
                             expires_on=TODAY + timedelta(days=left))  # fmt: skip
    window = MainWindow(sqlite_db, translations)
    qtbot.addWidget(window)
    window.show()
    view = today_view(qtbot, window)

    def expiring() -> list[str]:
        return sorted(str(s.facts["deal"]) for g in view.model.groups() for s in g.signals)

    assert expiring() == ["今週末", "来週"]
    signal = next(s for g in view.model.groups() for s in g.signals if s.facts["deal"] == "来週")
    assert view.select_signal(signal)
    dialog = view.snooze()
    assert isinstance(dialog, SnoozeDialog)
    dialog.reason.setText("顧客の決裁待ち")
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: not view.runner.running)
    assert expiring() == ["今週末"]  # recomputed: the other claim is still there
    with sqlite_db.reading() as s:
        (snooze,) = s.query(SignalSnooze).all()
        assert snooze.subject == signal.subject is not None

    # An intervention recorded for the other claim answers that one only.
    other = next(s for g in view.model.groups() for s in g.signals)
    assert view.select_signal(other)
    intervention = view.record_intervention()
    assert intervention is not None
    intervention.accept()
    qtbot.waitUntil(lambda: not view.runner.running)
    assert expiring() == []
    with sqlite_db.reading() as s:
        (saved,) = s.query(Intervention).all()
        assert (saved.signal_key, saved.signal_subject) == ("deal_expiring", other.subject)


class CatalogueOf(QTranslator):
    """A translator holding a few entries of a catalogue (independent of the .qm files)."""

    def __init__(self, entries: dict[str, str]) -> None:
        super().__init__()
        self.entries = entries

    def isEmpty(self) -> bool:
        return False

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None (a null string) lets the other translators and the source text answer.
        return self.entries.get(source) if context in ("DiagnosisTexts", "CoreMessages") else None


def test_deal_signals_are_worded_in_the_users_language(
    qtbot: QtBot, deals_window: MainWindow
) -> None:
    view = today_view(qtbot, deals_window)
    japanese = CatalogueOf(
        {
            "%1 partners claim %2 (same name once normalised): %3": (
                "%2を%1社が登録（名称で一致）: %3"
            ),
            "%1 (registered %2, %3)": "%1（%2登録、%3）",
            "; ": "、",  # how Japanese lists items (core_messages.listed)
            "Decide who owns the customer and tell both partners.": "担当を決めて両社に伝える。",
            "“%1” for %2 (%3, registered %4) expires on %5, in %6 days": (
                "「%1」%2（%3、%4登録）は%5に期限切れ（あと%6日）"
            ),
        }
    )
    QCoreApplication.installTranslator(japanese)
    try:
        signals = {s.signal: s for g in view.model.groups() for s in g.signals}
        conflict, expiring = signals["channel_conflict"], signals["deal_expiring"]
        first, second = (ago(20).isoformat(), ago(18).isoformat())
        assert evidence_text(conflict) == (
            f"株式会社アルファを2社が登録（名称で一致）: アルファ販売（{first}登録、Submitted）、"
            f"ベータ商会（{second}登録、Submitted）"
        )
        assert action_text(conflict) == "担当を決めて両社に伝える。"
        assert evidence_text(expiring) == (
            f"「期限間近」デルタ（Submitted、{ago(85).isoformat()}登録）は"
            f"{(TODAY + timedelta(days=5)).isoformat()}に期限切れ（あと5日）"
        )
    finally:
        QCoreApplication.removeTranslator(japanese)
    assert "partners claim" in evidence_text(conflict)
