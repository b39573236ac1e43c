"""The safety net in the window: read-only banner, location warning, automatic backups,
File → Backups with restore, the damaged-file offer at start-up, the About log path."""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from prm_core.database import Database, DatabaseDamagedError, open_database
from prm_core.safety import backup as bk
from prm_core.safety import location
from prm_core.safety.backup import list_backups, make_backup
from prm_core.safety.location import Location
from prm_core.services import partners
from prm_core.services.partners import PartnerData
from prm_desktop.app import open_or_recover
from prm_desktop.i18n import Translations
from prm_desktop.views.main_window import MainWindow
from prm_desktop.views.safety import controller as controller_module
from prm_desktop.views.safety.backups_dialog import BackupsDialog
from prm_desktop.views.safety.controller import PERIODIC_MS, SafetyController
from tests.core.test_safety_support import HEAD_FIXTURE, all_rows, damage, damage_table

#: Set PRM_TEST_SHOTS=/some/folder to keep screenshots of the banners and dialogs.
SHOTS = os.environ.get("PRM_TEST_SHOTS")


def shot(widget: QWidget, name: str) -> None:
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / name))


@pytest.fixture(autouse=True)
def backup_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "backups"
    monkeypatch.setenv(bk.BACKUP_DIR_ENV, str(folder))
    monkeypatch.delenv(bk.AUTO_BACKUP_ENV, raising=False)
    return folder


class Boxes:
    """QMessageBox's static functions, recorded instead of shown (they would block)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes
        for name in ("warning", "information", "critical", "question"):
            monkeypatch.setattr(QMessageBox, name, self._record(name))

    def _record(self, name: str) -> Any:
        def show(_parent: object, title: str, text: str, *args: object) -> object:
            self.calls.append((name, title, text))
            return self.answer

        return staticmethod(show)

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for name, _title, text in self.calls if kind is None or name == kind]


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> Boxes:
    return Boxes(monkeypatch)


def make_window(qtbot: QtBot, db: Database | None, translations: Translations) -> MainWindow:
    window = MainWindow(db, translations)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def controller_of(window: MainWindow) -> SafetyController:
    found = window.findChild(SafetyController)
    assert isinstance(found, SafetyController)
    return found


def wait_idle(qtbot: QtBot, safety: SafetyController) -> None:
    qtbot.waitUntil(lambda: safety.running is None, timeout=20_000)


@pytest.fixture
def fixture_path(tmp_path: Path) -> Path:
    path = tmp_path / "partners.db"
    shutil.copyfile(HEAD_FIXTURE, path)
    return path


# -- read-only and location banners -------------------------------------------------------------
@pytest.fixture
def read_only_path(fixture_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The file reported as not writable (as root, chmod changes nothing: stub the check)."""
    real = location.is_writable
    monkeypatch.setattr(location, "is_writable", lambda p: p != str(fixture_path) and real(p))
    return fixture_path


def test_read_only_file_shows_a_banner_and_refuses_writes(
    qtbot: QtBot, read_only_path: Path, translations: Translations, boxes: Boxes
) -> None:
    before = read_only_path.read_bytes()
    db = open_database(read_only_path)  # detected, opened with mode=ro instead of failing
    assert db.read_only
    window = make_window(qtbot, db, translations)
    safety = controller_of(window)
    banner = safety.read_only_banner
    assert banner.isVisible()
    assert banner.title.text() == "Read-only"
    assert "open read-only (the file is read-only)" in banner.text.text()
    assert banner.geometry().top() < window.pages.geometry().top() + banner.height() + 1
    assert window.partner_model.rowCount() == 7  # reading works
    shot(banner.window(), "safety_read_only_window.png")

    result = window.workspace.run(lambda d: partners.create_partner(d, PartnerData(name="新規社")))
    assert result is None
    assert len(boxes.calls) == 1
    kind, title, text = boxes.calls[0]
    assert (kind, title) == ("warning", "Cannot save")
    assert text.startswith("This database is open read-only (the file is read-only).")
    assert window.partner_model.rowCount() == 7
    wait_idle(qtbot, safety)
    window.close()
    assert read_only_path.read_bytes() == before


