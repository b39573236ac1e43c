"""Unhandled errors: a short explanation, the traceback in the rotating log, the app goes on."""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool, QTimer, qInfo
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from prm_core.database import DatabaseDamagedError
from prm_desktop import errors
from prm_desktop.views import about_dialog


@pytest.fixture
def log_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "logs"
    monkeypatch.setenv(errors.LOG_DIR_ENV, str(folder))
    yield folder
    errors.uninstall()
    errors.teardown_logging()


@pytest.fixture
def reporter(qapp: QApplication, log_dir: Path) -> Iterator[errors.ErrorReporter]:
    # background work left over from earlier tests reports first, not to this reporter
    QThreadPool.globalInstance().waitForDone(10_000)
    qapp.processEvents()
    reporter = errors.install(qapp)
    shown: list[tuple[BaseException, str]] = []
    reporter.ask = lambda info, details: shown.append((info[1], details))
    reporter.shown_errors = shown  # type: ignore[attr-defined]
    yield reporter


def _log_text(log_dir: Path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return (log_dir / errors.LOG_FILE).read_text(encoding="utf-8")


def _ours(reporter: errors.ErrorReporter) -> list[tuple[BaseException, str]]:
    """The dialogs this test caused (another feature's leftover may report too)."""
    shown: list[tuple[BaseException, str]] = reporter.shown_errors  # type: ignore[attr-defined]
    return [(e, d) for e, d in shown if str(e) == "the slot failed"]


def boom() -> None:
    raise ValueError("the slot failed")


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_is_shown_logged_and_the_app_goes_on(
    qtbot: QtBot, reporter: errors.ErrorReporter, log_dir: Path
) -> None:
    QTimer.singleShot(0, boom)
    qtbot.waitUntil(lambda: bool(_ours(reporter)))
    assert len(_ours(reporter)) == 1
    exc, details = _ours(reporter)[0]
    assert isinstance(exc, ValueError)
    assert "Traceback" in details and "the slot failed" in details
    text = _log_text(log_dir)
    assert "unhandled exception" in text and 'raise ValueError("the slot failed")' in text
    # the event loop is still running: a later timer fires normally
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])


@pytest.mark.qt_no_exception_capture
def test_the_same_error_in_a_loop_shows_one_dialog(
    qtbot: QtBot, reporter: errors.ErrorReporter, log_dir: Path
) -> None:
    for _ in range(5):
        QTimer.singleShot(0, boom)
    qtbot.wait(100)
    assert len(_ours(reporter)) == 1
    assert _log_text(log_dir).count('raise ValueError("the slot failed")') == 5  # all logged


def test_errors_in_worker_threads_reach_the_gui(
    qtbot: QtBot, reporter: errors.ErrorReporter
) -> None:
    def work() -> None:
        raise RuntimeError("in a worker")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.shown == 1)
    assert str(reporter.shown_errors[0][0]) == "in a worker"  # type: ignore[attr-defined]


def test_qt_messages_go_to_the_log(
    qtbot: QtBot, reporter: errors.ErrorReporter, log_dir: Path
) -> None:
    qInfo("a note from Qt")
    assert "a note from Qt" in _log_text(log_dir)


def test_explanations_are_short_and_specific(qapp: QApplication) -> None:
    try:
        try:
            raise sqlite3.DatabaseError("database disk image is malformed")
        except sqlite3.DatabaseError as inner:
            raise RuntimeError("query failed") from inner
    except RuntimeError as exc:
        assert "appears to be damaged" in errors.explain(exc)
        assert "File → Backups" in errors.explain(exc)
    assert "keeps running" in errors.explain(KeyError("x"))
    assert "could not be read or written" in errors.explain(PermissionError("denied"))
    damaged = DatabaseDamagedError("/data/prm.db", ["malformed"])
    assert errors.explain(damaged).startswith("Cannot open database /data/prm.db")


def test_the_dialog_has_the_details_and_the_log_path(
    qtbot: QtBot, log_dir: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    seen: dict[str, Any] = {}

    def fake_exec(box: QMessageBox) -> int:
        seen.update(text=box.text(), info=box.informativeText(), details=box.detailedText())
        if os.environ.get("PRM_TEST_SHOTS"):
            box.show()
            QApplication.processEvents()
            box.grab().save(os.path.join(os.environ["PRM_TEST_SHOTS"], "safety_error.png"))
            box.hide()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    reporter = errors.ErrorReporter()
    try:
        raise KeyError("partner_id")
    except KeyError as exc:
        reporter._show_dialog((KeyError, exc, exc.__traceback__), "Traceback ...\nKeyError")
    assert "keeps running" in seen["text"]
    assert str(log_dir / errors.LOG_FILE) in seen["info"]
    assert seen["details"].startswith("Traceback")


def test_about_shows_the_log_file(
    qtbot: QtBot, log_dir: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(box.informativeText()))
    about_dialog.show_about(None, "/data/prm.db")  # type: ignore[arg-type]
    assert f"Log file: {log_dir / errors.LOG_FILE}" in seen[0]
    assert "/data/prm.db" in seen[0]


def test_about_keeps_each_path_on_one_line(
    qtbot: QtBot, log_dir: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """The box widens to its longest line rather than splitting a path mid-word."""
    from PySide6.QtWidgets import QLabel

    database = "/home/someone/.local/share/PRM Desktop/R&D <east> partners.db"
    seen: list[tuple[int, int, str]] = []

    def measure(box: QMessageBox) -> None:
        box.show()
        label = box.findChild(QLabel, "qt_msgbox_informativelabel")
        assert label is not None
        needed = label.fontMetrics().horizontalAdvance(database)
        seen.append((label.width(), needed, box.informativeText()))
        box.close()

    monkeypatch.setattr(QMessageBox, "exec", measure)
    about_dialog.show_about(None, database)  # type: ignore[arg-type]
    shown, needed, text = seen[0]
    assert shown >= needed
    assert database in text.splitlines()  # plain text: what Ctrl+C copies for support
    # A path longer than the screen wraps rather than running off it.
    screen = qapp.primaryScreen().availableGeometry().width()
    about_dialog.show_about(None, "/very-long-folder-name" * 60)  # type: ignore[arg-type]
    assert seen[1][0] <= screen


def test_log_rotates(log_dir: Path, qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(errors, "LOG_MAX_BYTES", 2_000)
    errors.teardown_logging()
    path = errors.setup_logging()
    assert path == log_dir / errors.LOG_FILE
    logger = logging.getLogger("prm_desktop.test")
    for i in range(200):
        logger.warning("line %d %s", i, "x" * 40)
    files = sorted(p.name for p in log_dir.iterdir())
    assert files[:2] == [errors.LOG_FILE, f"{errors.LOG_FILE}.1"]
    assert len(files) <= 1 + errors.LOG_BACKUPS
