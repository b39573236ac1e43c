"""The import wizard's last two pages: validation and the import itself, each a background
task with a progress bar (split from ``import_wizard`` to keep the task handling together).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt, QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from prm_core.importing import ImportReport, run_import, unused_rejects_path, validate
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled, unbroken
from prm_desktop.models.import_messages import (
    accepted_values_hints,
    problem_text,
    rejects_wording,
)
from prm_desktop.models.import_models import RowErrorModel
from prm_desktop.models.import_notices import created_lines, notice_lines
from prm_desktop.tasks import BackgroundTask, TaskContext
from prm_desktop.views.table_utils import setup_table

if TYPE_CHECKING:
    from collections.abc import Callable

    from prm_desktop.views.import_wizard import ImportWizard


class RunPage(QWizardPage):
    """Shared by the validation and the import pages: a background task with progress.

    Attributes: ``saving`` (past the point where Cancel rolls back), ``close_requested``
    (the wizard closes once the task has stopped, see ``ImportWizard.reject``).
    """

    #: Show a Cancel button beside the progress bar while the task runs.
    IN_PAGE_CANCEL = True

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.progress = QProgressBar(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.errors = RowErrorModel(self)
        self.error_view = QTableView(self)
        setup_table(self.error_view, self.errors, "import-errors")
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        bar = QHBoxLayout()
        bar.addWidget(self.progress, 1)
        bar.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.error_view, 1)
        layout.addStretch(0)  # holds the summary up while there is no error list to show
        self.error_view.hide()
        self.task: BackgroundTask | None = None
        #: Every task started here, kept until its ``finished`` (an abandoned one may still
        #: run on its pool thread, which needs the object).
        self._tasks: set[BackgroundTask] = set()
        self.report: ImportReport | None = None
        self.failure: str | None = None
        self.saving = False
        self.close_requested = False

    def start(self, work: Callable[[TaskContext], object], doing: str) -> None:
        """Run ``work`` in the background; ``doing`` says what it does while it runs."""
        self.report, self.failure = None, None
        self.saving, self.close_requested = False, False
        self.errors.set_rows([])
        self.error_view.hide()
        self.progress.setRange(0, 0)
        self.progress.show()
        self.summary.setText(doing)
        self.cancel_button.setEnabled(True)
        self.cancel_button.setVisible(self.IN_PAGE_CANCEL)
        task = BackgroundTask(work)
        for signal, slot in self._slots(task):
            signal.connect(slot)
        task.signals.finished.connect(lambda: self._tasks.discard(task))
        self._tasks.add(task)
        self.task = task
        self.completeChanged.emit()
        task.start()

    def _slots(self, task: BackgroundTask) -> list[tuple[SignalInstance, Callable[..., None]]]:
        s = task.signals
        return [
            (s.progressed, self._progressed),
            (s.finishing, self._finishing),
            (s.succeeded, self._succeeded),
            (s.failed, self._failed),
            (s.cancelled, self._cancelled),
            (s.finished, self._finished),
        ]

    def abandon(self) -> None:
        """Cancel the running task and stop listening to it: whatever it still reports
        belongs to settings the user has gone back to change."""
        task, self.task = self.task, None
        if task is None:
            return
        task.cancel()
        for signal, slot in self._slots(task):
            signal.disconnect(slot)
        self.report, self.failure = None, None
        self.saving, self.close_requested = False, False

    def _current(self) -> bool:
        """The signal being handled comes from the running task. Signals an abandoned task
        sent before ``abandon`` are still queued (a disconnect does not withdraw them)."""
        return self.task is not None and self.sender() is self.task.signals

    def cancel(self) -> None:
        """Ask the task to stop; ignored once it is saving (the commit cannot be stopped)."""
        if self.task is not None and not self.saving:
            self.task.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def running(self) -> bool:
        return self.task is not None

    def isComplete(self) -> bool:
        return not self.running()

    def _progressed(self, done: int, total: int) -> None:
        if self._current():
            self.progress.setRange(0, max(total, done, 1))
            self.progress.setValue(done)

    def _finishing(self) -> None:
        """Past the last point where Cancel rolls back: the import is being saved (for a
        large file, seconds of index rebuild and commit with the bar already full)."""
        if not self._current():
            return
        self.saving = True
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Saving to the database… It can no longer be cancelled."))

    def _succeeded(self, report: ImportReport) -> None:
        if self._current():
            self.report = report
            self.errors.set_rows(report.errors)

    def _failed(self, exc: BaseException) -> None:
        if self._current():
            self.failure = problem_text(exc)

    def _cancelled(self) -> None:
        if self._current():
            self.failure = self.tr("Cancelled: nothing was imported.")

    def _finished(self) -> None:
        if not self._current():
            return
        self.task = None
        self.saving = False
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()
        self.progress.setRange(0, 1)
        if self.report is None:
            self.progress.reset()  # empty: a full bar would read as done
        else:
            self.progress.setValue(1)
        self.progress.hide()  # the outcome below says how it ended
        self.error_view.setVisible(self.errors.rowCount() > 0)
        self.show_outcome()
        self.completeChanged.emit()
        committed = self.report is not None and self.report.committed
        if self.close_requested and not committed:
            self.w.reject()  # the user asked to close while it ran; a commit is shown instead

    def show_outcome(self) -> None:
        raise NotImplementedError

    def _added_text(self, kind: str, dry: bool) -> str:
        """ "Events added: %1" and the like: what the new rows are, not only how many."""
        texts = {
            ("events", True): self.tr("Events to add: %1"),
            ("events", False): self.tr("Events added: %1"),
            ("partners", True): self.tr("Partners to add: %1"),
            ("partners", False): self.tr("Partners added: %1"),
            ("persons", True): self.tr("Persons to add: %1"),
            ("persons", False): self.tr("Persons added: %1"),
            ("contents", True): self.tr("Materials to add: %1"),
            ("contents", False): self.tr("Materials added: %1"),
        }
        return texts[(kind, dry)]

    def describe(self, report: ImportReport) -> str:
        dry = report.dry_run
        counts = [
            self._added_text(report.kind, dry).replace("%1", f"{report.inserted:,}"),
            # rows already in the database and rows repeated inside the file alike
            self.tr("duplicates (skipped): %1").replace("%1", f"{report.duplicates:,}"),
        ]
        if report.rejected_problems > report.rejected:  # a row can have several problems
            counts.append(
                filled(
                    self.tr("invalid rows: %1 (%2 problems)")
                    if dry
                    else self.tr("rejected rows: %1 (%2 problems)"),
                    f"{report.rejected:,}",
                    f"{report.rejected_problems:,}",
                )
            )
        else:
            counts.append(
                (self.tr("invalid rows: %1") if dry else self.tr("rejected rows: %1")).replace(
                    "%1", f"{report.rejected:,}"
                )
            )
        lines = [self.tr("Rows read: %1").replace("%1", f"{report.rows:,}"), " · ".join(counts)]
        lines += created_lines(report)
        lines += notice_lines(report)
        lines.extend(accepted_values_hints(report.errors))
        if report.errors_truncated:
            lines.append(
                filled(
                    self.tr("The list shows the first %1 of %2 problems."),
                    f"{len(report.errors):,}",
                    f"{report.rejected_problems:,}",
                )
            )
        return "\n".join(lines)


class ValidatePage(RunPage):
    #: Back and the wizard's own Cancel stop a validation; a third button would be noise.
    IN_PAGE_CANCEL = False

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Validate"))
        self.setSubTitle(self.tr("Every row is checked; nothing is written yet."))
        self.keep_valid = QCheckBox(self.tr("Import the valid rows now"), self)
        # where the others go, under the box: a file name can be long (a sheet in it), and
        # a check box's text never wraps
        self.keep_valid_note = QLabel(self)
        self.keep_valid_note.setWordWrap(True)
        self.keep_valid_note.setIndent(24)
        self.keep_valid_note.setTextFormat(Qt.TextFormat.PlainText)
        self._show_keep_valid(False)
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(layout.indexOf(self.summary) + 1, self.keep_valid)
        layout.insertWidget(layout.indexOf(self.keep_valid) + 1, self.keep_valid_note)
        self.keep_valid.toggled.connect(lambda _b: self.completeChanged.emit())

    def _show_keep_valid(self, visible: bool) -> None:
        self.keep_valid.setVisible(visible)
        self.keep_valid_note.setVisible(visible)

    def initializePage(self) -> None:
        db = self.w.workspace.require_db()
        path, kind, mapping, sheet = self.w.path, self.w.kind, self.w.mapping, self.w.sheet
        source = self.w.source
        create = self.w.file_page.create_missing.isChecked()
        self.keep_valid.setChecked(False)
        self.keep_valid_note.setText(
            self.tr(
                "The invalid rows are written with their reason to %1 beside the file, to "
                "correct and import again."
            ).replace("%1", unused_rejects_path(path, sheet).name)
        )
        self.start(
            lambda ctx: validate(
                db,
                path,
                kind,
                mapping,
                create_missing=create,
                progress=ctx.progress,
                sheet=sheet,
                source=source,
            ),
            self.tr("Checking every row…"),
        )

    def cleanupPage(self) -> None:
        """Back: the validation under way is for the mapping about to change."""
        self.abandon()
        super().cleanupPage()

    def show_outcome(self) -> None:
        report = self.report
        if report is None:
            self.summary.setText(self.failure or "")
            self._show_keep_valid(False)
            return
        if report.ok:
            headline = self.tr("All rows are valid.")
        elif report.inserted == 0:
            headline = self.tr(
                "No row can be imported. Fix the file or the column mapping, then try again."
            )
        else:
            headline = self.tr(
                "Some rows are invalid. Fix the file and start again, or tick "
                "“Import the valid rows now” below to go on with the others."
            )
        self.summary.setText(headline + "\n" + self.describe(report))
        # offered only when there is something valid to import
        self._show_keep_valid(not report.ok and report.inserted > 0)

    def isComplete(self) -> bool:
        if self.running() or self.report is None:
            return False
        return self.report.ok or (self.keep_valid.isChecked() and self.report.inserted > 0)


class ImportPage(RunPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Import"))
        self.setSubTitle(
            self.tr("Everything is written in one go: Cancel leaves the database as it was.")
        )
        self.setFinalPage(True)
        self.open_rejects = QPushButton(self.tr("Open the rejects file"), self)
        self.open_rejects.setToolTip(self.tr("The rejected rows with their reasons, to correct"))
        self.open_rejects.clicked.connect(self._open_rejects)
        self.open_rejects.hide()
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(
            layout.indexOf(self.summary) + 1, self.open_rejects, 0, Qt.AlignmentFlag.AlignLeft
        )

    def _open_rejects(self) -> None:
        path = self.report.rejects_path if self.report is not None else None
        if path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def initializePage(self) -> None:
        self.open_rejects.hide()
        db = self.w.workspace.require_db()
        path, kind, mapping, sheet = self.w.path, self.w.kind, self.w.mapping, self.w.sheet
        source = self.w.source
        create = self.w.file_page.create_missing.isChecked()
        keep = self.w.validate_page.keep_valid.isChecked()
        wording = rejects_wording()
        self.start(
            lambda ctx: run_import(
                db,
                path,
                kind,
                mapping,
                create_missing=create,
                keep_valid=keep,
                progress=ctx.progress,
                rejects_wording=wording,
                finishing=ctx.finishing,
                sheet=sheet,
                source=source,
            ),
            self.tr("Importing…"),
        )

    def show_outcome(self) -> None:
        report = self.report
        committed = report is not None and report.committed
        # the subtitle spoke of a Cancel that is gone now
        self.setSubTitle(
            self.tr("Saved in the database.")
            if committed
            else self.tr("Nothing was written: the database is as it was.")
        )
        if not committed:
            # cancelled, refused or failed: nothing was written, so no "Finish"
            self.w.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Close"))
        if report is None:
            self.summary.setText(self.failure or "")
            return
        text = self.describe(report)
        if report.committed:
            if report.inserted:
                headline = self.tr("Imported.")
            elif report.duplicates:
                headline = self.tr("Nothing new to import: those rows were already there.")
            else:
                headline = self.tr("Nothing was imported.")
            text = headline + "\n" + text
            if report.rejects_path:
                text += "\n" + self.tr("Rejected rows were written to %1 beside the file.").replace(
                    "%1", unbroken(report.rejects_path.name)
                )
                self.open_rejects.show()
            self.w.workspace.bus.changed.emit(Changes(events=True, partners=True, persons=True))
        else:
            text = self.tr("Nothing was imported.") + "\n" + text
        self.summary.setText(text)
        self.w.result_report = report

    def validatePage(self) -> bool:
        return not self.running()
