"""File → Import: pick a file, check the preview, map columns, validate, import.

Reading the preview, validation and the import run off the GUI thread (the last two with a
progress bar; Cancel rolls the import back whole). Mappings are remembered per header
layout and offered next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from prm_core.importing import (
    FieldSpec,
    ImportRefused,
    ImportReport,
    Preview,
    fields_of,
    preview,
    rejects_path_for,
    run_import,
    save_mapping,
    suggested_mapping,
    validate,
)
from prm_core.services.changes import Changes
from prm_desktop.core_messages import listed
from prm_desktop.i18n import filled, ui_language, unbroken
from prm_desktop.models.import_messages import (
    accepted_values_hints,
    problem_text,
    rejects_wording,
    source_text,
)
from prm_desktop.models.import_models import PreviewTableModel, RowErrorModel
from prm_desktop.tasks import BackgroundTask
from prm_desktop.views.table_utils import setup_table
from prm_desktop.workspace import Workspace

FILE_FILTER = "CSV / Excel (*.csv *.tsv *.txt *.xlsx);;All files (*)"
KINDS = ("events", "partners", "persons", "contents")


def kind_label(kind: str) -> str:
    labels = {
        "events": QCoreApplication.translate("ImportWizard", "Activity events"),
        "partners": QCoreApplication.translate("ImportWizard", "Partners"),
        "persons": QCoreApplication.translate("ImportWizard", "Persons"),
        "contents": QCoreApplication.translate("ImportWizard", "Materials (contents)"),
    }
    return labels.get(kind, kind)


def field_label(spec: FieldSpec) -> str:
    """A field as this screen names it: the Japanese header name from domain.md on a
    Japanese screen (日時, 種別), else its English label; never the internal key."""
    return spec.label_ja if ui_language() == "ja" else spec.label_en or spec.key


def rows_text(p: Preview) -> str:
    return filled(
        QCoreApplication.translate("ImportWizard", "%1 · about %2 rows"),
        source_text(p.info),
        f"{p.estimated_rows:,}",
    )


def _preview_or_reason(path: str) -> tuple[str, Preview | str]:
    """(path, preview) or (path, why the file is refused), on a worker thread."""
    try:
        return path, preview(path, 20)
    except (ImportRefused, OSError) as exc:
        return path, problem_text(exc)
    except Exception as exc:  # any reader failure is shown on the page, never a crash
        why = QCoreApplication.translate("ImportWizard", "Cannot read this file: %1")
        return path, why.replace("%1", repr(exc))


class FilePage(QWizardPage):
    """The file and what it holds. The preview is read in the background as soon as a path
    is there: a large workbook takes a second or more to open (calamine loads the whole
    sheet), which must not freeze the window; Next is enabled once the preview is in."""

    #: Wait this long after the last keystroke in the path before opening the file.
    DEBOUNCE_MS = 250

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Choose a file"))
        self.setSubTitle(
            self.tr(
                "CSV (UTF-8 or Shift_JIS, comma, tab or semicolon) or Excel "
                ".xlsx. Headers in English or Japanese."
            )
        )
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        self.kind = QComboBox(self)
        for kind in KINDS:
            self.kind.addItem(kind_label(kind), kind)
        self.create_missing = QCheckBox(
            self.tr("Create partners and persons that do not exist yet"), self
        )
        self.create_missing.setChecked(True)
        self.status = QLabel(self)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        file_label = QLabel(self.tr("&File"), self)  # addRow(text, layout) shows the '&'
        file_label.setBuddy(self.path)
        form.addRow(file_label, row)
        form.addRow(self.tr("&Contains"), self.kind)
        form.addRow("", self.create_missing)
        form.addRow("", self.status)
        form.addRow("", self.error)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._read_preview)
        #: The path ``wizard.preview`` was read from (None while reading or after an error).
        self.previewed: str | None = None
        self._reading: str | None = None
        #: Running previews, kept alive until they finish (a stale one is ignored, not killed:
        #: the pool thread may still be inside calamine).
        self._tasks: set[BackgroundTask] = set()
        self.path.textChanged.connect(self._path_changed)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import File"), "", FILE_FILTER)
        if path:
            self.path.setText(path)

    def _path_changed(self, _text: str) -> None:
        self.previewed = None
        self.w.preview = None
        self.error.setText("")
        self.status.setText("")
        if self.path.text().strip():
            self._debounce.start()
        self.completeChanged.emit()

    def reading(self) -> bool:
        """A preview of the current path is being read (or about to be)."""
        current = self.path.text().strip()
        return self._debounce.isActive() or (bool(current) and self._reading == current)

    def _read_preview(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        self._reading = path
        self.status.setText(self.tr("Reading the file…"))
        task = BackgroundTask(lambda _ctx: _preview_or_reason(path))
        # bound methods: Qt drops the connections if the wizard closes before the read ends
        task.signals.succeeded.connect(self._preview_done)
        task.signals.finished.connect(lambda: self._tasks.discard(task))
        self._tasks.add(task)
        task.start()

    def _preview_done(self, outcome: tuple[str, Preview | str]) -> None:
        path, result = outcome
        if path != self.path.text().strip() or self._debounce.isActive():
            return  # the path changed meanwhile: a newer read is under way
        self._reading = None
        self.status.setText("")
        if isinstance(result, str):
            self.error.setText(result)
        else:
            self.w.preview = result
            self.previewed = path
            self.status.setText(rows_text(result))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.previewed is not None and self.previewed == self.path.text().strip()

    def validatePage(self) -> bool:
        if not self.isComplete():
            return False
        self.w.kind = str(self.kind.currentData())
        self.w.path = Path(self.previewed or "")
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.w = wizard
        self.setTitle(self.tr("Check the preview and map the columns"))
        self.setSubTitle(
            self.tr(
                "Columns whose header is known are mapped already; choose a field for the "
                "others. * marks a field every file needs."
            )
        )
        self.preview_model = PreviewTableModel(self)
        self.preview_view = QTableView(self)
        setup_table(self.preview_view, self.preview_model, "import-preview", sortable=False)
        self.info = QLabel(self)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        self.mapping_box = QWidget(self)
        self.mapping_form = QFormLayout(self.mapping_box)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.mapping_box)
        self.combos: dict[str, QComboBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(QLabel(self.tr("Which field does each column hold?"), self))
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        p = self.w.preview
        assert p is not None
        self.preview_model.set_preview(p)
        self.info.setText(rows_text(p))
        self.problem.hide()
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        suggestion = suggested_mapping(p.headers, self.w.kind)
        specs = fields_of(self.w.kind)
        for header in p.headers:
            combo = QComboBox(self.mapping_box)
            combo.addItem(self.tr("(ignore this column)"), None)
            for spec in specs:
                mark = " *" if spec.required else ""
                combo.addItem(field_label(spec) + mark, spec.key)
                # the key, as a --mapping file for the command line names it
                combo.setItemData(combo.count() - 1, spec.key, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(suggestion.get(header)), 0))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.mapping_form.addRow(header or self.tr("(no header)"), combo)
            self.combos[header] = combo

    def mapping(self) -> dict[str, str | None]:
        return {h: c.currentData() for h, c in self.combos.items()}

    def problems(self) -> str:
        """Why the mapping cannot be used yet, in the UI's words ("" when it can)."""
        chosen = [v for v in self.mapping().values() if v]
        specs = fields_of(self.w.kind)
        missing = [field_label(s) for s in specs if s.required and s.key not in chosen]
        duplicated = [field_label(s) for s in specs if chosen.count(s.key) > 1]
        problems = []
        if missing:
            problems.append(self.tr("Required field not mapped: %1").replace("%1", listed(missing)))
        if duplicated:
            problems.append(
                self.tr("Two columns are mapped to: %1").replace("%1", listed(duplicated))
            )
        return "\n".join(problems)

    def _show_problems(self) -> bool:
        """Show why the mapping cannot be used (hidden when it can); True when it can."""
        text = self.problems()
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        return not text

    def _mapping_changed(self, _index: int) -> None:
        """Keep a shown problem current: it goes away as soon as the mapping is fixed."""
        if not self.problem.isHidden():
            self._show_problems()

    def validatePage(self) -> bool:
        if not self._show_problems():
            return False
        self.w.mapping = self.mapping()
        assert self.w.preview is not None
        save_mapping(self.w.preview.headers, self.w.kind, self.w.mapping)
        return True


