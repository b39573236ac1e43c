"""The partner routine driven through the real widgets: partner, key person, checklist,
1on1 with an action item, My actions, undo."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_desktop.i18n import Translations
from prm_desktop.views.goal_dialog import GoalDialog
from prm_desktop.views.main_window import MainWindow
from prm_desktop.views.meeting_dialog import MeetingDialog
from prm_desktop.views.partner_dialog import PartnerDialog
from prm_desktop.views.person_dialog import PersonDialog


def with_dialog(
    qtbot: QtBot,
    open_it: Callable[[], None],
    fill: Callable[[QWidget], None],
) -> None:
    """Open a modal dialog, fill it through its widgets, press OK."""
    seen: list[QWidget] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None, "no dialog opened"
        seen.append(dialog)
        fill(dialog)
        assert isinstance(dialog, QDialog)
        dialog.accept()
        if dialog.isVisible():  # the save was refused: close so the test can report it
            dialog.reject()

    QTimer.singleShot(0, act)
    open_it()
    assert seen, "the dialog never appeared"


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, translations: Translations) -> MainWindow:
    w = MainWindow(sqlite_db, translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def test_partner_routine_end_to_end(qtbot: QtBot, window: MainWindow) -> None:
    # 1. Create a partner (Ctrl+N's action).
    def fill_partner(d: QWidget) -> None:
        assert isinstance(d, PartnerDialog)
        d.name.setText("株式会社アルファ")
        d.kana.setText("あるふぁ")
        d.territory.setText("関東")
        d.contract.setDate(QDate.currentDate().addDays(-40))

    with_dialog(qtbot, window.new_partner_action.trigger, fill_partner)
    assert window.partner_model.rowCount() == 1
    assert window.detail.summary is not None and window.detail.summary.name == "株式会社アルファ"

    # 2. Add a key person.
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.persons)

    def fill_person(d: QWidget) -> None:
        assert isinstance(d, PersonDialog)
        d.name.setText("山田 太郎")
        d.role.setText("営業部長")
        d.email.setText("t.yamada@alpha.example.jp")
        d.key.setChecked(True)

    with_dialog(qtbot, detail.persons.add_button.click, fill_person)
    assert [r.name for r in detail.persons.model.rows()] == ["山田 太郎"]
    assert window.partner_model.partner_row(0).key_person == "山田 太郎"

    # 3. Create the checklist and complete the first step by ticking it.
    detail.tabs.setCurrentWidget(detail.onboarding)
    detail.onboarding.create_button.click()
    rows = detail.onboarding.model.rows()
    assert len(rows) == 9
    assert rows[0].overdue(date.today())  # kick-off was due 33 days ago
    index = detail.onboarding.table.model().index(0, 0)
    detail.onboarding.table.model().setData(
        index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
    )
    assert detail.onboarding.model.rows()[0].done_on == date.today()
    assert detail.onboarding.progress.value() == 1

    # 4. Write a 1on1 with an action item that is already overdue.
    detail.tabs.setCurrentWidget(detail.meetings)

    def fill_meeting(d: QWidget) -> None:
        assert isinstance(d, MeetingDialog)
        d.held_on.setDate(QDate.currentDate().addDays(-10))
        d.topics.setText("初回提案の振り返り")
        d.notes.setPlainText("良かった点:\n- 事例が刺さった\n\n次回: 同行営業")
        d.attendees_model.item(0).setCheckState(Qt.CheckState.Checked)
        # "Add action item" appends an empty row; type into its cells as a user would.
        add = next(b for b in d.findChildren(QPushButton) if b.text() == "Add action item")
        add.click()
        m = d.actions_model
        row = m.rowCount() - 1
        m.item(row, 0).setText("競合比較表を送る")
        m.item(row, 1).setText("田中")
        m.item(row, 3).setText((date.today() - timedelta(days=3)).isoformat())

    with_dialog(qtbot, detail.meetings.new_button.click, fill_meeting)
    meetings = detail.meetings.model.rows()
    assert [(m.topics, m.attendees, m.open_actions) for m in meetings] == [
        ("初回提案の振り返り", "山田 太郎", 1)
    ]

    # 5. It shows in My actions, overdue first, and double-click jumps to the partner.
    window.pages.setCurrentWidget(window.my_actions)
    todo = window.my_actions
    titles = [r.title for r in todo.model.rows()]
    # Overdue first: kick-off is done, so the next overdue items lead, ours among them.
    assert "競合比較表を送る" in titles
    assert all(
        r.overdue(date.today()) for r in todo.model.rows()[: titles.index("競合比較表を送る")]
    )
    todo.table.selectRow(titles.index("競合比較表を送る"))
    todo.open_button.click()
    assert window.pages.currentWidget() is window.splitter
    assert window.detail.tabs.currentWidget() is detail.meetings

    # 6. Undo the last edits: the 1on1 disappears, then the tick.
    window.undo_action.trigger()
    assert detail.meetings.model.rows() == []
    window.undo_action.trigger()
    detail.tabs.setCurrentWidget(detail.onboarding)
    assert detail.onboarding.model.rows()[0].done_on is None
    window.redo_action.trigger()
    assert detail.onboarding.model.rows()[0].done_on == date.today()


def test_validation_message_keeps_dialog_and_writes_nothing(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, translations: Translations
) -> None:
    messages: list[str] = []

    def warning(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)

    def fill(d: QWidget) -> None:
        assert isinstance(d, PartnerDialog)
        d.name.setText("   ")

    with_dialog(qtbot, window.new_partner_action.trigger, fill)
    assert messages == ["Partner name must not be empty."]
    assert window.partner_model.rowCount() == 0

    # In Japanese the sentence and the field it names are both Japanese.
    translations.switch("ja")
    with_dialog(qtbot, window.new_partner_action.trigger, fill)
    assert messages[-1] == "社名を入力してください。"
    assert window.partner_model.rowCount() == 0


def test_edit_partner_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    def create(d: QWidget) -> None:
        assert isinstance(d, PartnerDialog)
        d.name.setText("ベータ商事")

    with_dialog(qtbot, window.new_partner_action.trigger, create)

    def edit(d: QWidget) -> None:
        assert isinstance(d, PartnerDialog)
        d.owner.setText("佐藤")

    with_dialog(qtbot, window.edit_partner_action.trigger, edit)
    assert window.detail.summary is not None and window.detail.summary.owner == "佐藤"
    window.undo_action.trigger()
    assert window.detail.summary is not None and window.detail.summary.owner is None


def test_goal_progress_from_events(qtbot: QtBot, window: MainWindow) -> None:
    from prm_core.services.partners import PartnerData, create_partner
    from tests.factories import add_event

    db = window.database
    assert db is not None
    pid, _ = create_partner(db, PartnerData(name="ガンマ"))
    with db.transaction() as s:
        from prm_core.orm import Partner

        partner = s.get(Partner, pid)
        assert partner is not None
        for _ in range(2):
            add_event(s, partner, "deal_registered", date.today())
    window.refresh()
    window.open_partner(pid)
    detail = window.detail
    detail.tabs.setCurrentWidget(detail.goals)

    def fill(d: QWidget) -> None:
        assert isinstance(d, GoalDialog)
        d.target.setValue(4)

    with_dialog(qtbot, detail.goals.new_button.click, fill)
    goal = detail.goals.model.rows()[0]
    assert (goal.actual, goal.progress) == (2.0, 0.5)


def test_edit_and_delete_wait_for_a_selected_row(qtbot: QtBot, window: MainWindow) -> None:
    from prm_core.services.partners import PartnerData, create_partner
    from prm_core.services.persons import PersonData, create_person

    db = window.database
    assert db is not None
    pid, _ = create_partner(db, PartnerData(name="デルタ"))
    create_person(db, pid, PersonData(name="山田 太郎"))
    window.refresh()
    window.open_partner(pid)
    goals, persons = window.detail.goals, window.detail.persons
    window.detail.tabs.setCurrentWidget(goals)  # tabs load when shown
    assert goals.model.rowCount() == 0
    assert not goals.edit_button.isEnabled() and not goals.delete_button.isEnabled()
    assert goals.new_button.isEnabled()
    window.detail.tabs.setCurrentWidget(persons)
    qtbot.waitUntil(lambda: persons.model.rowCount() == 1)
    assert not persons.edit_button.isEnabled() and not persons.erase_button.isEnabled()
    persons.table.selectRow(0)
    assert persons.edit_button.isEnabled() and persons.erase_button.isEnabled()
    persons.table.clearSelection()
    assert not persons.delete_button.isEnabled()


def test_empty_tables_say_what_belongs_there(
    qtbot: QtBot, window: MainWindow, translations: Translations
) -> None:
    """A new database's partner list, a new partner's tabs: a sentence over the empty grid
    says what would be listed and how to add it; it goes once there is a row."""
    window.pages.setCurrentWidget(window.splitter)
    hint = window.empty_hint
    assert not hint.isHidden() and hint.text().startswith("No partners yet")

    def fill_partner(d: QWidget) -> None:
        assert isinstance(d, PartnerDialog)
        d.name.setText("株式会社アルファ")

    with_dialog(qtbot, window.new_partner_action.trigger, fill_partner)
    assert window.partner_model.rowCount() == 1
    assert hint.isHidden()
    persons = window.detail.persons
    assert not persons.empty_hint.isHidden()
    assert persons.empty_hint.text().startswith("No persons yet")
    assert not window.detail.activity.empty_hint.isHidden()

    window.filter_edit.setText("該当なし")
    assert not hint.isHidden() and hint.text() == "No partner matches the filter."
    translations.switch("ja")  # Qt posts LanguageChange to the windows
    qtbot.waitUntil(lambda: hint.text() == "条件に合うパートナーはありません。")
    assert persons.empty_hint.text().startswith("担当者はまだいません。")
    window.filter_edit.clear()
    assert hint.isHidden()
