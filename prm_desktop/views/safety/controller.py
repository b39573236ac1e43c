"""The safety net in the main window: automatic backups, File → Backups, banners.

- A backup when a database is opened (skipped when nothing changed since the newest one),
  then every 30 minutes while it is open and its data changed (this window's writes through
  ``workspace.bus``, any other window's or program's through ``PRAGMA data_version``). Backups
  run on the thread pool; the backup on open also checks the whole file off the GUI thread.
- File → Backups lists the backups and restores one after confirmation (the database is
  closed, the current file backed up, the backup put back, the database opened again). On
  PostgreSQL it explains that the server's own backups apply.
- A banner above the pages when the file is open read-only, and a warning banner with the
  reason when it lives in a synced (OneDrive, Dropbox...) or network folder.
"""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget

from prm_core.database import FULL_CHECK_MAX_BYTES, Database, DatabaseError, open_database
from prm_core.safety.backup import (
    BackupInfo,
    ChangeWatcher,
    RotationPolicy,
    auto_backups_enabled,
    changed_since,
    list_backups,
    make_backup,
    snapshot_time,
)
from prm_core.safety.errors import BackupError
from prm_core.safety.location import inspect_location
from prm_core.safety.messages import message
from prm_desktop.core_messages import describe, translate
from prm_desktop.tasks import BackgroundTask, TaskContext
from prm_desktop.views.safety.backups_dialog import BackupsDialog
from prm_desktop.views.safety.banner import Banner
from prm_desktop.views.safety.recovery import restore_with_feedback

if TYPE_CHECKING:
    from prm_desktop.views.main_window import MainWindow

log = logging.getLogger(__name__)

#: Every 30 minutes while the database is open and its data changed.
PERIODIC_MS = 30 * 60 * 1000


def rotation_policy() -> RotationPolicy:
    """The rotation, configurable per machine in QSettings (``backups/keep_daily``,
    ``keep_weekly``, ``keep_monthly``, ``keep_today``)."""
    defaults = RotationPolicy()
    settings = QSettings()

    def value(key: str, default: int) -> int:
        raw = settings.value(f"backups/{key}", default)
        try:
            return max(int(str(raw)), 0)
        except ValueError:
            return default

    return RotationPolicy(
        daily=value("keep_daily", defaults.daily),
        weekly=value("keep_weekly", defaults.weekly),
        monthly=value("keep_monthly", defaults.monthly),
        recent=value("keep_today", defaults.recent),
    )


