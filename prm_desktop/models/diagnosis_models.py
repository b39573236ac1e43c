"""Qt models and translated texts of the diagnose → detect → act → learn views.

The models hold plain rows from ``prm_core.diagnosis`` (frozen dataclasses); the texts turn
the core's keys and numbers into the user's language (the core words its evidence in English
for the CLI; the GUI rebuilds it from ``Signal.facts``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from prm_core.database import Database
from prm_core.diagnosis.learn import CategoryRow, Effect, PlaybookRow
from prm_core.diagnosis.population import partner_count
from prm_core.diagnosis.pract import PHASES, Assessment, PhaseGap
from prm_core.diagnosis.signal_base import DEAL_SIGNAL_KEYS, DEFAULT_ACTIONS, SEVERITY_RANK
from prm_core.diagnosis.signal_base import Signal as CoreSignal
from prm_core.diagnosis.signals import PartnerSignals
from prm_core.diagnosis.tiers import LedgerLine, TierHint
from prm_desktop.core_messages import listed
from prm_desktop.models.deal_models import deal_status_label
from prm_desktop.models.labels import (
    event_kind_label,
    intervention_category_label,
    pract_phase_label,
)
from prm_desktop.models.roles import ID_ROLE, SEARCH_ROLE, SORT_ROLE
from prm_desktop.models.row_table import ColumnSpec, RowTableModel
from prm_desktop.models.search_text import normalise
from prm_desktop.tasks import BackgroundTask, TaskContext

T = TypeVar("T")
ModelIndex = QModelIndex | QPersistentModelIndex

SEVERITY_COLOURS = {
    "high": QColor(200, 50, 50),
    "medium": QColor(215, 130, 20),
    "low": QColor(110, 120, 135),
}
GAP_BACKGROUND = QColor(255, 224, 178)
BAND_COLOURS = {
    "ideal": QColor(46, 150, 90),
    "one_step": QColor(215, 130, 20),
    "high_risk": QColor(200, 50, 50),
}


# --- texts ------------------------------------------------------------------------------------


def severity_label(key: str) -> str:
    labels = {
        "high": QCoreApplication.translate("DiagnosisTexts", "High"),
        "medium": QCoreApplication.translate("DiagnosisTexts", "Medium"),
        "low": QCoreApplication.translate("DiagnosisTexts", "Low"),
    }
    return labels.get(key, key)


def signal_label(key: str) -> str:
    labels = {
        "stalled_after_registration": QCoreApplication.translate(
            "DiagnosisTexts", "Stalled after registration"
        ),
        "downloads_without_deals": QCoreApplication.translate(
            "DiagnosisTexts", "Downloads without deals"
        ),
        "training_without_proposals": QCoreApplication.translate(
            "DiagnosisTexts", "Training without proposals"
        ),
        "declining_activity": QCoreApplication.translate("DiagnosisTexts", "Declining activity"),
        "dormant": QCoreApplication.translate("DiagnosisTexts", "Dormant"),
        "key_person_dependence": QCoreApplication.translate(
            "DiagnosisTexts", "Key person dependence"
        ),
        "low_conversion": QCoreApplication.translate("DiagnosisTexts", "Low conversion"),
        "onboarding_overdue": QCoreApplication.translate("DiagnosisTexts", "Onboarding overdue"),
        "actions_overdue": QCoreApplication.translate("DiagnosisTexts", "Action items overdue"),
        "deal_expiring": QCoreApplication.translate("DiagnosisTexts", "Deal registration expiring"),
        "channel_conflict": QCoreApplication.translate("DiagnosisTexts", "Channel conflict"),
    }
    return labels.get(key, key)


def default_action_text(key: str) -> str:
    """domain.md's suggested action for a key, translated (unknown keys: as given)."""
    labels = {
        "stalled_after_registration": QCoreApplication.translate(
            "DiagnosisTexts", "Send the first-steps learning course."
        ),
        "downloads_without_deals": QCoreApplication.translate(
            "DiagnosisTexts",
            "Send the first deal registration guide and offer a co-selling visit.",
        ),
        "training_without_proposals": QCoreApplication.translate(
            "DiagnosisTexts",
            "Share the proposal template and talk script; plan key accounts together.",
        ),
        "declining_activity": QCoreApplication.translate(
            "DiagnosisTexts", "Hold a 1on1 to hear what changed."
        ),
        "dormant": QCoreApplication.translate(
            "DiagnosisTexts", "Start the reactivation programme and send a success story mailing."
        ),
        "key_person_dependence": QCoreApplication.translate(
            "DiagnosisTexts", "Spread the key person's know-how and train a second seller."
        ),
        "low_conversion": QCoreApplication.translate(
            "DiagnosisTexts", "Coach the person and review calls together."
        ),
        "onboarding_overdue": QCoreApplication.translate(
            "DiagnosisTexts", "Agree new dates in the next 1on1."
        ),
        "actions_overdue": QCoreApplication.translate(
            "DiagnosisTexts", "Follow up on the overdue items."
        ),
        "deal_expiring": QCoreApplication.translate(
            "DiagnosisTexts", "Ask the partner for the deal's status."
        ),
        "channel_conflict": QCoreApplication.translate(
            "DiagnosisTexts", "Decide who owns the customer and tell both partners."
        ),
    }
    return labels.get(key, DEFAULT_ACTIONS.get(key, key))


