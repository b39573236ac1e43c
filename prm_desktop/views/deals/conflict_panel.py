"""The conflict panel: unresolved channel conflicts, the claims side by side with their
sources, and the manager's decision on a pair (keep the first, keep the second, or both are
legitimate) with a reason, undoable."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.database import Database
from prm_core.deals.conflicts import ConflictGroup, ConflictLink
from prm_core.services import deals
from prm_core.services.changes import Changes
from prm_desktop.i18n import filled
from prm_desktop.models.deal_loaders import unresolved_conflicts
from prm_desktop.models.deal_models import (
    ClaimCompareModel,
    ConflictGroupModel,
    matched_on_label,
)
from prm_desktop.tasks import BackgroundTask
from prm_desktop.views.table_utils import selected_source_rows, setup_table
from prm_desktop.workspace import Workspace

RESOLUTIONS = ("keep_first", "keep_second", "both_legitimate")


class ConflictPanel(QWidget):
    """Computed off the GUI thread after every relevant change; stale results are dropped.

    Signals:
        conflicts_loaded(int): the number of groups, after each load.
        partner_requested(int, str): open this partner.
    """

    conflicts_loaded = Signal(int)
    partner_requested = Signal(int, str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.as_of: date | None = None
        self.groups: list[ConflictGroup] = []
        self._generation = 0
        self._task: BackgroundTask | None = None
        self._dirty = True
        self.loading = False

        self.model = ConflictGroupModel(self)
        self.table = QTableView(self)
        setup_table(self.table, self.model, "deal_conflicts", stretch=3)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.compare = ClaimCompareModel(self)
        self.compare_table = QTableView(self)
        self.compare_table.setModel(self.compare)
        self.compare_table.setWordWrap(False)
        self.compare_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.compare_table.verticalHeader().setDefaultSectionSize(
            self.compare_table.fontMetrics().height() + 8
        )
        self.status = QLabel(self)

        self.decision_box = self._build_decision_box()
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.compare_table, 1)
        right_layout.addWidget(self.decision_box)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        self.table.selectionModel().selectionChanged.connect(self._group_chosen)
        workspace.bus.changed.connect(self._on_changes)
        self._retranslate()
        self._show_group(None)

    def _build_decision_box(self) -> QGroupBox:
        box = QGroupBox(self)
        self.pair = QComboBox(box)
        self.pair_label = QLabel(box)
        self.choices = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        radio_row = QHBoxLayout()
        for key in RESOLUTIONS:
            radio = QRadioButton(box)
            self.radios[key] = radio
            self.choices.addButton(radio)
            radio_row.addWidget(radio)
        radio_row.addStretch(1)
        self.reason = QLineEdit(box)
        self.reason_label = QLabel(box)
        self.resolve_button = QPushButton(box)
        self.resolve_button.clicked.connect(self.resolve_selected)
        self.open_button = QPushButton(box)
        self.open_button.clicked.connect(self._open_partner)
        form = QFormLayout(box)
        form.addRow(self.pair_label, self.pair)
        form.addRow(radio_row)
        form.addRow(self.reason_label, self.reason)
        buttons = QHBoxLayout()
        buttons.addWidget(self.resolve_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.reason.textChanged.connect(self._update_buttons)
        self.choices.buttonToggled.connect(lambda *_: self._update_buttons())
        self.pair.currentIndexChanged.connect(lambda _i: self._update_buttons())
        return box

    # -- loading ----------------------------------------------------------------------------
    def _on_changes(self, changes: Changes) -> None:
        if changes.events or changes.partners:
            self.mark_dirty()

    def mark_dirty(self) -> None:
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Recompute the conflicts in the background; the newest request wins."""
        self._dirty = False
        self._generation += 1
        generation = self._generation
        db = self.workspace.db
        if db is None:
            self._arrived(generation, [])
            return
        as_of = self.as_of or date.today()
        self.loading = True
        self.status.setText(self.tr("Looking for conflicts…"))
        task = BackgroundTask(lambda _ctx: unresolved_conflicts(db, as_of))
        task.signals.succeeded.connect(lambda groups: self._arrived(generation, groups))
        task.signals.failed.connect(lambda exc: self._failed(generation, exc))
        self._task = task
        task.start()

    def _failed(self, generation: int, exc: object) -> None:
        if generation == self._generation:
            self.loading = False
            self.status.setText(self.tr("Could not look for conflicts: %1").replace("%1", str(exc)))

    def _arrived(self, generation: int, groups: list[ConflictGroup]) -> None:
        if generation != self._generation:
            return  # an older request: a newer one is on its way
        self.loading = False
        chosen = self._current_group()
        key = chosen.claims[0].id if chosen else None
        self.groups = groups
        self.model.set_rows(groups)
        self._update_status()
        self.conflicts_loaded.emit(len(groups))
        row = next((i for i, g in enumerate(groups) if g.claims[0].id == key), 0)
        if groups:
            self.table.selectRow(self._view_row(row))
        else:
            self._show_group(None)

    def _view_row(self, source_row: int) -> int:
        proxy = self.table.model()
        if isinstance(proxy, QSortFilterProxyModel):
            return proxy.mapFromSource(self.model.index(source_row, 0)).row()
        return source_row

    def _update_status(self) -> None:
        self.status.setText(
            self.tr("%n unresolved conflict(s)", "", len(self.groups))
            if self.groups
            else self.tr("No unresolved conflicts.")
        )

    # -- one group --------------------------------------------------------------------------
    def _current_group(self) -> ConflictGroup | None:
        rows = selected_source_rows(self.table)
        return self.model.row_at(rows[0]) if rows and rows[0] < self.model.rowCount() else None

    def _group_chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_group(self._current_group())

    def select_group(self, index: int) -> None:
        self.table.selectRow(self._view_row(index))

    def _show_group(self, group: ConflictGroup | None) -> None:
        self.compare.set_claims(list(group.claims) if group else [], self.as_of or date.today())
        self.pair.clear()
        links: list[ConflictLink] = group.links() if group else []
        names = {c.id: c for c in group.claims} if group else {}
        order = {c.id: i for i, c in enumerate(group.claims)} if group else {}
        for link in sorted(links, key=lambda lk: (order[lk.first_id], order[lk.second_id])):
            a, b = sorted((link.first_id, link.second_id), key=order.__getitem__)
            self.pair.addItem(
                filled(
                    self.tr("Claim %1 (%2) ↔ claim %3 (%4) — matched on %5"),
                    str(order[a] + 1),
                    names[a].partner,
                    str(order[b] + 1),
                    names[b].partner,
                    matched_on_label(link.matched_on),
                ),
                (a, b),
            )
        self.pair.setVisible(self.pair.count() > 1)
        self.pair_label.setVisible(self.pair.count() > 1)
        self.decision_box.setEnabled(group is not None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = (
            self.pair.currentData() is not None
            and self.choices.checkedButton() is not None
            and bool(self.reason.text().strip())
        )
        self.resolve_button.setEnabled(ready)

    def choose(self, resolution: str) -> None:
        self.radios[resolution].setChecked(True)

    def resolve_selected(self) -> bool:
        """Record the decision on the chosen pair; undo forgets it again."""
        pair = self.pair.currentData()
        checked = self.choices.checkedButton()
        reason = self.reason.text().strip()
        if pair is None or checked is None or not reason:
            return False
        resolution = next(k for k, r in self.radios.items() if r is checked)
        first, second = pair
        group = self._current_group()
        customer = group.customer if group else ""

        def do(db: Database) -> Changes:
            return deals.resolve_conflict(db, first, second, resolution, reason=reason)

        def undo(db: Database) -> Changes:
            return deals.unresolve_conflict(db, first, second)

        ok = self.workspace.push(
            self.tr("Resolve conflict over %1").replace("%1", customer), do, undo, self
        )
        if ok:
            self.reason.clear()
            self.choices.setExclusive(False)
            for radio in self.radios.values():
                radio.setChecked(False)
            self.choices.setExclusive(True)
        return ok

    def _open_partner(self) -> None:
        claims = self.compare.claims()
        column = self.compare_table.currentIndex().column()
        if claims:
            claim = claims[column if 0 <= column < len(claims) else 0]
            self.partner_requested.emit(claim.partner_id, "")

    # -- texts ------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.decision_box.setTitle(self.tr("Decision"))
        self.pair_label.setText(self.tr("&Pair"))
        self.pair_label.setBuddy(self.pair)
        self.radios["keep_first"].setText(self.tr("Keep the first claim"))
        self.radios["keep_second"].setText(self.tr("Keep the second claim"))
        self.radios["both_legitimate"].setText(self.tr("Both are legitimate"))
        self.reason_label.setText(self.tr("&Reason"))
        self.reason_label.setBuddy(self.reason)
        self.reason.setPlaceholderText(self.tr("Why, in a sentence both partners would accept"))
        self.resolve_button.setText(self.tr("&Resolve"))
        self.open_button.setText(self.tr("Open &Partner"))
        self.model.retranslate()
        self.compare.retranslate()
        if not self.loading:
            self._update_status()
        self._show_group(self._current_group())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
