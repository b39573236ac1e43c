"""Learn: did an intervention change the numbers? Every intervention with the partner's
events and KPIs in the 90 days before and after it, the programme table per category, and
the playbook of actions that worked (offered later as the suggested action)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from prm_core.diagnosis.learn import Effect, WindowKpis
from prm_core.diagnosis.signal_base import DEAL_SIGNAL_KEYS, SIGNAL_KEYS
from prm_core.services.changes import Changes
from prm_core.services.diagnosis import (
    DiagnosisChanges,
    delete_playbook_entry,
    save_playbook_entry,
)
from prm_desktop.i18n import filled
from prm_desktop.models.diagnosis_loaders import LearnData, compute_learn, compute_window_kpis
from prm_desktop.models.diagnosis_models import (
    CompareModel,
    EffectTableModel,
    LatestResult,
    PlaybookTableModel,
    ProgrammeTableModel,
    answers_inline,
    signal_label,
    window_rows,
)
from prm_desktop.models.labels import intervention_category_label
from prm_desktop.views.empty_hint import EmptyHint
from prm_desktop.views.table_utils import (
    button_row,
    enable_with_selection,
    selected_source_rows,
    setup_table,
)
from prm_desktop.workspace import Workspace


class LearnView(QWidget):
    """Attributes:
    data: the newest computed ``LearnData`` (None until it arrives).
    effects, compare, programme, playbook: the four tables' models.
    """

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.data: LearnData | None = None
        self._dirty = True
        self._shown_effect: Effect | None = None
        self.runner: LatestResult[LearnData] = LatestResult(self)
        self.runner.computed.connect(self._arrived)
        self.kpi_runner: LatestResult[tuple[WindowKpis | None, ...]] = LatestResult(self)
        self.kpi_runner.computed.connect(self._kpis_arrived)

        self._build_widgets()
        workspace.bus.changed.connect(self._on_changes)
        self._retranslate()
        self._effect_selected()

    # -- construction -----------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.effects = EffectTableModel(self)
        self.effect_table = QTableView(self)
        setup_table(self.effect_table, self.effects, "learn_effects", stretch=7)
        self.effect_table.selectionModel().selectionChanged.connect(self._effect_selected)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(lambda: self.save_as_playbook())  # noqa: PLW0108 - clicked(bool) must not reach signal_key
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)

        self._build_lower()

    def _build_lower(self) -> None:
        self.compare_box = QGroupBox(self)
        self.compare = CompareModel(self)
        self.compare_table = QTableView(self.compare_box)
        setup_table(self.compare_table, self.compare, "learn_compare", sortable=False, stretch=0)
        self.compare_label = QLabel(self.compare_box)
        self.compare_label.setWordWrap(True)
        compare_layout = QVBoxLayout(self.compare_box)
        compare_layout.addWidget(self.compare_label)
        compare_layout.addWidget(self.compare_table)

        self.programme_box = QGroupBox(self)
        self.programme = ProgrammeTableModel(self)
        self.programme_table = QTableView(self.programme_box)
        setup_table(self.programme_table, self.programme, "learn_programme", stretch=0)
        # Most used categories first, as the core orders them (not by name, column 0).
        self.programme_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        QVBoxLayout(self.programme_box).addWidget(self.programme_table)

        self.playbook_box = QGroupBox(self)
        self.playbook = PlaybookTableModel(self)
        self.playbook_table = QTableView(self.playbook_box)
        setup_table(self.playbook_table, self.playbook, "learn_playbook", stretch=1)
        self.playbook_hint = EmptyHint(
            self.playbook_table,
            lambda: self.tr(
                "Empty: choose an intervention that worked above and save it as a playbook "
                "entry, so the next signal of its kind suggests it."
            ),
        )
        self.remove_button = QPushButton(self.playbook_box)
        self.remove_button.clicked.connect(self.remove_playbook_entry)
        enable_with_selection(self.playbook_table, [self.remove_button])
        playbook_layout = QVBoxLayout(self.playbook_box)
        playbook_layout.addWidget(button_row(self.playbook_box, self.remove_button))
        playbook_layout.addWidget(self.playbook_table)

        lower = QSplitter(Qt.Orientation.Horizontal, self)
        lower.addWidget(self.compare_box)
        side = QSplitter(Qt.Orientation.Vertical, lower)
        side.addWidget(self.programme_box)
        side.addWidget(self.playbook_box)
        lower.addWidget(side)
        upper = QWidget(self)
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.summary)
        upper_layout.addWidget(button_row(upper, self.save_button, self.refresh_button))
        upper_layout.addWidget(self.effect_table)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the interventions list first; the panels are smaller
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        as_of = date.today()
        if self.workspace.db is None:
            self._arrived(LearnData(as_of, [], [], []))
            return
        db = self.workspace.db
        self.runner.request(db, lambda d: compute_learn(d, as_of), inline=answers_inline(db))

    def wait(self, msecs: int = 30_000) -> bool:
        return self.runner.wait(msecs)

    def _arrived(self, data: LearnData) -> None:
        selected = self.selected_effect()
        self.data = data
        self.effects.set_rows(data.effects)
        self.programme.set_rows(data.programme)
        self.playbook.set_rows(data.playbook)
        if selected is not None:
            for row, effect in enumerate(data.effects):
                if effect.intervention_id == selected.intervention_id:
                    proxy = self.effect_table.model()
                    source = self.effects.index(row, 0)
                    index = (
                        proxy.mapFromSource(source) if hasattr(proxy, "mapFromSource") else source
                    )
                    self.effect_table.selectRow(index.row())
        self._update_summary()
        self._effect_selected()

    def _update_summary(self) -> None:
        data = self.data
        if data is None:
            self.summary.setText(self.tr("Computing…"))
            return
        if not data.effects:
            self.summary.setText(
                self.tr(
                    "No intervention recorded yet. Record what you did for a partner from a "
                    "signal on the Today page; 90 days later this page shows whether deal "
                    "registrations rose."
                )
            )
            return
        judged = sum(r.judged for r in data.programme)
        rose = sum(r.rose for r in data.programme)
        self.summary.setText(
            self.tr("%n intervention(s) recorded", "", len(data.effects))
            + " · "
            + filled(
                self.tr("deal registrations rose after %1 of the %2 whose 90 days are over"),
                str(rose),
                str(judged),
            )
        )

    def _on_changes(self, changes: Changes) -> None:
        if (
            changes.interventions
            or changes.events
            or changes.partners
            or (isinstance(changes, DiagnosisChanges) and changes.signals)
        ):
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    # -- one intervention --------------------------------------------------------------------
    def selected_effect(self) -> Effect | None:
        rows = selected_source_rows(self.effect_table)
        return self.effects.row_at(rows[0]) if rows else None

    def _effect_selected(self, *_args: object) -> None:
        effect = self.selected_effect()
        self.save_button.setEnabled(effect is not None)
        self._shown_effect = effect
        if effect is None:
            self.compare_label.setText(
                self.tr("Select an intervention to compare before and after.")
            )
            self.compare.set_rows([])
            return
        category = intervention_category_label(effect.category)
        self.compare_label.setText(
            f"<b>{effect.partner}</b> · {effect.occurred_on.isoformat()} · {category}<br>"
            + " ".join(effect.action.split())
            + (
                ""
                if effect.complete
                else "<br><i>"
                + self.tr("The 90 days after are not over yet: %1 days so far.").replace(
                    "%1", str(effect.after.days)
                )
                + "</i>"
            )
        )
        self.compare.set_rows(window_rows(effect, None))
        db = self.workspace.db
        if db is not None:
            self.kpi_runner.request(
                db, lambda d: compute_window_kpis(d, effect), inline=answers_inline(db)
            )

    def _kpis_arrived(self, kpis: tuple[WindowKpis | None, ...]) -> None:
        effect = self._shown_effect
        if effect is None:
            return
        before, after = kpis
        for w, window in ((before, effect.before), (after, effect.after)):
            if w is not None and (w.first, w.last) != (window.first, window.last):
                return  # another intervention's numbers
        self.compare.set_rows(window_rows(effect, (before, after)))

    # -- playbook ----------------------------------------------------------------------------
    def save_as_playbook(self, signal_key: str | None = None) -> bool:
        """Offer the selected intervention's action for its signal from now on."""
        effect = self.selected_effect()
        if effect is None:
            return False
        key = signal_key or effect.signal_key
        if key is None:
            keys = [*SIGNAL_KEYS, *DEAL_SIGNAL_KEYS]
            labels = [signal_label(k) for k in keys]
            chosen, ok = QInputDialog.getItem(
                self,
                self.tr("Save as Playbook"),
                self.tr("This intervention answered no signal. Offer its action for:"),
                labels,
                0,
                False,
            )
            if not ok:
                return False
            key = keys[labels.index(chosen)]
        result = self.workspace.run(
            lambda db: save_playbook_entry(db, effect.intervention_id, signal_key=key), self
        )
        return result is not None

    def remove_playbook_entry(self) -> None:
        rows = selected_source_rows(self.playbook_table)
        if not rows:
            return
        entry = self.playbook.row_at(rows[0])
        answer = QMessageBox.question(
            self,
            self.tr("Remove from Playbook"),
            filled(
                self.tr("Stop offering “%1” for %2?"), entry.action, signal_label(entry.signal_key)
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.workspace.run(lambda db: delete_playbook_entry(db, entry.id), self)

    # -- language ----------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.save_button.setText(self.tr("&Save as Playbook"))
        self.save_button.setToolTip(
            self.tr("Offer this action as the suggested action for the same signal from now on")
        )
        self.refresh_button.setText(self.tr("Re&fresh"))
        self.remove_button.setText(self.tr("&Remove"))
        self.compare_box.setTitle(self.tr("Before and after (90 days each)"))
        self.programme_box.setTitle(self.tr("Programme: per category"))
        self.playbook_box.setTitle(self.tr("Playbook"))
        for model in (self.effects, self.compare, self.programme, self.playbook):
            model.retranslate()
        self._update_summary()
        if self._shown_effect is not None:
            self._effect_selected()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
