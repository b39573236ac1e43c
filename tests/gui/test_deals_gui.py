"""The Deals page, the conflict panel and the partner tab, driven through the real widgets."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_core.deals.conflicts import find_conflicts
from prm_core.deals.registrations import RegistrationFilter, list_registrations
from prm_core.diagnosis.thresholds import load_thresholds
from prm_core.orm import DealRegistration
from prm_core.services.diagnosis import save_thresholds
from prm_desktop.i18n import Translations
from prm_desktop.models.deal_models import (
    CONFLICT_COLOUR,
    EXPIRING_COLOUR,
    ClaimCompareModel,
    ConflictGroupModel,
    DealPageModel,
    PartnerRegistrationsModel,
)
from prm_desktop.models.roles import SORT_ROLE
from prm_desktop.views.deals import DealsView, PartnerDealsTab
from prm_desktop.views.deals.decision_dialog import DecisionDialog
from prm_desktop.views.deals.registration_dialog import RegistrationDialog
from prm_desktop.views.main_window import MainWindow
from tests.deals_support import add_registration
from tests.factories import add_partner, add_person

TODAY = date.today()
D = TODAY - timedelta(days=20)
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0, "D": -20}


@pytest.fixture
def deals_db(sqlite_db: Database) -> Database:
    with sqlite_db.transaction() as s:
        a = add_partner(s, "アルファ販売", owner="田中")
        b = add_partner(s, "ベータ商会", owner="佐藤")
        c = add_partner(s, "ガンマ", owner="田中")
        yamada = add_person(s, a, "山田 太郎")
        add_registration(s, a, "株式会社アルファ", D, deal="基幹刷新", person=yamada)
        add_registration(
            s,
            b,
            "ｱﾙﾌｧ(株)",
            D + timedelta(days=2),
            deal="基幹刷新B",
            source="sfa.csv",
            source_row=7,
        )
        add_registration(s, c, "オメガ", D, deal="別件", status="approved")
        add_registration(
            s,
            c,
            "デルタ",
            D,
            deal="期限間近",
            expires_on=TODAY + timedelta(days=5),
            status="approved",
        )
    return sqlite_db


@pytest.fixture
def window(qtbot: QtBot, deals_db: Database, translations: Translations) -> MainWindow:
    w = MainWindow(deals_db, translations)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _view(window: MainWindow) -> DealsView:
    view = window.findChild(DealsView)
    assert view is not None
    window.pages.setCurrentWidget(view)
    return view


def _read(text: str) -> str:
    """A message as it reads: without the joiners and no-break spaces that keep names whole."""
    return text.replace("\u2060", "").replace("\u00a0", " ")


def _wait_conflicts(qtbot: QtBot, view: DealsView) -> None:
    qtbot.waitUntil(lambda: not view.conflicts.loading, timeout=5000)


def _statuses(db: Database) -> dict[str, str]:
    with db.reading() as s:
        return {r.deal: r.status for r in list_registrations(s, TODAY)}


def test_models_pass_the_model_tester(qtmodeltester: ModelTester, deals_db: Database) -> None:
    page = DealPageModel()
    page.show(deals_db, TODAY, RegistrationFilter())
    assert page.rowCount() == 4 and page.total == 4
    qtmodeltester.check(page, force_py=True)
    with deals_db.reading() as s:
        rows = list_registrations(s, TODAY)
        groups = find_conflicts(s, TODAY)
    partner = PartnerRegistrationsModel()
    partner.set_rows(rows)
    partner.set_conflicts({rows[0].id})
    qtmodeltester.check(partner, force_py=True)
    conflict_groups = ConflictGroupModel()
    conflict_groups.set_rows(groups)
    qtmodeltester.check(conflict_groups, force_py=True)
    compare = ClaimCompareModel()
    compare.set_claims(list(groups[0].claims), TODAY)
    assert (compare.rowCount(), compare.columnCount()) == (11, 2)
    qtmodeltester.check(compare, force_py=True)
    compare.set_claims([], TODAY)
    qtmodeltester.check(compare, force_py=True)


def test_page_model_fetches_page_by_page(deals_db: Database) -> None:
    with deals_db.transaction() as s:
        from prm_core.orm import Partner

        p = s.get(Partner, 1)
        assert p is not None
        for i in range(450):
            add_registration(s, p, f"顧客{i}", D - timedelta(days=i % 30))
    model = DealPageModel()
    model.show(deals_db, TODAY, RegistrationFilter())
    assert model.total == 454 and model.rowCount() == 200
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 454
    assert len({r.id for r in model.rows()}) == 454


def test_deals_page_lists_and_filters(qtbot: QtBot, window: MainWindow) -> None:
    view = _view(window)
    regs = view.registrations
    assert regs.model.total == 4
    assert regs.count.text() == "4 registrations"
    regs.expiring.setChecked(True)
    assert [r.deal for r in regs.model.rows()] == ["期限間近"]
    regs.expiring.setChecked(False)
    regs.owner.setCurrentIndex(regs.owner.findData("佐藤"))
    assert [r.deal for r in regs.model.rows()] == ["基幹刷新B"]
    regs.owner.setCurrentIndex(0)
    regs.status.setCurrentIndex(regs.status.findData("approved"))
    assert sorted(r.deal for r in regs.model.rows()) == ["別件", "期限間近"]
    regs.status.setCurrentIndex(0)
    regs.partner.setCurrentIndex(regs.partner.findText("アルファ販売"))
    assert [r.deal for r in regs.model.rows()] == ["基幹刷新"]
    # The source is shown as evidence.
    regs.partner.setCurrentIndex(regs.partner.findText("ベータ商会"))
    source = regs.model.index(0, regs.model.columnCount() - 1).data()
    assert source == "sfa.csv, row 7"


def test_ctrl_5_opens_the_page(qtbot: QtBot, window: MainWindow) -> None:
    view = window.findChild(DealsView)
    assert view is not None
    window.pages.setCurrentIndex(0)
    qtbot.keySequence(window, QKeySequence("Ctrl+5"))
    assert window.pages.currentWidget() is view


def test_approve_a_registration_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    view = _view(window)
    regs = view.registrations
    db = window.database
    assert db is not None
    row = next(i for i, r in enumerate(regs.model.rows()) if r.deal == "基幹刷新")
    regs.table.selectRow(row)
    assert regs.approve_button.isEnabled() and not regs.won_button.isEnabled()
    regs.approve_button.click()
    dialog = regs.dialog
    assert isinstance(dialog, DecisionDialog) and dialog.isVisible()
    dialog.reason.setPlainText("先行登録・要件確認済み")
    dialog.accept()
    assert not dialog.isVisible()
    assert _statuses(db)["基幹刷新"] == "approved"
    shown = {r.deal: r.status for r in regs.model.rows()}
    assert shown["基幹刷新"] == "approved"
    with db.reading() as s:
        stored = s.query(DealRegistration).filter_by(deal="基幹刷新").one()
        assert (stored.decided_on, stored.decision_reason) == (TODAY, "先行登録・要件確認済み")
    window.undo_action.trigger()
    assert _statuses(db)["基幹刷新"] == "submitted"
    window.redo_action.trigger()
    assert _statuses(db)["基幹刷新"] == "approved"


def test_reject_without_a_reason_keeps_the_dialog(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []

    def warning(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    view = _view(window)
    regs = view.registrations
    regs.table.selectRow(next(i for i, r in enumerate(regs.model.rows()) if r.deal == "別件"))
    dialog = regs.decide_selected("rejected")
    assert dialog is not None
    dialog.accept()
    assert dialog.isVisible()
    assert messages == ["Give a reason for rejecting the registration."]
    dialog.reason.setPlainText("顧客側で案件消滅")
    dialog.accept()
    assert not dialog.isVisible()
    db = window.database
    assert db is not None
    assert _statuses(db)["別件"] == "rejected"


def test_resolve_a_conflict_and_undo(qtbot: QtBot, window: MainWindow) -> None:
    view = _view(window)
    _wait_conflicts(qtbot, view)
    panel = view.conflicts
    assert len(panel.groups) == 1
    assert view.tabs.tabText(1) == "Conflicts (1)"
    view.tabs.setCurrentWidget(panel)
    # Side by side, first-registered first, with the sources as evidence.
    claims = panel.compare.claims()
    assert [c.partner for c in claims] == ["アルファ販売", "ベータ商会"]
    sources = [panel.compare.index(10, col).data() for col in range(2)]
    assert sources == ["Typed in the app", "sfa.csv, row 7"]
    # Claims in conflict are tinted in the list.
    conflict_ids = view.registrations.model.conflict_ids
    assert conflict_ids == {c.id for c in claims}
    assert not panel.resolve_button.isEnabled()
    panel.choose("keep_first")
    panel.reason.setText("アルファ販売が先に登録、ベータ商会に連絡済み")
    assert panel.resolve_button.isEnabled()
    panel.resolve_button.click()
    _wait_conflicts(qtbot, view)
    assert panel.groups == []
    assert view.tabs.tabText(1) == "Conflicts"
    assert "No unresolved conflicts" in panel.status.text()
    assert view.registrations.model.conflict_ids == set()
    window.undo_action.trigger()
    _wait_conflicts(qtbot, view)
    assert len(panel.groups) == 1


def test_partner_tab_shows_its_registrations(qtbot: QtBot, window: MainWindow) -> None:
    tab = window.findChild(PartnerDealsTab)
    assert tab is not None
    assert window.detail.tabs.indexOf(tab) >= 0
    assert window.detail.tabs.tabText(window.detail.tabs.indexOf(tab)) == "Deal registrations"
    window.open_partner(3)  # ガンマ, on the Partners page
    window.detail.tabs.setCurrentWidget(tab)
    assert sorted(r.deal for r in tab.model.rows()) == ["別件", "期限間近"]
    assert tab.count.text() == "2 registrations"
    tab.table.selectRow(0)
    assert "No activity names this deal yet." in tab.activity.text()
    dialog = tab.decide_selected("rejected")
    assert dialog is not None
    dialog.reason.setPlainText("重複登録")
    dialog.accept()
    assert sorted(r.status for r in tab.model.rows()) == ["approved", "rejected"]


def test_open_partner_from_the_list(qtbot: QtBot, window: MainWindow) -> None:
    view = _view(window)
    regs = view.registrations
    regs.table.selectRow(next(i for i, r in enumerate(regs.model.rows()) if r.deal == "別件"))
    regs.open_button.click()
    assert window.pages.currentWidget() is window.splitter
    assert window.detail.summary is not None and window.detail.summary.name == "ガンマ"
    tab = window.findChild(PartnerDealsTab)
    assert window.detail.tabs.currentWidget() is tab


def test_japanese_labels(qtbot: QtBot, window: MainWindow, translations: Translations) -> None:
    view = _view(window)
    translations.switch("ja")
    try:
        titles = [window.pages.tabText(i) for i in range(window.pages.count())]
        assert titles[-1] != ""
        status_header = view.registrations.model.headerData(6, Qt.Orientation.Horizontal)
        assert isinstance(status_header, str) and status_header
    finally:
        translations.switch("en")


def test_type_a_registration_then_undo(qtbot: QtBot, window: MainWindow) -> None:
    view = _view(window)
    regs = view.registrations
    dialog = regs.new_registration()
    assert isinstance(dialog, RegistrationDialog)
    dialog.partner.setCurrentIndex(dialog.partner.findText("アルファ販売"))
    assert dialog.person.findText("山田 太郎") > 0
    dialog.person.setCurrentIndex(dialog.person.findText("山田 太郎"))
    dialog.customer.setText("（株）オメガ")
    dialog.corporate_number.setText("７０００-０１２０-５０００２")
    dialog.deal.setText("全社展開")
    dialog.amount.setText("¥3,000,000")
    dialog.accept()
    assert not dialog.isVisible()
    db = window.database
    assert db is not None
    with db.reading() as s:
        row = s.query(DealRegistration).filter_by(deal="全社展開").one()
        assert (row.customer_key, row.corporate_number, row.amount, row.source) == (
            "オメガ",
            "7000012050002",
            3_000_000,
            "manual",
        )
        assert row.expires_on == TODAY + timedelta(days=90)
    assert regs.model.total == 5
    # オメガ is also claimed by ガンマ: a new conflict shows up.
    _wait_conflicts(qtbot, view)
    assert len(view.conflicts.groups) == 2
    window.undo_action.trigger()
    assert regs.model.total == 4
    _wait_conflicts(qtbot, view)
    assert len(view.conflicts.groups) == 1


def test_edit_a_registration(qtbot: QtBot, window: MainWindow) -> None:
    view = _view(window)
    regs = view.registrations
    regs.table.selectRow(next(i for i, r in enumerate(regs.model.rows()) if r.deal == "別件"))
    dialog = regs.edit_selected()
    assert dialog is not None
    assert dialog.customer.text() == "オメガ"
    dialog.deal.setText("別件（更新）")
    dialog.accept()
    assert not dialog.isVisible()
    assert "別件（更新）" in [r.deal for r in regs.model.rows()]
    window.undo_action.trigger()
    assert "別件" in [r.deal for r in regs.model.rows()]


def test_bad_corporate_number_keeps_the_form(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    messages: list[str] = []

    def warning(_p: object, _t: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        messages.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    view = _view(window)
    dialog = view.registrations.new_registration()
    assert dialog is not None
    dialog.customer.setText("X")
    dialog.deal.setText("Y")
    # From the Deals page no partner is guessed: the manager has to name one.
    assert dialog.partner.currentIndex() == -1 and dialog.partner.currentText() == ""
    dialog.accept()
    assert dialog.isVisible() and messages == ["Choose a partner from the list."]
    dialog.partner.setCurrentIndex(0)
    dialog.corporate_number.setText("1000012050002")
    dialog.accept()
    assert dialog.isVisible()
    assert len(messages) == 2 and "check digit" in messages[1]
    assert view.registrations.model.total == 4


def test_import_a_file_from_the_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    view = _view(window)
    regs = view.registrations
    monkeypatch.setattr(regs, "show_message", lambda _title, text: shown.append(text))
    path = tmp_path / "deals.csv"
    path.write_text(
        "登録日,パートナー,顧客名,案件,ステータス\n"
        f"{TODAY.isoformat()},デルタ販売,株式会社アルファ,横展開,申請中\n",
        encoding="cp932",
    )
    task = regs.import_file(str(path))
    assert task is not None
    qtbot.waitUntil(lambda: regs.import_task is None, timeout=10_000)
    assert shown and "Imported: 1" in shown[0] and "New partners: デルタ販売" in _read(shown[0])
    assert regs.model.total == 5
    _wait_conflicts(qtbot, view)
    (group,) = view.conflicts.groups
    assert [c.partner for c in group.claims] == ["アルファ販売", "ベータ商会", "デルタ販売"]
    assert group.claims[2].source_text == "deals.csv, row 2"
    # A rejected file says so and writes nothing.
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "登録日,パートナー,顧客名,案件,法人番号\n2026-01-01,X,Y,Z,123\n", encoding="utf-8"
    )
    regs.import_file(str(bad))
    qtbot.waitUntil(lambda: regs.import_task is None, timeout=10_000)
    assert "rejected" in shown[-1] and "Row 2" in shown[-1]
    assert regs.model.total == 5


def test_the_import_message_names_merges_notes_and_look_alikes(
    qtbot: QtBot,
    window: MainWindow,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A registration list laid out for people: the partner merged over its two claims, a
    ※ line under the table, and ㈱ベータ商会 where the database has ベータ商会. The message
    says how each was read, in the UI's language, as the import wizard does."""
    from tests.core.test_import_support import merged_xlsx

    shown: list[str] = []
    regs = _view(window).registrations
    monkeypatch.setattr(regs, "show_message", lambda _title, text: shown.append(text))
    day = TODAY.isoformat()
    path = merged_xlsx(
        tmp_path / "claims.xlsx",
        [
            ["登録日", "パートナー", "担当者", "顧客名", "案件"],
            [day, "㈱ベータ商会", "新人 一郎", "株式会社イプシロン", "A"],
            [day, None, "新人 一郎", "株式会社ゼータ", "B"],
            ["※ 金額は税抜です"],
        ],
        ["B2:B3"],
    )
    before = regs.model.total
    regs.import_file(str(path))
    qtbot.waitUntil(lambda: regs.import_task is None, timeout=10_000)
    text = _read(shown[-1])
    assert "Imported: 2" in text and regs.model.total == before + 2
    assert "New partners: ㈱ベータ商会" in text
    assert "New persons: 新人 一郎 (㈱ベータ商会)" in text
    assert "Merged cells, read as their value on every row they span: B2:B3" in text
    assert "Notes, not imported: row 4 “※ 金額は税抜です”" in text
    assert "Names like another, created separately (check the spelling): " in text
    assert "㈱ベータ商会 ≈ ベータ商会" in text
    translations.switch("ja")
    try:
        regs._imported(regs.last_import)  # type: ignore[arg-type]
        assert "結合セル（範囲のどの行もその値として読みました）：B2:B3" in _read(shown[-1])
        assert "取り込まなかった注記の行：4 行目「※ 金額は税抜です」" in _read(shown[-1])
    finally:
        translations.switch("en")


