"""The main window driven through its real widgets, offscreen."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from prm_core.database import Database
from prm_desktop.i18n import Translations
from prm_desktop.models.partner_table import Column
from prm_desktop.views.main_window import MainWindow


def type_japanese(widget: QWidget, text: str) -> None:
    """Commit text the way a Japanese input method does (QTest.keyClicks is Latin-only)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def visible_names(window: MainWindow) -> list[str]:
    proxy = window.proxy
    return [proxy.index(r, Column.NAME).data() for r in range(proxy.rowCount())]


def make_window(qtbot: QtBot, db: Database, translations: Translations) -> MainWindow:
    window = MainWindow(db, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.pages.setCurrentWidget(window.splitter)  # Today is the start page
    return window


def test_typing_in_the_filter_changes_rows(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    window = make_window(qtbot, sample_db, translations)
    assert len(visible_names(window)) == 4
    assert window.count_label.text() == "4 partners"
    QTest.keyClicks(window.filter_edit, "blue")
    assert visible_names(window) == ["Blue Ocean Systems Inc."]
    assert window.count_label.text() == "1 of 4 partners"
    window.filter_edit.clear()
    assert len(visible_names(window)) == 4
    window.filter_edit.setFocus()
    type_japanese(window.filter_edit, "ミライ")
    assert window.filter_edit.text() == "ミライ"
    assert visible_names(window) == ["ミライ商事"]
    QTest.keyClick(window.filter_edit, Qt.Key.Key_Backspace)
    assert visible_names(window) == ["ミライ商事"]  # "ミラ" still matches only one


def test_ctrl_f_focuses_filter_and_selection_fills_detail(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    window = make_window(qtbot, sample_db, translations)
    window.table.setFocus()
    QTest.keyClick(window.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.filter_edit.hasFocus)
    type_japanese(window.filter_edit, "関西")
    window.table.selectRow(0)
    summary = window.detail.summary
    assert summary is not None and summary.name == "北斗ソリューションズ株式会社"
    assert [p[0] for p in summary.persons] == ["山田 太郎1", "佐藤 花子1"]  # key person first
    window.detail.tabs.setCurrentWidget(window.detail.persons)
    assert window.detail.persons.model.rowCount() == 2
    assert window.selected_partner_id() == summary.id


def test_sorting_by_clicking_a_header(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    window = make_window(qtbot, sample_db, translations)
    window.table.sortByColumn(Column.LAST_ACTIVITY, Qt.SortOrder.DescendingOrder)
    assert visible_names(window)[0] == "ミライ商事"


def test_switching_language_retranslates(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    window = make_window(qtbot, sample_db, translations)
    window.language_actions["ja"].trigger()
    assert translations.language == "ja"
    qtbot.waitUntil(lambda: window.file_menu.title() == "ファイル(&F)")  # LanguageChange is posted
    assert window.proxy.headerData(Column.NAME, Qt.Orientation.Horizontal) == "社名"
    assert window.count_label.text() == "4 社"
    assert QSettings().value("ui/language") == "ja"
    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.file_menu.title() == "&File")


def test_geometry_and_columns_are_remembered(
    qtbot: QtBot, sample_db: Database, translations: Translations, sqlite_template: Path
) -> None:
    window = make_window(qtbot, sample_db, translations)
    window.table.horizontalHeader().resizeSection(Column.OWNER, 177)
    window.close()
    from prm_core.database import open_database

    again = make_window(
        qtbot, open_database(sample_db.url.removeprefix("sqlite:///")), translations
    )
    assert again.table.horizontalHeader().sectionSize(Column.OWNER) == 177


def test_self_test_exits_zero(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "prm_desktop", "--self-test", "--db", str(tmp_path / "s.db")],
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["ok"] is True and report["font"] == "IPAexGothic"
