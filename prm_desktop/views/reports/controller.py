"""The report actions of the main window and what they run.

Every file is made by ``prm_core.reports`` in a ``BackgroundTask`` (the GUI never waits on a
database or on reportlab); results come back as plain values. The methods take optional
arguments (options, paths) so a caller, or a test, can skip the dialogs.

Signals:
    file_written(str): a QBR, diagnostic or portfolio was written to this path.
    diagnostic_imported(object): a ``DiagnosticImport`` after a successful import.
    failed(str): a report could not be made or a returned file was refused (the message).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSettings, Signal
from PySide6.QtGui import QAction, QImage, QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QWidget,
)

from prm_core.database import Database
from prm_core.queries.partners import load_partner_summary
from prm_core.reports.batch import qbr_filename
from prm_core.services.changes import Changes
from prm_desktop.core_messages import describe
from prm_desktop.i18n import filled, ui_language
from prm_desktop.models.import_messages import problem_text
from prm_desktop.tasks import BackgroundTask, TaskContext
from prm_desktop.views.reports.dialogs import BatchExportDialog, QbrOptions, QbrOptionsDialog
from prm_desktop.views.reports.printing import paint_pdf

if TYPE_CHECKING:  # openpyxl loads only when a workbook is made or read
    from prm_core.reports.diagnostic_import import DiagnosticImport

FOLDER_KEY = "reports/folder"


def _on(signal: Any, slot: Callable[[], object]) -> None:
    """Connect ignoring the signal's arguments (``triggered(bool)`` would reach ``path``)."""
    signal.connect(lambda *_args: slot())