def action_text(signal: CoreSignal) -> str:
    """The suggested action as shown: a playbook action as saved, domain.md's translated."""
    if signal.action_source == "default" and signal.signal in (*DEFAULT_ACTIONS, *DEAL_SIGNAL_KEYS):
        return default_action_text(signal.signal)
    return signal.action


def _fill(template: str, *values: object) -> str:
    for i, value in enumerate(values, start=1):
        template = template.replace(f"%{i}", str(value))
    return template


def _day(value: object) -> str:
    return value.isoformat() if isinstance(value, date) else str(value or "")


def _dormant_evidence(s: CoreSignal) -> str:
    f = s.facts
    if f.get("last_login") is None:
        return _fill(
            QCoreApplication.translate("DiagnosisTexts", "registered %1 days ago, never logged in"),
            f["days"],
        )
    return _fill(
        QCoreApplication.translate(
            "DiagnosisTexts", "registered %1 days ago, last login %2 days ago (%3)"
        ),
        f["days"],
        f["login_days_ago"],
        _day(f["last_login"]),
    )


def _declining_evidence(s: CoreSignal) -> str:
    f = s.facts
    text = _fill(
        QCoreApplication.translate(
            "DiagnosisTexts",
            "%1 events in the last %2 days against %3 per %2 days in the %4 days before",
        ),
        f["recent"],
        f["recent_days"],
        f"{f['average']:.1f}",
        f["baseline_days"],
    )
    return f"{text} ({f['change'] * 100:+.0f}%)"


def _deal_expiring_evidence(s: CoreSignal) -> str:
    f = s.facts
    left = int(f["days_left"])
    if left == 0:
        template = QCoreApplication.translate(
            "DiagnosisTexts", "“%1” for %2 (%3, registered %4) expires today, %5"
        )
    elif left == 1:
        template = QCoreApplication.translate(
            "DiagnosisTexts", "“%1” for %2 (%3, registered %4) expires tomorrow, %5"
        )
    else:
        template = QCoreApplication.translate(
            "DiagnosisTexts", "“%1” for %2 (%3, registered %4) expires on %5, in %6 days"
        )
    return _fill(
        template,
        f["deal"],
        f["customer"],
        deal_status_label(str(f["status"])),
        _day(f["registered_on"]),
        _day(f["expires_on"]),
        left,
    )


def _channel_conflict_evidence(s: CoreSignal) -> str:
    f = s.facts
    claims = listed(
        _fill(
            QCoreApplication.translate("DiagnosisTexts", "%1 (registered %2, %3)"),
            partner,
            _day(day),
            deal_status_label(str(status)),
        )
        for partner, day, status in f["claims"]
    )
    template = (
        QCoreApplication.translate(
            "DiagnosisTexts", "%1 partners claim %2 (same corporate number): %3"
        )
        if f["matched_on"] == "corporate_number"
        else QCoreApplication.translate(
            "DiagnosisTexts", "%1 partners claim %2 (same name once normalised): %3"
        )
    )
    return _fill(template, f["partners"], f["customer"], claims)


