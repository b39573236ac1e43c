"""Today: the manager's start screen. Every partner with a signal, most severe first, each
signal with its evidence and suggested action, and one click to act on it: record an
intervention (pre-filled) or snooze it. A partner whose signals are all handled leaves the
list."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from prm_core.database import Database
from prm_core.diagnosis.signal_base import Signal as CoreSignal
from prm_core.diagnosis.signals import PartnerSignals
from prm_core.services.changes import Changes
from prm_core.services.diagnosis import (
    DiagnosisChanges,
    delete_intervention,
    delete_snooze,
    intervention_from_signal,
    record_intervention,
    snooze_signal,
)
from prm_desktop.models.diagnosis_loaders import compute_today
from prm_desktop.models.diagnosis_models import (
    LatestResult,
    TodaySignalsModel,
    action_text,
    answers_inline,
    evidence_text,
    signal_label,
)
from prm_desktop.models.roles import SEARCH_ROLE
from prm_desktop.models.search_text import matches
from prm_desktop.views.diagnosis.dialogs import InterventionDialog, SnoozeDialog
from prm_desktop.views.table_utils import button_row
from prm_desktop.workspace import Workspace


class PartnerFilterProxy(QSortFilterProxyModel):
    """Keeps partner groups whose name (or one of whose signals) matches the query."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.query = ""
        self.setRecursiveFilteringEnabled(True)

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self.query = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self.query.strip():
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SEARCH_ROLE)
        return isinstance(text, str) and matches(text, self.query)


