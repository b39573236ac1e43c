"""Running long work off the GUI thread, with progress and cooperative cancel.

A ``BackgroundTask`` runs a plain function on Qt's global thread pool. The function gets a
``TaskContext`` to report progress and to check for cancellation; results and errors come
back to the GUI thread through queued signals, never by touching widgets from the worker.
Pass ids and plain data in and out, never ORM objects bound to a session.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from prm_core.progress import Cancelled


class TaskContext:
    def __init__(
        self, emit_progress: Callable[[int, int], None], emit_finishing: Callable[[], None]
    ) -> None:
        self._cancel = threading.Event()
        self._emit = emit_progress
        self._emit_finishing = emit_finishing

    def progress(self, done: int, total: int) -> None:
        self.check_cancelled()
        self._emit(done, total)

    def finishing(self) -> None:
        """The work is past the point where a cancel can stop it (saving what it did)."""
        self._emit_finishing()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled


class _Signals(QObject):
    progressed = Signal(int, int)
    finishing = Signal()
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()
    finished = Signal()


class BackgroundTask(QRunnable):
    """Signals (on ``self.signals``, delivered on the GUI thread):
    progressed(done, total), finishing() (past the point where Cancel can stop it),
    succeeded(result), failed(exception), cancelled(), finished().
    """

    def __init__(self, work: Callable[[TaskContext], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # we keep the object; Python owns it
        self.signals = _Signals()
        self._work = work
        self.context = TaskContext(self.signals.progressed.emit, self.signals.finishing.emit)

    def run(self) -> None:
        try:
            result = self._work(self.context)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:
            self.signals.failed.emit(exc)
        else:
            self.signals.succeeded.emit(result)
        finally:
            self.signals.finished.emit()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(self)

    def cancel(self) -> None:
        self.context.cancel()
