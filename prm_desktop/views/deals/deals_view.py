"""The Deals page: every registration with its status as of today, filters (status, partner,
owner, expires within the ``deal_expiring`` threshold's days), decisions with a reason
(undoable), and the conflict panel."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prm_core.database import Database
from prm_core.deals.import_deals import run_deals_import
from prm_core.deals.registrations import (
    SHOWN_STATUSES,
    RegistrationFilter,
    RegistrationRow,
)
from prm_core.importing import ImportReport, workbook_sheets
from prm_core.services.changes import Changes
from prm_core.services.diagnosis import DiagnosisChanges
from prm_desktop.i18n import filled
from prm_desktop.models.deal_loaders import (
    FilterChoices,
    filter_choices,
    partner_choices,
    person_choices,
)
from prm_desktop.models.deal_models import (
    CONFLICT_COLOUR,
    EXPIRED_COLOUR,
    EXPIRING_COLOUR,
    DealPageModel,
    deal_status_label,
)
from prm_desktop.models.import_messages import (
    accepted_values_hints,
    problem_text,
    row_error_text,
)
from prm_desktop.models.import_notices import created_lines, notice_lines
from prm_desktop.tasks import BackgroundTask
from prm_desktop.views.deals.conflict_panel import ConflictPanel
from prm_desktop.views.deals.decision_dialog import DecisionDialog, decide_with_dialog
from prm_desktop.views.deals.registration_dialog import (
    RegistrationDialog,
    edit_registration,
    new_registration,
)
from prm_desktop.views.table_utils import button_row, selected_source_rows, setup_table
from prm_desktop.workspace import Workspace


class RegistrationList(QWidget):
    """The paged registration list with its filters and decision buttons.

    Signals:
        partner_requested(int, str): open this partner (double-click, Open Partner).
    """

    partner_requested = Signal(int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.as_of: date | None = None
        self.model = DealPageModel(self)
        self.table = QTableView(self)
        setup_table(self.table, self.model, "deals", sortable=False, stretch=3)
        self.table.doubleClicked.connect(lambda _i: self.edit_selected())
        self.status = QComboBox(self)
        self.partner = QComboBox(self)
        self.partner.setMinimumContentsLength(16)
        self.owner = QComboBox(self)
        # owner names are short; "All owners" is the longest item ("すべての担当マネージャー")
        self.owner.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.expiring = QCheckBox(self)
        for combo in (self.status, self.partner, self.owner):
            combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.expiring.toggled.connect(lambda _on: self.reload())
        self.count = QLabel(self)
        self.legend = QLabel(self)  # what the row colours mean
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.import_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_registration)
        self.edit_button.clicked.connect(self.edit_selected)
        self.import_button.clicked.connect(self.choose_import_file)
        self.approve_button = QPushButton(self)
        self.reject_button = QPushButton(self)
        self.won_button = QPushButton(self)
        self.lost_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.approve_button.clicked.connect(lambda: self.decide_selected("approved"))
        self.reject_button.clicked.connect(lambda: self.decide_selected("rejected"))
        self.won_button.clicked.connect(lambda: self.decide_selected("won"))
        self.lost_button.clicked.connect(lambda: self.decide_selected("lost"))
        self.open_button.clicked.connect(self.open_selected)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(button_row(self, self.status, self.partner, self.owner, self.expiring))
        layout.addWidget(
            button_row(
                self,
                self.new_button,
                self.edit_button,
                self.import_button,
                self.approve_button,
                self.reject_button,
                self.won_button,
                self.lost_button,
                self.open_button,
                self.count,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        self.dialog: DecisionDialog | RegistrationDialog | None = None
        self.import_task: BackgroundTask | None = None
        self.last_import: ImportReport | str | None = None
        self._loaded_for: Database | None = None
        self._retranslate()

    # -- filters ----------------------------------------------------------------------------
    def current_filter(self) -> RegistrationFilter:
        return RegistrationFilter(
            status=self.status.currentData(),
            partner_id=self.partner.currentData(),
            owner=self.owner.currentData(),
            expiring_within=self.model.expiring_days if self.expiring.isChecked() else None,
        )

    def _fill_choices(self) -> None:
        """Partner and owner choices from the database (kept when still there)."""
        db = self.workspace.db
        choices = filter_choices(db) if db is not None else FilterChoices([], [])
        self.model.expiring_days = choices.expiring_days
        self._retranslate_expiring()
        for combo, items, everything in (
            (self.partner, [(n, i) for i, n in choices.partners], self.tr("All partners")),
            (self.owner, [(m, m) for m in choices.owners], self.tr("All owners")),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def reload(self) -> None:
        db = self.workspace.db
        self._loaded_for = db
        self.model.show(db, self.as_of or date.today(), self.current_filter())
        self._update_count()

    def refresh(self) -> None:
        """Reload choices and rows (after a change or a database switch)."""
        self._fill_choices()
        self.reload()

    @property
    def stale_database(self) -> bool:
        return self._loaded_for is not self.workspace.db

    def _update_count(self) -> None:
        self.count.setText(self.tr("%n registration(s)", "", self.model.total))

    # -- decisions --------------------------------------------------------------------------
    def selected(self) -> RegistrationRow | None:
        rows = selected_source_rows(self.table)
        return self.model.row_at(rows[0]) if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        stored = row.stored_status if row else None
        self.approve_button.setEnabled(stored == "submitted" and row is not None and row.is_open)
        self.reject_button.setEnabled(stored in ("submitted", "approved"))
        self.won_button.setEnabled(stored == "approved")
        self.lost_button.setEnabled(stored == "approved")
        self.open_button.setEnabled(row is not None)
        self.edit_button.setEnabled(row is not None)

    def decide_selected(self, status: str) -> DecisionDialog | None:
        row = self.selected()
        if row is None or self.workspace.db is None:
            return None
        self.dialog = decide_with_dialog(self.workspace, row, status, self)
        return self.dialog

    def open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.partner_requested.emit(row.partner_id, "deals")

    # -- typing and importing ---------------------------------------------------------------
    def _choices(self) -> list[tuple[int, str]]:
        db = self.workspace.db
        return partner_choices(db) if db is not None else []

    def _persons_of(self, partner_id: int) -> list[tuple[int, str]]:
        db = self.workspace.db
        return person_choices(db, partner_id) if db is not None else []

    def new_registration(self) -> RegistrationDialog | None:
        if self.workspace.db is None:
            return None
        self.dialog = new_registration(self.workspace, self._choices(), self._persons_of, self)
        return self.dialog

    def edit_selected(self) -> RegistrationDialog | None:
        row = self.selected()
        if row is None:
            return None
        self.dialog = edit_registration(
            self.workspace,
            row.id,
            self._choices(),
            self._persons_of,
            self,
            partner_name=row.partner,
        )
        return self.dialog

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import Deal Registrations"),
            "",
            self.tr("CSV or Excel files (*.csv *.tsv *.txt *.xlsx)"),
        )
        if not path:
            return
        go_on, sheet = self.ask_sheet(path)
        if go_on:
            self.import_file(path, sheet)

    def ask_sheet(self, path: str) -> tuple[bool, str | None]:
        """(go on, sheet): a workbook with several visible worksheets asks which one; the
        user may cancel. Reading the sheet list takes milliseconds (``workbook_sheets``); a
        file that cannot be read is left for the import to explain."""
        sheets = workbook_sheets(path)
        if len(sheets) <= 1:
            return True, None
        sheet, ok = QInputDialog.getItem(
            self,
            self.tr("Import Deal Registrations"),
            self.tr("%1 has several sheets. Import the sheet:").replace("%1", Path(path).name),
            sheets,
            0,
            False,
        )
        return ok, sheet if ok else None

    def import_file(self, path: str, sheet: str | None = None) -> BackgroundTask | None:
        """Import a registration file (``sheet`` of a workbook) off the GUI thread, all or
        nothing."""
        db = self.workspace.db
        if db is None or self.import_task is not None:
            return None
        self.import_button.setEnabled(False)
        self.count.setText(self.tr("Importing %1…").replace("%1", Path(path).name))
        task = BackgroundTask(
            lambda ctx: run_deals_import(db, path, progress=ctx.progress, sheet=sheet)
        )
        task.signals.succeeded.connect(self._imported)
        task.signals.failed.connect(self._import_failed)
        task.signals.finished.connect(self._import_done)
        self.import_task = task
        task.start()
        return task

    def _import_done(self) -> None:
        self.import_task = None
        self.import_button.setEnabled(True)
        self._update_count()

    def _imported(self, report: ImportReport) -> None:
        self.last_import = report
        if report.committed:
            self.workspace.bus.changed.emit(Changes(events=True, partners=True))
        lines = [
            self.tr("Imported: %1").replace("%1", f"{report.inserted:,}"),
            self.tr("Already there: %1").replace("%1", f"{report.duplicates:,}"),
        ]
        if report.rejected:
            lines.append(self.tr("The file was rejected; nothing was imported."))
            lines += [
                filled(self.tr("Row %1: %2"), f"{e.row:,}", row_error_text(e))
                for e in report.errors[:10]
            ]
            lines += accepted_values_hints(report.errors)
        # (a rejected import created nothing: the runner empties the lists on rollback)
        lines += created_lines(report)
        # merged cells, skipped notes and look-alike names: how the rows were read
        lines += notice_lines(report)
        self.show_message(self.tr("Import Deal Registrations"), "\n".join(lines))

    def _import_failed(self, exc: object) -> None:
        self.last_import = problem_text(exc) if isinstance(exc, BaseException) else str(exc)
        self.show_message(self.tr("Import Deal Registrations"), self.last_import)

    def show_message(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)

    # -- texts ------------------------------------------------------------------------------
    def _retranslate_expiring(self) -> None:
        days = self.model.expiring_days
        self.expiring.setText(self.tr("Expires within %n day(s)", "", days))
        swatch = '<span style="background-color:{}">&nbsp;{}&nbsp;</span>'
        coloured = '<span style="color:{}">{}</span>'
        self.legend.setText(
            "  ".join(
                [
                    swatch.format(CONFLICT_COLOUR.name(), self.tr("Channel conflict")),
                    coloured.format(
                        EXPIRING_COLOUR.name(), self.tr("Expires within %n day(s)", "", days)
                    ),
                    coloured.format(EXPIRED_COLOUR.name(), self.tr("Expired")),
                ]
            )
        )

    def _retranslate(self) -> None:
        current = self.status.currentData()
        self.status.blockSignals(True)
        self.status.clear()
        self.status.addItem(self.tr("All statuses"), None)
        self.status.addItem(deal_status_label("open"), "open")
        for key in SHOWN_STATUSES:
            self.status.addItem(deal_status_label(key), key)
        self.status.setCurrentIndex(max(self.status.findData(current), 0))
        self.status.blockSignals(False)
        if self.partner.count():
            self.partner.setItemText(0, self.tr("All partners"))
            self.owner.setItemText(0, self.tr("All owners"))
        self._retranslate_expiring()
        self.new_button.setText(self.tr("&New…"))
        self.edit_button.setText(self.tr("&Edit…"))
        self.import_button.setText(self.tr("&Import File…"))
        self.approve_button.setText(self.tr("&Approve…"))
        self.reject_button.setText(self.tr("Re&ject…"))
        self.won_button.setText(self.tr("&Won…"))
        self.lost_button.setText(self.tr("&Lost…"))
        self.open_button.setText(self.tr("&Open Partner"))
        self.model.retranslate()
        self._update_count()
        self._update_buttons()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class DealsView(QWidget):
    """The Deals page: registrations and conflicts, refreshed lazily after changes.

    Signals:
        partner_requested(int, str): open this partner on this tab.
    """

    partner_requested = Signal(int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.tabs = QTabWidget(self)
        self.registrations = RegistrationList(workspace, self.tabs)
        self.conflicts = ConflictPanel(workspace, self.tabs)
        self.tabs.addTab(self.registrations, "")
        self.tabs.addTab(self.conflicts, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.registrations.partner_requested.connect(self.partner_requested)
        self.conflicts.partner_requested.connect(self.partner_requested)
        self.conflicts.conflicts_loaded.connect(self._conflicts_loaded)
        workspace.bus.changed.connect(self._on_changes)
        self._dirty = True
        self._conflict_count: int | None = None
        self._retranslate()

    def set_as_of(self, as_of: date | None) -> None:
        """Show statuses as of another day than today (None: today)."""
        self.registrations.as_of = as_of
        self.conflicts.as_of = as_of
        self.refresh()

    def _on_changes(self, changes: Changes) -> None:
        thresholds = isinstance(changes, DiagnosisChanges) and changes.signals
        if changes.events or changes.partners or thresholds:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty or self.registrations.stale_database:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        self._dirty = False
        self.registrations.refresh()
        self.conflicts.refresh()

    def _conflicts_loaded(self, count: int) -> None:
        self._conflict_count = count
        ids = {c.id for g in self.conflicts.groups for c in g.claims}
        self.registrations.model.set_conflicts(ids)
        self._retranslate_tabs()

    def _retranslate_tabs(self) -> None:
        self.tabs.setTabText(0, self.tr("Registrations"))
        count = self._conflict_count
        self.tabs.setTabText(
            1,
            self.tr("Conflicts (%1)").replace("%1", str(count)) if count else self.tr("Conflicts"),
        )

    def _retranslate(self) -> None:
        self._retranslate_tabs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