class TodayView(QWidget):
    """Signals:
    partner_requested(int, str): open this partner (on this tab, "" for the default).

    Attributes:
        model: the partners and their signals; proxy: the filter over it.
        as_of: the day the signals are computed for (today).
    """

    partner_requested = Signal(int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.as_of = date.today()
        self.dialog: InterventionDialog | SnoozeDialog | None = None
        self.model = TodaySignalsModel(self)
        self.proxy = PartnerFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.runner: LatestResult[list[PartnerSignals]] = LatestResult(self)
        self.runner.computed.connect(self._arrived)
        self.runner.failed.connect(self._failed)
        self.runner.busy.connect(self._busy)

        self._build_widgets()
        self._dirty = True
        self._computing = False
        self._error = ""
        workspace.bus.changed.connect(self._on_changes)
        self._retranslate()
        self._selection_changed()

    # -- construction -----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The evidence (why this partner is here) takes the spare width: it is the long,
        # specific text; the recommended action is one of a few per signal.
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(0, 300)
        header.resizeSection(1, 80)
        header.resizeSection(3, 360)
        self.tree.doubleClicked.connect(lambda _i: self.open_selected())
        self.tree.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.intervene_button = QPushButton(self)
        self.intervene_button.clicked.connect(self.record_intervention)
        self.snooze_button = QPushButton(self)
        self.snooze_button.clicked.connect(self.snooze)
        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.filter_edit)
        layout.addWidget(
            button_row(
                self,
                self.intervene_button,
                self.snooze_button,
                self.open_button,
                self.refresh_button,
            )
        )
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.detail)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Recompute the signals off the GUI thread (the list stays until they arrive)."""
        self._dirty = False
        self.as_of = date.today()
        as_of = self.as_of
        db = self.workspace.db
        if db is None:
            self.model.set_groups([])
            self._update_summary()
        self.runner.request(db, lambda d: compute_today(d, as_of), inline=answers_inline(db))

    def _arrived(self, groups: list[PartnerSignals]) -> None:
        self._error = ""
        selected = self.selected_signal()
        self.model.set_groups(groups)
        self.tree.expandAll()
        if selected is not None:
            self._select(selected)
        self._update_summary()

    def _failed(self, message: str) -> None:
        self._error = message
        self._update_summary()

    def _busy(self, busy: int) -> None:
        self._computing = bool(busy)
        self._update_summary()

    def _on_changes(self, changes: Changes) -> None:
        relevant = (
            changes.partners
            or changes.persons
            or changes.events
            or changes.checklist
            or changes.actions
            or changes.interventions
            or (isinstance(changes, DiagnosisChanges) and changes.signals)
        )
        if relevant:
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty or self.as_of != date.today():
            self.refresh()
        super().showEvent(event)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running computation ended (tests)."""
        return self.runner.wait(msecs)

    # -- selection --------------------------------------------------------------------------
    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        self.tree.expandAll()

    def selected_index(self) -> QModelIndex | None:
        rows = self.tree.selectionModel().selectedRows()
        return self.proxy.mapToSource(rows[0]) if rows else None

    def selected_signal(self) -> CoreSignal | None:
        index = self.selected_index()
        return self.model.signal_at(index) if index is not None else None

    def selected_partner(self) -> int | None:
        index = self.selected_index()
        group = self.model.group_at(index) if index is not None else None
        return group.partner_id if group is not None else None

    def select_signal(self, signal: CoreSignal) -> bool:
        return self._select(signal)

    def _select(self, signal: CoreSignal) -> bool:
        for row, group in enumerate(self.model.groups()):
            if group.partner_id != signal.partner_id:
                continue
            parent = self.model.index(row, 0)
            for position, s in enumerate(group.signals):
                if (s.signal, s.person_id, s.subject) == (
                    signal.signal,
                    signal.person_id,
                    signal.subject,
                ):
                    index = self.proxy.mapFromSource(self.model.index(position, 0, parent))
                    if not index.isValid():
                        return False
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    def _selection_changed(self, *_args: QItemSelection) -> None:
        signal = self.selected_signal()
        self.intervene_button.setEnabled(signal is not None)
        self.snooze_button.setEnabled(signal is not None)
        self.open_button.setEnabled(self.selected_partner() is not None)
        if signal is None:
            self.detail.setText("")
            return
        source = self.tr("from the playbook") if signal.action_source == "playbook" else ""
        self.detail.setText(
            f"<b>{signal.partner}</b> — {signal_label(signal.signal)}"
            + (f" ({signal.person})" if signal.person else "")
            + f"<br>{evidence_text(signal)}<br>"
            + self.tr("Suggested: %1").replace("%1", action_text(signal))
            + (f" <i>({source})</i>" if source else "")
        )

    def _update_summary(self) -> None:
        groups = self.model.groups()
        if self._error:
            self.summary.setText(
                self.tr("The signals could not be computed: %1").replace("%1", self._error)
            )
            return
        if self._computing and not groups:
            self.summary.setText(self.tr("Looking for signals…"))
            return
        if not groups:
            self.summary.setText(
                self.tr("Nothing needs your attention today.")
                if self.workspace.db is not None
                else ""
            )
            return
        self.summary.setText(
            self.tr("%n partner(s) need attention", "", len(groups))
            + " · "
            + self.tr("%n signal(s)", "", self.model.signal_count())
            + " · "
            + self.tr("as of %1").replace("%1", self.as_of.isoformat())
        )

    # -- acting -----------------------------------------------------------------------------
    def open_selected(self) -> None:
        partner_id = self.selected_partner()
        if partner_id is not None:
            self.partner_requested.emit(partner_id, "pract")

    def record_intervention(self) -> InterventionDialog | None:
        """Open the intervention form pre-filled from the selected signal (non-blocking)."""
        signal = self.selected_signal()
        if signal is None or self.workspace.db is None:
            return None
        data = intervention_from_signal(signal)
        data.action = action_text(signal)
        data.notes = f"{signal_label(signal.signal)}: {evidence_text(signal)}"
        dialog = InterventionDialog(data, signal.partner, self)
        dialog.save = lambda: self._save_intervention(signal, dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_intervention(self, signal: CoreSignal, dialog: InterventionDialog) -> bool:
        data = dialog.values()
        created: list[int] = []

        def do(db: Database) -> Changes:
            new_id, changes = record_intervention(db, signal.partner_id, data)
            created[:] = [new_id]
            return changes

        text = self.tr("Intervention for %1").replace("%1", signal.partner)
        ok = self.workspace.push(text, do, lambda db: delete_intervention(db, created[0]), dialog)
        if ok:
            self.model.remove_signal(signal)
            self._update_summary()
        return ok

    def snooze(self) -> SnoozeDialog | None:
        """Open the snooze form for the selected signal (non-blocking)."""
        signal = self.selected_signal()
        if signal is None or self.workspace.db is None:
            return None
        dialog = SnoozeDialog(signal, self)
        dialog.save = lambda: self._save_snooze(signal, dialog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog = dialog
        dialog.open()
        return dialog

    def _save_snooze(self, signal: CoreSignal, dialog: SnoozeDialog) -> bool:
        days, reason = dialog.days.value(), dialog.reason.text()
        created: list[int] = []

        def do(db: Database) -> Changes:
            new_id, changes = snooze_signal(
                db,
                signal.partner_id,
                signal.signal,
                days,
                reason,
                person_id=signal.person_id,
                subject=signal.subject,
            )
            created[:] = [new_id]
            return changes

        text = self.tr("Snooze %1").replace("%1", signal_label(signal.signal))
        ok = self.workspace.push(text, do, lambda db: delete_snooze(db, created[0]), dialog)
        if ok:
            self.model.remove_signal(signal)
            self._update_summary()
        return ok

    # -- language ----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Today"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by partner, person or signal…"))
        self.intervene_button.setText(self.tr("&Record Intervention…"))
        self.snooze_button.setText(self.tr("&Snooze…"))
        self.open_button.setText(self.tr("&Open Partner"))
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.model.retranslate()
        self._update_summary()
        self._selection_changed()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