def test_writable_file_has_no_banner(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    window = make_window(qtbot, sample_db, translations)
    safety = controller_of(window)
    assert not safety.read_only_banner.isVisible()
    assert not safety.location_banner.isVisible()
    assert window.pages.isVisible()
    wait_idle(qtbot, safety)


def test_synced_folder_warning_names_the_reason(
    qtbot: QtBot,
    sample_db: Database,
    translations: Translations,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def synced(path: object) -> Location:
        return Location(str(path), synced="OneDrive", synced_folder=r"C:\Users\tanaka\OneDrive")

    monkeypatch.setattr(controller_module, "inspect_location", synced)
    window = make_window(qtbot, sample_db, translations)
    safety = controller_of(window)
    banner = safety.location_banner
    assert banner.isVisible() and banner.title.text() == "Risky location"
    assert "synced by OneDrive (C:\\Users\\tanaka\\OneDrive)" in banner.text.text()
    window.resize(1100, 700)
    shot(window, "safety_synced_banner.png")
    assert banner.close_button is not None
    banner.close_button.click()
    assert not banner.isVisible()
    wait_idle(qtbot, safety)


def test_read_only_banner_in_japanese(
    qtbot: QtBot, fixture_path: Path, translations: Translations
) -> None:
    db = open_database(fixture_path, read_only=True)  # forced: the reason says so
    window = make_window(qtbot, db, translations)
    safety = controller_of(window)
    translations.switch("ja")
    assert safety.read_only_banner.isVisible()  # retranslated, still shown
    assert safety.backups_action.text()
    translations.switch("en")
    assert safety.read_only_banner.title.text() == "Read-only"
    assert "(it was opened read-only on request)" in safety.read_only_banner.text.text()
    wait_idle(qtbot, safety)


# -- automatic backups --------------------------------------------------------------------------
def test_backup_on_open_then_every_30_minutes_when_changed(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    path = sample_db.path
    assert path is not None
    window = MainWindow(None, translations)
    qtbot.addWidget(window)
    safety = controller_of(window)
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000) as opened:
        window.set_database(sample_db)
    assert opened.args[0] is not None and opened.args[0].reason == "open"
    assert safety.timer.isActive() and safety.timer.interval() == PERIODIC_MS == 1_800_000
    wait_idle(qtbot, safety)

    safety.periodic_backup()  # nothing changed: no backup
    assert safety.running is None and len(list_backups(path)) == 1

    window.workspace.run(lambda d: partners.create_partner(d, PartnerData(name="追加株式会社")))
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000) as periodic:
        safety.periodic_backup()
    assert periodic.args[0].reason == "periodic" and periodic.args[0].partners == 5
    wait_idle(qtbot, safety)

    other = sqlite3.connect(path)  # another program writes: seen through data_version
    other.execute("UPDATE partners SET notes = 'by another window' WHERE id = 1")
    other.commit()
    other.close()
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000):
        safety.periodic_backup()
    wait_idle(qtbot, safety)
    assert [b.reason for b in list_backups(path)] == ["periodic", "periodic", "open"]
    assert "Backed up" in window.statusBar().currentMessage()


def test_reopening_an_unchanged_file_makes_no_second_backup(
    qtbot: QtBot, fixture_path: Path, translations: Translations
) -> None:
    window = MainWindow(None, translations)
    qtbot.addWidget(window)
    safety = controller_of(window)
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000):
        window.set_database(open_database(fixture_path))
    wait_idle(qtbot, safety)
    window.set_database(None)
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000) as second:
        window.set_database(open_database(fixture_path))
    assert second.args[0] is None
    assert len(list_backups(fixture_path)) == 1
    wait_idle(qtbot, safety)