class RunPage(QWizardPage):
    """Shared by the validation and the import pages: a background task with progress."""

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
        self.report: ImportReport | None = None
        self.failure: str | None = None

    def start(self, work: object, doing: str) -> None:
        """Run ``work`` in the background; ``doing`` says what it does while it runs."""
        self.report, self.failure = None, None
        self.errors.set_rows([])
        self.error_view.hide()
        self.progress.setRange(0, 0)
        self.summary.setText(doing)
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()
        task = BackgroundTask(work)  # type: ignore[arg-type]
        task.signals.progressed.connect(self._progressed)
        task.signals.finishing.connect(self._finishing)
        task.signals.succeeded.connect(self._succeeded)
        task.signals.failed.connect(self._failed)
        task.signals.cancelled.connect(self._cancelled)
        task.signals.finished.connect(self._finished)
        self.task = task
        self.completeChanged.emit()
        task.start()

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.summary.setText(self.tr("Cancelling…"))

    def running(self) -> bool:
        return self.task is not None

    def isComplete(self) -> bool:
        return not self.running()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, done, 1))
        self.progress.setValue(done)

    def _finishing(self) -> None:
        """Past the last point where Cancel rolls back: the import is being saved (for a
        large file, seconds of index rebuild and commit with the bar already full)."""
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.summary.setText(self.tr("Saving to the database… It can no longer be cancelled."))

    def _succeeded(self, report: ImportReport) -> None:
        self.report = report
        self.errors.set_rows(report.errors)

    def _failed(self, exc: BaseException) -> None:
        self.failure = problem_text(exc)

    def _cancelled(self) -> None:
        self.failure = self.tr("Cancelled: nothing was imported.")

    def _finished(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.cancel_button.hide()
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.error_view.setVisible(self.errors.rowCount() > 0)
        self.show_outcome()
        self.completeChanged.emit()

    def show_outcome(self) -> None:
        raise NotImplementedError

    def describe(self, report: ImportReport) -> str:
        counts = (
            self.tr("To add: %1 · already there (skipped): %2 · invalid rows: %3")
            if report.dry_run
            else self.tr("New: %1 · already there (skipped): %2 · rejected rows: %3")
        )
        lines = [
            self.tr("Rows read: %1").replace("%1", f"{report.rows:,}"),
            filled(
                counts, f"{report.inserted:,}", f"{report.duplicates:,}", f"{report.rejected:,}"
            ),
        ]
        if report.created_partners:
            lines.append(
                (
                    self.tr("Partners to create: %1")
                    if report.dry_run
                    else self.tr("New partners: %1")
                ).replace(
                    "%1",
                    listed(unbroken(name) for name in report.created_partners[:20])
                    + (" …" if len(report.created_partners) > 20 else ""),
                )
            )
        if report.created_persons:
            lines.append(
                (
                    self.tr("Persons to create: %1")
                    if report.dry_run
                    else self.tr("New persons: %1")
                ).replace("%1", str(len(report.created_persons)))
            )
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
    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__(wizard)
        self.setTitle(self.tr("Validate"))
        self.setSubTitle(self.tr("Every row is checked; nothing is written yet."))
        self.keep_valid = QCheckBox(self)
        self.keep_valid.setVisible(False)
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(layout.indexOf(self.summary) + 1, self.keep_valid)
        self.keep_valid.toggled.connect(lambda _b: self.completeChanged.emit())

    def initializePage(self) -> None:
        db = self.w.workspace.require_db()
        path, kind, mapping = self.w.path, self.w.kind, self.w.mapping
        create = self.w.file_page.create_missing.isChecked()
        self.keep_valid.setChecked(False)
        self.keep_valid.setText(
            self.tr(
                "Import the valid rows now, and write the invalid ones with the reason to "
                "%1 beside the file, to correct and import again"
            ).replace("%1", rejects_path_for(path).name)
        )
        self.start(
            lambda ctx: validate(
                db, path, kind, mapping, create_missing=create, progress=ctx.progress
            ),
            self.tr("Checking every row…"),
        )

    def show_outcome(self) -> None:
        report = self.report
        if report is None:
            self.summary.setText(self.failure or "")
            self.keep_valid.setVisible(False)
            return
        text = self.describe(report)
        if report.ok:
            text = self.tr("All rows are valid.") + "\n" + text
        else:
            text = (
                self.tr(
                    "Some rows are invalid. Fix the file and start again, or import "
                    "only the valid rows."
                )
                + "\n"
                + text
            )
        self.summary.setText(text)
        # offered only when there is something valid to import
        self.keep_valid.setVisible(not report.ok and report.inserted > 0)

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

    def initializePage(self) -> None:
        db = self.w.workspace.require_db()
        path, kind, mapping = self.w.path, self.w.kind, self.w.mapping
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
            ),
            self.tr("Importing…"),
        )

    def show_outcome(self) -> None:
        report = self.report
        if report is None or not report.committed:
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
                text += "\n" + self.tr("Rejected rows were written to %1").replace(
                    "%1", str(report.rejects_path)
                )
            self.w.workspace.bus.changed.emit(Changes(events=True, partners=True, persons=True))
        else:
            text = self.tr("Nothing was imported.") + "\n" + text
        self.summary.setText(text)
        self.w.result_report = report

    def validatePage(self) -> bool:
        return not self.running()


class ImportWizard(QWizard):
    """Attributes: result_report (the final ImportReport, None until an import ended)."""

    def __init__(
        self, workspace: Workspace, path: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Import"))
        self.preview: Preview | None = None
        self.kind = "events"
        self.path = Path()
        self.mapping: dict[str, str | None] = {}
        self.result_report: ImportReport | None = None
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.validate_page = ValidatePage(self)
        self.import_page = ImportPage(self)
        for page in (self.file_page, self.mapping_page, self.validate_page, self.import_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        if path:
            self.file_page.path.setText(path)
        self.resize(900, 640)

    def reject(self) -> None:
        for page in (self.validate_page, self.import_page):
            if page.running():
                page.cancel()  # the import rolls back; the wizard closes when it has
                return
        super().reject()