#: Per signal key: the evidence rebuilt in the user's language from ``Signal.facts``.
_EVIDENCE: dict[str, Callable[[CoreSignal], str]] = {
    "stalled_after_registration": lambda s: _fill(
        QCoreApplication.translate(
            "DiagnosisTexts", "registered %1 days ago, no material downloaded"
        ),
        s.facts["days"],
    ),
    "downloads_without_deals": lambda s: _fill(
        QCoreApplication.translate(
            "DiagnosisTexts", "first download %1 days ago, %2 downloads, no deal registered"
        ),
        s.facts["days"],
        s.facts["downloads"],
    ),
    "training_without_proposals": lambda s: _fill(
        DiagnosisPlurals().training_evidence(int(s.facts["trainings"])),
        s.facts["days"],
    ),
    "declining_activity": _declining_evidence,
    "deal_expiring": _deal_expiring_evidence,
    "channel_conflict": _channel_conflict_evidence,
    "dormant": _dormant_evidence,
    "key_person_dependence": lambda s: _fill(
        QCoreApplication.translate(
            "DiagnosisTexts",
            "%1 holds %2 of %3 deals registered in the last %4 days (%5%); %6 persons",
        ),
        s.person or "",
        s.facts["deals"],
        s.facts["total"],
        s.facts["window_days"],
        round(s.facts["share"] * 100),
        s.facts["persons"],
    ),
    "low_conversion": lambda s: _fill(
        QCoreApplication.translate(
            "DiagnosisTexts",
            "%1 leads, %2 deals in the last %3 days: conversion %4% (programme median %5%)",
        ),
        s.facts["leads"],
        s.facts["deals"],
        s.facts["window_days"],
        f"{s.facts['conversion'] * 100:.1f}",
        f"{s.facts['median'] * 100:.1f}",
    ),
    "onboarding_overdue": lambda s: _fill(
        DiagnosisPlurals().onboarding_evidence(int(s.facts["items"])),
        s.facts["oldest"],
        _day(s.facts["due"]),
        s.facts["days_late"],
    ),
    "actions_overdue": lambda s: _fill(
        DiagnosisPlurals().actions_evidence(int(s.facts["items"])),
        s.facts["ours"],
        s.facts["theirs"],
        s.facts["oldest"],
        _day(s.facts["due"]),
        s.facts["days_late"],
    ),
}


def evidence_text(signal: CoreSignal) -> str:
    """The evidence in the user's language, rebuilt from the signal's numbers (a signal
    from another provider keeps its own wording)."""
    build = _EVIDENCE.get(signal.signal)
    if build is not None:
        try:
            return build(signal)
        except (KeyError, TypeError, ValueError):
            pass
    return signal.evidence


def band_label(key: str) -> str:
    labels = {
        "ideal": QCoreApplication.translate("DiagnosisTexts", "Ideal operation"),
        "one_step": QCoreApplication.translate("DiagnosisTexts", "One step short"),
        "high_risk": QCoreApplication.translate("DiagnosisTexts", "High churn risk"),
    }
    return labels.get(key, key)


def band_advice(key: str) -> str:
    labels = {
        "ideal": QCoreApplication.translate(
            "DiagnosisTexts",
            "Keep the rhythm: recognise the partner's results and plan the next step together.",
        ),
        "one_step": QCoreApplication.translate(
            "DiagnosisTexts",
            "One step short: review how you collaborate and how you support the partner.",
        ),
        "high_risk": QCoreApplication.translate(
            "DiagnosisTexts", "High risk of churn: start again from perception and readiness."
        ),
    }
    return labels.get(key, key)


def question_text(phase: str) -> str:
    """What each PRACT phase asks, in our own words."""
    labels = {
        "perception": QCoreApplication.translate(
            "DiagnosisTexts",
            "Does the partner understand our product and why it is worth selling?",
        ),
        "readiness": QCoreApplication.translate(
            "DiagnosisTexts", "Does the partner feel ready and able to sell it?"
        ),
        "activate": QCoreApplication.translate(
            "DiagnosisTexts",
            "Do the partner's sellers actually propose it, with the tools they need?",
        ),
        "collaboration": QCoreApplication.translate(
            "DiagnosisTexts", "Do we plan and run initiatives together, regularly?"
        ),
        "trust": QCoreApplication.translate(
            "DiagnosisTexts",
            "Is there continuous support and recognition for a long relationship?",
        ),
    }
    return labels.get(phase, phase)


