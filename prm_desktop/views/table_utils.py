"""Table view conveniences every list shares: copy as TSV, remembered columns, sorting."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSettings, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from prm_desktop.models.roles import SORT_ROLE


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
    """
    proxy: QSortFilterProxyModel | None = None
    if sortable:
        proxy = QSortFilterProxyModel(view)
        proxy.setSortRole(SORT_ROLE)
        proxy.setSourceModel(model)
        view.setModel(proxy)
        view.setSortingEnabled(True)
    else:
        view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
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
    header.sectionResized.connect(
        lambda *_: QSettings().setValue(f"tables/{settings_key}", header.saveState())
    )
    return proxy


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