class ReportsController(QObject):
    """Owns the report actions; a child of the main window (see the module docstring)."""

    file_written = Signal(str)
    diagnostic_imported = Signal(object)
    failed = Signal(str)

    def __init__(self, window: Any) -> None:
        super().__init__(window)
        self.setObjectName("reports")
        self.window = window
        self.workspace = window.workspace
        self.tasks: list[BackgroundTask] = []
        self.batch_dialog: BatchExportDialog | None = None
        self.preview: QPrintPreviewDialog | None = None
        self.printer: QPrinter | None = None
        self.pdf: bytes | None = None
        self.qbr_action = QAction(window)
        self.batch_action = QAction(window)
        self.print_action = QAction(window)
        self.preview_action = QAction(window)
        self.diagnostic_action = QAction(window)
        self.portfolio_action = QAction(window)
        self.import_action = QAction(window)
        _on(self.qbr_action.triggered, self.export_qbr)
        _on(self.batch_action.triggered, self.export_all)
        _on(self.print_action.triggered, lambda: self.print_qbr(preview=False))
        _on(self.preview_action.triggered, lambda: self.print_qbr(preview=True))
        _on(self.diagnostic_action.triggered, self.export_diagnostic)
        _on(self.portfolio_action.triggered, self.export_portfolio)
        _on(self.import_action.triggered, self.import_diagnostic)
        menu = window.tools_menu
        self.reports_menu = menu.addMenu("")
        for action in (self.qbr_action, self.batch_action):
            self.reports_menu.addAction(action)
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(self.print_action)
        self.reports_menu.addAction(self.preview_action)
        self.reports_menu.addSeparator()
        self.reports_menu.addAction(self.diagnostic_action)
        self.reports_menu.addAction(self.portfolio_action)
        self.reports_menu.aboutToShow.connect(self._update_actions)
        self._add_to_file_menu(window)
        self.qbr_button = QPushButton(window)
        self.print_button = QPushButton(window)
        _on(self.qbr_button.clicked, self.export_qbr)
        _on(self.print_button.clicked, lambda: self.print_qbr(preview=True))
        self._add_overview_buttons(window)
        window.installEventFilter(self)
        self._retranslate()

    # -- plumbing --------------------------------------------------------------------------
    def _add_to_file_menu(self, window: Any) -> None:
        """Right after File → Import CSV or Excel… (or at the end when it is not there)."""
        actions = window.file_menu.actions()
        anchor = getattr(window, "import_action", None)
        if anchor in actions and actions.index(anchor) + 1 < len(actions):
            window.file_menu.insertAction(actions[actions.index(anchor) + 1], self.import_action)
        else:
            window.file_menu.addAction(self.import_action)

    def _add_overview_buttons(self, window: Any) -> None:
        row = window.detail.overview.edit_button.parentWidget()
        layout = row.layout() if row is not None else None
        if isinstance(layout, QHBoxLayout):
            stretch_at = layout.count() - 1
            layout.insertWidget(stretch_at, self.qbr_button)
            layout.insertWidget(stretch_at + 1, self.print_button)
            self.qbr_button.setParent(row)
            self.print_button.setParent(row)
        else:  # pragma: no cover - the overview always has its button row
            self.qbr_button.hide()
            self.print_button.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return False

    def _retranslate(self) -> None:
        self.reports_menu.setTitle(self.tr("&Reports"))
        self.qbr_action.setText(self.tr("Export &QBR…"))
        self.batch_action.setText(self.tr("Export QBRs for &All Active Partners…"))
        self.print_action.setText(self.tr("&Print QBR…"))
        self.preview_action.setText(self.tr("QBR Print Pre&view…"))
        self.diagnostic_action.setText(self.tr("Export &Diagnostic for the Partner…"))
        self.portfolio_action.setText(self.tr("Export P&ortfolio Workbook…"))
        self.import_action.setText(self.tr("Import Returned &Diagnostic…"))
        self.qbr_button.setText(self.tr("Export QBR…"))
        self.print_button.setText(self.tr("Print QBR…"))

    def _update_actions(self) -> None:
        has_db = self.workspace.db is not None
        has_partner = has_db and self.window.selected_partner_id() is not None
        for action in (
            self.qbr_action,
            self.print_action,
            self.preview_action,
            self.diagnostic_action,
        ):
            action.setEnabled(has_partner)
        for action in (self.batch_action, self.portfolio_action):
            action.setEnabled(has_db)

    def _db(self) -> Database | None:
        db: Database | None = self.workspace.db
        if db is None:
            self._warn(self.tr("Reports"), self.tr("No database is open."))
        return db

    def _partner(self) -> tuple[Database, int, str, str | None] | None:
        """The open database and the selected partner's id, name and code."""
        db = self._db()
        if db is None:
            return None
        pid = self.window.selected_partner_id()
        if pid is None:
            self._warn(self.tr("Reports"), self.tr("Select a partner in the list first."))
            return None
        summary = self.window.detail.summary
        if summary is None or summary.id != pid:
            summary = load_partner_summary(db, pid)
        if summary is None:
            return None
        return db, pid, summary.name, summary.code

    def _warn(self, title: str, text: str) -> None:
        self.failed.emit(text)
        QMessageBox.warning(self.window, title, text)

    def _folder(self) -> str:
        value = QSettings().value(FOLDER_KEY, "")
        return value if isinstance(value, str) else ""

    def _remember(self, path: str) -> None:
        QSettings().setValue(FOLDER_KEY, str(Path(path).parent))

    def _save_path(self, title: str, name: str, file_filter: str) -> str | None:
        start = str(Path(self._folder()) / name) if self._folder() else name
        path, _ = QFileDialog.getSaveFileName(self.window, title, start, file_filter)
        if not path:
            return None
        self._remember(path)
        return path

    def _run(
        self,
        work: Callable[[TaskContext], Any],
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None] | None = None,
    ) -> BackgroundTask:
        task = BackgroundTask(work)
        task.signals.succeeded.connect(done)
        task.signals.failed.connect(failed or self._task_failed)
        task.signals.finished.connect(lambda: self.tasks.remove(task))
        self.tasks.append(task)
        task.start()
        return task

    def _task_failed(self, exc: BaseException) -> None:
        why = self.tr("The file could not be made: %1").replace("%1", describe(exc))
        self._warn(self.tr("Reports"), why)

    def _written(self, path: str, message: str) -> None:
        self.window.statusBar().showMessage(message.replace("%1", path), 8000)
        self.file_written.emit(path)

    # -- QBR -------------------------------------------------------------------------------
    def _options(self, partner: str) -> QbrOptions | None:
        dialog = QbrOptionsDialog(partner, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()

    def export_qbr(self, options: QbrOptions | None = None, path: str | None = None) -> None:
        """Export the selected partner's QBR (dialogs for what is not given)."""
        found = self._partner()
        if found is None:
            return
        db, pid, name, code = found
        options = options or self._options(name)
        if options is None:
            return
        default = qbr_filename(options.quarter, pid, name, code, options.variant)
        path = path or self._save_path(self.tr("Export QBR"), default, self.tr("PDF (*.pdf)"))
        if path is None:
            return
        target = path

        def work(_ctx: TaskContext) -> str:
            from prm_core.reports.qbr_pdf import export_qbr

            return str(
                export_qbr(
                    db,
                    pid,
                    options.quarter,
                    Path(target),
                    variant=options.variant,
                    language=options.language,
                )
            )

        self._run(work, lambda p: self._written(p, self.tr("QBR saved: %1")))

    def export_all(self) -> BatchExportDialog | None:
        """Open (or raise) the batch dialog for every active partner."""
        if self._db() is None:
            return None
        if self.batch_dialog is None:
            self.batch_dialog = BatchExportDialog(lambda: self.workspace.db, self.window)
            self.batch_dialog.folder.setText(self._folder())
        if self.batch_dialog.isVisible():  # already open: bring it forward
            self.batch_dialog.raise_()
            self.batch_dialog.activateWindow()
        else:
            self.batch_dialog.show()
        return self.batch_dialog

    def print_qbr(self, *, preview: bool = True, options: QbrOptions | None = None) -> None:
        """Render the selected partner's QBR, then print it or show the print preview."""
        found = self._partner()
        if found is None:
            return
        db, pid, name, _code = found
        options = options or self._options(name)
        if options is None:
            return

        def work(_ctx: TaskContext) -> bytes:
            from prm_core.reports.qbr_pdf import qbr_pdf_bytes

            return qbr_pdf_bytes(
                db, pid, options.quarter, variant=options.variant, language=options.language
            )

        self._run(work, lambda pdf: self._print(pdf, preview, f"QBR {options.quarter} {name}"))

    def _print(self, pdf: bytes, preview: bool, title: str) -> None:
        self.pdf = pdf
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(title)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the PDF's own size
        self.printer = printer
        if preview:
            dialog = QPrintPreviewDialog(printer, self.window)
            dialog.setWindowTitle(self.tr("QBR Print Preview"))
            pages: dict[int, list[QImage]] = {}
            dialog.paintRequested.connect(lambda p: paint_pdf(p, pdf, pages))
            self.preview = dialog
            dialog.open()
            return
        chooser = QPrintDialog(printer, self.window)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            paint_pdf(printer, pdf)

    # -- diagnostic ------------------------------------------------------------------------
    def export_diagnostic(self, path: str | None = None, language: str | None = None) -> None:
        """Write the selected partner's Excel diagnostic and record its export id."""
        found = self._partner()
        if found is None:
            return
        db, pid, name, code = found
        from prm_core.reports.diagnostic_xlsx import diagnostic_filename

        default = diagnostic_filename(pid, name, code)
        path = path or self._save_path(
            self.tr("Export Diagnostic"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        target, lang = path, language or ui_language()

        def work(_ctx: TaskContext) -> str:
            from prm_core.reports.diagnostic_xlsx import export_diagnostic

            return str(export_diagnostic(db, pid, Path(target), language=lang).path)

        self._run(
            work,
            lambda p: self._written(
                p,
                self.tr(
                    "Diagnostic saved: %1. Send it to the partner; import the returned "
                    "file with File → Import Returned Diagnostic."
                ),
            ),
        )

    def import_diagnostic(self, path: str | None = None) -> None:
        """Import a returned diagnostic as the partner's self-assessment."""
        db = self._db()
        if db is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window,
                self.tr("Import Returned Diagnostic"),
                self._folder(),
                self.tr("Excel workbook (*.xlsx);;All files (*)"),
            )
            if not path:
                return
        target = path

        def work(_ctx: TaskContext) -> tuple[DiagnosticImport, Changes]:
            from prm_core.reports.diagnostic_import import import_diagnostic

            return import_diagnostic(db, Path(target))

        self._run(work, self._imported, self._import_failed)

    def _imported(self, outcome: tuple[DiagnosticImport, Changes]) -> None:
        result, changes = outcome
        if changes.any():
            self.workspace.bus.changed.emit(changes)
        self.diagnostic_imported.emit(result)
        if result.already_imported:
            text = self.tr(
                "This diagnostic was already imported (self-assessment of %1). Nothing was changed."
            ).replace("%1", result.assessed_on.isoformat())
        else:
            text = filled(
                self.tr("Self-assessment of %1 imported: total %2 / 25."),
                result.partner,
                str(result.total),
            )
        QMessageBox.information(self.window, self.tr("Import Returned Diagnostic"), text)

    def _import_failed(self, exc: BaseException) -> None:
        from prm_core.reports.diagnostic_import import DiagnosticRefused

        title = self.tr("Diagnostic Not Imported")
        if isinstance(exc, (DiagnosticRefused, OSError)):
            self._warn(title, problem_text(exc))
        else:
            self._warn(title, f"{type(exc).__name__}: {exc}")

    # -- portfolio -------------------------------------------------------------------------
    def export_portfolio(self, path: str | None = None, language: str | None = None) -> None:
        db = self._db()
        if db is None:
            return
        default = f"portfolio_{date.today().isoformat()}.xlsx"
        path = path or self._save_path(
            self.tr("Export Portfolio Workbook"), default, self.tr("Excel workbook (*.xlsx)")
        )
        if path is None:
            return
        target, lang = path, language or ui_language()

        def work(_ctx: TaskContext) -> str:
            from prm_core.reports.portfolio_xlsx import export_portfolio

            return str(export_portfolio(db, Path(target), language=lang))

        self._run(work, lambda p: self._written(p, self.tr("Portfolio saved: %1")))


def find_controller(window: QWidget) -> ReportsController | None:
    """The controller attached to ``window`` (tests and other features)."""
    found: ReportsController | None = window.findChild(ReportsController, "reports")
    return found