def test_a_workbook_with_several_sheets_asks_which_to_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from tests.core.test_import_sheets import workbook

    header = ["登録日", "パートナー", "顧客名", "案件", "ステータス", "ID"]
    path = workbook(
        tmp_path / "deals.xlsx",
        {
            "7月": [
                header,
                [TODAY.isoformat(), "デルタ販売", "株式会社イプシロン", "A", "申請中", "J-1"],
            ],
            "8月": [
                header,
                [TODAY.isoformat(), "デルタ販売", "株式会社ゼータ", "B", "申請中", "A-1"],
            ],
        },
    )
    regs = _view(window).registrations
    monkeypatch.setattr(regs, "show_message", lambda _title, _text: None)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    asked: list[list[str]] = []
    answer: list[tuple[str, bool]] = [("", False)]

    def get_item(
        _parent: object, _title: str, label: str, items: list[str], *_a: object
    ) -> tuple[str, bool]:
        asked.append(list(items))
        assert "deals.xlsx" in label
        return answer[0]

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    before = regs.model.total
    regs.choose_import_file()  # cancelled at the sheet question: nothing imported
    assert asked == [["7月", "8月"]] and regs.import_task is None
    answer[0] = ("8月", True)
    regs.choose_import_file()
    qtbot.waitUntil(lambda: regs.import_task is None, timeout=10_000)
    assert regs.model.total == before + 1
    with window.database.reading() as s:  # type: ignore[union-attr]
        row = s.query(DealRegistration).filter_by(external_id="A-1").one()
        assert (row.customer, row.source) == ("株式会社ゼータ", "deals.xlsx [8月]")

    one = workbook(tmp_path / "one.xlsx", {"only": [header]})
    assert regs.ask_sheet(str(one)) == (True, None) and len(asked) == 2  # not asked


