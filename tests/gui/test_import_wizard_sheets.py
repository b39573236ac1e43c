"""The import wizard on a workbook with several sheets: the Sheet drop-down, its preview,
and an import of the chosen sheet only, with that sheet's own rejects file."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from prm_core.importing import Preview
from prm_core.importing import preview as real_preview
from prm_core.orm import Event
from prm_desktop.i18n import Translations
from prm_desktop.views import import_wizard
from prm_desktop.views.import_wizard import ImportWizard
from prm_desktop.views.main_window import MainWindow
from tests.core.test_import_sheets import Q1, Q2, workbook
from tests.core.test_import_support import JA_HEADER, read_rejects, write_csv
from tests.gui.test_import_wizard import opened, wait_for_preview, window

__all__ = ["window"]  # the fixture, shared


def sheet_row_shown(wizard: ImportWizard) -> bool:
    page = wizard.file_page
    return page.form.isRowVisible(page.sheet)


def test_choosing_another_sheet_previews_and_imports_it_alone(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    translations.switch("ja")
    source = workbook(
        tmp_path / "活動.xlsx",
        {"~メモ": [["secret"]], "2026Q1": [JA_HEADER, *Q1], "2026Q2": [JA_HEADER, *Q2]},
    )
    wizard = opened(qtbot, window, str(source))
    page = wizard.file_page
    assert sheet_row_shown(wizard)
    assert [page.sheet.itemText(i) for i in range(page.sheet.count())] == ["2026Q1", "2026Q2"]
    assert page.sheet.currentText() == "2026Q1"  # the first visible sheet, as before
    assert wizard.preview is not None and wizard.preview.rows[0][-1] == "Q1-1"
    assert page.status.text().startswith("Excel ブック、シート 2026Q1")

    page.sheet.setCurrentIndex(1)
    assert not page.isComplete()  # Next waits for the chosen sheet's preview
    wait_for_preview(qtbot, wizard)
    assert page.isComplete()
    assert wizard.preview is not None
    assert [r[-1] for r in wizard.preview.rows] == ["Q2-1", "Q2-2", "Q2-3"]
    assert page.status.text().startswith("Excel ブック、シート 2026Q2")

    wizard.next()  # → mapping: the Japanese headers map themselves
    wizard.next()  # → validation
    check = wizard.validate_page
    qtbot.waitUntil(lambda: check.report is not None and not check.running(), timeout=10_000)
    assert check.report is not None and check.report.rejected == 1  # "資料ダウンロード"
    assert "活動.2026Q2.rejected.xlsx" in check.keep_valid_note.text()
    check.keep_valid.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10_000)
    report = wizard.result_report
    assert report is not None and report.committed and report.inserted == 2
    assert report.rejects_path == tmp_path / "活動.2026Q2.rejected.xlsx"
    rejected = read_rejects(report.rejects_path)  # a workbook for a workbook, in Japanese
    assert rejected[0][-1] == "理由"
    assert rejected[1][3] == "資料ダウンロード"
    assert rejected[1][-1] == "3 行目：【種別】不明な種別です：「資料ダウンロード」"
    db = window.database
    assert db is not None
    with db.reading() as s:
        assert sorted(e.external_id or "" for e in s.query(Event)) == ["Q2-1", "Q2-3"]


def test_the_sheet_row_is_offered_only_when_there_is_a_choice(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    two = workbook(tmp_path / "two.xlsx", {"a": [JA_HEADER, *Q1], "b": [JA_HEADER, *Q2]})
    one = workbook(tmp_path / "one.xlsx", {"only": [JA_HEADER, *Q1]})
    text = write_csv(tmp_path / "e.csv", [JA_HEADER, *Q1])
    wizard = opened(qtbot, window, str(two))
    page = wizard.file_page
    page.sheet.setCurrentIndex(1)
    wait_for_preview(qtbot, wizard)
    assert sheet_row_shown(wizard) and page.sheet.currentText() == "b"

    page.path.setText(str(one))  # another file starts again from its own first sheet
    assert not page.isComplete()
    wait_for_preview(qtbot, wizard)
    assert not sheet_row_shown(wizard) and page.isComplete()
    wizard.next()
    assert wizard.sheet is None  # one sheet: nothing to name, the plain rejects name
    wizard.back()

    page.path.setText(str(two))
    wait_for_preview(qtbot, wizard)
    assert page.sheet.currentText() == "a"  # not "b": a new read of the file

    page.path.setText(str(text))
    wait_for_preview(qtbot, wizard)
    assert not sheet_row_shown(wizard) and page.sheet.count() == 0 and page.isComplete()


def test_a_sheet_with_only_a_header_is_named_and_another_can_be_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = workbook(tmp_path / "w.xlsx", {"表紙": [JA_HEADER], "data": [JA_HEADER, *Q1]})
    wizard = opened(qtbot, window, str(source))
    page = wizard.file_page
    assert not page.isComplete()
    assert page.error.text() == (
        "The sheet 表紙 has no data rows, only the header: choose the sheet that holds the data."
    )
    assert sheet_row_shown(wizard)
    page.sheet.setCurrentIndex(1)
    wait_for_preview(qtbot, wizard)
    assert page.error.text() == "" and page.isComplete()


def test_an_empty_first_sheet_still_offers_the_others(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = workbook(tmp_path / "w.xlsx", {"表紙": [], "data": [JA_HEADER, *Q1]})
    wizard = opened(qtbot, window, str(source))
    page = wizard.file_page
    assert page.error.text() == "w.xlsx: the sheet '表紙' is empty (not even a header row)"
    assert sheet_row_shown(wizard) and page.sheet.currentText() == "表紙"
    assert not page.isComplete()
    page.sheet.setCurrentIndex(1)
    wait_for_preview(qtbot, wizard)
    assert page.error.text() == "" and page.isComplete()


def test_a_late_preview_of_a_sheet_left_meanwhile_is_dropped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = workbook(tmp_path / "w.xlsx", {"a": [JA_HEADER, *Q1], "b": [JA_HEADER, *Q2]})
    wizard = opened(qtbot, window, str(source))
    page = wizard.file_page
    release = threading.Event()
    started: list[str | None] = []

    def slow_preview(path: str, n: int = 20, *, sheet: str | None = None) -> Preview:
        started.append(sheet)
        if sheet == "b":
            release.wait(timeout=10)
        return real_preview(path, n, sheet=sheet)

    monkeypatch.setattr(import_wizard, "preview", slow_preview)
    page.sheet.setCurrentIndex(1)  # b: slow
    qtbot.waitUntil(lambda: started == ["b"], timeout=5_000)
    page.sheet.setCurrentIndex(0)  # back to a before b's preview is in
    wait_for_preview(qtbot, wizard)
    release.set()
    qtbot.waitUntil(lambda: not page._tasks, timeout=5_000)  # b's read has ended too
    assert page.sheet.currentText() == "a" and page.isComplete()
    assert wizard.preview is not None and wizard.preview.info["sheet"] == "a"
    assert [r[-1] for r in wizard.preview.rows] == ["Q1-1", "Q1-2"]
    wizard.next()
    assert wizard.sheet == "a"