class SafetyController(QObject):
    """Signals: backup_finished(object) with the ``BackupInfo`` (None when skipped or
    failed) after every automatic or manual backup."""

    backup_finished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.db: Database | None = None
        self.path: Path | None = None
        self.watcher: ChangeWatcher | None = None
        self.dirty = False
        self.running: BackgroundTask | None = None
        self.running_path: Path | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PERIODIC_MS)
        self.timer.timeout.connect(self.periodic_backup)

        self.backups_action = QAction(window)
        self.backups_action.triggered.connect(self.show_backups)
        _insert_before_quit(window, self.backups_action)

        self.read_only_banner = Banner("info", window)
        self.location_banner = Banner("warning", window, closable=True)
        self._wrap_central_widget()

        window.workspace.bus.changed.connect(self._on_changes)
        original = window.set_database

        def set_database(db: Database | None) -> None:
            original(db)
            self.database_changed(db)

        # MainWindow has no "database changed" signal: its own calls (File → Open, start-up)
        # go through the instance attribute, so wrapping it there sees every switch.
        setattr(window, "set_database", set_database)  # noqa: B010
        window.installEventFilter(self)
        self._retranslate()

    def _wrap_central_widget(self) -> None:
        central = self.window.takeCentralWidget()
        container = QWidget(self.window)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.read_only_banner)
        layout.addWidget(self.location_banner)
        if central is not None:
            layout.addWidget(central, 1)
        self.window.setCentralWidget(container)

    # -- strings ---------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.backups_action.setText(self.tr("&Backups…"))
        self.backups_action.setStatusTip(self.tr("See the backups of this database; restore one"))
        self._update_banners()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.LanguageChange:
                self._retranslate()
            elif event.type() == QEvent.Type.Close:
                self.timer.stop()
                self._close_watcher()
        return False

    # -- the open database -----------------------------------------------------------------
    def database_changed(self, db: Database | None) -> None:
        if db is self.db:
            return
        self.timer.stop()
        self._close_watcher()
        self.db = db
        self.path = db.path if db is not None else None
        self.dirty = False
        self._update_banners()
        if db is None or self.path is None:
            return
        try:
            self.watcher = ChangeWatcher(self.path)
        except sqlite3.Error as exc:
            log.warning("cannot watch %s for changes: %s", self.path, exc)
        self.timer.start()
        if auto_backups_enabled():
            self.start_backup("open")

    def _close_watcher(self) -> None:
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None

    def _update_banners(self) -> None:
        db = self.db
        if db is not None and db.read_only:
            reason = translate(db.read_only_reason) if db.read_only_reason else ""
            self.read_only_banner.show_message(
                self.tr("Read-only"),
                self.tr(
                    "This database is open read-only (%1). You can look at everything, but "
                    "changes are refused. To work on it, copy the file to a folder you can "
                    "write to and open the copy."
                ).replace("%1", reason),
            )
        else:
            self.read_only_banner.hide()
        warnings = inspect_location(self.path).warnings() if self.path is not None else []
        if warnings:
            self.location_banner.show_message(
                self.tr("Risky location"), "\n".join(translate(w) for w in warnings)
            )
        else:
            self.location_banner.hide()

    def _on_changes(self, _changes: object) -> None:
        self.dirty = True

    # -- automatic backups -----------------------------------------------------------------
    def periodic_backup(self) -> None:
        """The 30-minute tick: back up when anything was written since the last backup."""
        if self.path is None or not auto_backups_enabled():
            return
        changed = self.dirty or (self.watcher is not None and self.watcher.changed())
        if changed:
            self.start_backup("periodic")

    def start_backup(self, reason: str) -> BackgroundTask | None:
        """Back up the open SQLite file off the GUI thread (one at a time)."""
        path = self.path
        if path is None or self.running is not None:
            return None
        self.dirty = False
        if self.watcher is not None:
            self.watcher.mark()  # changes from now on count for the next backup
        policy = rotation_policy()

        def work(_ctx: TaskContext) -> BackupInfo | None:
            if reason == "open" and not _needs_open_backup(path):
                return None
            return make_backup(path, reason=reason, policy=policy, skip_empty=True)

        task = BackgroundTask(work)
        # bound methods only: Qt drops these connections if the window is gone by then
        task.signals.succeeded.connect(self._backup_done)
        task.signals.failed.connect(self._backup_failed)
        task.signals.finished.connect(self._task_finished)
        self.running = task
        self.running_path = path
        task.start()
        return task

    def _task_finished(self) -> None:
        self.running = None

    def _backup_done(self, info: BackupInfo | None) -> None:
        if info is not None:
            self.window.statusBar().showMessage(
                self.tr("Backed up: %1").replace("%1", info.path.name), 8000
            )
        self.backup_finished.emit(info)

    def _backup_failed(self, exc: BaseException) -> None:
        path = self.running_path
        self.backup_finished.emit(None)
        log.warning("automatic backup of %s failed: %s", path, exc)
        if isinstance(exc, BackupError) and exc.source_damaged and path == self.path:
            answer = QMessageBox.warning(
                self.window,
                self.tr("Damaged Database"),
                self.tr(
                    "The check of the database found damage:\n%1\n\nStop working in it and "
                    "restore the newest good backup. Show the backups now?"
                ).replace("%1", describe(exc)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            if answer == QMessageBox.StandardButton.Yes:
                self.show_backups()
            return
        self.window.statusBar().showMessage(
            self.tr("Automatic backup failed: %1").replace("%1", describe(exc)), 15000
        )

    # -- File → Backups --------------------------------------------------------------------
    def show_backups(self) -> BackupsDialog | None:
        db = self.window.database
        if db is None:
            return None
        path = db.path
        if path is None:
            QMessageBox.information(
                self.window, self.tr("Backups"), translate(message("backup.postgresql"))
            )
            return None
        policy = rotation_policy()
        dialog = BackupsDialog(
            path,
            lambda backup: self.restore(backup, dialog),
            self.window,
            backup_now=lambda: make_backup(path, reason="manual", policy=policy),
            policy=policy,
        )
        dialog.open()
        return dialog

    def restore(self, backup: BackupInfo, parent: QWidget | None = None) -> bool:
        """Close the database, restore ``backup`` over it, open it again."""
        path = self.path
        if path is None:
            return False
        self.window.set_database(None)  # every connection of this window closes
        result = restore_with_feedback(parent or self.window, backup, path)
        try:
            self.window.set_database(open_database(path))
        except DatabaseError as exc:
            QMessageBox.critical(self.window, self.tr("Cannot open database"), describe(exc))
        return result is not None


def _needs_open_backup(path: Path) -> bool:
    """Skip the backup on open when the newest backup already holds this content (a large
    file is backed up anyway: that backup is also its full check)."""
    if path.stat().st_size > FULL_CHECK_MAX_BYTES:
        return True
    newest = list_backups(path)[:1]
    return not newest or changed_since(path, snapshot_time(newest[0]))


def _insert_before_quit(window: Any, action: QAction) -> None:
    """File → Backups… goes with the other file commands, above Quit."""
    menu = window.file_menu
    actions = menu.actions()
    quit_index = next(
        (i for i, a in enumerate(actions) if a.menuRole() == QAction.MenuRole.QuitRole), None
    )
    if quit_index is None:
        menu.addAction(action)
        return
    before = (
        actions[quit_index - 1]
        if quit_index and actions[quit_index - 1].isSeparator()
        else actions[quit_index]
    )
    menu.insertAction(before, action)
