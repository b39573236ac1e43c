"""Importing deal registrations from CSV or Excel, on the ``prm_core.importing`` framework.

Every rule of the events importer holds: UTF-8, UTF-8 with BOM or CP932; English or Japanese
headers (domain.md: ``registered_at``/登録日, ``partner``/パートナー, ``person``/担当者,
``customer``/顧客名, ``corporate_number``/法人番号, ``deal``/案件, ``amount``/金額,
``status``/ステータス, ``external_id``/ID); the status by key or Japanese label (申請中 承認 却下
受注 失注; empty means submitted; ``expired`` is computed and never imported); amounts with
¥/￥ and separators; all or nothing with row-level errors (an invalid corporate number is a
row error, so it rejects the file) unless ``keep_valid``; unknown partners and persons created
and listed unless ``create_missing`` is off.

Idempotent: a row's external id, else ``sha1:`` of what identifies the claim (partner,
registered date, normalised customer, corporate number, deal name), is compared with every
registration already imported from any file, so the same export saved under another name adds
nothing; an existing registration is never overwritten (decisions made in the app stay).
``source`` records the file name and ``source_row`` the row, for the evidence trail.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Final, cast

from sqlalchemy import Table, insert, select

from prm_core.database import Database
from prm_core.deals.corporate_number import CorporateNumberError, optional_corporate_number
from prm_core.deals.normalise import customer_key
from prm_core.deals.registrations import (
    EXPIRED,
    EXPIRY_SETTING,
    STATUS_LABELS_JA,
    STATUSES,
    parse_expiry_setting,
)
from prm_core.importing import runner
from prm_core.importing.columns import FieldSpec, resolve_fields
from prm_core.importing.context import Context, FieldError, RowImporter
from prm_core.importing.names import PartnerDirectory, PersonDirectory
from prm_core.importing.report import ImportReport
from prm_core.importing.sources import DEFAULT_LIMITS, ImportLimits, TableReader, sniff
from prm_core.importing.values import (
    Cell,
    CellError,
    cell_error,
    name_key,
    optional_text,
    parse_amount,
    parse_datetime,
    parse_external_id,
    required_text,
    shown,
    value_text,
)
from prm_core.orm import DealRegistration, Setting
from prm_core.progress import ProgressCallback

TARGET: Final = "deals"
HASH_PREFIX: Final = "sha1:"
registrations_table = cast(Table, DealRegistration.__table__)

F = FieldSpec
#: The import columns of domain.md (key and Japanese label first), plus common spellings.
DEAL_FIELDS: Final[tuple[FieldSpec, ...]] = (
    F("registered_at", "登録日", True, ("登録日時", "申請日", "registered_on", "registered")),
    F("partner", "パートナー", True, ("パートナー名", "パートナー企業", "partner name")),
    F("person", "担当者", False, ("担当者名", "氏名", "person name")),
    F("customer", "顧客名", True, ("顧客", "エンド顧客", "end customer", "customer name")),
    F("corporate_number", "法人番号", False, ("corporate number", "法人番号(13桁)")),
    F("deal", "案件", True, ("案件名", "deal name")),
    F("amount", "金額", False, ("金額(円)", "金額（円）", "見込金額", "amount (jpy)")),
    F("status", "ステータス", False, ("状態", "承認状況")),
    F("external_id", "ID", False, ("外部ID", "案件ID", "登録ID", "external id", "deal id")),
)

#: Every accepted spelling of a status → its key (``expired`` maps to itself: refused).
_STATUS_WORDS: Final[dict[str, str]] = {
    **{name_key(s): s for s in STATUSES},
    **{name_key(label): key for key, label in STATUS_LABELS_JA.items()},
    name_key("承認済"): "approved",
    name_key("承認済み"): "approved",
    name_key("申請"): "submitted",
    name_key(EXPIRED): EXPIRED,
}


def parse_status(value: Cell) -> str:
    text = value_text(value).strip()
    if not text:
        return "submitted"
    key = _STATUS_WORDS.get(name_key(text))
    if key is None:
        raise cell_error(
            "unknown_deal_status",
            value=shown(text),
            options=", ".join(STATUSES),
            options_ja=", ".join(STATUS_LABELS_JA[s] for s in STATUSES),
        )
    if key == EXPIRED:
        raise cell_error("expired_status")
    return key


def parse_registered(value: Cell) -> date:
    """The registration's day. A time is allowed and dropped: an SFA export's 登録日時
    ("2026/04/01 10:23") stamps when the claim was entered, and the claim counts from that
    day (its expiry is in days). A contract date keeps ``parse_date``'s midnight rule."""
    if value is None or (type(value) is str and not value.strip()):
        raise cell_error("missing")
    return parse_datetime(value).date()


def parse_corporate_number(value: Cell) -> str | None:
    text = optional_text(value)
    if text is None:
        return None
    try:
        return optional_corporate_number(text)
    except CorporateNumberError as exc:
        raise CellError(str(exc), exc.reason, exc.params) from None


PARSERS: Final[list[tuple[str, Callable[[Cell], object]]]] = [
    ("registered_at", parse_registered),
    ("partner", required_text),
    ("person", optional_text),
    ("customer", required_text),
    ("corporate_number", parse_corporate_number),
    ("deal", required_text),
    ("amount", parse_amount),
    ("status", parse_status),
    ("external_id", parse_external_id),
]


