"""Qt models of the Deals page: the registration list (paged), the conflict groups, the claims
of one group side by side, and one partner's registrations."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from prm_core.database import Database
from prm_core.deals.conflicts import ConflictGroup
from prm_core.deals.registrations import (
    EXPIRING_DAYS,
    RegistrationFilter,
    RegistrationRow,
    count_registrations,
    list_registrations,
)
from prm_desktop.i18n import filled
from prm_desktop.models.roles import ID_ROLE
from prm_desktop.models.row_table import ColumnSpec, ModelIndex, RowTableModel

PAGE_SIZE = 200
EXPIRED_COLOUR = QColor(128, 128, 128)
EXPIRING_COLOUR = QColor(176, 96, 0)
CONFLICT_COLOUR = QColor(255, 228, 225)


def deal_status_label(key: str) -> str:
    labels: dict[str, str] = {
        "submitted": QCoreApplication.translate("DealLabels", "Submitted"),
        "approved": QCoreApplication.translate("DealLabels", "Approved"),
        "rejected": QCoreApplication.translate("DealLabels", "Rejected"),
        "won": QCoreApplication.translate("DealLabels", "Won"),
        "lost": QCoreApplication.translate("DealLabels", "Lost"),
        "expired": QCoreApplication.translate("DealLabels", "Expired"),
        "open": QCoreApplication.translate("DealLabels", "Open (submitted or approved)"),
    }
    return labels.get(key, key)


def matched_on_label(key: str) -> str:
    labels: dict[str, str] = {
        "name": QCoreApplication.translate("DealLabels", "Name"),
        "corporate_number": QCoreApplication.translate("DealLabels", "Corporate number"),
    }
    return labels.get(key, key)


def source_label(row: RegistrationRow) -> str:
    if row.source == "manual":
        return QCoreApplication.translate("DealLabels", "Typed in the app")
    if row.source == "demo":  # the demo generator's rows
        return QCoreApplication.translate("DealLabels", "Demo data")
    if row.source_row is None:
        return row.source
    return filled(
        QCoreApplication.translate("DealLabels", "%1, row %2"), row.source, str(row.source_row)
    )


def amount_text(amount: int | None) -> str:
    return f"¥{amount:,}" if amount is not None else ""


def expiry_text(row: RegistrationRow, as_of: date) -> str:
    if not row.is_open:
        return row.expires_on.isoformat()
    left = row.days_left(as_of)
    # No %n plural here: lupdate only marks translate() as numerus for a literal count.
    if left > 1:
        text = QCoreApplication.translate("DealLabels", "%1 (%2 days left)")
    elif left == 1:
        text = QCoreApplication.translate("DealLabels", "%1 (1 day left)")
    else:
        text = QCoreApplication.translate("DealLabels", "%1 (last day)")
    return filled(text, row.expires_on.isoformat(), str(left))


def _registration_columns(
    model: RegistrationTableModel, *, with_partner: bool
) -> list[ColumnSpec[RegistrationRow]]:
    columns: list[ColumnSpec[RegistrationRow]] = [
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Registered"),
            lambda r: r.registered_on.isoformat(),
            sort=lambda r: (r.registered_on, r.id),
        )
    ]
    if with_partner:
        columns.append(
            ColumnSpec(
                lambda: QCoreApplication.translate("RegistrationTableModel", "Partner"),
                lambda r: r.partner,
            )
        )
    columns += [
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Person"),
            lambda r: r.person or "",
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "End customer"),
            lambda r: r.customer,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Deal"), lambda r: r.deal
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Amount"),
            lambda r: amount_text(r.amount),
            sort=lambda r: r.amount or 0,
            align_right=True,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Status"),
            lambda r: deal_status_label(r.status),
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Expires"),
            lambda r: expiry_text(r, model.as_of),
            sort=lambda r: r.expires_on,
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Corporate number"),
            lambda r: r.corporate_number or "",
        ),
        ColumnSpec(
            lambda: QCoreApplication.translate("RegistrationTableModel", "Source"), source_label
        ),
    ]
    return columns


class RegistrationTableModel(RowTableModel[RegistrationRow]):
    """Registrations with their status as of ``as_of``; expired rows grey, rows expiring
    within ``expiring_days`` amber, claims in an unresolved conflict tinted.

    Attributes:
        as_of: the date statuses and "days left" are computed for.
        expiring_days: the ``deal_expiring.days`` threshold (set by the view that loads rows).
        conflict_ids: registrations in an unresolved conflict (set by the conflict panel).
    """

    def __init__(self, parent: QObject | None = None, *, with_partner: bool = True) -> None:
        self.as_of = date.today()
        self.expiring_days = EXPIRING_DAYS
        self.conflict_ids: set[int] = set()
        super().__init__(_registration_columns(self, with_partner=with_partner), parent)
        self._status_column = 6 if with_partner else 5
        self._customer_column = 3 if with_partner else 2

    def set_conflicts(self, ids: set[int]) -> None:
        self.conflict_ids = set(ids)
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )

    def extra_data(self, row: RegistrationRow, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.status == "expired":
                return QBrush(EXPIRED_COLOUR)
            if row.is_open and row.days_left(self.as_of) <= self.expiring_days:
                return QBrush(EXPIRING_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and row.id in self.conflict_ids:
            return QBrush(CONFLICT_COLOUR)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self._status_column and row.decided_on is not None:
                tip = QCoreApplication.translate("RegistrationTableModel", "Decided on %1").replace(
                    "%1", row.decided_on.isoformat()
                )
                return f"{tip}: {row.decision_reason}" if row.decision_reason else tip
            if column == self._customer_column and row.id in self.conflict_ids:
                return QCoreApplication.translate(
                    "RegistrationTableModel", "Another partner claims this customer"
                )
        return None


class DealPageModel(RegistrationTableModel):
    """Every registration matching a filter, newest first, fetched page by page (keyset).

    Opening costs one page and a count, whatever the total. Not sortable by header: the
    order is the query's, which paging relies on.

    Attributes:
        total: how many registrations match the filter.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._filter = RegistrationFilter()
        self._exhausted = True
        self._fetching = False
        self.total = 0

    def show(self, db: Database | None, as_of: date, flt: RegistrationFilter) -> None:
        """(Re)load the first page for this database, date and filter."""
        self._db, self.as_of, self._filter = db, as_of, flt
        self.set_rows([])
        self.total = 0
        self._exhausted = db is None
        if db is not None:
            with db.reading() as session:
                self.total = count_registrations(session, as_of, flt)
            self.fetchMore(QModelIndex())

    def canFetchMore(self, parent: ModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted and not self._fetching

    def fetchMore(self, parent: ModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._db is None:
            return
        self._fetching = True  # views may ask for more from inside our own insert signals
        try:
            current = self._rows
            before = (current[-1].registered_on, current[-1].id) if current else None
            with self._db.reading() as session:
                page = list_registrations(
                    session, self.as_of, self._filter, before=before, limit=PAGE_SIZE
                )
            self._exhausted = len(page) < PAGE_SIZE
            if page:
                self.beginInsertRows(QModelIndex(), len(current), len(current) + len(page) - 1)
                self._rows.extend(page)
                self.endInsertRows()
        finally:
            self._fetching = False


class PartnerRegistrationsModel(RegistrationTableModel):
    """One partner's registrations (the partner detail tab): no partner column."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent, with_partner=False)


class ConflictGroupModel(RowTableModel[ConflictGroup]):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            [
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConflictGroupModel", "First registered"),
                    lambda g: g.claims[0].registered_on.isoformat(),
                    sort=lambda g: (g.claims[0].registered_on, g.claims[0].id),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConflictGroupModel", "End customer"),
                    lambda g: g.customer,
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConflictGroupModel", "Matched on"),
                    lambda g: matched_on_label(g.matched_on),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConflictGroupModel", "Partners"),
                    lambda g: " / ".join(dict.fromkeys(c.partner for c in g.claims)),
                ),
                ColumnSpec(
                    lambda: QCoreApplication.translate("ConflictGroupModel", "Claims"),
                    lambda g: str(len(g.claims)),
                    sort=lambda g: len(g.claims),
                    align_right=True,
                ),
            ],
            parent,
        )

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == ID_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()].claims[0].id
        return super().data(index, role)


#: The rows of the side-by-side comparison, in order.
COMPARED_FIELDS = (
    "partner",
    "person",
    "customer",
    "corporate_number",
    "deal",
    "amount",
    "registered_on",
    "expires_on",
    "status",
    "decision",
    "source",
)


class ClaimCompareModel(QAbstractTableModel):
    """The claims of one conflict group side by side: one column per claim (first-registered
    first), one row per field, the source (file and row) included as evidence."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._claims: list[RegistrationRow] = []
        self.as_of = date.today()

    def set_claims(self, claims: list[RegistrationRow], as_of: date) -> None:
        self.beginResetModel()
        try:
            self._claims = list(claims)
            self.as_of = as_of
        finally:
            self.endResetModel()

    def claims(self) -> list[RegistrationRow]:
        return list(self._claims)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._claims else len(COMPARED_FIELDS)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._claims)

    def _field_label(self, key: str) -> str:
        labels = {
            "partner": QCoreApplication.translate("ClaimCompareModel", "Partner"),
            "person": QCoreApplication.translate("ClaimCompareModel", "Registered by"),
            "customer": QCoreApplication.translate("ClaimCompareModel", "End customer (as typed)"),
            "corporate_number": QCoreApplication.translate("ClaimCompareModel", "Corporate number"),
            "deal": QCoreApplication.translate("ClaimCompareModel", "Deal"),
            "amount": QCoreApplication.translate("ClaimCompareModel", "Amount"),
            "registered_on": QCoreApplication.translate("ClaimCompareModel", "Registered"),
            "expires_on": QCoreApplication.translate("ClaimCompareModel", "Expires"),
            "status": QCoreApplication.translate("ClaimCompareModel", "Status"),
            "decision": QCoreApplication.translate("ClaimCompareModel", "Decision"),
            "source": QCoreApplication.translate("ClaimCompareModel", "Source"),
        }
        return labels[key]

    def _text(self, claim: RegistrationRow, key: str) -> str:
        if key == "amount":
            return amount_text(claim.amount)
        if key == "registered_on":
            return claim.registered_on.isoformat()
        if key == "expires_on":
            return expiry_text(claim, self.as_of)
        if key == "status":
            return deal_status_label(claim.status)
        if key == "source":
            return source_label(claim)
        if key == "decision":
            if claim.decided_on is None:
                return ""
            day = claim.decided_on.isoformat()
            return f"{day}: {claim.decision_reason}" if claim.decision_reason else day
        value = getattr(claim, key)
        return "" if value is None else str(value)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._claims):
            return QCoreApplication.translate("ClaimCompareModel", "Claim %1").replace(
                "%1", str(section + 1)
            ) + (
                QCoreApplication.translate("ClaimCompareModel", " (first)") if section == 0 else ""
            )
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(COMPARED_FIELDS):
            return self._field_label(COMPARED_FIELDS[section])
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not (
            0 <= index.column() < len(self._claims) and 0 <= index.row() < len(COMPARED_FIELDS)
        ):
            return None
        claim = self._claims[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(claim, COMPARED_FIELDS[index.row()])
        if role == ID_ROLE:
            return claim.id
        return None

    def retranslate(self) -> None:
        if self._claims:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._claims) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(COMPARED_FIELDS) - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(COMPARED_FIELDS) - 1, len(self._claims) - 1)
            )
