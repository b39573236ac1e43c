"""A damaged database at start-up: offer the newest good backup instead of crashing.

``app.main`` calls :func:`offer_restore` when ``open_database`` raised
``DatabaseDamagedError``, before any window exists. Nothing is changed without the user's
yes; a restore keeps the damaged file (raw copy beside the backups).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from prm_core.database import DatabaseDamagedError
from prm_core.safety.backup import BackupInfo, list_backups, newest_good_backup
from prm_core.safety.restore import RestoreResult, restore_backup
from prm_desktop.core_messages import describe
from prm_desktop.i18n import filled
from prm_desktop.views.safety.backups_dialog import BackupsDialog, run_in_background


def restore_with_feedback(
    parent: QWidget | None, backup: BackupInfo, target: Path
) -> RestoreResult | None:
    """Restore ``backup`` over ``target`` off the GUI thread; report the outcome."""
    try:
        result = run_in_background(
            parent,
            QCoreApplication.translate("Recovery", "Restoring the backup…"),
            lambda: restore_backup(backup.path, target),
        )
    except Exception as exc:  # RestoreError, BackupError, OSError: nothing was changed
        QMessageBox.warning(
            parent, QCoreApplication.translate("Recovery", "Restore Backup"), describe(exc)
        )
        return None
    kept = result.safety_backup.path if result.safety_backup else result.damaged_copy
    text = QCoreApplication.translate(
        "Recovery", "The database was restored from the backup of %1."
    ).replace("%1", backup.created.strftime("%Y-%m-%d %H:%M"))
    if kept is not None:
        text += "\n" + QCoreApplication.translate(
            "Recovery", "The file as it was before is kept in %1."
        ).replace("%1", str(kept))
    QMessageBox.information(parent, QCoreApplication.translate("Recovery", "Restore Backup"), text)
    return result


def offer_restore(error: DatabaseDamagedError, parent: QWidget | None = None) -> bool:
    """Ask whether to restore the damaged file from a backup; True when it was restored."""
    path = Path(error.path)
    backups = list_backups(path)
    newest = newest_good_backup(path, backups=backups)
    title = QCoreApplication.translate("Recovery", "Damaged Database")
    if newest is None:
        box = QMessageBox(QMessageBox.Icon.Critical, title, "", QMessageBox.StandardButton.Close)
        box.setText(
            QCoreApplication.translate(
                "Recovery", "PRM Desktop cannot open %1: the file is damaged."
            ).replace("%1", str(path))
        )
        box.setInformativeText(
            QCoreApplication.translate(
                "Recovery",
                "No good backup of it was found. The file was left exactly as it is; keep a "
                "copy of it and ask for help before changing it.",
            )
        )
        box.setDetailedText("\n".join(error.problems))
        box.exec()
        return False
    box = QMessageBox(QMessageBox.Icon.Warning, title, "", QMessageBox.StandardButton.NoButton)
    box.setText(
        QCoreApplication.translate(
            "Recovery", "The database %1 is damaged and cannot be opened safely."
        ).replace("%1", path.name)
    )
    box.setInformativeText(
        filled(
            QCoreApplication.translate(
                "Recovery",
                "The newest good backup is from %1 (%2 partners, %3 events). Restore it? The "
                "damaged file is kept either way; Close leaves everything as it is.",
            ),
            newest.created.strftime("%Y-%m-%d %H:%M"),
            str(newest.partners),
            str(newest.events),
        )
    )
    box.setDetailedText("\n".join(error.problems))
    restore: QPushButton = box.addButton(
        QCoreApplication.translate("Recovery", "Restore Newest Backup"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    choose: QPushButton = box.addButton(
        QCoreApplication.translate("Recovery", "Choose a Backup…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    if clicked is restore:
        return restore_with_feedback(parent, newest, path) is not None
    if clicked is choose:
        dialog = BackupsDialog(
            path, lambda b: restore_with_feedback(dialog, b, path) is not None, parent
        )
        return dialog.exec() == BackupsDialog.DialogCode.Accepted
    return False