def typical_actions_text(phase: str) -> str:
    labels = {
        "perception": QCoreApplication.translate(
            "DiagnosisTexts", "webinars, product videos, industry-specific materials"
        ),
        "readiness": QCoreApplication.translate("DiagnosisTexts", "e-learning, certification, FAQ"),
        "activate": QCoreApplication.translate(
            "DiagnosisTexts", "proposal templates, competitor comparison, co-selling visits"
        ),
        "collaboration": QCoreApplication.translate(
            "DiagnosisTexts", "joint strategy meeting, joint campaigns"
        ),
        "trust": QCoreApplication.translate(
            "DiagnosisTexts", "incentives plus non-monetary awards"
        ),
    }
    return labels.get(phase, phase)


def assessor_label(key: str) -> str:
    labels = {
        "self": QCoreApplication.translate("DiagnosisTexts", "Partner (self)"),
        "manager": QCoreApplication.translate("DiagnosisTexts", "Manager"),
    }
    return labels.get(key, key)


class DiagnosisPlurals(QObject):
    """Counted nouns with plural forms (lupdate reads plurals from ``tr`` calls only)."""

    def training_evidence(self, n: int) -> str:
        return self.tr(
            "first training completed %1 days ago (%n training(s)), no proposal since", "", n
        )

    def onboarding_evidence(self, n: int) -> str:
        return self.tr("%n onboarding step(s) overdue; oldest “%1”, due %2 (%3 days ago)", "", n)

    def actions_evidence(self, n: int) -> str:
        return self.tr(
            "%n action item(s) past due (%1 ours, %2 the partner's); "
            "oldest “%3”, due %4 (%5 days ago)",
            "",
            n,
        )

    def count(self, kind: str, n: int) -> str | None:
        texts = {
            "training_completed": lambda: self.tr("%n training(s)", "", n),
            "deal_registered": lambda: self.tr("%n deal(s) registered", "", n),
            "deal_won": lambda: self.tr("%n deal(s) won", "", n),
            "lead_registered": lambda: self.tr("%n lead(s)", "", n),
            "proposal": lambda: self.tr("%n proposal(s)", "", n),
            "material_download": lambda: self.tr("%n download(s)", "", n),
            "login": lambda: self.tr("%n login(s)", "", n),
        }
        text = texts.get(kind)
        return text() if text is not None else None


def kind_count_text(kind: str, n: int) -> str:
    """ "2 deals won", "5 trainings": how many events of a kind, with the right plural."""
    text = DiagnosisPlurals().count(kind, n)
    return text if text is not None else f"{n} × {event_kind_label(kind)}"


def points_text(points: float) -> str:
    return f"{points:,.0f}" if float(points).is_integer() else f"{points:,.1f}"


def tier_hint_text(hint: TierHint) -> str:
    """ "42 points to Gold: e.g. 2 deals won or 5 trainings"."""
    head = _fill(
        QCoreApplication.translate("DiagnosisTexts", "%1 points to %2"),
        points_text(hint.points_to_next),
        hint.next_tier,
    )
    if not hint.options:
        return head
    options = [kind_count_text(o.kind, o.count) for o in hint.options]
    joined = (
        options[0]
        if len(options) == 1
        else _fill(QCoreApplication.translate("DiagnosisTexts", "%1 or %2"), *options[:2])
    )
    return _fill(QCoreApplication.translate("DiagnosisTexts", "%1: e.g. %2"), head, joined)


# --- background computations ------------------------------------------------------------------

#: Programmes up to this many partners are answered on the GUI thread: it takes a few
#: milliseconds, shows no "computing…" flicker, and leaves no query running when a window
#: closes its database. Larger ones are computed on the thread pool.
INLINE_MAX_PARTNERS = 300


def answers_inline(db: Database | None) -> bool:
    if db is None:
        return True
    with db.reading() as session:
        return partner_count(session) <= INLINE_MAX_PARTNERS


