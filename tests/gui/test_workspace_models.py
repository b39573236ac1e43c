"""Every workspace model under QAbstractItemModelTester, plus paging and TSV copy."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QTableView
from pytestqt.modeltest import ModelTester

from prm_core.database import Database
from prm_core.queries.workspace import (
    ActionRow,
    ChecklistRow,
    GoalRow,
    MeetingRow,
    PersonRow,
)
from prm_desktop.models import event_page
from prm_desktop.models.event_page import EventPageModel
from prm_desktop.models.workspace_tables import (
    ChecklistTableModel,
    GoalTableModel,
    MeetingListModel,
    PersonTableModel,
    TodoTableModel,
)
from prm_desktop.views.table_utils import selection_as_tsv, setup_table
from tests.factories import add_event, add_partner

TODAY = date.today()
#: Read from the clock again as each test starts (tests/conftest.py).
CLOCK_DAYS = {"TODAY": 0}


def test_row_models(qtmodeltester: ModelTester) -> None:
    persons = PersonTableModel()
    persons.set_rows(
        [
            PersonRow(1, "山田", "部長", "y@x.jp", None, True, "", 1, False),
            PersonRow(2, "(erased)", None, None, None, False, "", 2, True),
        ]
    )
    qtmodeltester.check(persons, force_py=True)
    checklist = ChecklistTableModel()
    checklist.set_rows(
        [
            ChecklistRow(1, 0, "キックオフ", TODAY - timedelta(days=1), None, "", 1),
            ChecklistRow(2, 1, "研修", TODAY, TODAY, "", 1),
        ]
    )
    qtmodeltester.check(checklist, force_py=True)
    assert checklist.progress() == (1, 2)
    meetings = MeetingListModel()
    meetings.set_rows([MeetingRow(1, TODAY, "提案", "山田", 1, 2, "activate", "メモ")])
    qtmodeltester.check(meetings, force_py=True)
    goals = GoalTableModel()
    goals.set_rows([GoalRow(1, "deal_won", 3, TODAY, TODAY, None, 1, "", 1)])
    qtmodeltester.check(goals, force_py=True)
    assert goals.index(0, 5).data() == "33%"
    todo = TodoTableModel()
    todo.set_rows([ActionRow(1, 1, "アルファ", "資料送付", "田中", "vendor", TODAY, "action", 1)])
    qtmodeltester.check(todo, force_py=True)


def test_event_page_model_fetches_in_pages(
    sqlite_db: Database, qtmodeltester: ModelTester, monkeypatch: object
) -> None:
    import pytest

    mp = pytest.MonkeyPatch()
    mp.setattr(event_page, "PAGE_SIZE", 7)
    try:
        with sqlite_db.transaction() as s:
            p = add_partner(s, "P")
            base = datetime(2026, 1, 1, 9)
            for i in range(20):
                add_event(
                    s,
                    p,
                    "login" if i % 2 else "material_download",
                    base + timedelta(hours=i // 2),
                    source="t",
                    external_id=str(i),
                )
            pid = p.id
        model = EventPageModel(sqlite_db)
        model.show_partner(pid)
        assert (model.total, model.rowCount()) == (20, 7)
        qtmodeltester.check(model, force_py=True)
        while model.canFetchMore(QModelIndex()):
            model.fetchMore(QModelIndex())
        rows = model.rows()
        assert len(rows) == 20 and len({r.id for r in rows}) == 20
        keys = [(r.occurred_at, r.id) for r in rows]
        assert keys == sorted(keys, reverse=True)  # newest first, ties by id, no gaps
        model.show_partner(pid, ["login"])
        assert model.total == 10 and all(r.kind == "login" for r in model.rows())
    finally:
        mp.undo()


def test_copy_rows_as_tab_separated_text(qtbot: object) -> None:
    model = PersonTableModel()
    model.set_rows(
        [
            PersonRow(1, "山田\t太郎", "部長\n営業", "y@x.jp", "03-1", True, "", 1, False),
            PersonRow(2, "佐藤", None, None, None, False, "", 1, False),
        ]
    )
    view = QTableView()
    setup_table(view, model, "test-copy")
    view.selectAll()
    text = selection_as_tsv(view)
    lines = text.split("\r\n")
    assert lines[0] == "Name\tRole\tEmail\tPhone\tKey person"
    assert lines[1] == "山田 太郎\t部長 営業\ty@x.jp\t03-1\tKey person"
    assert lines[2] == "佐藤\t\t\t\t"
