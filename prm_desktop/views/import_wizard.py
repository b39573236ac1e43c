"""File → Import: pick a file, check the preview, map columns, validate, import.

Reading the preview, validation and the import run off the GUI thread (the last two with a
progress bar, in ``import_run_pages``; Cancel rolls the import back whole). Mappings are
remembered per header layout and offered next time.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from prm_core.importing import (
    DEFAULT_SOURCE,
    MAX_SOURCE,
    FieldSpec,
    ImportRefused,
    ImportReport,
    Preview,
    fields_of,
    preview,
    save_mapping,
    saved_mapping,
    saved_source,
    source_name,
    suggested_mapping,
    workbook_sheets,
)
from prm_desktop.core_messages import listed
from prm_desktop.i18n import filled, ui_language
from prm_desktop.models.import_messages import problem_text, source_text
from prm_desktop.models.import_models import PreviewTableModel
from prm_desktop.tasks import BackgroundTask
from prm_desktop.views.import_run_pages import ImportPage, ValidatePage
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


#: What a preview was read from: the path and the sheet asked for (None: the first one).
Source = tuple[str, str | None]


def _preview_or_reason(source: Source) -> tuple[Source, Preview | str, list[str]]:
    """(source, preview or why the file is refused, the workbook's sheets), on a worker
    thread. The sheets come with a refusal too: when one sheet is empty or too wide, the
    user can still choose another."""
    path, sheet = source
    try:
        result = preview(path, 20, sheet=sheet)
        return source, result, result.sheets
    except (ImportRefused, OSError) as exc:
        return source, problem_text(exc), workbook_sheets(path)
    except Exception as exc:  # any reader failure is shown on the page, never a crash
        why = QCoreApplication.translate("ImportWizard", "Cannot read this file: %1")
        return source, why.replace("%1", repr(exc)), workbook_sheets(path)


class FilePage(QWizardPage):
    """The file and what it holds. The preview is read in the background as soon as a path
    is there: a large workbook takes a second or more to open (calamine loads the whole
    sheet), which must not freeze the window; Next is enabled once the preview is in.
    A workbook with several visible worksheets gets a Sheet drop-down: choosing another
    sheet reads its preview the same way."""

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
        self.sheet = QComboBox(self)
        self.sheet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.sheet.setToolTip(self.tr("This workbook has several sheets: choose the one to import"))
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
        form.addRow(self.tr("&Sheet"), self.sheet)
        form.setRowVisible(self.sheet, False)
        self.form = form
        form.addRow(self.tr("&Contains"), self.kind)
        form.addRow("", self.create_missing)
        form.addRow("", self.status)
        form.addRow("", self.error)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(self.DEBOUNCE_MS)
        self._debounce.timeout.connect(self._read_preview)
        #: What ``wizard.preview`` was read from (None while reading or after an error).
        self.previewed: Source | None = None
        self._reading: Source | None = None
        #: Running previews, kept alive until they finish (a stale one is ignored, not killed:
        #: the pool thread may still be inside calamine).
        self._tasks: set[BackgroundTask] = set()
        self.path.textChanged.connect(self._path_changed)
        self.sheet.currentIndexChanged.connect(self._sheet_changed)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import File"), "", FILE_FILTER)
        if path:
            self.path.setText(path)

    def _path_changed(self, _text: str) -> None:
        self._show_sheets([], "")  # another file: its own sheets, from its first one
        self._forget_preview()
        if self.path.text().strip():
            self._debounce.start()

    def _sheet_changed(self, _index: int) -> None:
        """The user chose another sheet: read its preview (no debounce, it is one click)."""
        self._forget_preview()
        self._read_preview()

    def _forget_preview(self) -> None:
        self.previewed = None
        self.w.preview = None
        self.error.setText("")
        self.status.setText("")
        self.completeChanged.emit()

    def _show_sheets(self, sheets: list[str], current: str) -> None:
        """Offer the workbook's sheets, the one read selected; shown only when there is a
        choice to make (a CSV file or a one-sheet workbook has none)."""
        blocked = self.sheet.blockSignals(True)  # filling the list is not a choice
        self.sheet.clear()
        for name in sheets:
            self.sheet.addItem(name, name)
        self.sheet.setCurrentIndex(max(self.sheet.findData(current), 0))
        self.sheet.blockSignals(blocked)
        self.form.setRowVisible(self.sheet, len(sheets) > 1)

    def source(self) -> Source:
        """The current path and the sheet chosen for it (None: not chosen, the first)."""
        chosen = self.sheet.currentData() if self.sheet.count() else None
        return self.path.text().strip(), chosen

    def reading(self) -> bool:
        """A preview of the current path is being read (or about to be)."""
        current = self.source()
        return self._debounce.isActive() or (bool(current[0]) and self._reading == current)

    def _read_preview(self) -> None:
        source = self.source()
        if not source[0]:
            return
        self._reading = source
        self.status.setText(self.tr("Reading the file…"))
        task = BackgroundTask(lambda _ctx: _preview_or_reason(source))
        # bound methods: Qt drops the connections if the wizard closes before the read ends
        task.signals.succeeded.connect(self._preview_done)
        task.signals.finished.connect(lambda: self._tasks.discard(task))
        self._tasks.add(task)
        task.start()

    def _preview_done(self, outcome: tuple[Source, Preview | str, list[str]]) -> None:
        source, result, sheets = outcome
        if source != self.source() or self._debounce.isActive():
            return  # the path or sheet changed meanwhile: a newer read is under way
        self._reading = None
        self.status.setText("")
        if isinstance(result, str):
            self._show_sheets(sheets, source[1] or "")
            self.error.setText(result)
            self.completeChanged.emit()
            return
        sheet = result.info.get("sheet", "")
        self._show_sheets(sheets, sheet)
        if not result.rows:
            self.error.setText(
                self.tr("This file has no data rows, only the header: there is nothing to import.")
                if result.named_sheet is None
                else self.tr(
                    "The sheet %1 has no data rows, only the header: choose the sheet that "
                    "holds the data."
                ).replace("%1", sheet)
            )
        else:
            self.w.preview = result
            self.previewed = (source[0], sheet or None)
            self.status.setText(self.rows_text(result))
        self.completeChanged.emit()

    def rows_text(self, p: Preview) -> str:
        """How the file was read and its size, e.g. "CSV (UTF-8, comma) · about 1,200 rows"."""
        # %Ln: the count with the UI language's thousands separators, singular or plural
        return filled(self.tr("%1 · about %Ln rows", "", p.estimated_rows), source_text(p.info))

    def isComplete(self) -> bool:
        return self.previewed is not None and self.previewed == self.source()

    def validatePage(self) -> bool:
        if not self.isComplete() or self.previewed is None or self.w.preview is None:
            return False
        self.w.kind = str(self.kind.currentData())
        self.w.path = Path(self.previewed[0])
        self.w.sheet = self.w.preview.named_sheet
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
        self.remembered = QLabel(self)  # worded in initializePage (with a saved source or not)
        self.remembered.setWordWrap(True)
        self.remembered.hide()
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
        # Events dedupe on (source, ID): another system's export, numbering from 1 too,
        # needs a source of its own, remembered with this layout's mapping.
        self.source = QLineEdit(self)
        self.source.setPlaceholderText(DEFAULT_SOURCE)
        self.source.setClearButtonEnabled(True)
        self.source.textChanged.connect(self._source_changed)
        self.source_label = QLabel(self.tr("&Source"), self)
        self.source_label.setBuddy(self.source)
        self.source_help = QLabel(
            self.tr(
                "Events are matched on their ID within one source. Give the exports of "
                "another system a source name of their own, so their IDs never meet those of "
                "the events imported before."
            ),
            self,
        )
        self.source_help.setWordWrap(True)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_label)
        source_row.addWidget(self.source, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.remembered)
        layout.addWidget(self.preview_view, 1)
        layout.addWidget(QLabel(self.tr("Which field does each column hold?"), self))
        layout.addWidget(scroll, 1)
        layout.addLayout(source_row)
        layout.addWidget(self.source_help)
        layout.addWidget(self.problem)

    def initializePage(self) -> None:
        p = self.w.preview
        assert p is not None
        self.preview_model.set_preview(p)
        self.info.setText(self.w.file_page.rows_text(p))
        self.problem.hide()
        while self.mapping_form.rowCount():
            self.mapping_form.removeRow(0)
        self.combos.clear()
        suggestion = suggested_mapping(p.headers, self.w.kind)
        # said, so a reordered export picking up last time's choices is no surprise
        self.remembered.setVisible(bool(saved_mapping(p.headers, self.w.kind)))
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
        self._show_problems()  # a required field no header names is said at once
        events = self.w.kind == "events"
        for widget in (self.source_label, self.source, self.source_help):
            widget.setVisible(events)
        source = saved_source(p.headers, self.w.kind) if events else None
        self.source.setText(source or "")
        if source:  # said: the next export of this layout goes in under it too
            self.remembered.setText(
                self.tr(
                    "Using the mapping and the source “%1” you saved for files with these columns."
                ).replace("%1", source)
            )
        else:
            self.remembered.setText(
                self.tr("Using the mapping you saved for files with these columns.")
            )

    def mapping(self) -> dict[str, str | None]:
        return {h: c.currentData() for h, c in self.combos.items()}

    def source_name(self) -> str | None:
        """The source the events are imported under ("import" unless one is given), as
        ``prm import --source`` takes it; None when it is too long."""
        text = self.source.text()
        if not text.strip():
            return DEFAULT_SOURCE
        try:
            return source_name(text)
        except ValueError:
            return None

    def problems(self) -> str:
        """Why the mapping cannot be used yet, in the UI's words ("" when it can)."""
        chosen = [v for v in self.mapping().values() if v]
        specs = fields_of(self.w.kind)
        missing = [field_label(s) for s in specs if s.required and s.key not in chosen]
        duplicated = [field_label(s) for s in specs if chosen.count(s.key) > 1]
        problems = []
        if missing:
            problems.append(self.tr("Required field not mapped: %1").replace("%1", listed(missing)))
        if self.source_name() is None:
            problems.append(
                self.tr("A source has at most %1 characters.").replace("%1", str(MAX_SOURCE))
            )
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

    def _source_changed(self, _text: str) -> None:
        self._show_problems()

    def _mapping_changed(self, _index: int) -> None:
        """Keep the problem current: it goes away as soon as the mapping is fixed."""
        self._show_problems()

    def validatePage(self) -> bool:
        if not self._show_problems():
            return False
        self.w.mapping = self.mapping()
        source = self.source_name()
        assert source is not None and self.w.preview is not None  # else _show_problems said so
        self.w.source = source
        own = self.w.source if self.w.source != DEFAULT_SOURCE else None
        save_mapping(self.w.preview.headers, self.w.kind, self.w.mapping, source=own)
        return True


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
        #: The worksheet to import when the workbook has several (None: CSV or one sheet).
        self.sheet: str | None = None
        self.mapping: dict[str, str | None] = {}
        #: What the events are imported under (``MappingPage.source_name``).
        self.source = DEFAULT_SOURCE
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
        """Cancel, Esc and the window's close button. While a task runs it is cancelled
        first (an import rolls back) and the wizard closes once it has stopped; while the
        import is being saved nothing can stop it, so the request is ignored."""
        for page in (self.validate_page, self.import_page):
            if page.running():
                if not page.saving:
                    page.cancel()
                    page.close_requested = True
                return
        super().reject()
