"""The import wizard driven through its pages: unknown header mapped by hand, import, summary."""

from __future__ import annotations

import csv
import dataclasses
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import cast

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QDropEvent
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from prm_core.database import Database
from prm_core.importing import ImportReport, Preview
from prm_core.importing import preview as real_preview
from prm_core.importing import run_import as real_run_import
from prm_core.orm import Event, Partner
from prm_desktop.i18n import Translations, unbroken
from prm_desktop.views import import_run_pages, import_wizard
from prm_desktop.views.import_wizard import ImportWizard
from prm_desktop.views.main_window import MainWindow
from tests.core.test_import_support import merged_xlsx

CSV = (
    "日時,パートナー,担当者,アクション,資料\n"
    "2026/04/01 9:30,株式会社アルファ,山田 太郎,資料DL,導入事例集\n"
    "2026/04/02,株式会社アルファ,山田 太郎,login,\n"
    "2026-04-03,ベータ商事,佐藤 花子,案件登録,\n"
)


@pytest.fixture
def window(qtbot: QtBot, sqlite_db: Database, translations: Translations) -> MainWindow:
    w = MainWindow(sqlite_db, translations)
    qtbot.addWidget(w)
    w.show()
    return w


def events(db: Database) -> int:
    with db.reading() as s:
        return int(s.scalar(select(func.count()).select_from(Event)) or 0)


def wait_for_preview(qtbot: QtBot, wizard: ImportWizard) -> None:
    """The first page reads the preview in the background; Next works once it is in."""
    qtbot.waitUntil(lambda: not wizard.file_page.reading(), timeout=10_000)


def opened(qtbot: QtBot, window: MainWindow, source: str) -> ImportWizard:
    """The wizard for ``source``, opened from the main window, its preview read."""
    wizard = window.import_file(source)
    assert wizard is not None
    qtbot.addWidget(wizard)
    wait_for_preview(qtbot, wizard)
    return wizard


def run_wizard(qtbot: QtBot, wizard: ImportWizard) -> None:
    wait_for_preview(qtbot, wizard)
    wizard.next()  # file → mapping
    assert wizard.currentPage() is wizard.mapping_page
    combos = wizard.mapping_page.combos
    assert combos["日時"].currentData() == "occurred_at"  # known Japanese headers map themselves
    assert combos["アクション"].currentData() is None  # the unknown one waits for the user
    assert combos["アクション"].itemText(combos["アクション"].findData("kind")) == "Kind *"
    combos["アクション"].setCurrentIndex(combos["アクション"].findData("kind"))
    wizard.next()  # → validation (background)
    page = wizard.validate_page
    qtbot.waitUntil(lambda: page.report is not None or page.failure is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not page.running())
    assert page.report is not None and page.report.ok, page.failure
    wizard.next()  # → import (background)
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10_000)


