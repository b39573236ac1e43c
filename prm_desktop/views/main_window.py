"""The main window: partner list with filter-as-you-type on the left, details on the right."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QMimeData, QSettings, Qt
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from prm_core.database import Database, DatabaseError, open_database
from prm_core.services import partners
from prm_core.services.changes import Changes
from prm_core.services.partners import PartnerData
from prm_desktop.features import FEATURE_MODULES
from prm_desktop.i18n import Translations, filled
from prm_desktop.models.partner_table import PartnerFilterProxyModel, PartnerTableModel
from prm_desktop.models.roles import ID_ROLE
from prm_desktop.views.about_dialog import show_about
from prm_desktop.views.dashboard.dashboard_view import DashboardView
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.goto_dialog import GoToPartnerDialog
from prm_desktop.views.import_wizard import ImportWizard
from prm_desktop.views.my_actions import MyActionsView
from prm_desktop.views.partner_detail import PartnerDetailWidget
from prm_desktop.views.partner_dialog import PartnerDialog
from prm_desktop.views.template_dialog import TemplateDialog
from prm_desktop.workspace import Workspace

IMPORTABLE_SUFFIXES = {".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls"}
DB_FILE_FILTER = "PRM database (*.db *.sqlite);;All files (*)"


class MainWindow(QMainWindow):
    """Owns the open ``Database``; swapping databases closes the previous one.

    Attributes:
        partner_model: every partner, loaded by one query.
        proxy: filter-as-you-type and sorting over ``partner_model``.
    """

    def __init__(self, db: Database | None, translations: Translations) -> None:
        super().__init__()
        self._db: Database | None = None
        self._translations = translations
        self.workspace = Workspace(None, self)
        self.workspace.dialog_parent = self
        self.partner_model = PartnerTableModel(None, self)
        self.proxy = PartnerFilterProxyModel(self)
        self.proxy.setSourceModel(self.partner_model)
        self._build_widgets()
        self.empty_hint = EmptyHint(self.table, self._empty_list_text)
        self._build_actions()
        self._build_menus()
        self._connect_signals()
        self._retranslate()
        self._extra_pages: list[tuple[QWidget, Callable[[], str]]] = []
        for module_name in FEATURE_MODULES:
            importlib.import_module(module_name).attach(self)
        self._restore_settings()
        self.setAcceptDrops(True)  # drop a CSV or Excel file to import it
        self.set_database(db)

    def add_page(
        self, widget: QWidget, title: Callable[[], str], shortcut: str | None = None
    ) -> int:
        """Add a top-level page (a tab beside Partners, My actions, Dashboard).

        ``title`` is called again after a language switch; ``shortcut`` (e.g. "Ctrl+4")
        selects the page. Returns the page index.
        """
        index = self.pages.addTab(widget, title())
        self._extra_pages.append((widget, title))
        if shortcut:
            action = QAction(self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda: self.pages.setCurrentWidget(widget))
            self.addAction(action)
        return index

    # -- construction ----------------------------------------------------------------------
    def _empty_list_text(self) -> str:
        if self.partner_model.rowCount() == 0:
            return self.tr(
                "No partners yet: add one with New Partner, or import a partner list "
                "(File → Import CSV or Excel, or drop the file on this window)."
            )
        return self.tr("No partner matches the filter.")

    def _build_widgets(self) -> None:
        left = QWidget(self)
        self.filter_edit = QLineEdit(left)
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableView(left)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.resizeSection(0, 240)
        self.count_label = QLabel(left)
        self.drill_label = QLabel(left)
        self.drill_label.setWordWrap(True)
        self.drill_clear = QPushButton(left)
        self.drill_clear.clicked.connect(self.clear_drill_down)
        self.drill_bar = QWidget(left)
        drill_layout = QHBoxLayout(self.drill_bar)
        drill_layout.setContentsMargins(0, 0, 0, 0)
        drill_layout.addWidget(self.drill_label, 1)
        drill_layout.addWidget(self.drill_clear)
        self.drill_bar.hide()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.drill_bar)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

        self.detail = PartnerDetailWidget(self.workspace, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.my_actions = MyActionsView(self.workspace, self)
        self.pages = QTabWidget(self)
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.splitter, "")
        self.pages.addTab(self.my_actions, "")
        self.dashboard = DashboardView(self.workspace, self.partner_model, self)
        self.pages.addTab(self.dashboard, "")
        self.setCentralWidget(self.pages)
        self.db_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.db_label)

    def _build_actions(self) -> None:
        self.open_action = QAction(self)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.new_action = QAction(self)
        self.import_action = QAction(self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.undo_action = self.workspace.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.workspace.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.new_partner_action = QAction(self)
        self.new_partner_action.setShortcut(QKeySequence.StandardKey.New)
        self.edit_partner_action = QAction(self)
        self.delete_partner_action = QAction(self)
        self.goto_action = QAction(self)
        self.goto_action.setShortcut(QKeySequence("Ctrl+K"))
        self.partners_page_action = QAction(self)
        self.partners_page_action.setShortcut(QKeySequence("Ctrl+1"))
        self.actions_page_action = QAction(self)
        self.actions_page_action.setShortcut(QKeySequence("Ctrl+2"))
        self.dashboard_page_action = QAction(self)
        self.dashboard_page_action.setShortcut(QKeySequence("Ctrl+3"))
        self.template_action = QAction(self)
        self.template_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.about_action = QAction(self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, label in (("en", "English"), ("ja", "日本語")):
            action = QAction(label, self, checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action
        self.language_actions[self._translations.language].setChecked(True)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addAction(self.undo_action)
        self.edit_menu.addAction(self.redo_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.new_partner_action)
        self.edit_menu.addAction(self.edit_partner_action)
        self.edit_menu.addAction(self.delete_partner_action)
        self.edit_menu.addSeparator()
        self.edit_menu.addAction(self.template_action)
        self.view_menu = bar.addMenu("")
        self.view_menu.addAction(self.partners_page_action)
        self.view_menu.addAction(self.actions_page_action)
        self.view_menu.addAction(self.dashboard_page_action)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.goto_action)
        self.view_menu.addAction(self.find_action)
        self.view_menu.addAction(self.refresh_action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        #: Feature modules add their commands here (PRACT, signals, reports, backups...).
        self.tools_menu = bar.addMenu("")
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.filter_edit.textChanged.connect(self.proxy.set_query)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self.proxy.layoutChanged.connect(self._update_count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.open_action.triggered.connect(self.open_database_dialog)
        self.new_action.triggered.connect(self.new_database_dialog)
        self.import_action.triggered.connect(lambda: self.import_file())  # noqa: PLW0108 - triggered(bool) must not reach path
        self.quit_action.triggered.connect(self.close)
        self.find_action.triggered.connect(self._focus_filter)
        self.refresh_action.triggered.connect(self.refresh)
        self.about_action.triggered.connect(self._about)
        self.language_group.triggered.connect(self._language_chosen)
        self.new_partner_action.triggered.connect(self.new_partner)
        self.edit_partner_action.triggered.connect(self.edit_partner)
        self.delete_partner_action.triggered.connect(self.delete_partner)
        self.detail.overview.edit_button.clicked.connect(self.edit_partner)
        self.detail.overview.delete_button.clicked.connect(self.delete_partner)
        self.goto_action.triggered.connect(self.go_to_partner)
        self.template_action.triggered.connect(
            lambda: self._database_open() and TemplateDialog(self.workspace, self).exec()
        )
        self.partners_page_action.triggered.connect(
            lambda: self.pages.setCurrentWidget(self.splitter)
        )
        self.actions_page_action.triggered.connect(
            lambda: self.pages.setCurrentWidget(self.my_actions)
        )
        self.dashboard_page_action.triggered.connect(
            lambda: self.pages.setCurrentWidget(self.dashboard)
        )
        self.my_actions.partner_requested.connect(self.open_partner)
        self.dashboard.partners_requested.connect(self.show_drill_down)
        self.workspace.bus.changed.connect(self._on_changes)

    def _retranslate(self) -> None:
        self.setWindowTitle(self._title())
        self.filter_edit.setPlaceholderText(
            self.tr("Filter partners by name, code, territory, owner, key person… (Ctrl+F)")
        )
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.new_partner_action.setText(self.tr("&New Partner…"))
        self.edit_partner_action.setText(self.tr("&Edit Partner…"))
        self.delete_partner_action.setText(self.tr("&Delete Partner…"))
        self.goto_action.setText(self.tr("&Go to Partner…"))
        self.template_action.setText(self.tr("Onboarding &Template…"))
        self.partners_page_action.setText(self.tr("&Partners"))
        self.actions_page_action.setText(self.tr("&My Actions"))
        self.pages.setTabText(self.pages.indexOf(self.splitter), self.tr("Partners"))
        self.pages.setTabText(self.pages.indexOf(self.my_actions), self.tr("My actions"))
        self.pages.setTabText(self.pages.indexOf(self.dashboard), self.tr("Dashboard"))
        self.dashboard_page_action.setText(self.tr("&Dashboard"))
        self.drill_clear.setText(self.tr("Show All Partners"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.tools_menu.setTitle(self.tr("&Tools"))
        for widget, title in getattr(self, "_extra_pages", []):
            self.pages.setTabText(self.pages.indexOf(widget), title())
        self.language_menu.setTitle(self.tr("&Language"))
        self.open_action.setText(self.tr("&Open Database…"))
        self.new_action.setText(self.tr("&New Database…"))
        self.import_action.setText(self.tr("&Import CSV or Excel…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.find_action.setText(self.tr("&Filter Partners"))
        self.refresh_action.setText(self.tr("&Refresh"))
        self.about_action.setText(self.tr("&About PRM Desktop"))
        self.partner_model.headerDataChanged.emit(
            Qt.Orientation.Horizontal, 0, self.partner_model.columnCount() - 1
        )
        self._update_count()

    def _title(self) -> str:
        name = (
            Path(self._db.display_name).name
            if self._db and self._db.is_sqlite
            else (self._db.display_name if self._db else "")
        )
        return f"{name} — PRM Desktop" if name else "PRM Desktop"

    # -- database --------------------------------------------------------------------------
    @property
    def database(self) -> Database | None:
        return self._db

    def set_database(self, db: Database | None) -> None:
        previous, self._db = self._db, db
        self.workspace.set_database(db)
        self.detail.show_partner(None)
        self.partner_model.set_database(db)
        self.my_actions.refresh()
        if previous is not None and previous is not db:
            previous.close()
        self.db_label.setText(db.display_name if db else self.tr("No database open"))
        self.setWindowTitle(self._title())
        self._update_count()
        if not self._header_restored and self.partner_model.rowCount():
            self._fit_columns()

    def _fit_columns(self) -> None:
        """First run only: size columns to their contents, within reason."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), 320))

    def refresh(self) -> None:
        selected = self.selected_partner_id()
        self.partner_model.reload()
        if selected is not None:
            self.select_partner(selected)

    def _open_path(self, path: str) -> None:
        try:
            db = open_database(path)
        except DatabaseError as exc:
            QMessageBox.critical(self, self.tr("Cannot open database"), str(exc))
            return
        self.set_database(db)

    def open_database_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open Database"), "", DB_FILE_FILTER)
        if path:
            self._open_path(path)

    def new_database_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("New Database"), "partners.db", DB_FILE_FILTER
        )
        if not path:
            return
        if Path(path).exists():
            QMessageBox.warning(
                self,
                self.tr("New Database"),
                self.tr(
                    "A file with that name already exists. Choose a new name, or use "
                    "Open Database to open it."
                ),
            )
            return
        self._open_path(path)

    # -- selection -------------------------------------------------------------------------
    def selected_partner_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        value = rows[0].data(ID_ROLE)
        return int(value) if value is not None else None

    def select_partner(self, partner_id: int) -> bool:
        source_row = self.partner_model.row_for_id(partner_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.partner_model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        partner_id = self.selected_partner_id()
        self.detail.show_partner(partner_id if self._db is not None else None)
        has = partner_id is not None
        self.edit_partner_action.setEnabled(has)
        self.delete_partner_action.setEnabled(has)

    def _update_count(self, *_args: object) -> None:
        shown, total = self.proxy.rowCount(), self.partner_model.rowCount()
        if shown == total:
            self.count_label.setText(self.tr("%n partner(s)", "", total))
        else:
            self.count_label.setText(filled(self.tr("%1 of %2 partners"), str(shown), str(total)))

    def _focus_filter(self) -> None:
        edit = (
            self.my_actions.filter_edit
            if self.pages.currentWidget() is self.my_actions
            else self.filter_edit
        )
        edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        edit.selectAll()

    # -- partner commands ------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.partners or changes.persons or changes.events:
            self.refresh()

    def show_drill_down(self, ids: list[int], description: str) -> None:
        """Show only the partners behind a clicked chart element, with a way back."""
        self.proxy.set_id_filter(ids)
        self.filter_edit.clear()
        self.drill_label.setText(
            filled(self.tr("Showing %1 partner(s): %2"), str(len(ids)), description)
        )
        self.drill_bar.show()
        self.pages.setCurrentWidget(self.splitter)
        self._update_count()

    def clear_drill_down(self) -> None:
        self.proxy.set_id_filter(None)
        self.drill_bar.hide()
        self._update_count()

    def open_partner(self, partner_id: int, tab: str = "") -> None:
        self.pages.setCurrentWidget(self.splitter)
        if not self.select_partner(partner_id):
            self.filter_edit.clear()
            self.clear_drill_down()
            self.select_partner(partner_id)
        pages: dict[str, QWidget] = {
            "onboarding": self.detail.onboarding,
            "meetings": self.detail.meetings,
        }
        if tab in pages:
            self.detail.tabs.setCurrentWidget(pages[tab])

    def _database_open(self) -> bool:
        return self._db is not None

    def go_to_partner(self) -> None:
        dialog = GoToPartnerDialog(self.partner_model, self)
        if dialog.exec() and dialog.chosen_id is not None:
            self.open_partner(dialog.chosen_id)

    def new_partner(self) -> None:
        if self._db is None:
            return
        dialog = PartnerDialog(None, self)
        dialog.save = lambda: self._create_partner(dialog.values(), dialog)
        dialog.exec()

    def _create_partner(self, data: PartnerData, dialog: QWidget) -> bool:
        created: list[int] = []

        def do(db: Database) -> Changes:
            new_id, changes = partners.create_partner(db, data)
            created[:] = [new_id]
            return changes

        ok = self.workspace.push(
            self.tr("New partner %1").replace("%1", data.name),
            do,
            lambda db: partners.delete_partner(db, created[0]),
            dialog,
        )
        if ok:
            self.filter_edit.clear()
            self.open_partner(created[0])
        return ok

    def edit_partner(self) -> None:
        partner_id = self.selected_partner_id()
        if partner_id is None or self._db is None:
            return
        before, version = partners.load_partner(self._db, partner_id)
        dialog = PartnerDialog(before, self)
        dialog.save = lambda: self.workspace.push_versioned(
            self.tr("Edit partner %1").replace("%1", before.name),
            version,
            partial(_update_partner, partner_id, dialog.values(), before),
            partial(_update_partner, partner_id, before, None),
            dialog,
        )
        dialog.exec()

    def delete_partner(self) -> None:
        partner_id = self.selected_partner_id()
        summary = self.detail.summary
        if partner_id is None or summary is None:
            return
        answer = QMessageBox.warning(
            self,
            self.tr("Delete Partner"),
            self.tr(
                "Delete %1 with all its persons, activity, 1on1s and goals? This cannot be undone."
            ).replace("%1", summary.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.run(
                lambda db: partners.delete_partner(db, partner_id, expected_version=summary.version)
            )

    def _about(self) -> None:
        show_about(self, self._db.display_name if self._db else None)

    def _language_chosen(self, action: QAction) -> None:
        self._translations.switch(str(action.data()), remember=True)

    # -- import ----------------------------------------------------------------------------
    def import_file(self, path: str | None = None) -> ImportWizard | None:
        if self._db is None:
            return None
        wizard = ImportWizard(self.workspace, path, self)
        wizard.open()
        return wizard

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        path = self._dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.import_file(path)

    @staticmethod
    def _dropped_file(mime: QMimeData) -> str | None:
        urls = [u for u in mime.urls() if u.isLocalFile()]
        if len(urls) != 1:
            return None
        path = urls[0].toLocalFile()
        return path if Path(path).suffix.lower() in IMPORTABLE_SUFFIXES else None

    # -- Qt events -------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("main/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        splitter = settings.value("main/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([560, 520])
        header = settings.value("main/partner_header")
        self._header_restored = header is not None and self.table.horizontalHeader().restoreState(
            header
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("main/geometry", self.saveGeometry())
        settings.setValue("main/splitter", self.splitter.saveState())
        settings.setValue("main/partner_header", self.table.horizontalHeader().saveState())
        super().closeEvent(event)
        if self._db is not None:
            self._db.close()
            self._db = None


def _update_partner(
    partner_id: int, data: PartnerData, seen: PartnerData | None, db: Database, version: int
) -> Changes:
    return partners.update_partner(db, partner_id, data, expected_version=version, seen=seen)