class LatestResult(QObject, Generic[T]):
    """Runs ``compute(db)`` off the GUI thread; only the newest request's result arrives.

    Signals:
        busy(int): 1 when a computation starts, 0 when the newest one ended.
        computed(object): the newest request's result.
        failed(str): the newest request failed; the message is for the user.
    """

    busy = Signal(int)
    computed = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._tasks: dict[int, BackgroundTask] = {}
        self._pool = pool or QThreadPool.globalInstance()

    def request(
        self, db: Database | None, compute: Callable[[Database], T], *, inline: bool = False
    ) -> int:
        """Compute on the thread pool, or right here when ``inline`` (see
        :func:`answers_inline`); either way the result arrives through ``computed``."""
        self._generation += 1
        generation = self._generation
        for old in self._tasks.values():
            old.cancel()
        if db is None:
            self.busy.emit(0)
            return generation
        if inline:
            try:
                result = compute(db)
            except Exception as exc:  # shown like a background failure
                self._fail(generation, exc)
            else:
                self._deliver(generation, result)
            return generation

        def work(ctx: TaskContext) -> T:
            ctx.check_cancelled()
            return compute(db)

        task = BackgroundTask(work)
        task.signals.succeeded.connect(lambda data: self._deliver(generation, data))
        task.signals.failed.connect(lambda exc: self._fail(generation, exc))
        task.signals.finished.connect(lambda: self._tasks.pop(generation, None))
        self._tasks[generation] = task
        self.busy.emit(1)
        task.start(self._pool)
        return generation

    @property
    def running(self) -> bool:
        return bool(self._tasks)

    def _deliver(self, generation: int, data: object) -> None:
        # A task may end after its view was closed: then there is nobody to tell.
        if shiboken6.isValid(self) and generation == self._generation:
            self.busy.emit(0)
            self.computed.emit(data)

    def _fail(self, generation: int, exc: BaseException) -> None:
        if shiboken6.isValid(self) and generation == self._generation:
            self.busy.emit(0)
            self.failed.emit(f"{type(exc).__name__}: {exc}")

    def wait(self, msecs: int = 30_000) -> bool:
        return self._pool.waitForDone(msecs)


# --- Today: signals grouped by partner --------------------------------------------------------


class TodaySignalsModel(QAbstractItemModel):
    """A two-level tree: partners (most severe first), and under each its signals.

    Columns: partner or signal, severity, evidence, suggested action. A partner row's
    internal id is 0; a signal row's is its partner's row + 1.
    """

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[PartnerSignals] = []

    # -- data -----------------------------------------------------------------------------
    def set_groups(self, groups: Sequence[PartnerSignals]) -> None:
        self.beginResetModel()
        try:
            self._groups = list(groups)
        finally:
            self.endResetModel()

    def groups(self) -> list[PartnerSignals]:
        return list(self._groups)

    def signal_count(self) -> int:
        return sum(len(g.signals) for g in self._groups)

    def group_at(self, index: ModelIndex) -> PartnerSignals | None:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._groups[index.row()]
        return self._groups[index.internalId() - 1]

    def signal_at(self, index: ModelIndex) -> CoreSignal | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].signals[index.row()]

    def remove_signal(self, signal: CoreSignal) -> None:
        """Drop one signal (acted upon); its partner goes when nothing is left."""
        for row, group in enumerate(self._groups):
            if group.partner_id != signal.partner_id:
                continue
            left = tuple(s for s in group.signals if s != signal)
            if len(left) == len(group.signals):
                return
            if not left:
                self.beginRemoveRows(QModelIndex(), row, row)
                try:
                    del self._groups[row]
                finally:
                    self.endRemoveRows()
                return
            position = group.signals.index(signal)
            self.beginRemoveRows(self.index(row, 0), position, position)
            try:
                self._groups[row] = PartnerSignals(group.partner_id, group.partner, left)
            finally:
                self.endRemoveRows()
            return

    # -- QAbstractItemModel -----------------------------------------------------------------
    def index(self, row: int, column: int, parent: ModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: ModelIndex | None = None) -> Any:
        """The parent index of ``index``; without one, the model's QObject parent."""
        if index is None:
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0:
            return 0
        if parent.internalId() == 0:
            return len(self._groups[parent.row()].signals)
        return 0

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return self.COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            QCoreApplication.translate("TodaySignalsModel", "Partner / signal"),
            QCoreApplication.translate("TodaySignalsModel", "Severity"),
            QCoreApplication.translate("TodaySignalsModel", "Evidence"),
            QCoreApplication.translate("TodaySignalsModel", "Suggested action"),
        ]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        signal = self.signal_at(index)
        if signal is None:
            return self._group_data(self._groups[index.row()], index.column(), role)
        return self._signal_data(signal, index.column(), role)

    def _group_data(self, group: PartnerSignals, column: int, role: int) -> object:
        worst = group.worst
        if role == Qt.ItemDataRole.DisplayRole:
            texts = [f"{group.partner} ({len(group.signals)})", severity_label(worst)]
            return texts[column] if column < len(texts) else None
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(SEVERITY_COLOURS.get(worst, QColor()))
        roles: dict[int, object] = {
            ID_ROLE: group.partner_id,
            SEARCH_ROLE: normalise(group.partner),
            SORT_ROLE: SEVERITY_RANK.get(worst, 9),
        }
        return roles.get(role)

    def _signal_data(self, signal: CoreSignal, column: int, role: int) -> object:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            person = f" — {signal.person}" if signal.person else ""
            texts = [
                signal_label(signal.signal) + person,
                severity_label(signal.severity),
                evidence_text(signal),
                action_text(signal),
            ]
            return texts[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 1:
            return QBrush(SEVERITY_COLOURS.get(signal.severity, QColor()))
        if role == SEARCH_ROLE:
            return normalise(
                f"{signal.partner} {signal.person or ''} {signal_label(signal.signal)}"
            )
        roles: dict[int, object] = {
            ID_ROLE: signal.partner_id,
            SORT_ROLE: SEVERITY_RANK.get(signal.severity, 9),
        }
        return roles.get(role)

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        if self._groups:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._groups) - 1, self.COLUMNS - 1)
            )