def test_expiring_follows_the_deal_expiring_threshold(
    qtbot: QtBot, window: MainWindow, deals_db: Database
) -> None:
    """The manager widens "expiring" for the signal; the Deals filter, the amber rows and the
    partner tab follow without a restart."""
    view = _view(window)
    regs = view.registrations
    regs.expiring.setChecked(True)
    assert regs.expiring.text() == "Expires within 14 days"
    assert "Expires within 14 days" in view.registrations.legend.text()
    assert CONFLICT_COLOUR.name() in view.registrations.legend.text()
    assert [r.deal for r in regs.model.rows()] == ["期限間近"]
    with deals_db.reading() as s:
        document = load_thresholds(s).to_json()
    document["deal_expiring"]["days"] = 80  # the claims registered 20 days ago expire in 70
    window.workspace.bus.changed.emit(save_thresholds(deals_db, document))
    assert regs.expiring.text() == "Expires within 80 days"
    assert "Expires within 80 days" in regs.legend.text()  # the legend follows too
    assert sorted(r.deal for r in regs.model.rows()) == [
        "別件",
        "基幹刷新",
        "基幹刷新B",
        "期限間近",
    ]
    amber = regs.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(amber, QBrush) and amber.color() == EXPIRING_COLOUR
    tab = window.findChild(PartnerDealsTab)
    assert tab is not None
    window.open_partner(3)
    window.detail.tabs.setCurrentWidget(tab)
    assert tab.model.expiring_days == 80
    row = next(i for i, r in enumerate(tab.model.rows()) if r.deal == "別件")
    brush = tab.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == EXPIRING_COLOUR