def test_wizard_maps_unknown_header_and_imports(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "portal.csv"
    source.write_bytes(CSV.encode("cp932"))  # what Japanese Excel writes
    wizard = window.import_file(str(source))
    assert wizard is not None
    qtbot.addWidget(wizard)
    run_wizard(qtbot, wizard)
    report = wizard.result_report
    assert report is not None and report.committed
    assert (report.inserted, report.duplicates) == (3, 0)
    summary = wizard.import_page.summary.text()
    assert "Imported." in summary and "Events added: 3" in summary  # what, not only how many
    assert unbroken("ベータ商事") in summary  # a listed name never wraps inside
    assert wizard.import_page.progress.isHidden()  # no full bar left over the outcome
    assert wizard.import_page.open_rejects.isHidden()  # nothing was rejected
    assert wizard.import_page.error_view.isHidden()  # no empty error list under a success
    db = window.database
    assert db is not None and events(db) == 3
    qtbot.waitUntil(lambda: window.partner_model.rowCount() == 2)  # the list refreshed

    # The mapping is remembered for this header layout, and a second import adds nothing.
    again = opened(qtbot, window, str(source))
    again.next()
    assert again.mapping_page.combos["アクション"].currentData() == "kind"
    again.next()
    page = again.validate_page
    qtbot.waitUntil(lambda: page.report is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not page.running())
    again.next()
    qtbot.waitUntil(lambda: again.result_report is not None, timeout=10_000)
    report = again.result_report
    assert report is not None and (report.inserted, report.duplicates) == (0, 3)
    assert events(db) == 3
    assert again.import_page.summary.text().startswith("Nothing new to import")


def test_many_bad_rows_are_listed_in_file_order_and_the_cut_is_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "bad.csv"
    rows = "".join(f"2026-04-01,株式会社アルファ,,資料ダウンロード{i}\n" for i in range(1_005))
    source.write_text("日時,パートナー,担当者,種別\n" + rows, encoding="utf-8")
    wizard = opened(qtbot, window, str(source))
    wizard.next()
    wizard.next()
    page = wizard.validate_page
    qtbot.waitUntil(lambda: page.report is not None and not page.running(), timeout=10_000)
    assert page.error_view.isVisibleTo(wizard)
    proxy = page.error_view.model()
    assert [proxy.index(r, 0).data() for r in range(3)] == ["2", "3", "4"]
    assert "first 1,000 of 1,005 problems" in page.summary.text()
    # not "…or import only the valid rows": there are none
    assert page.summary.text().startswith(
        "No row can be imported. Fix the file or the column mapping, then try again.\n"
    )
    assert "Kinds a file can use: registered (PRM登録), login (ログイン)," in page.summary.text()
    assert page.keep_valid.isHidden()  # not one valid row: nothing to "import anyway"
    page.keep_valid.setChecked(True)  # even if it were ticked, there is nothing to import
    assert not page.isComplete()
    assert events(window.database) == 0  # type: ignore[arg-type]


def test_refused_file_is_explained_on_the_first_page(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    bogus = tmp_path / "report.xlsx"
    bogus.write_text("not a workbook")
    wizard = opened(qtbot, window, str(bogus))
    assert "report.xlsx" in wizard.file_page.error.text()
    assert not wizard.file_page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    with window.database.reading() as s:  # type: ignore[union-attr]
        assert s.scalar(select(func.count()).select_from(Partner)) == 0


def test_dropping_a_file_opens_the_wizard(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    source = tmp_path / "drop.csv"
    source.write_text(CSV, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(source))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    wizards = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard) and w.isVisible()
    ]
    assert wizards and isinstance(wizards[-1], ImportWizard)
    assert wizards[-1].file_page.path.text() == str(source)
    wizards[-1].reject()


def test_the_preview_is_read_off_the_gui_thread_and_stale_ones_are_dropped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A big workbook takes seconds to open: the window stays live, Next waits for the
    preview, and a preview of a path the user has since replaced never shows up."""
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("日時,パートナー\n2026-04-01,A\n", encoding="utf-8")
    second.write_text(CSV, encoding="utf-8")
    release = threading.Event()
    threads: dict[str, threading.Thread] = {}

    def slow_preview(path: str, n: int = 20, *, sheet: str | None = None) -> Preview:
        threads[Path(path).name] = threading.current_thread()
        if Path(path) == first:
            release.wait(timeout=10)
        return real_preview(path, n, sheet=sheet)

    monkeypatch.setattr(import_wizard, "preview", slow_preview)
    wizard = window.import_file(str(first))
    assert wizard is not None
    qtbot.addWidget(wizard)
    page = wizard.file_page
    qtbot.waitUntil(lambda: "first.csv" in threads, timeout=5_000)
    assert page.reading() and page.status.text() == "Reading the file…"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.path.setText(str(second))  # the user picks another file meanwhile
    wait_for_preview(qtbot, wizard)
    release.set()
    qtbot.waitUntil(lambda: not page._tasks, timeout=5_000)  # the stale read has ended too
    assert threads["first.csv"] is not threading.main_thread()
    assert threads["second.csv"] is not threading.main_thread()
    assert page.isComplete() and page.previewed == (str(second), None)
    assert wizard.preview is not None and wizard.preview.headers[:2] == ["日時", "パートナー"]
    assert len(wizard.preview.rows) == 3  # second.csv's rows, not first.csv's one
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def _to_mapping(qtbot: QtBot, window: MainWindow, source: Path) -> ImportWizard:
    wizard = opened(qtbot, window, str(source))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    return wizard


def _validated(qtbot: QtBot, window: MainWindow, source: Path) -> ImportWizard:
    """The wizard on ``source``, its automatic mapping taken, once validation has ended."""
    wizard = _to_mapping(qtbot, window, source)
    wizard.next()
    page = wizard.validate_page
    qtbot.waitUntil(lambda: not page.running(), timeout=10_000)
    return wizard


def test_an_id_naming_two_events_is_explained_in_japanese_at_validation(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    translations.switch("ja")
    source = tmp_path / "sfa.csv"
    source.write_text(
        "日時,パートナー,種別,案件,ID\n"
        "2026/04/01,アルファ,案件登録,基幹刷新,D-100\n"
        "2026/05/01,アルファ,受注,基幹刷新,D-100\n",
        encoding="utf-8",
    )
    wizard = _validated(qtbot, window, source)
    page = wizard.validate_page
    assert page.report is None
    assert page.summary.text().startswith("ID「D-100」が 2 つの別々のイベントを指しています")
    assert "アルファ（案件登録）と 2026-05-01 00:00 アルファ（受注）。" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert events(window.database) == 0  # type: ignore[arg-type]


def test_mapping_speaks_japanese_and_a_fixed_problem_goes_away(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    """Fields are named as a Japanese file names them (種別), never by the internal key; the
    key stays as a tooltip. A refused mapping says which field, and the message goes as
    soon as the user maps it."""
    translations.switch("ja")
    source = tmp_path / "portal.csv"
    # a header layout of its own: mappings are remembered per layout for the whole run
    source.write_text(CSV.replace("アクション", "操作"), encoding="utf-8")
    wizard = _to_mapping(qtbot, window, source)
    page = wizard.mapping_page
    assert "約 3 行" in page.info.text()  # three data rows, the header not counted
    combo = page.combos["操作"]
    texts = [combo.itemText(i) for i in range(combo.count())]
    assert texts == [
        "（この列は使わない）",
        "日時 *",
        "パートナー *",
        "担当者",
        "種別 *",
        "資料",
        "案件",
        "顧客名",
        "金額",
        "ID",
    ]
    kind = combo.findData("kind")
    assert combo.itemData(kind, Qt.ItemDataRole.ToolTipRole) == "kind"
    # said as the page opens, not only once Next is refused
    assert page.problem.text() == "必須項目が対応付けられていません：種別"
    assert not page.problem.isHidden()
    wizard.next()  # 種別 is not mapped yet
    assert wizard.currentPage() is page
    assert not page.problem.isHidden()
    page.combos["資料"].setCurrentIndex(page.combos["資料"].findData("partner"))
    assert "2 つの列が同じ項目に対応付けられています：パートナー" in page.problem.text()
    page.combos["資料"].setCurrentIndex(page.combos["資料"].findData("content"))
    combo.setCurrentIndex(kind)
    assert page.problem.isHidden()
    wizard.next()
    assert wizard.currentPage() is wizard.validate_page


def test_rejects_file_explains_each_row_in_the_users_language(
    qtbot: QtBot,
    window: MainWindow,
    translations: Translations,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    translations.switch("ja")
    source = tmp_path / "mixed.csv"
    source.write_text(
        "日時,パートナー,担当者,種別\n"
        "2026-04-01,株式会社アルファ,,login\n"
        "2026-04-02,株式会社アルファ,,資料ダウンロード\n",
        encoding="utf-8",
    )
    wizard = _validated(qtbot, window, source)
    page = wizard.validate_page
    assert page.report is not None
    assert "取り込む活動イベント：1 件" in page.summary.text()  # nothing is written yet
    # the greyed Next is explained: the box below lets the valid rows go on
    assert f"「{page.keep_valid.text()}」にチェックを入れて" in page.summary.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    # what to write instead of the unknown kind, both spellings
    hint = "ファイルで使える種別：" + "、".join(
        unbroken(pair) for pair in ("PRM登録（registered）", "ログイン（login）", "")
    )
    assert hint in page.summary.text()
    assert not page.keep_valid.isHidden() and "mixed.rejected.csv" in page.keep_valid_note.text()
    page.keep_valid.setChecked(True)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10_000)
    report = wizard.result_report
    assert report is not None and report.committed and report.rejects_path is not None
    with report.rejects_path.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["日時", "パートナー", "担当者", "種別", "理由"]
    assert rows[1][:4] == ["2026-04-02", "株式会社アルファ", "", "資料ダウンロード"]
    assert rows[1][4] == "3 行目：【種別】不明な種別です：「資料ダウンロード」"
    done = wizard.import_page
    assert done.summary.text().startswith("取り込みました。")
    assert "取り込まなかった行：1 行" in done.summary.text()  # not "invalid": written aside
    written = f"同じフォルダーの {unbroken('mixed.rejected.csv')} に書き出しました"
    assert written in done.summary.text()
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", opened.append)
    assert not done.open_rejects.isHidden()
    done.open_rejects.click()
    assert opened == [QUrl.fromLocalFile(str(report.rejects_path))]


def _to_import_page(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> ImportWizard:
    """A valid file taken through mapping and validation to the import page, which starts
    ``import_run_pages.run_import`` (the tests replace it)."""
    source = tmp_path / "portal.csv"
    source.write_text(CSV.replace("アクション", "種別"), encoding="utf-8")
    wizard = _to_mapping(qtbot, window, source)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.validate_page.report is not None, timeout=10_000)
    qtbot.waitUntil(lambda: not wizard.validate_page.running())
    wizard.next()
    return wizard


def test_a_cancelled_import_closes_rather_than_finishes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = threading.Event()

    def endless_import(*_args: object, progress: Callable[[int, int], None], **_kw: object) -> None:
        started.set()
        while True:  # until Cancel makes progress() raise
            progress(0, 10)
            time.sleep(0.005)

    monkeypatch.setattr(import_run_pages, "run_import", endless_import)
    wizard = _to_import_page(qtbot, window, tmp_path)
    page = wizard.import_page
    assert started.wait(5)
    assert page.summary.text() == "Importing…" and not page.cancel_button.isHidden()
    page.cancel_button.click()
    qtbot.waitUntil(lambda: not page.running(), timeout=5_000)
    assert page.summary.text() == "Cancelled: nothing was imported."
    assert page.cancel_button.isHidden()
    assert page.progress.value() < page.progress.maximum()  # not shown full, as if done
    assert page.subTitle() == "Nothing was written: the database is as it was."
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == "Close"
    assert events(window.database) == 0  # type: ignore[arg-type]


def test_saving_says_so_and_cannot_be_cancelled(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the last progress report a big import still rebuilds indexes and commits for
    seconds: the page says it is saving, shows a busy bar and disables Cancel."""
    release = threading.Event()

    def saving_import(
        *_args: object,
        progress: Callable[[int, int], None],
        finishing: Callable[[], None],
        **_kw: object,
    ) -> ImportReport:
        progress(3, 3)
        finishing()
        assert release.wait(5)
        return ImportReport(kind="events", inserted=3, rows=3, committed=True)

    monkeypatch.setattr(import_run_pages, "run_import", saving_import)
    wizard = _to_import_page(qtbot, window, tmp_path)
    page = wizard.import_page
    qtbot.waitUntil(lambda: not page.cancel_button.isEnabled(), timeout=5_000)
    assert page.summary.text() == "Saving to the database… It can no longer be cancelled."
    assert (page.progress.minimum(), page.progress.maximum()) == (0, 0)  # busy, not full
    assert not page.cancel_button.isHidden()
    page.cancel_button.click()  # disabled: no effect
    wizard.reject()  # Esc or the window's close button: no effect either
    assert page.summary.text() == "Saving to the database… It can no longer be cancelled."
    assert wizard.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not page.running(), timeout=5_000)
    assert page.summary.text().startswith("Imported.")
    assert wizard.isVisible()
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) != "Close"
    # the subtitle no longer offers a Cancel that is gone
    assert page.subTitle() == "Saved in the database."