# --- PRACT ------------------------------------------------------------------------------------


class AssessmentHistoryModel(RowTableModel[Assessment]):
    """Every assessment, newest first: date, assessor, the five scores, total and band."""

    def __init__(self, parent: QObject | None = None) -> None:
        columns: list[ColumnSpec[Assessment]] = [
            ColumnSpec(
                lambda: QCoreApplication.translate("AssessmentHistoryModel", "Date"),
                lambda a: a.assessed_on.isoformat(),
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("AssessmentHistoryModel", "Assessor"),
                lambda a: assessor_label(a.assessor),
            ),
        ]
        for phase in PHASES:
            columns.append(_score_column(phase))
        columns += [
            ColumnSpec(
                lambda: QCoreApplication.translate("AssessmentHistoryModel", "Total"),
                lambda a: f"{a.total}/25",
                sort=lambda a: a.total,
                align_right=True,
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("AssessmentHistoryModel", "Band"),
                lambda a: band_label(a.band),
            ),
            ColumnSpec(
                lambda: QCoreApplication.translate("AssessmentHistoryModel", "Comments"),
                lambda a: " ".join(a.comments.split()),
            ),
        ]
        super().__init__(columns, parent)

    def extra_data(self, row: Assessment, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 8:
            return QBrush(BAND_COLOURS.get(row.band, QColor()))
        return None


def _score_column(phase: str) -> ColumnSpec[Assessment]:
    return ColumnSpec(
        lambda: pract_phase_label(phase),
        lambda a: str(a.scores[phase]),
        sort=lambda a: a.scores[phase],
        align_right=True,
    )


class GapTableModel(RowTableModel[PhaseGap]):
    """Self against manager per phase; gaps of 2 or more are highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("GapTableModel", "Phase"),
                    lambda g: pract_phase_label(g.phase),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GapTableModel", "Partner (self)"),
                    lambda g: str(g.self_score),
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GapTableModel", "Manager"),
                    lambda g: str(g.manager_score),
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("GapTableModel", "Gap"),
                    lambda g: f"{g.self_score - g.manager_score:+d}" if g.gap else "0",
                    align_right=True,
                ),
            ],
            parent,
        )

    def extra_data(self, row: PhaseGap, column: int, role: int) -> object:
        if not row.worth_a_talk:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(GAP_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(40, 40, 40))
        if role == Qt.ItemDataRole.FontRole and column == 3:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return QCoreApplication.translate(
                "GapTableModel", "A gap of 2 or more is worth a talk."
            )
        return None


class LedgerModel(RowTableModel[LedgerLine]):
    """What each rule earned the partner over the last 365 days."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("LedgerModel", "Action"),
                    lambda r: event_kind_label(r.kind),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("LedgerModel", "Events"),
                    lambda r: f"{r.events:,}",
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("LedgerModel", "Points"),
                    lambda r: points_text(r.points),
                    align_right=True,
                ),
            ],
            parent,
        )


# --- Learn ------------------------------------------------------------------------------------


def effect_status(effect: Effect) -> str:
    if not effect.complete:
        return QCoreApplication.translate("EffectTableModel", "pending")
    if effect.deals_rose:
        return QCoreApplication.translate("EffectTableModel", "deals rose")
    return QCoreApplication.translate("EffectTableModel", "no rise")


