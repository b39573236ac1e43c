"""A partner's events, newest first, fetched page by page as the view scrolls."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, Qt

from prm_core.database import Database
from prm_core.queries.workspace import EventRow, count_events, events_page
from prm_desktop.models.labels import event_kind_label
from prm_desktop.models.row_table import ColumnSpec, ModelIndex, RowTableModel

PAGE_SIZE = 200


class EventPageModel(RowTableModel[EventRow]):
    """Qt's fetch-more protocol over keyset pages: opening costs one page, whatever the total.

    Attributes:
        total: how many events match the current partner and kind filter.
    """

    def __init__(self, db: Database | None = None, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "When"),
                    lambda r: r.occurred_at.isoformat(sep=" ", timespec="minutes"),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Kind"),
                    lambda r: event_kind_label(r.kind),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Person"),
                    lambda r: r.person or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Material"),
                    lambda r: r.content or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Deal"),
                    lambda r: r.deal or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Customer"),
                    lambda r: r.customer or "",
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Amount (JPY)"),
                    lambda r: f"{r.amount:,}" if r.amount is not None else "",
                    sort=lambda r: r.amount or 0,
                    align_right=True,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("EventPageModel", "Source"),
                    lambda r: r.source,
                ),
            ],
            parent,
        )
        self._db = db
        self._partner_id: int | None = None
        self._kinds: list[str] | None = None
        self._exhausted = True
        self._fetching = False
        self.total = 0

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.show_partner(None)

    def show_partner(self, partner_id: int | None, kinds: list[str] | None = None) -> None:
        self._partner_id, self._kinds = partner_id, kinds or None
        self.set_rows([])
        self._exhausted = partner_id is None or self._db is None
        self.total = 0
        if not self._exhausted and self._db is not None and partner_id is not None:
            with self._db.reading() as session:
                self.total = count_events(session, partner_id, self._kinds)
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._db is None or self._partner_id is None:
            return
        # Views (and the model tester) may ask for more from inside our own insert signals.
        self._fetching = True
        try:
            self._fetch_page()
        finally:
            self._fetching = False

    def _fetch_page(self) -> None:
        assert self._db is not None and self._partner_id is not None
        current = self.rows()
        before = (current[-1].occurred_at, current[-1].id) if current else None
        with self._db.reading() as session:
            page = events_page(
                session, self._partner_id, kinds=self._kinds, before=before, limit=PAGE_SIZE
            )
        self._exhausted = len(page) < PAGE_SIZE
        if page:
            self.beginInsertRows(QModelIndex(), len(current), len(current) + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def extra_data(self, row: EventRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and row.deal:
            return f"{row.deal} / {row.customer or ''}"
        return None
