"""The open database, its undo stack and the change bus every view listens to.

Views never call services directly: they ask the ``Workspace`` to ``run`` a write (errors
become a message box, nothing else happens) or to ``push`` an undoable one. After every write
the bus emits the ``Changes`` so each view refreshes only what it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from prm_core.database import Database
from prm_core.services.changes import Changes
from prm_core.services.errors import ConflictError, ServiceError
from prm_desktop.core_messages import describe

T = TypeVar("T")


class ChangeBus(QObject):
    """Signals: changed(Changes) after every successful write, undo and redo included."""

    changed = Signal(object)


class ServiceCommand(QUndoCommand):
    """An undoable write: ``do`` already ran once when pushed; undo/redo call the services."""

    def __init__(
        self,
        workspace: Workspace,
        text: str,
        do: Callable[[], Changes],
        undo: Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._workspace = workspace
        self._do, self._undo = do, undo
        self._skip_first_redo = True

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._workspace.apply(self._do, self)

    def undo(self) -> None:
        self._workspace.apply(self._undo, self)


class Workspace(QObject):
    """Attributes:
    db: the open database (None when closed).
    undo_stack: this session's undoable edits; cleared when the database changes.
    bus: the change notifications.
    """

    def __init__(self, db: Database | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.undo_stack = QUndoStack(self)
        self.bus = ChangeBus(self)
        self.dialog_parent: QWidget | None = None

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.undo_stack.clear()

    def require_db(self) -> Database:
        if self.db is None:
            raise ServiceError(QCoreApplication.translate("Workspace", "No database is open."))
        return self.db

    def show_error(self, exc: ServiceError, parent: QWidget | None = None) -> None:
        title = (
            self.tr("Changed by someone else")
            if isinstance(exc, ConflictError)
            else self.tr("Cannot save")
        )
        QMessageBox.warning(parent or self.dialog_parent, title, describe(exc))

    def run(
        self, fn: Callable[[Database], tuple[T, Changes] | Changes], parent: QWidget | None = None
    ) -> T | Changes | None:
        """Run one write; on ``ServiceError`` show it and return None (nothing was written)."""
        try:
            result = fn(self.require_db())
        except ServiceError as exc:
            self.show_error(exc, parent)
            return None
        if isinstance(result, Changes):
            self.bus.changed.emit(result)
            return result
        value, changes = result
        self.bus.changed.emit(changes)
        return value

    def push(
        self,
        text: str,
        do: Callable[[Database], Changes],
        undo: Callable[[Database], Changes],
        parent: QWidget | None = None,
    ) -> bool:
        """Run ``do`` now; when it succeeded, record it so Edit → Undo can call ``undo``."""
        db = self.require_db()
        try:
            changes = do(db)
        except ServiceError as exc:
            self.show_error(exc, parent)
            return False
        self.undo_stack.push(ServiceCommand(self, text, lambda: do(db), lambda: undo(db)))
        self.bus.changed.emit(changes)
        return True

    def push_versioned(
        self,
        text: str,
        version: int,
        do: Callable[[Database, int], Changes],
        undo: Callable[[Database, int], Changes],
        parent: QWidget | None = None,
    ) -> bool:
        """Like ``push`` for an edit of one versioned row: each step expects the version the
        previous step left, so undo never overwrites a change someone else made meanwhile."""
        current = [version]

        def step(fn: Callable[[Database, int], Changes]) -> Callable[[Database], Changes]:
            def run(db: Database) -> Changes:
                changes = fn(db, current[0])
                current[0] += 1
                return changes

            return run

        return self.push(text, step(do), step(undo), parent)

    def apply(self, fn: Callable[[], Changes], command: QUndoCommand) -> None:
        try:
            changes = fn()
        except ServiceError as exc:
            command.setObsolete(True)  # the stack drops it: it can no longer be replayed
            self.show_error(exc)
            return
        self.bus.changed.emit(changes)
