"""Table view conveniences every list shares: copy as TSV, remembered columns, sorting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Final

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QHelpEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from prm_desktop.models.roles import SORT_ROLE

#: A column fitted to its contents grows no wider than this (a long note or an evidence text
#: would push every other column off screen; the user can still widen it).
FIT_MAX_WIDTH: Final = 360
#: ...and, to keep more columns in view, long ones are squeezed, never under this: a date,
#: a kind or a name stays whole (a table with many columns scrolls instead).
FIT_MIN_WIDTH: Final = 160


class ElidedTextTips(QStyledItemDelegate):
    """Shows a cell's whole text as its tooltip when the column cuts it ("株式会社日本橋パー
    トナーズ / …"), and nothing when it fits; a model's own tooltip always wins."""

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            if index.data(Qt.ItemDataRole.ToolTipRole):
                return super().helpEvent(event, view, option, index)
            text = index.data(Qt.ItemDataRole.DisplayRole)
            styled = QStyleOptionViewItem(option)
            self.initStyleOption(styled, index)  # the cell's own font (bold, …)
            if isinstance(text, str) and text and is_elided(view, styled, index, text):
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)


def is_elided(
    view: QAbstractItemView,
    option: QStyleOptionViewItem,
    index: QModelIndex | QPersistentModelIndex,
    text: str,
) -> bool:
    """Whether ``text`` is wider than the room its cell gives it."""
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.visualRect(index).width() - 2 * margin
    return option.fontMetrics.horizontalAdvance(text) > room


def selection_as_tsv(view: QTableView) -> str:
    """Selected rows (visible columns, in view order) as tab-separated text with a header.

    Tabs and line breaks inside cells become spaces so the text pastes into Excel cleanly,
    one row per line.
    """
    model = view.model()
    header = view.horizontalHeader()
    columns = [
        header.logicalIndex(v)
        for v in range(header.count())
        if not header.isSectionHidden(header.logicalIndex(v))
    ]
    rows = sorted({i.row() for i in view.selectionModel().selectedIndexes()})

    def clean(value: object) -> str:
        return " ".join(str(value if value is not None else "").split())

    lines = ["\t".join(clean(model.headerData(c, Qt.Orientation.Horizontal)) for c in columns)]
    lines += ["\t".join(clean(model.index(r, c).data()) for c in columns) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def setup_table(
    view: QTableView,
    model: QAbstractItemModel,
    settings_key: str,
    *,
    sortable: bool = True,
    stretch: int | None = None,
) -> QSortFilterProxyModel | None:
    """Row selection, copy (Ctrl+C), column widths remembered under ``settings_key``.

    ``stretch`` names the column that takes the spare width (default: the last one).
    When ``sortable``, the model is wrapped in a proxy sorting by ``SORT_ROLE``; returns it.
    A cell the column cuts shows its whole text as a tooltip. Until widths were saved for
    the key, the columns are fitted to their contents and headers the first time the model
    has rows: fixed default widths cut partner names, dates and Japanese headers, which run
    wider than their English source.
    """
    proxy: QSortFilterProxyModel | None = None
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.horizontalHeader().setSortIndicatorClearable(True)  # a third click: no sort
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    if type(view.itemDelegate()) is QStyledItemDelegate:  # keep a view's own delegate
        view.setItemDelegate(ElidedTextTips(view))
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    if stretch is None:
        header.setStretchLastSection(True)
    else:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    copy = QAction(view)
    copy.setShortcut(QKeySequence.StandardKey.Copy)
    copy.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    copy.triggered.connect(lambda: QGuiApplication.clipboard().setText(selection_as_tsv(view)))
    view.addAction(copy)
    state = QSettings().value(f"tables/{settings_key}")
    if state is not None:
        header.restoreState(state)
    else:
        _fit_on_first_rows(view, model)
    if proxy is not None:
        # A header starts at (column 0, descending), enabling sorting applied it (an error
        # list came up as rows 5, 4, 3), and saved states carry it too. A sort was never
        # kept on purpose (widths are saved on resize only): every table starts in the
        # model's own order (rows in file order, signals by severity), with no arrow.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)

    def save(section: int, _old: int, _new: int) -> None:
        if view.property("fit_pending"):
            # The stretching column follows the layout: an empty table's first show must
            # neither save widths nor cancel the fit (a new partner's tabs start empty).
            # Any other column only changes when the user drags it: their width wins.
            if header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch or (
                header.stretchLastSection() and section == header.count() - 1
            ):
                return
            view.setProperty("fit_pending", False)
        QSettings().setValue(f"tables/{settings_key}", header.saveState())

    header.sectionResized.connect(save)
    return proxy


def _fit_on_first_rows(view: QTableView, model: QAbstractItemModel) -> None:
    view.setProperty("fit_pending", True)

    def fit(*_args: object) -> None:
        fit_columns_once(view)

    model.modelReset.connect(fit)
    model.rowsInserted.connect(fit)
    model.layoutChanged.connect(fit)


def fit_columns_once(view: QTableView) -> None:
    """Size the columns to their contents (up to ``FIT_MAX_WIDTH``) the first time the
    table has rows, when ``setup_table`` found no saved widths; then never again."""
    model = view.model()
    if not view.property("fit_pending") or model is None or model.rowCount() == 0:
        return
    view.setProperty("fit_pending", False)
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    columns = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    widths = {c: min(header.sectionSize(c), FIT_MAX_WIDTH) for c in columns}
    room = view.viewport().width() if view.isVisible() else 0
    if room > 0:  # squeeze the widest columns so every column stays in view
        cap = squeeze_cap(list(widths.values()), room, FIT_MIN_WIDTH)
        widths = {c: min(w, cap) for c, w in widths.items()}
    for column, width in widths.items():
        header.resizeSection(column, width)


def squeeze_cap(widths: list[int], room: int, floor: int) -> int:
    """The largest cap such that ``sum(min(w, cap))`` fits ``room``, but never under
    ``floor``: the widest columns give up width first (their cut text gets a tooltip)."""
    if sum(widths) <= room:
        return max(widths, default=floor)
    low, high = floor, max(widths)
    while low < high:  # the largest cap that fits
        mid = (low + high + 1) // 2
        if sum(min(w, mid) for w in widths) <= room:
            low = mid
        else:
            high = mid - 1
    return low


def enable_with_selection(view: QTableView, buttons: Sequence[QWidget]) -> Callable[[], None]:
    """Keep ``buttons`` (Edit, Delete…) enabled only while a row is selected, also after a
    reload empties the selection. ``buttons`` may grow later; call the returned update
    after adding one."""

    def update(*_args: object) -> None:
        selected = bool(view.selectionModel().selectedRows())
        for button in buttons:
            button.setEnabled(selected)

    view.selectionModel().selectionChanged.connect(update)
    view.model().modelReset.connect(update)
    update()
    return update


def source_row(view: QTableView, proxy_row: int) -> int:
    model = view.model()
    if isinstance(model, QSortFilterProxyModel):
        return model.mapToSource(model.index(proxy_row, 0)).row()
    return proxy_row


def selected_source_rows(view: QTableView) -> list[int]:
    rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
    return [source_row(view, r) for r in rows]


def button_row(parent: QWidget, *buttons: QWidget) -> QWidget:
    from PySide6.QtWidgets import QHBoxLayout

    box = QWidget(parent)
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for b in buttons:
        layout.addWidget(b)
    layout.addStretch(1)
    return box