def test_damage_found_by_the_background_check_is_reported(
    qtbot: QtBot,
    fixture_path: Path,
    translations: Translations,
    boxes: Boxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Large files are checked in full by the backup on open: damage there is reported."""
    boxes.answer = QMessageBox.StandardButton.No
    db = open_database(fixture_path)
    damage_table(fixture_path, "interventions")  # a table the window does not read on open
    window = MainWindow(None, translations)
    qtbot.addWidget(window)
    safety = controller_of(window)
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000) as done:
        window.set_database(db)
    assert done.args[0] is None
    kind, title, text = boxes.calls[-1]
    assert (kind, title) == ("warning", "Damaged Database")
    assert "found damage" in text
    wait_idle(qtbot, safety)
    window.set_database(None)


# -- File → Backups -----------------------------------------------------------------------------
def test_file_menu_has_backups_above_quit(
    qtbot: QtBot, sample_db: Database, translations: Translations
) -> None:
    window = make_window(qtbot, sample_db, translations)
    safety = controller_of(window)
    actions = [a for a in window.file_menu.actions() if not a.isSeparator()]
    names = [a.text() for a in actions]
    assert "&Backups…" in names
    assert names.index("&Backups…") == len(names) - 2
    assert actions[-1].menuRole() == QAction.MenuRole.QuitRole
    wait_idle(qtbot, safety)


def test_backups_dialog_lists_and_restores_after_confirmation(
    qtbot: QtBot,
    fixture_path: Path,
    translations: Translations,
    boxes: Boxes,
    qtmodeltester: Any,
) -> None:
    original = all_rows(fixture_path)
    window = make_window(qtbot, None, translations)
    safety = controller_of(window)
    with qtbot.waitSignal(safety.backup_finished, timeout=20_000):
        window.set_database(open_database(fixture_path))
    wait_idle(qtbot, safety)
    window.workspace.run(lambda d: partners.delete_partner(d, 1))
    assert window.partner_model.rowCount() == 6
    make_backup(fixture_path, reason="manual")

    dialog = safety.show_backups()
    assert isinstance(dialog, BackupsDialog)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model, force_py=True)
    rows = [
        [dialog.proxy.index(r, c).data() for c in range(5)]  # type: ignore[union-attr]
        for r in range(dialog.model.rowCount())
    ]
    assert [r[1] for r in rows] == ["Backed up by hand", "Opened"]
    assert [r[3:] for r in rows] == [["6", "235"], ["7", "307"]]  # its events went with it
    assert rows[0][2].endswith(("kB", "MB", "GB"))  # as file managers say it, not KiB/MiB
    assert (
        dialog.model.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
        == "Date"
    )
    dialog.resize(820, 420)
    shot(dialog, "safety_backups_dialog.png")

    dialog.table.selectRow(1)  # the backup made when it was opened
    boxes.answer = QMessageBox.StandardButton.Cancel
    dialog.restore_selected()  # the user says no: nothing happens
    assert window.partner_model.rowCount() == 6 and dialog.isVisible()
    boxes.answer = QMessageBox.StandardButton.Yes
    dialog.restore_selected()
    assert "Replace the database with the backup from" in boxes.texts("question")[-1]
    assert not dialog.isVisible()  # accepted

    assert all_rows(fixture_path) == original
    assert window.database is not None and window.partner_model.rowCount() == 7
    assert any("was restored from the backup" in t for t in boxes.texts("information"))
    reasons = [b.reason for b in list_backups(fixture_path)]
    assert "restore" in reasons  # the state before the restore is kept
    wait_idle(qtbot, safety)


def test_backups_on_postgresql_point_to_the_server(
    qtbot: QtBot, translations: Translations, boxes: Boxes, db: Database
) -> None:
    window = make_window(qtbot, db, translations)
    safety = controller_of(window)
    if db.is_sqlite:
        wait_idle(qtbot, safety)
        pytest.skip("PostgreSQL only")
    assert safety.show_backups() is None
    assert "pg_dump" in boxes.texts("information")[0]
    assert safety.running is None and not safety.timer.isActive()


# -- damaged file at start-up -------------------------------------------------------------------
def _click_when_shown(label: str) -> None:
    """Click ``label`` in the message box about to run modally; give up after 10 s (the box
    is then closed, so a wrong label fails the test instead of hanging it)."""
    tries = [0]

    def click() -> None:
        tries[0] += 1
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                if tries[0] > 200:
                    widget.done(0)
                    return
                for button in widget.findChildren(QPushButton):
                    if button.text() == label:
                        name = "restore" if "Restore" in label else "none"
                        shot(widget, f"safety_damaged_{name}.png")
                        button.click()
                        return
        QTimer.singleShot(50, click)

    QTimer.singleShot(50, click)


def test_damaged_file_at_start_offers_the_newest_good_backup(
    qtbot: QtBot, fixture_path: Path, boxes: Boxes
) -> None:
    original = all_rows(fixture_path)
    make_backup(fixture_path, reason="open")
    damage(fixture_path)
    with pytest.raises(DatabaseDamagedError):
        open_database(fixture_path)
    _click_when_shown("Restore Newest Backup")
    db = open_or_recover(fixture_path)
    assert db is not None
    try:
        assert all_rows(fixture_path) == original
    finally:
        db.close()
    assert list((bk.backup_folder(fixture_path) / "damaged").iterdir())  # damaged file kept


def test_damaged_file_without_backup_is_left_alone(qtbot: QtBot, fixture_path: Path) -> None:
    damage(fixture_path)
    before = fixture_path.read_bytes()
    _click_when_shown("Close")
    assert open_or_recover(fixture_path) is None
    assert fixture_path.read_bytes() == before


@pytest.fixture
def no_auto_backups(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(bk.AUTO_BACKUP_ENV, "0")
    yield


def test_automatic_backups_can_be_turned_off(
    qtbot: QtBot, sample_db: Database, translations: Translations, no_auto_backups: None
) -> None:
    window = make_window(qtbot, sample_db, translations)
    safety = controller_of(window)
    assert safety.running is None
    assert sample_db.path is not None and list_backups(sample_db.path) == []


def test_prm_desktop_started_on_a_damaged_file_restores_and_shows_the_window(
    qtbot: QtBot,
    fixture_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    """``prm-desktop --db damaged.db`` end to end: ``app.main`` finds the damage, offers the
    newest good backup, restores it on the user's click and opens the main window on it."""
    from prm_desktop import app as app_module
    from prm_desktop import errors

    monkeypatch.setenv(errors.LOG_DIR_ENV, str(tmp_path / "logs"))
    original = all_rows(fixture_path)
    make_backup(fixture_path, reason="open")
    damage(fixture_path)
    windows: list[MainWindow] = []

    def exec_(_self: object = None) -> int:  # the event loop: look at the window, then leave
        windows.extend(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        return 0

    monkeypatch.setattr(QApplication, "exec", exec_)
    _click_when_shown("Restore Newest Backup")
    try:
        code = app_module.main(["--db", str(fixture_path), "--lang", "en"])
    finally:
        errors.uninstall()
        errors.teardown_logging()
    assert code == 0
    window = next(w for w in windows if w.isVisible())
    qtbot.addWidget(window)
    db = window.database
    assert db is not None and db.path == fixture_path.resolve() and not db.read_only
    assert window.partner_model.rowCount() == 7
    wait_idle(qtbot, controller_of(window))
    window.close()
    db.close()
    assert all_rows(fixture_path) == original
    assert boxes.texts("information")[0].startswith("The database was restored from the backup")


def test_prm_desktop_started_on_a_damaged_file_without_backup_exits_cleanly(
    qtbot: QtBot,
    fixture_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: Boxes,
) -> None:
    from prm_desktop import app as app_module
    from prm_desktop import errors

    monkeypatch.setenv(errors.LOG_DIR_ENV, str(tmp_path / "logs"))
    damage(fixture_path)
    before = fixture_path.read_bytes()
    monkeypatch.setattr(QApplication, "exec", lambda _self=None: pytest.fail("no window"))
    _click_when_shown("Close")
    try:
        code = app_module.main(["--db", str(fixture_path), "--lang", "en"])
    finally:
        errors.uninstall()
        errors.teardown_logging()
    assert code == 1
    assert fixture_path.read_bytes() == before
    assert not [
        w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
    ]


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_prm_desktop_started_while_an_import_locks_the_file_says_so_and_offers_no_restore(
    fixture_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: Boxes, lang: str
) -> None:
    """A command-line import holding the file's exclusive lock (rollback journal) is not
    damage: the message says the file is in use, and no restore is offered."""
    from prm_core import database
    from prm_core.safety import files
    from prm_desktop import app as app_module
    from prm_desktop import errors
    from prm_desktop.views.safety import recovery

    monkeypatch.setenv(errors.LOG_DIR_ENV, str(tmp_path / "logs"))
    monkeypatch.setattr(database, "SQLITE_BUSY_TIMEOUT_MS", 1000)
    monkeypatch.setattr(files, "BUSY_TIMEOUT_S", 1.0)
    monkeypatch.setattr(recovery, "offer_restore", lambda _exc: pytest.fail("restore offered"))
    monkeypatch.setattr(QApplication, "exec", lambda _self=None: pytest.fail("no window"))
    made: list[Translations] = []

    class Recorded(Translations):  # main's translators outlive it: English again after
        def __init__(self) -> None:
            super().__init__()
            made.append(self)

    monkeypatch.setattr(app_module, "Translations", Recorded)
    writer = sqlite3.connect(fixture_path, isolation_level=None)
    try:
        writer.execute("PRAGMA journal_mode=DELETE")
        writer.execute("BEGIN EXCLUSIVE")
        try:
            code = app_module.main(["--db", str(fixture_path), "--lang", lang])
        finally:
            errors.uninstall()
            errors.teardown_logging()
            for translations in made:
                translations.switch("en")
        writer.rollback()
    finally:
        writer.close()
    assert code == 1
    [text] = boxes.texts("critical")
    assert str(fixture_path) in text
    expected = (
        ("another program is writing to it", "more than 1 seconds")
        if lang == "en"
        else ("別のプログラム", "1 秒を超えて")
    )
    assert all(part in text for part in expected)
    opened = open_or_recover(fixture_path)  # free again: opens as usual
    assert opened is not None
    opened.close()


def test_damaged_file_at_start_can_restore_an_older_backup_of_the_users_choice(
    qtbot: QtBot, fixture_path: Path, boxes: Boxes
) -> None:
    """Choose a Backup… lists every backup; the one picked (not the newest) is restored."""
    older = all_rows(fixture_path)
    make_backup(fixture_path, reason="open")
    conn = sqlite3.connect(fixture_path)
    conn.execute("UPDATE partners SET notes = 'changed later' WHERE id = 1")
    conn.commit()
    conn.close()
    make_backup(fixture_path, reason="manual")
    damage(fixture_path)
    with pytest.raises(DatabaseDamagedError) as caught:
        open_database(fixture_path)
    picked: list[int] = []

    def pick_older() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, BackupsDialog)]
        if not dialogs or not dialogs[0].isVisible():
            QTimer.singleShot(50, pick_older)
            return
        dialog = dialogs[0]
        picked.append(dialog.model.rowCount())
        dialog.table.selectRow(1)  # the older one, made on opening
        dialog.restore_selected()  # confirmed by the recorded question box

    _click_when_shown("Choose a Backup…")
    QTimer.singleShot(100, pick_older)
    from prm_desktop.views.safety.recovery import offer_restore

    assert offer_restore(caught.value) is True
    assert picked == [2]
    assert "Replace the database with the backup from" in boxes.texts("question")[0]
    assert all_rows(fixture_path) == older