class EffectTableModel(RowTableModel[Effect]):
    """Interventions, newest first, with deal registrations before → after."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Date"),
                    lambda e: e.occurred_on.isoformat(),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Partner"),
                    lambda e: e.partner,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Category"),
                    lambda e: intervention_category_label(e.category),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Signal"),
                    lambda e: signal_label(e.signal_key) if e.signal_key else "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Deals before"),
                    lambda e: str(e.deals_before),
                    sort=lambda e: e.deals_before,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Deals after"),
                    lambda e: str(e.deals_after),
                    sort=lambda e: e.deals_after,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Result"),
                    effect_status,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EffectTableModel", "Action taken"),
                    lambda e: " ".join(e.action.split()),
                ),
            ],
            parent,
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == ID_ROLE and index.isValid():
            return self.row_at(index.row()).intervention_id
        return super().data(index, role)

    def extra_data(self, row: Effect, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and column == 6:
            if row.deals_rose:
                return QBrush(BAND_COLOURS["ideal"])
            if not row.complete:
                return QBrush(SEVERITY_COLOURS["low"])
        return None


CompareRow = tuple[str, str, str]


class CompareModel(RowTableModel[CompareRow]):
    """One row per measure: its value in the 90 days before and after the intervention."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("CompareModel", "Measure"),
                    lambda r: r[0],
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("CompareModel", "90 days before"),
                    lambda r: r[1],
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("CompareModel", "90 days after"),
                    lambda r: r[2],
                    align_right=True,
                ),
            ],
            parent,
        )


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.0f}%"


class ProgrammeTableModel(RowTableModel[CategoryRow]):
    """Per intervention category: made, judged, deal registrations rose, rate."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ProgrammeTableModel", "Category"),
                    lambda r: intervention_category_label(r.category),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ProgrammeTableModel", "Made"),
                    lambda r: str(r.made),
                    sort=lambda r: r.made,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate(
                        "ProgrammeTableModel", "Judged (90 days on)"
                    ),
                    lambda r: str(r.judged),
                    sort=lambda r: r.judged,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ProgrammeTableModel", "Deals rose"),
                    lambda r: str(r.rose),
                    sort=lambda r: r.rose,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ProgrammeTableModel", "Success rate"),
                    lambda r: _rate(r.rate),
                    sort=lambda r: -1.0 if r.rate is None else r.rate,
                    align_right=True,
                ),
            ],
            parent,
        )


class PlaybookTableModel(RowTableModel[PlaybookRow]):
    """Saved playbook entries; the one offered for each signal is marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("PlaybookTableModel", "Signal"),
                    lambda r: signal_label(r.signal_key),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PlaybookTableModel", "Action offered"),
                    lambda r: " ".join(r.action.split()),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PlaybookTableModel", "From"),
                    lambda r: " ".join(
                        x
                        for x in (r.partner or "", _day(r.occurred_on) if r.occurred_on else "")
                        if x
                    ),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("PlaybookTableModel", "In use"),
                    lambda r: "✔" if r.in_force else "",
                ),
            ],
            parent,
        )


def window_rows(effect: Effect, kpis: tuple[Any, Any] | None) -> list[CompareRow]:
    """The before/after comparison of one intervention: events by kind, won amount, KPIs."""
    from prm_core.kinds import EventKind

    rows: list[CompareRow] = [
        (event_kind_label(k.value), str(effect.before.count(k)), str(effect.after.count(k)))
        for k in EventKind
    ]
    rows.append(
        (
            QCoreApplication.translate("CompareModel", "Won amount (JPY)"),
            f"{effect.before.won_amount:,}",
            f"{effect.after.won_amount:,}",
        )
    )
    if kpis is not None:
        before, after = kpis

        def value(w: Any, fn: Callable[[Any], str]) -> str:
            return "—" if w is None else fn(w)

        measures: list[tuple[str, Callable[[Any], str]]] = [
            (
                QCoreApplication.translate("CompareModel", "Journey steps reached"),
                lambda w: str(len(w.journey_reached)),
            ),
            (
                QCoreApplication.translate("CompareModel", "Lead → deal conversion"),
                lambda w: _rate(w.conversion),
            ),
            (
                QCoreApplication.translate("CompareModel", "Top person's share of deals"),
                lambda w: _rate(w.top_person_share),
            ),
            (
                QCoreApplication.translate("CompareModel", "Logged in (retention)"),
                lambda w: "✔" if w.active else "✗",
            ),
        ]
        rows += [(label, value(before, fn), value(after, fn)) for label, fn in measures]
    return rows
