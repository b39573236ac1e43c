"""The QBR options (quarter, variant, language) and the batch export dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from prm_core.database import Database
from prm_core.reports.batch import BatchResult, export_qbr_batch
from prm_core.reports.periods import Quarter
from prm_desktop.core_messages import describe
from prm_desktop.i18n import filled, ui_language
from prm_desktop.tasks import BackgroundTask, TaskContext
from prm_desktop.views.form_dialog import FormDialog

QUARTERS_SHOWN = 8


@dataclass(frozen=True, slots=True)
class QbrOptions:
    quarter: Quarter
    variant: str = "partner"
    language: str = "ja"


def default_quarter(today: date | None = None) -> Quarter:
    """The quarter a QBR is most likely about: the one just ended during the first 45 days
    of a quarter (when reviews are held), else the running one."""
    today = today or date.today()
    quarter = Quarter.of(today)
    return quarter.previous() if (today - quarter.start).days < 45 else quarter


def recent_quarters(today: date | None = None) -> list[Quarter]:
    """This quarter first, then the seven before it."""
    quarter = Quarter.of(today or date.today())
    out = []
    for _ in range(QUARTERS_SHOWN):
        out.append(quarter)
        quarter = quarter.previous()
    return out


class _OptionFields:
    """Quarter, variant and language combos shared by both dialogs."""

    def __init__(self, parent: QWidget, form: QFormLayout, with_quarter: bool = True) -> None:
        self.quarter = QComboBox(parent)
        for q in recent_quarters():
            self.quarter.addItem(q.label, q)
        self.quarter.setCurrentIndex(self.quarter.findText(default_quarter().label))
        self.variant = QComboBox(parent)
        self.variant.addItem(
            QCoreApplication.translate("QbrOptions", "For the partner (to hand over)"), "partner"
        )
        self.variant.addItem(
            QCoreApplication.translate("QbrOptions", "Internal (with notes and risks)"), "internal"
        )
        self.language = QComboBox(parent)
        self.language.addItem("日本語", "ja")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ui_language() == "ja" else 1)
        if with_quarter:
            form.addRow(QCoreApplication.translate("QbrOptions", "&Quarter"), self.quarter)
        form.addRow(QCoreApplication.translate("QbrOptions", "&Variant"), self.variant)
        form.addRow(QCoreApplication.translate("QbrOptions", "&Language"), self.language)

    def options(self) -> QbrOptions:
        return QbrOptions(
            self.quarter.currentData(), self.variant.currentData(), self.language.currentData()
        )


class QbrOptionsDialog(FormDialog):
    """Which quarter, which variant, which language."""

    def __init__(self, partner: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Export QBR"), parent)
        caption = QLabel(partner, self)
        caption.setWordWrap(True)
        self.form.addRow(self.tr("Partner"), caption)
        self.fields = _OptionFields(self, self.form)

    def options(self) -> QbrOptions:
        return self.fields.options()


class BatchExportDialog(QDialog):
    """Every active partner's QBR into one folder, off the GUI thread, with progress and
    Cancel (the QBRs already written stay; each is complete).

    Attributes:
        workers: processes for the batch (None: every core).
        batch_result: the finished batch (None while running, after a cancel or a failure).
        outcome: the text shown when the batch ended.
    """

    def __init__(
        self,
        database: Callable[[], Database | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export QBRs for All Active Partners"))
        self._database = database
        self.workers: int | None = None
        self.task: BackgroundTask | None = None
        self.batch_result: BatchResult | None = None
        self.outcome = ""
        self._close_when_done = False
        form = QFormLayout()
        self.fields = _OptionFields(self, form)
        self.folder = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        folder_label = QLabel(self.tr("&Folder"), self)
        folder_label.setBuddy(self.folder)
        form.addRow(folder_label, row)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.cancel_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the QBRs"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    @property
    def running(self) -> bool:
        return self.task is not None

    def start(self) -> None:
        db = self._database()
        folder = self.folder.text().strip()
        if db is None or self.running:
            return
        if not folder:
            self.status.setText(self.tr("Choose a folder first."))
            return
        options = self.fields.options()
        workers = self.workers
        self.batch_result, self.outcome = None, ""

        def work(ctx: TaskContext) -> BatchResult:
            return export_qbr_batch(
                db,
                options.quarter,
                Path(folder),
                variant=options.variant,
                language=options.language,
                workers=workers,
                progress=ctx.progress,
            )

        task = BackgroundTask(work)
        task.signals.progressed.connect(self._progressed)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(self._finished)
        self.task = task
        self._set_running(True)
        self.progress.setRange(0, 0)
        self.status.setText(self.tr("Exporting…"))
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.status.setText(self.tr("Cancelling…"))

    def _set_running(self, running: bool) -> None:
        for widget in (
            self.fields.quarter,
            self.fields.variant,
            self.fields.language,
            self.folder,
            self.start_button,
            self.close_button,
        ):
            widget.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(filled(self.tr("%1 of %2 partners done"), str(done), str(total)))

    def _succeeded(self, result: BatchResult) -> None:
        self.batch_result = result
        text = self.tr("%n QBR(s) written to %1.", "", len(result.written)).replace(
            "%1", self.folder.text()
        )
        if result.failed:
            failed = "\n".join(f"{name}: {message}" for _pid, name, message in result.failed)
            text += "\n" + self.tr("These failed:") + "\n" + failed
        self.outcome = text

    def _failed(self, exc: BaseException) -> None:
        self.outcome = self.tr("The export failed: %1").replace("%1", describe(exc))

    def _cancelled(self) -> None:
        self.outcome = self.tr(
            "Cancelled. The QBRs written before cancelling were kept; no file is left half-written."
        )

    def _finished(self) -> None:
        self.task = None
        self._set_running(False)
        if self.progress.maximum() == 0:
            self.progress.setRange(0, 1)
        self.status.setText(self.outcome)
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        """Closing while the batch runs cancels it first, then closes."""
        if self.running:
            self._close_when_done = True
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
