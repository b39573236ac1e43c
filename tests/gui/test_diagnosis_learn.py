"""Learn: interventions with before/after, the programme table, saving a playbook entry that
Today then suggests; Tools → Signals, Points and Tiers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.diagnosis.learn import (
    CategoryRow,
    intervention_effects,
    playbook_entries,
    programme_table,
)
from prm_core.diagnosis.thresholds import load_thresholds
from prm_core.diagnosis.tiers import load_levels, load_rules
from prm_desktop.i18n import Translations
from prm_desktop.models.diagnosis_models import (
    CompareModel,
    EffectTableModel,
    PlaybookTableModel,
    ProgrammeTableModel,
    window_rows,
)
from prm_desktop.views.diagnosis import DiagnosisSettingsDialog, LearnView, TodayView
from prm_desktop.views.main_window import MainWindow
from tests.core.test_diagnosis_support import add_intervention
from tests.factories import add_event, add_partner

TODAY = date.today()
D = TODAY - timedelta(days=120)
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0, "D": -120}


@pytest.fixture
def learn_db(sqlite_db: Database) -> Database:
    with sqlite_db.transaction() as s:
        p = add_partner(s, "しずか商事", contract_date=TODAY - timedelta(days=400))
        add_intervention(
            s, p, D, category="再活性化", action="成功事例メール", signal_key="dormant"
        )
        add_event(s, p, "deal_registered", D + timedelta(days=10))
        add_event(s, p, "deal_registered", D + timedelta(days=20))
        add_event(s, p, "deal_registered", D - timedelta(days=20))
        q = add_partner(s, "あおば販売", contract_date=TODAY - timedelta(days=400))
        add_intervention(s, q, TODAY - timedelta(days=5), category="共同施策", action="セミナー")
    return sqlite_db


@pytest.fixture
def window(qtbot: QtBot, learn_db: Database, translations: Translations) -> MainWindow:
    w = MainWindow(learn_db, translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def learn_view(qtbot: QtBot, window: MainWindow) -> LearnView:
    view = window.findChild(LearnView)
    assert view is not None
    window.pages.setCurrentWidget(view)
    qtbot.waitUntil(lambda: view.data is not None and not view.runner.running)
    return view


def test_before_and_after_and_the_programme_table(qtbot: QtBot, window: MainWindow) -> None:
    view = learn_view(qtbot, window)
    assert view.effects.rowCount() == 2
    assert [view.effects.index(0, c).data() for c in (1, 4, 5, 6)] == [
        "あおば販売",
        "0",
        "0",
        "pending",
    ]
    assert [view.effects.index(1, c).data() for c in (1, 4, 5, 6)] == [
        "しずか商事",
        "1",
        "2",
        "deals rose",
    ]
    assert view.programme.rowCount() == 2
    assert "deal registrations rose after 1 of the 1" in view.summary.text()
    view.effect_table.selectRow(1)
    qtbot.waitUntil(lambda: view.compare.rowCount() > 11 and not view.kpi_runner.running)
    labels = [view.compare.index(r, 0).data() for r in range(view.compare.rowCount())]
    deals = labels.index("Deal registered")
    assert [view.compare.index(deals, c).data() for c in (1, 2)] == ["1", "2"]
    assert "Lead → deal conversion" in labels


def test_a_new_database_is_explained_not_counted(
    qtbot: QtBot, sqlite_db: Database, translations: Translations
) -> None:
    """Before the first intervention the page says what it will show, not "0 of 0"; the
    empty playbook says how entries get there."""
    w = MainWindow(sqlite_db, translations)
    qtbot.addWidget(w)
    w.show()
    view = learn_view(qtbot, w)
    assert view.summary.text().startswith("No intervention recorded yet.")
    assert not view.playbook_hint.isHidden()
    assert "save it as a playbook entry" in view.playbook_hint.text()


def test_save_as_playbook_and_today_suggests_it(qtbot: QtBot, window: MainWindow) -> None:
    view = learn_view(qtbot, window)
    assert "intervention" in view.summary.text() and view.playbook_hint.isVisibleTo(view)
    view.effect_table.selectRow(1)
    assert view.selected_effect() is not None
    assert view.save_as_playbook()
    qtbot.waitUntil(lambda: view.playbook.rowCount() == 1 and not view.runner.running)
    assert view.playbook.index(0, 1).data() == "成功事例メール"
    assert view.playbook_hint.isHidden()
    today = window.findChild(TodayView)
    assert today is not None
    window.pages.setCurrentWidget(today)
    qtbot.waitUntil(lambda: today.model.rowCount() > 0 and not today.runner.running)
    dormant = [s for g in today.model.groups() for s in g.signals if s.signal == "dormant"]
    assert dormant and all(s.action == "成功事例メール" for s in dormant)


def test_removing_a_playbook_entry(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = learn_view(qtbot, window)
    view.effect_table.selectRow(1)
    view.save_as_playbook()
    qtbot.waitUntil(lambda: view.playbook.rowCount() == 1 and not view.runner.running)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    assert not view.remove_button.isEnabled()  # nothing selected yet
    view.playbook_table.selectRow(0)
    assert view.remove_button.isEnabled()
    view.remove_playbook_entry()
    qtbot.waitUntil(lambda: view.playbook.rowCount() == 0 and not view.runner.running)
    assert not view.remove_button.isEnabled()  # the reload left nothing to remove


def test_learn_models_pass_the_model_tester(qtmodeltester: ModelTester, learn_db: Database) -> None:
    with learn_db.reading() as s:
        effects = intervention_effects(s, TODAY)
        playbook = playbook_entries(s)
    models = (EffectTableModel(), ProgrammeTableModel(), CompareModel(), PlaybookTableModel())
    models[0].set_rows(effects)
    models[1].set_rows(programme_table(effects))
    models[2].set_rows(window_rows(effects[0], None))
    models[3].set_rows(playbook)
    for model in models:
        qtmodeltester.check(model, force_py=True)


def test_settings_dialog_saves_thresholds_rules_and_tiers(
    qtbot: QtBot, window: MainWindow, learn_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = DiagnosisSettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    assert dialog.fields["stalled_after_registration.days"].value() == 30  # type: ignore[attr-defined]
    dialog.fields["stalled_after_registration.days"].setValue(21)  # type: ignore[attr-defined]
    dialog.fields["declining_activity.ratio"].setValue(40)  # type: ignore[attr-defined]
    dialog.rule_points["proposal"].setValue(3)
    dialog.add_tier("Diamond", 1000)
    dialog.accept()
    with learn_db.reading() as s:
        thresholds = load_thresholds(s)
        assert thresholds.days("stalled_after_registration", "days") == 21
        assert thresholds.get("declining_activity", "ratio") == pytest.approx(0.4)
        assert ("proposal", 3.0) in [(r.kind, r.points) for r in load_rules(s)]
        assert load_levels(s)[-1].name == "Diamond"

    # A bad ladder is refused and nothing of the dialog is saved.
    messages: list[str] = []

    def warning(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    dialog = DiagnosisSettingsDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    dialog.fields["stalled_after_registration.days"].setValue(45)  # type: ignore[attr-defined]
    dialog.add_tier("Diamond", 5)
    assert not dialog.save()
    assert messages and "Diamond" in messages[0]
    with learn_db.reading() as s:
        assert load_thresholds(s).days("stalled_after_registration", "days") == 21
    dialog.restore_defaults()
    assert dialog.fields["stalled_after_registration.days"].value() == 30  # type: ignore[attr-defined]


def test_the_tools_menu_has_the_settings(window: MainWindow) -> None:
    texts = [a.text() for a in window.tools_menu.actions()]
    assert "Signals, Points and &Tiers…" in texts


def test_the_programme_table_lists_the_most_used_categories_first(
    qtbot: QtBot, window: MainWindow
) -> None:
    view = learn_view(qtbot, window)
    view.programme.set_rows(
        [
            CategoryRow("Coaching", 1, 1, 0),
            CategoryRow("Training", 5, 2, 1),
            CategoryRow("x", 3, 0, 0),
        ]
    )
    shown = view.programme_table.model()
    assert [shown.index(r, 0).data() for r in range(3)] == ["Training", "x", "Coaching"]
