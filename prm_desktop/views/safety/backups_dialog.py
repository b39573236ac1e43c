"""File → Backups: the backups of the open SQLite file, with date, size and counts; restore one.

The dialog lists and asks; the work (backing up, restoring) runs off the GUI thread through
``run_in_background`` while a busy indicator shows, so a large file never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QLocale, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.safety.backup import BackupInfo, RotationPolicy, backup_folder, list_backups
from prm_desktop.core_messages import describe
from prm_desktop.i18n import filled
from prm_desktop.models.row_table import ColumnSpec, RowTableModel
from prm_desktop.tasks import BackgroundTask
from prm_desktop.views.table_utils import setup_table

T = TypeVar("T")


def reason_label(reason: str) -> str:
    """Why a backup was made, for people."""
    labels = {
        "open": QCoreApplication.translate("BackupsDialog", "Opened"),
        "periodic": QCoreApplication.translate("BackupsDialog", "Every 30 minutes"),
        "import": QCoreApplication.translate("BackupsDialog", "Before an import"),
        "migrate": QCoreApplication.translate("BackupsDialog", "Before a schema upgrade"),
        "restore": QCoreApplication.translate("BackupsDialog", "Before a restore"),
        "manual": QCoreApplication.translate("BackupsDialog", "Backed up by hand"),
        "close": QCoreApplication.translate("BackupsDialog", "On closing"),
    }
    return labels.get(reason, reason)


def _count(value: int | None) -> str:
    return "—" if value is None else QLocale().toString(value)


def backup_columns() -> list[ColumnSpec[BackupInfo]]:
    return [
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupsDialog", "Date"),
            lambda b: b.created.strftime("%Y-%m-%d %H:%M:%S"),
            sort=lambda b: b.created.isoformat(),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupsDialog", "Reason"),
            lambda b: reason_label(b.reason),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupsDialog", "Size"),
            # "55.1 MB" (base 1024, as Windows Explorer says it), not Qt's "55.05 MiB"
            lambda b: QLocale().formattedDataSize(
                b.size, 1, QLocale.DataSizeFormat.DataSizeTraditionalFormat
            ),
            sort=lambda b: b.size,
            align_right=True,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupsDialog", "Partners"),
            lambda b: _count(b.partners),
            sort=lambda b: b.partners or 0,
            align_right=True,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("BackupsDialog", "Events"),
            lambda b: _count(b.events),
            sort=lambda b: b.events or 0,
            align_right=True,
        ),
    ]


def run_in_background(parent: QWidget | None, label: str, work: Callable[[], T]) -> T:
    """Run ``work`` on the thread pool behind a modal busy indicator; return its result or
    raise its exception here, on the GUI thread."""
    outcome: dict[str, Any] = {}
    task = BackgroundTask(lambda _ctx: work())
    loop = QEventLoop()
    task.signals.succeeded.connect(lambda value: outcome.__setitem__("value", value))
    task.signals.failed.connect(lambda exc: outcome.__setitem__("error", exc))
    task.signals.finished.connect(loop.quit)
    busy = QProgressDialog(label, "", 0, 0, parent)
    busy.setCancelButton(None)
    busy.setWindowModality(Qt.WindowModality.WindowModal)
    busy.setMinimumDuration(300)
    busy.setValue(0)
    task.start()
    loop.exec()
    busy.close()
    busy.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["value"]  # type: ignore[no-any-return]


class BackupsDialog(QDialog):
    """Lists the backups of ``path``. ``restore`` is called with the chosen backup after the
    user confirmed; it does the work and returns True when the database was restored (the
    dialog then closes with Accepted). ``backup_now`` (optional) makes a backup."""

    def __init__(
        self,
        path: Path,
        restore: Callable[[BackupInfo], bool],
        parent: QWidget | None = None,
        *,
        backup_now: Callable[[], object] | None = None,
        policy: RotationPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self._restore = restore
        self._backup_now = backup_now
        self._policy = policy or RotationPolicy()
        self.model: RowTableModel[BackupInfo] = RowTableModel(backup_columns(), self)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableView(self)
        self.proxy = setup_table(self.table, self.model, "safety/backups", stretch=1)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.policy_label = QLabel(self)
        self.policy_label.setWordWrap(True)
        self.empty_label = QLabel(self)
        self.empty_label.setWordWrap(True)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(self._make_backup)
        self.backup_button.setVisible(backup_now is not None)
        self.folder_button = QPushButton(self)
        self.folder_button.clicked.connect(self._open_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.backup_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.policy_label)
        layout.addLayout(row)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.resize(760, 440)
        self._retranslate()
        self.reload()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Backups"))
        self.heading.setText(
            filled(
                self.tr("Backups of %1, kept in %2"), str(self.path), str(backup_folder(self.path))
            )
        )
        p = self._policy
        self.policy_label.setText(
            filled(
                self.tr(
                    "A backup is made when the database is opened, every 30 minutes while it "
                    "changes, and before every import, schema upgrade and restore; each one is "
                    "checked before it counts. Kept: the last %1 of today, then one a day for %2 "
                    "days, one a week for %3 weeks and one a month for %4 months."
                ),
                str(p.recent),
                str(p.daily),
                str(p.weekly),
                str(p.monthly),
            )
        )
        self.empty_label.setText(self.tr("There is no backup of this database yet."))
        self.restore_button.setText(self.tr("&Restore…"))
        self.backup_button.setText(self.tr("&Back Up Now"))
        self.folder_button.setText(self.tr("Open &Folder"))
        self.model.retranslate()

    def reload(self) -> None:
        self.model.set_rows(list_backups(self.path))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        if self.model.rowCount():
            self.table.selectRow(0)
        self.empty_label.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected_backup(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        source = self.proxy.mapToSource(rows[0]) if self.proxy is not None else rows[0]
        return self.model.row_at(source.row())

    def _update_buttons(self, *_args: object) -> None:
        self.restore_button.setEnabled(self.selected_backup() is not None)

    def confirm_restore(self, backup: BackupInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore Backup"),
            filled(
                self.tr(
                    "Replace the database with the backup from %1 (%2 partners, %3 events)?\n\n"
                    "The database as it is now is backed up first, so you can go back to it "
                    "from this list."
                ),
                backup.created.strftime("%Y-%m-%d %H:%M"),
                _count(backup.partners),
                _count(backup.events),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.confirm_restore(backup):
            return
        if self._restore(backup):
            self.accept()
        else:
            self.reload()

    def _make_backup(self) -> None:
        if self._backup_now is None:
            return
        try:
            run_in_background(self, self.tr("Backing up…"), self._backup_now)
        except Exception as exc:  # BackupError, OSError: say so, keep the dialog
            QMessageBox.warning(self, self.tr("Backups"), describe(exc))
        self.reload()

    def _open_folder(self) -> None:
        folder = backup_folder(self.path)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