def content_hash(
    partner_id: int,
    registered_on: date,
    key: str,
    corporate_number: str | None,
    deal: str,
) -> str:
    """The external id of a row without one: what identifies the claim, however spelled."""
    text = "\x1f".join(
        (str(partner_id), registered_on.isoformat(), key, corporate_number or "", name_key(deal))
    )
    return HASH_PREFIX + hashlib.sha1(text.encode("utf-8")).hexdigest()


class DealImporter(RowImporter):
    """Validates, resolves, dedupes and inserts registration rows batch by batch."""

    parsers = PARSERS

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        conn = ctx.conn
        self.partners = PartnerDirectory(conn)
        self.persons = PersonDirectory(conn, self.partners)
        self.known: set[str] = {
            str(e)
            for e in conn.execute(
                select(registrations_table.c.external_id).where(
                    registrations_table.c.external_id.is_not(None)
                )
            ).scalars()
        }
        self.seen: set[str] = set()
        setting = conn.execute(
            select(Setting.value).where(Setting.key == EXPIRY_SETTING)
        ).scalar_one_or_none()
        self.days = parse_expiry_setting(setting)

    def _partner_id(self, raw: str) -> int:
        pid = self.partners.find(raw)
        if pid is None:
            if not self.ctx.create_missing:
                raise FieldError("partner", cell_error("unknown_partner", partner=raw))
            self.partners.create([raw])
            pid = self.partners.find(raw)
            assert pid is not None
        return pid

    def _person_id(self, pid: int, partner: str, raw: str | None) -> int | None:
        if raw is None:
            return None
        person_id = self.persons.find(pid, raw)
        if person_id is None:
            if not self.ctx.create_missing:
                raise FieldError(
                    "person", cell_error("unknown_person", person=raw, partner=partner)
                )
            self.persons.create([(pid, raw)])
            person_id = self.persons.find(pid, raw)
            assert person_id is not None
        return person_id

    def accept(self, row: int, values: dict[str, object]) -> dict[str, object] | None:
        """A row to insert, or None for a registration already imported."""
        partner = str(values["partner"])
        pid = self._partner_id(partner)
        person_id = self._person_id(pid, partner, cast(str | None, values["person"]))
        registered = cast(date, values["registered_at"])
        customer = " ".join(str(values["customer"]).split())
        key = customer_key(customer)
        number = cast(str | None, values["corporate_number"])
        deal = " ".join(str(values["deal"]).split())
        external_id = cast(str | None, values["external_id"]) or content_hash(
            pid, registered, key, number, deal
        )
        if external_id in self.known or external_id in self.seen:
            return None
        self.seen.add(external_id)
        return {
            "partner_id": pid,
            "person_id": person_id,
            "customer": customer,
            "customer_key": key,
            "corporate_number": number,
            "deal": deal,
            "amount": values["amount"],
            "registered_on": registered,
            "expires_on": registered + timedelta(days=self.days),
            "status": values["status"],
            "decision_reason": "",
            "source": self.ctx.source,
            "source_row": row,
            "external_id": external_id,
        }

    def insert(self, rows: list[dict[str, object]]) -> None:
        self.ctx.conn.execute(insert(registrations_table), rows)

    def finish(self, commit: bool) -> None:
        report = self.ctx.report
        report.created_partners = list(self.partners.created)
        report.created_persons = list(self.persons.created)
        report.similar_names = [*self.partners.similar, *self.persons.similar]


# --- columns -----------------------------------------------------------------------------


def resolve_columns(
    headers: Sequence[str], mapping: Mapping[str, str | None] | None = None
) -> dict[str, int]:
    """field → column index, the explicit ``mapping`` over the automatic one; refused like
    any import's (``resolve_fields``): an unknown field or header, a field fed twice, a
    required field without a column."""
    return resolve_fields(headers, DEAL_FIELDS, TARGET, mapping)


# --- running -----------------------------------------------------------------------------


def run_deals_import(
    db: Database,
    path: str | os.PathLike[str],
    mapping: Mapping[str, str | None] | None = None,
    *,
    create_missing: bool = True,
    keep_valid: bool = False,
    dry_run: bool = False,
    progress: ProgressCallback | None = None,
    limits: ImportLimits = DEFAULT_LIMITS,
    source: str | None = None,
    sheet: str | None = None,
) -> ImportReport:
    """Import a deal registration file in one transaction (see the module docstring).

    Raises ``ImportRefused`` (nothing written) when the file itself is unacceptable and
    ``Cancelled`` when ``progress`` raised it; invalid rows come back in the report.
    ``sheet`` picks a workbook's worksheet. ``source`` defaults to the file's name, and the
    sheet's in brackets for a workbook with several ("deals.xlsx [2026Q3]").
    """
    file_path = Path(path)
    sniffed = sniff(file_path, limits, sheet=sheet)
    named_sheet = sniffed.named_sheet
    default = f"{file_path.name} [{named_sheet}]" if named_sheet else file_path.name
    name = (source or default).strip()[:200] or "import"
    # The framework's own run loop (transaction, batches, progress, all-or-nothing), reused.
    options = runner._Options(create_missing, keep_valid, dry_run, name, runner.BATCH_ROWS)
    report = ImportReport(kind=TARGET, dry_run=dry_run, source_info=runner.source_info(sniffed))
    with TableReader(sniffed, limits) as table:
        columns = resolve_columns(table.headers, mapping)
        runner._run_file(db, table, DealImporter, columns, options, report, progress)
    return report