def test_a_tuple_sort_key_sorts_through_the_proxy(deals_db: Database) -> None:
    """The Registered column sorts by (date, id): a tuple Qt's proxy cannot compare, so all
    rows tied and the header arrow showed an order the rows did not follow."""
    with deals_db.reading() as s:
        rows = list_registrations(s, TODAY)
    assert len({r.registered_on for r in rows}) > 1
    model = PartnerRegistrationsModel()
    model.set_rows(sorted(rows, key=lambda r: r.id % 3))  # any order but the date's
    proxy = QSortFilterProxyModel()
    proxy.setSortRole(SORT_ROLE)
    proxy.setSourceModel(model)
    for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
        proxy.sort(0, order)
        shown = [model.row_at(proxy.mapToSource(proxy.index(i, 0)).row()) for i in range(len(rows))]
        keys = [(r.registered_on, r.id) for r in shown]
        assert keys == sorted(keys, reverse=order == Qt.SortOrder.DescendingOrder)


def test_a_terminated_partners_claim_stays_with_its_partner(
    qtbot: QtBot, deals_db: Database, translations: Translations
) -> None:
    """Terminated partners are not offered for new claims; editing one of their claims must
    not move it to the first partner of the list, nor may the partner tab's New."""
    with deals_db.transaction() as s:
        from prm_core.orm import Partner

        gamma = s.get(Partner, 3)
        assert gamma is not None and gamma.name == "ガンマ"
        gamma.status = "terminated"
    window = MainWindow(deals_db, translations)
    qtbot.addWidget(window)
    window.show()
    regs = _view(window).registrations
    regs.table.selectRow(next(i for i, r in enumerate(regs.model.rows()) if r.deal == "別件"))
    dialog = regs.edit_selected()
    assert isinstance(dialog, RegistrationDialog)
    assert dialog.partner.currentText() == "ガンマ"
    assert dialog.values().partner_id == 3
    dialog.reject()
    tab = window.findChild(PartnerDealsTab)
    assert tab is not None
    window.open_partner(3)
    window.detail.tabs.setCurrentWidget(tab)
    new = tab.new_registration()
    assert new is not None and new.partner.currentIndex() == -1  # no other partner guessed
