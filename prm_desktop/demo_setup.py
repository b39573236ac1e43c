"""``prm-desktop --demo``: create the demo database once, with progress, off the GUI thread."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog

from prm_core.database import demo_db_path, open_database
from prm_core.queries.partners import database_counts
from prm_desktop.tasks import BackgroundTask, TaskContext


def _has_partners(path: Path) -> bool:
    if not path.exists():
        return False
    db = open_database(path)
    try:
        with db.reading() as session:
            return database_counts(session)["partners"] > 0
    finally:
        db.close()


def _generate(path: Path, ctx: TaskContext) -> Path:
    from prm_core.demo import generate_demo

    partial = path.with_name(path.name + ".partial")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = open_database(partial)
    try:
        generate_demo(db, progress=ctx.progress)
    finally:
        db.close()
    os.replace(partial, path)  # the demo appears whole or not at all
    return path


def ensure_demo_database(path: Path | None = None) -> Path | None:
    """Return the demo database path, generating it first when needed; None if cancelled."""
    path = path or demo_db_path()
    if _has_partners(path):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    dialog = QProgressDialog(
        QCoreApplication.translate("DemoSetup", "Creating demo data (200 partners, 24 months)…"),
        QCoreApplication.translate("DemoSetup", "Cancel"),
        0,
        100,
    )
    dialog.setWindowTitle("PRM Desktop")
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setMinimumDuration(0)
    task = BackgroundTask(lambda ctx: _generate(path, ctx))
    outcome: dict[str, object] = {}
    loop = QEventLoop()
    task.signals.progressed.connect(
        lambda done, total: dialog.setValue(int(100 * done / max(total, 1)))
    )
    task.signals.succeeded.connect(lambda result: outcome.update(result=result))
    task.signals.failed.connect(lambda exc: outcome.update(error=exc))
    task.signals.finished.connect(loop.quit)
    dialog.canceled.connect(task.cancel)
    task.start()
    loop.exec()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    result = outcome.get("result")
    return result if isinstance(result, Path) else None
