"""The PRACT tab: record an assessment through the dialog and see the radar, the history, the
gaps and the band update; undo; the tier section; the Trust hook; the models."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.orm import ActionItem, Partner
from prm_core.services.diagnosis import AssessmentData, record_assessment
from prm_desktop.i18n import Translations
from prm_desktop.models.diagnosis_models import AssessmentHistoryModel, GapTableModel, LedgerModel
from prm_desktop.views.diagnosis import FollowThroughSection, pract_tab
from prm_desktop.views.diagnosis.dialogs import AssessmentDialog
from prm_desktop.views.diagnosis.pract_tab import PractTab, register_trust_section
from prm_desktop.views.main_window import MainWindow
from prm_desktop.workspace import Workspace
from tests.core.test_diagnosis_support import add_action_item
from tests.factories import add_event, add_partner

TODAY = date.today()
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0}


@pytest.fixture
def partner_id(sqlite_db: Database) -> int:
    with sqlite_db.transaction() as s:
        p = add_partner(s, "株式会社さくら", contract_date=TODAY - timedelta(days=400))
        for i in range(9):  # 90 points: 10 to Silver
            add_event(s, p, "training_completed", TODAY - timedelta(days=i + 1))
        return p.id


@pytest.fixture
def tab(qtbot: QtBot, sqlite_db: Database, partner_id: int, translations: Translations) -> PractTab:
    workspace = Workspace(sqlite_db)
    tab = PractTab(workspace)
    workspace.setParent(tab)
    workspace.bus.changed.connect(tab.on_changes)  # as the partner detail does
    qtbot.addWidget(tab)
    tab.resize(900, 1000)
    tab.show_partner(partner_id)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.wait_for_tier()
    return tab


def fill(dialog: AssessmentDialog, assessor: str, *scores: int) -> None:
    dialog.assessor.setCurrentIndex(dialog.assessor.findData(assessor))
    dialog.set_scores(*scores)
    dialog.comments.setPlainText("定例で確認")


def test_record_an_assessment_and_see_the_radar_update(qtbot: QtBot, tab: PractTab) -> None:
    assert tab.radar.series == {}
    assert "No PRACT assessment yet" in tab.summary.text()
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AssessmentDialog) and dialog.isVisible()
    fill(dialog, "manager", 3, 2, 4, 1, 3)
    assert "13" in dialog.total.text() and "High churn risk" in dialog.total.text()
    dialog.accept()
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: tab.radar.series.get("manager") == [3, 2, 4, 1, 3])
    assert tab.history_model.rowCount() == 1
    assert tab.history_chart.series["manager"] == [(TODAY, 13)]
    assert "13" in tab.summary.text() and "High churn risk" in tab.summary.text()
    assert "Collaboration" in tab.weakest.text() and "joint strategy meeting" in tab.weakest.text()
    assert not tab.gap_box.isVisible()

    # The partner's own view: the radar shows both, the large gaps are highlighted.
    dialog = tab.new_assessment(assessor="self")
    assert dialog is not None
    fill(dialog, "self", 5, 2, 4, 4, 3)
    dialog.accept()
    qtbot.waitUntil(lambda: "self" in tab.radar.series)
    assert tab.radar.series == {"manager": [3, 2, 4, 1, 3], "self": [5, 2, 4, 4, 3]}
    assert tab.gap_box.isVisible()
    highlighted = [
        tab.gap_model.index(r, 0).data()
        for r in range(tab.gap_model.rowCount())
        if tab.gap_model.index(r, 3).data(Qt.ItemDataRole.BackgroundRole) is not None
    ]
    assert highlighted == ["Perception", "Collaboration"]
    assert tab.gap_model.index(3, 3).data() == "+3"
    assert "(Perception; Collaboration)" in tab.gap_note.text()  # listed, as elsewhere
    assert "Manager 3/5" in tab.trust_score.text()

    # Undo takes the last one back.
    tab.workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: "self" not in tab.radar.series)
    assert tab.history_model.rowCount() == 1


def test_invalid_input_never_reaches_the_database(qtbot: QtBot, tab: PractTab) -> None:
    dialog = tab.new_assessment()
    assert dialog is not None
    # The date cannot be moved into the future; the spin boxes stop at 0 and 5.
    dialog.date.setDate(dialog.date.date().addDays(3))
    assert dialog.values().assessed_on == TODAY
    dialog.scores["trust"].setValue(9)
    scores = dialog.values().scores  # the form keys its scores by phase
    assert isinstance(scores, Mapping) and scores["trust"] == 5
    dialog.reject()
    assert tab.history_model.rowCount() == 0


def test_the_tier_section(tab: PractTab) -> None:
    text = tab.tier_label.text()
    assert "Bronze" in text and "90 points" in text
    assert "10 points to Silver" in text and "1 training" in text
    assert [tab.ledger_model.index(r, 1).data() for r in range(3)] == ["9", "0", "0"]


def test_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: ModelTester, tab: PractTab
) -> None:
    db = tab.workspace.require_db()
    assert tab.partner_id is not None
    record_assessment(db, tab.partner_id, AssessmentData("self", TODAY, [1, 2, 3, 4, 5]))
    record_assessment(db, tab.partner_id, AssessmentData("manager", TODAY, [5, 4, 3, 2, 1]))
    tab.refresh()
    qtbot.waitUntil(lambda: tab.ledger_model.rowCount() > 0)
    # Fresh models with the tab's rows: the tester stays connected to what it checks.
    history, gaps, ledger = AssessmentHistoryModel(), GapTableModel(), LedgerModel()
    history.set_rows(tab.history_model.rows())
    gaps.set_rows(tab.gap_model.rows())
    ledger.set_rows(tab.ledger_model.rows())
    for model in (history, gaps, ledger):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)


class FollowThrough(QLabel):
    def show_partner(self, partner_id: int | None) -> None:
        self.setText(f"follow-through of {partner_id}")


@pytest.fixture
def clean_registry() -> Iterator[None]:
    saved = list(pract_tab.TRUST_SECTION_FACTORIES)
    yield
    pract_tab.TRUST_SECTION_FACTORIES[:] = saved


def test_widgets_plug_in_beside_the_trust_score(
    qtbot: QtBot, tab: PractTab, partner_id: int, clean_registry: None
) -> None:
    def factory(_workspace: Workspace, parent: QWidget) -> QWidget:
        return FollowThrough(parent)

    register_trust_section(factory)
    register_trust_section(factory)  # once only
    found = tab.trust_box.findChildren(FollowThrough)
    assert len(found) == 1 and found[0].text() == f"follow-through of {partner_id}"
    tab.show_partner(None)
    assert found[0].text() == "follow-through of None"
    later = PractTab(tab.workspace)
    qtbot.addWidget(later)
    assert len(later.trust_box.findChildren(FollowThrough)) == 1


def test_the_main_window_has_the_pract_tab(
    qtbot: QtBot, sqlite_db: Database, partner_id: int, translations: Translations
) -> None:
    window = MainWindow(sqlite_db, translations)
    qtbot.addWidget(window)
    window.open_partner(partner_id)
    tabs = window.detail.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert "PRACT" in titles
    (tab,) = window.detail.findChildren(PractTab)
    assert tab.partner_id == partner_id
    assert tab.wait_for_tier()


def test_the_vendors_follow_through_stands_beside_trust(
    qtbot: QtBot, sqlite_db: Database, partner_id: int, translations: Translations
) -> None:
    def ago(days: int) -> date:
        return TODAY - timedelta(days=days)

    with sqlite_db.transaction() as s:
        p = s.get(Partner, partner_id)
        assert p is not None
        add_action_item(s, p, "資料送付", ago(20), status="done", done_on=ago(21))  # on time
        add_action_item(s, p, "見積提示", ago(30), status="done", done_on=ago(25))  # late
        add_action_item(s, p, "同行訪問", ago(5))  # overdue
        add_action_item(s, p, "研修案内", TODAY + timedelta(days=7))  # open
        add_action_item(s, p, "案件共有", ago(10), side="partner", status="done", done_on=ago(10))
        add_action_item(s, p, "古い約束", ago(200))  # before the 90 days: not counted
        other = add_partner(s, "株式会社もみじ", contract_date=ago(30)).id
    window = MainWindow(sqlite_db, translations)
    qtbot.addWidget(window)
    window.open_partner(partner_id)
    (tab,) = window.detail.findChildren(PractTab)
    (section,) = tab.trust_box.findChildren(FollowThroughSection)
    assert section.vendor is not None and section.partner is not None
    assert (section.vendor.due, section.vendor.done_on_time, section.vendor.open) == (3, 1, 1)
    text = section.label.text()
    assert (
        "Our follow-through (last 90 days): <b>33%</b> (1 of 3 kept on time, 1 late, 1 overdue)"
        in text
    )
    assert "; 1 open" in text
    assert "The partner's: <b>100%</b> (1 of 1 kept on time" in text
    # Marking the overdue item done (late) updates the figure.
    record_action_done(window, sqlite_db)
    assert "<b>33%</b> (1 of 3 kept on time, 2 late, 0 overdue)" in section.label.text()
    # A partner without commitments.
    window.open_partner(other)
    assert tab.partner_id == other
    assert "nothing was due" in section.label.text()


def record_action_done(window: MainWindow, db: Database) -> None:
    from prm_core.services.changes import Changes

    with db.transaction() as s:
        item = s.query(ActionItem).filter_by(title="同行訪問").one()
        item.status, item.done_on = "done", TODAY
    window.workspace.bus.changed.emit(Changes(actions=True))


def test_an_even_assessment_names_no_weakest_phase(qtbot: QtBot, tab: PractTab) -> None:
    """Five equal scores below 5 would list every phase as "the weakest"; one line says
    that none stands out instead."""
    dialog = tab.new_assessment(assessor="manager")
    assert dialog is not None
    fill(dialog, "manager", 4, 4, 4, 4, 4)
    dialog.accept()
    qtbot.waitUntil(lambda: tab.radar.series.get("manager") == [4, 4, 4, 4, 4])
    assert tab.weakest.text() == "All five phases score 4/5: none stands out as the weakest."
    dialog = tab.new_assessment(assessor="manager")
    assert dialog is not None
    fill(dialog, "manager", 4, 2, 4, 2, 4)
    dialog.accept()
    qtbot.waitUntil(lambda: tab.radar.series.get("manager") == [4, 2, 4, 2, 4])
    lines = tab.weakest.text().split("<br>")
    assert len(lines) == 2 and "Readiness" in lines[0] and "Collaboration" in lines[1]