def _portal_wizard(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> ImportWizard:
    """A wizard open on a small portal export, to word reports with."""
    source = tmp_path / "portal.csv"
    source.write_bytes(CSV.encode("cp932"))
    wizard = window.import_file(str(source))
    assert wizard is not None
    qtbot.addWidget(wizard)
    return wizard


def test_new_partners_are_listed_as_the_language_lists(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, translations: Translations
) -> None:
    """ "a; b" in English (it used to join with 、 in English too), "a、b" in Japanese."""
    wizard = _portal_wizard(qtbot, window, tmp_path)
    report = ImportReport(kind="events", created_partners=["Alpha KK", "ベータ商事"])
    line = wizard.import_page.describe(report).splitlines()[-1]
    assert line == "New partners: " + "; ".join(unbroken(n) for n in ("Alpha KK", "ベータ商事"))
    translations.switch("ja")
    line = wizard.import_page.describe(report).splitlines()[-1]
    assert line.endswith(unbroken("Alpha KK") + "、" + unbroken("ベータ商事"))


def _valid_source(tmp_path: Path) -> Path:
    source = tmp_path / "portal.csv"
    source.write_text(CSV.replace("アクション", "種別"), encoding="utf-8")
    return source


def test_going_back_during_validation_drops_the_old_check(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The check still running for the old mapping is cancelled, and whatever it reports
    later never lands on the page while the check of the new mapping runs."""
    releases: list[threading.Event] = []

    def slow_validate(*_args: object, **_kw: object) -> ImportReport:
        release = threading.Event()
        releases.append(release)
        n = len(releases)
        assert release.wait(5)
        # past its last cancel check: it reports as if nothing had happened
        return ImportReport(kind="events", inserted=n, rows=3, dry_run=True)

    monkeypatch.setattr(import_run_pages, "validate", slow_validate)
    wizard = _to_mapping(qtbot, window, _valid_source(tmp_path))
    page = wizard.validate_page
    wizard.next()
    qtbot.waitUntil(lambda: len(releases) == 1, timeout=5_000)
    old = page.task
    assert old is not None
    wizard.back()
    assert wizard.currentPage() is wizard.mapping_page
    assert old.context.cancelled
    wizard.next()  # validation of the (possibly changed) mapping
    qtbot.waitUntil(lambda: len(releases) == 2, timeout=5_000)
    releases[0].set()
    qtbot.waitUntil(lambda: old not in page._tasks, timeout=5_000)  # kept until it ended
    qtbot.wait(20)
    assert page.running() and page.report is None
    assert page.summary.text() == "Checking every row…"
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    releases[1].set()
    qtbot.waitUntil(lambda: not page.running(), timeout=5_000)
    report: ImportReport | None = page.report  # read again: mypy keeps the narrowing above
    assert report is not None and report.inserted == 2


def test_a_check_that_ended_just_before_back_is_ignored(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its signals were already queued when the user pressed Back: a disconnect does not
    withdraw them, so the page must still ignore them."""
    started = threading.Event()

    def quick_validate(*_args: object, **_kw: object) -> ImportReport:
        started.set()
        return ImportReport(kind="events", inserted=3, rows=3, dry_run=True)

    monkeypatch.setattr(import_run_pages, "validate", quick_validate)
    wizard = _to_mapping(qtbot, window, _valid_source(tmp_path))
    page = wizard.validate_page
    wizard.next()
    assert started.wait(5)
    assert QThreadPool.globalInstance().waitForDone(5_000)  # its signals wait in the queue
    wizard.back()
    qtbot.waitUntil(lambda: not page._tasks, timeout=5_000)
    qtbot.wait(20)
    assert page.report is None and not page.running()
    assert wizard.currentPage() is wizard.mapping_page


def _endless(*_args: object, progress: Callable[[int, int], None], **_kw: object) -> None:
    """Validation or import that runs until Cancel makes ``progress`` raise."""
    while True:
        progress(0, 10)
        time.sleep(0.005)


def test_closing_during_validation_cancels_and_then_closes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_run_pages, "validate", _endless)
    wizard = _to_mapping(qtbot, window, _valid_source(tmp_path))
    page = wizard.validate_page
    wizard.next()
    qtbot.waitUntil(lambda: page.summary.text() == "Checking every row…")
    # Back and the wizard's own Cancel stop it: no second Cancel button on the page
    assert page.cancel_button.isHidden()
    assert wizard.button(QWizard.WizardButton.CancelButton).isVisible()
    wizard.reject()  # the wizard's Cancel, Esc or the window's close button
    assert wizard.isVisible() and page.summary.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    assert not page.running()


def test_closing_during_the_import_rolls_back_and_then_closes(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(import_run_pages, "run_import", _endless)
    wizard = _to_import_page(qtbot, window, tmp_path)
    page = wizard.import_page
    qtbot.waitUntil(lambda: page.summary.text() == "Importing…")
    wizard.reject()  # Esc: the wizard shows no Cancel button on its last page
    assert wizard.isVisible() and page.summary.text() == "Cancelling…"
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=5_000)
    assert events(window.database) == 0  # type: ignore[arg-type]


def test_an_import_committed_despite_the_close_request_stays_to_say_so(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cancel came too late (the import had passed its last check): closing now would
    hide that the rows were written."""
    release = threading.Event()

    def late_import(*_args: object, **_kw: object) -> ImportReport:
        assert release.wait(5)
        return ImportReport(kind="events", inserted=3, rows=3, committed=True)

    monkeypatch.setattr(import_run_pages, "run_import", late_import)
    wizard = _to_import_page(qtbot, window, tmp_path)
    page = wizard.import_page
    wizard.reject()
    assert page.summary.text() == "Cancelling…"
    release.set()
    qtbot.waitUntil(lambda: not page.running(), timeout=5_000)
    qtbot.wait(20)
    assert wizard.isVisible()
    assert page.summary.text().startswith("Imported.")


def test_counts_say_problems_duplicates_and_thousands(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, translations: Translations
) -> None:
    """500 invalid rows with 600 problems listed says both; rows repeated inside the file
    are "duplicates", not "already there"; every count has its thousands separator."""
    wizard = window.import_file(str(_valid_source(tmp_path)))
    assert wizard is not None
    qtbot.addWidget(wizard)
    page = wizard.validate_page
    report = ImportReport(
        kind="events",
        rows=600,
        inserted=100,
        duplicates=2,
        rejected=500,
        rejected_problems=600,
        dry_run=True,
        created_persons=[{"name": "x", "partner": "P"}] * 10_000,
    )
    lines = page.describe(report).splitlines()
    assert lines[1] == (
        "Events to add: 100 · duplicates (skipped): 2 · invalid rows: 500 (600 problems)"
    )
    named = "; ".join([unbroken("x (P)")] * 20) + " … (10,000 in all)"
    assert f"Persons to create: {named}" in lines
    lines = page.describe(dataclasses.replace(report, dry_run=False)).splitlines()
    assert lines[1] == (
        "Events added: 100 · duplicates (skipped): 2 · rejected rows: 500 (600 problems)"
    )
    assert f"New persons: {named}" in lines
    persons = dataclasses.replace(report, kind="persons", created_persons=[{"name": "y"}])
    assert page.describe(persons).splitlines()[1].startswith("Persons to add: 100 · ")
    assert "Persons to create: y" in page.describe(persons).splitlines()
    one_each = dataclasses.replace(report, rejected_problems=500)
    assert page.describe(one_each).splitlines()[1].endswith("invalid rows: 500")
    translations.switch("ja")
    lines = page.describe(report).splitlines()
    assert lines[1] == (
        "取り込む活動イベント：100 件 · 重複（スキップ）：2 行 · 不正な行：500 行（問題 600 件）"
    )
    assert "作成予定の担当者：" + "、".join([unbroken("x（P）")] * 20) + " …（計 10,000）" in lines
    lines = page.describe(dataclasses.replace(report, dry_run=False)).splitlines()
    assert lines[1].endswith("取り込まなかった行：500 行（問題 600 件）")


def test_a_saved_mapping_is_applied_to_reordered_columns_and_said(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data))  # a mapping store of this test's own
    first = tmp_path / "first.csv"
    first.write_text("日時,パートナー,担当者,操作\n2026-04-01,A,,login\n", encoding="utf-8")
    wizard = _to_mapping(qtbot, window, first)
    page = wizard.mapping_page
    assert page.remembered.isHidden()  # nothing saved for these columns yet
    page.combos["操作"].setCurrentIndex(page.combos["操作"].findData("kind"))
    wizard.next()  # saves the mapping
    assert wizard.currentPage() is wizard.validate_page
    assert list(data.rglob("import-mappings.json"))  # written here, not in the real folder
    wizard.reject()

    second = tmp_path / "second.csv"  # the same export with its columns rearranged
    second.write_text("操作,担当者,パートナー,日時\nlogin,,A,2026-04-02\n", encoding="utf-8")
    again = _to_mapping(qtbot, window, second)
    page = again.mapping_page
    assert not page.remembered.isHidden()
    assert page.remembered.text() == "Using the mapping you saved for files with these columns."
    assert page.combos["操作"].currentData() == "kind"


def test_a_file_with_only_a_header_is_not_accepted(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "empty.csv"
    source.write_text("日時,パートナー,担当者,種別\n", encoding="utf-8")
    wizard = opened(qtbot, window, str(source))
    page = wizard.file_page
    assert page.error.text() == (
        "This file has no data rows, only the header: there is nothing to import."
    )
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_row_estimate_is_singular_or_plural_with_separators(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, translations: Translations
) -> None:
    source = tmp_path / "one.csv"
    source.write_text("日時,パートナー,担当者,種別\n2026-04-01,A,,login\n", encoding="utf-8")
    wizard = opened(qtbot, window, str(source))
    page = wizard.file_page
    assert page.status.text().endswith(" · about 1 row")
    assert wizard.preview is not None
    big = dataclasses.replace(wizard.preview, estimated_rows=12_345)
    assert page.rows_text(big).endswith(" · about 12,345 rows")
    translations.switch("ja")
    assert page.rows_text(big).endswith(" · 約 12,345 行")


def test_an_excel_error_cell_is_listed_in_japanese_with_its_code(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    """calamine reads #N/A as an empty cell; the wizard must still say which cell holds it."""
    from openpyxl import Workbook

    translations.switch("ja")
    source = tmp_path / "portal.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["日時", "パートナー", "種別", "金額"])
    ws.append(["2026-04-01", "株式会社アルファ", "案件登録", "#N/A"])
    ws.append(["2026-04-02", "株式会社アルファ", "案件登録", 1000])
    wb.save(source)
    wizard = _to_mapping(qtbot, window, source)
    assert wizard.preview is not None
    assert wizard.preview.rows[0][3] == "#N/A"  # the preview shows what Excel shows
    wizard.next()
    page = wizard.validate_page
    qtbot.waitUntil(lambda: page.report is not None and not page.running(), timeout=10_000)
    proxy = page.error_view.model()
    assert proxy.rowCount() == 1
    cells = [proxy.index(0, c).data() for c in range(proxy.columnCount())]
    assert cells[0] == "2"
    assert "Excel のエラー「#N/A」です。数式を直すか値を入力してください" in cells
    assert events(window.database) == 0  # type: ignore[arg-type]


def test_merged_cells_and_a_note_row_are_said_in_japanese(
    qtbot: QtBot, window: MainWindow, translations: Translations, tmp_path: Path
) -> None:
    """The partner merged down two rows reaches both; the note under the table is named,
    not refused as a row without a date."""
    translations.switch("ja")
    rows: list[list[object]] = [
        ["日時", "パートナー", "種別"],
        ["2026-04-01", "アルファ", "ログイン"],
        ["2026-04-02", None, "ログイン"],
        ["※ 上記は2026年4月時点", None, None],
    ]
    source = merged_xlsx(tmp_path / "活動.xlsx", rows, ["B2:B3"])
    wizard = _validated(qtbot, window, source)
    page = wizard.validate_page
    assert page.report is not None and page.report.ok, page.summary.text()
    lines = page.summary.text().splitlines()
    assert "結合セル（範囲のどの行もその値として読みました）：" + unbroken("B2:B3") in lines
    assert "取り込まなかった注記の行：4 行目「※ 上記は2026年4月時点」" in lines


def test_look_alike_names_are_said_before_and_after_the_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, translations: Translations
) -> None:
    wizard = _portal_wizard(qtbot, window, tmp_path)
    similar = [
        {"kind": "partner", "name": "㈱アルファ", "like": "株式会社アルファ"},
        {"kind": "person", "name": "山田 太郎", "like": "山田太郎", "partner": "アルファ"},
    ]
    report = ImportReport(kind="events", dry_run=True, similar_names=similar)
    translations.switch("ja")
    line = wizard.import_page.describe(report).splitlines()[-1]
    assert line == (
        "ほかの名前に似た新しい名前（別々に作成されます。表記を確認してください）："
        + unbroken("㈱アルファ ≈ 株式会社アルファ")
        + "、"
        + unbroken("山田 太郎 ≈ 山田太郎（アルファ）")
    )
    translations.switch("en")
    done = dataclasses.replace(report, dry_run=False)
    assert (
        wizard.import_page.describe(done)
        .splitlines()[-1]
        .startswith("Names like another, created separately (check the spelling): ")
    )


def test_another_systems_export_goes_in_under_a_source_of_its_own(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An SFA export numbering its events from 1, as the portal does: under the default
    source its ID meets the portal's and validation refuses the file, pointing at Source;
    under a source of its own it imports, and the next export of that layout keeps it."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # this test's mapping store
    db = window.database
    assert db is not None
    portal = tmp_path / "portal.csv"
    portal.write_text("日時,パートナー,種別,ID\n2026-04-01 09:00,A,login,1\n", encoding="utf-8")
    assert real_run_import(db, portal, "events").inserted == 1
    header = "日時,パートナー,担当者,種別,ID\n"
    sfa = tmp_path / "sfa.csv"
    sfa.write_text(header + "2026-04-02 10:00,B,鈴木,案件登録,1\n", encoding="utf-8")
    wizard = _validated(qtbot, window, sfa)
    page = wizard.validate_page
    assert page.report is None and page.failure is not None
    assert "Source in the import wizard" in page.failure
    wizard.back()
    mapping = wizard.mapping_page
    assert mapping.source.isVisible() and mapping.source.text() == ""
    assert mapping.source.placeholderText() == "import"
    mapping.source.setText("x" * 201)  # the events table keeps 200 characters
    assert mapping.problem.text() == "A source has at most 200 characters."
    wizard.next()
    assert wizard.currentPage() is mapping  # refused, nothing checked
    mapping.source.setText("  SFA  ")
    assert mapping.problem.isHidden()
    wizard.next()
    qtbot.waitUntil(lambda: not page.running(), timeout=10_000)
    checked = cast("ImportReport | None", page.report)  # set again by the second check
    assert checked is not None and checked.ok, page.failure
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_report is not None, timeout=10_000)
    with db.reading() as s:
        stored = s.execute(select(Event.source, Event.external_id).order_by(Event.id)).all()
    assert [tuple(r) for r in stored] == [("import", "1"), ("SFA", "1")]

    later = tmp_path / "sfa-may.csv"  # next month's export of the same layout
    later.write_text(header + "2026-05-02 10:00,B,鈴木,受注,2\n", encoding="utf-8")
    again = _to_mapping(qtbot, window, later)
    assert again.mapping_page.source.text() == "SFA"
    assert again.mapping_page.remembered.text() == (
        "Using the mapping and the source “SFA” you saved for files with these columns."
    )
    again.reject()
    partners = tmp_path / "partners.csv"
    partners.write_text("パートナー\nC\n", encoding="utf-8")
    listed_partners = opened(qtbot, window, str(partners))
    listed_partners.file_page.kind.setCurrentIndex(
        listed_partners.file_page.kind.findData("partners")
    )
    listed_partners.next()
    assert listed_partners.mapping_page.source.isHidden()  # a partner list has no source
