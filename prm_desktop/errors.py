"""Unhandled errors and the log file: a short explanation for the user, the details on disk.

``setup_logging()`` sends every log record (prm_core's included) to a rotating file in the
user log folder (platformdirs; ``$PRM_LOG_DIR`` moves it): 1 MB per file, five old files.
``install(app)`` routes ``sys.excepthook``, ``threading.excepthook`` and Qt's messages there:
an unhandled exception writes its full traceback to the log and shows a dialog with a short
explanation and the log's path. The app keeps running (Qt returns to its event loop after a
slot raised) unless the error makes that unsafe (out of memory); the same error repeated in a
loop (a paint handler, say) shows one dialog, not hundreds.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sqlite3
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import platformdirs
from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

APP_NAME = "PRM Desktop"
APP_AUTHOR = "PRM"
LOG_DIR_ENV = "PRM_LOG_DIR"
LOG_FILE = "prm-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
#: The same error again within this many seconds is logged but not shown again.
REPEAT_QUIET_S = 30.0

log = logging.getLogger("prm_desktop")
ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]
#: Errors after which continuing could do harm: the app says so and quits.
FATAL = (MemoryError, SystemError)


def log_dir() -> Path:
    configured = os.environ.get(LOG_DIR_ENV)
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def log_file_path() -> Path:
    return log_dir() / LOG_FILE


_handler: logging.Handler | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Log to the rotating file (once per process); returns its path, None when the folder
    cannot be written (logging then stays on stderr only)."""
    global _handler  # noqa: PLW0603 - one handler per process
    path = log_file_path()
    if _handler is not None:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
        )
    except OSError:
        return None
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    _handler = handler
    log.info("PRM Desktop starting (pid %d, Python %s)", os.getpid(), sys.version.split()[0])
    return path


def teardown_logging() -> None:
    """Remove the file handler (tests)."""
    global _handler  # noqa: PLW0603
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def explain(exc: BaseException) -> str:
    """A short explanation of ``exc`` for someone who is not a programmer."""
    from prm_desktop.core_messages import describe

    if getattr(exc, "message", None) is not None:
        return describe(exc)
    chain: list[BaseException] = []
    seen: BaseException | None = exc
    while seen is not None and len(chain) < 10:
        chain.append(seen)
        seen = seen.__cause__ or seen.__context__
    text = " ".join(str(e).lower() for e in chain)
    if any(isinstance(e, sqlite3.DatabaseError) for e in chain) and (
        "malformed" in text or "not a database" in text
    ):
        return QCoreApplication.translate(
            "ErrorDialog",
            "The database file appears to be damaged. Stop working in it and restore the "
            "newest good backup from File → Backups.",
        )
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "ErrorDialog", "The computer ran out of memory. PRM Desktop has to close."
        )
    if isinstance(exc, OSError):
        return describe(exc)
    return QCoreApplication.translate(
        "ErrorDialog",
        "Something unexpected went wrong. PRM Desktop keeps running and your saved data is "
        "safe; if the same thing happens again, send the log file to support.",
    )


class ErrorReporter(QObject):
    """Receives unhandled errors from any thread and shows them on the GUI thread.

    Signals: reported(object) carries the (type, value, traceback) tuple across threads.
    Attributes: ``shown`` counts dialogs shown (tests); ``ask`` shows one (replaceable).
    """

    reported = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shown = 0
        self._showing = False
        self._recent: dict[tuple[str, str], float] = {}
        self._previous_hook: Callable[..., Any] | None = None
        self._previous_thread_hook: Callable[..., Any] | None = None
        self._previous_qt: Any = None
        self.ask: Callable[[ExcInfo, str], None] = self._show_dialog
        self.reported.connect(self._on_reported)

    # -- installation ------------------------------------------------------------------------
    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self._thread_hook
        self._previous_qt = qInstallMessageHandler(self.qt_message)

    def uninstall(self) -> None:
        if self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        qInstallMessageHandler(self._previous_qt)
        self._previous_hook = self._previous_thread_hook = None

    # -- hooks -------------------------------------------------------------------------------
    def excepthook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.reported.emit((kind, value, tb))

    def _thread_hook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        self.reported.emit((args.exc_type, args.exc_value, args.exc_traceback))

    def qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        """Qt's own warnings go to the log (and on to the previous handler or stderr)."""
        level = {
            QtMsgType.QtDebugMsg: logging.DEBUG,
            QtMsgType.QtInfoMsg: logging.INFO,
            QtMsgType.QtWarningMsg: logging.WARNING,
            QtMsgType.QtCriticalMsg: logging.ERROR,
            QtMsgType.QtFatalMsg: logging.CRITICAL,
        }.get(kind, logging.WARNING)
        where = f" ({context.file}:{context.line})" if context.file else ""
        logging.getLogger("qt").log(level, "%s%s", text, where)
        if self._previous_qt is not None:
            self._previous_qt(kind, context, text)
        elif level >= logging.WARNING:
            print(f"qt: {text}", file=sys.stderr)

    # -- on the GUI thread -------------------------------------------------------------------
    def _on_reported(self, info: ExcInfo) -> None:
        kind, value, tb = info
        details = "".join(traceback.format_exception(kind, value, tb))
        log.error("unhandled exception\n%s", details.rstrip())
        key = (kind.__name__, _last_frame(tb))
        now = time.monotonic()
        repeated = now - self._recent.get(key, -1e9) < REPEAT_QUIET_S
        self._recent[key] = now
        fatal = isinstance(value, FATAL)
        if (self._showing or repeated) and not fatal:
            return
        self._showing = True
        try:
            self.shown += 1
            self.ask(info, details)
        except Exception:  # never let the error dialog itself take the app down
            log.exception("could not show the error dialog")
        finally:
            self._showing = False
        if fatal:
            QApplication.exit(70)

    def _show_dialog(self, info: ExcInfo, details: str) -> None:
        _kind, value, _tb = info
        parent = QApplication.activeWindow()
        box = QMessageBox(parent if isinstance(parent, QWidget) else None)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(
            QCoreApplication.translate("ErrorDialog", "PRM Desktop: unexpected error")
        )
        box.setText(explain(value))
        box.setInformativeText(
            QCoreApplication.translate(
                "ErrorDialog", "The details were written to the log file:\n%1"
            ).replace("%1", str(log_file_path()))
        )
        box.setDetailedText(details)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        box.exec()


def _last_frame(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb) if tb is not None else []
    if not frames:
        return ""
    last = frames[-1]
    return f"{last.filename}:{last.lineno}"


_reporter: ErrorReporter | None = None


def install(app: QCoreApplication | None = None) -> ErrorReporter:
    """Set up the log file and the hooks (once); returns the reporter."""
    global _reporter  # noqa: PLW0603 - one reporter per process
    setup_logging()
    if _reporter is None:
        _reporter = ErrorReporter(app or QCoreApplication.instance())
        _reporter.install()
    return _reporter


def uninstall() -> None:
    global _reporter  # noqa: PLW0603
    if _reporter is not None:
        _reporter.uninstall()
        _reporter = None
