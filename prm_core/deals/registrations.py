"""Reading deal registrations: status as of a date, open, expiring, and the Deals list.

``expired`` is never stored: a submitted or approved registration whose expiry date is before
``as_of`` is expired as of that date. A registration is **open** at ``as_of`` when it was
registered on or before ``as_of``, its status is submitted or approved, and it has not expired
(the expiry day itself is still open). Registrations dated after ``as_of`` did not exist yet
and are left out of every query as of that date.
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session

from prm_core.orm import DealRegistration, Partner, Person, Setting

R = DealRegistration

#: Stored statuses, in the order of the lifecycle (domain.md).
STATUSES: Final = ("submitted", "approved", "rejected", "won", "lost")
#: The computed status.
EXPIRED: Final = "expired"
#: Every status a registration can show as of a date.
SHOWN_STATUSES: Final = (*STATUSES, EXPIRED)
#: Statuses that keep a claim alive until it expires.
OPEN_STATUSES: Final = ("submitted", "approved")
#: Japanese labels (import files and the CLI accept them too).
STATUS_LABELS_JA: Final = {
    "submitted": "申請中",
    "approved": "承認",
    "rejected": "却下",
    "won": "受注",
    "lost": "失注",
    EXPIRED: "期限切れ",
}

#: ``settings`` key holding the default validity of a registration, in days (JSON integer).
EXPIRY_SETTING: Final = "deals.expiry_days"
DEFAULT_EXPIRY_DAYS: Final = 90
#: "Expires within 14 days" (the Deals filter and the ``deal_expiring`` signal).
EXPIRING_DAYS: Final = 14
MANUAL_SOURCE: Final = "manual"


def expiry_days(session: Session) -> int:
    """The configured validity in days (``settings``), else 90."""
    raw = session.get(Setting, EXPIRY_SETTING)
    return parse_expiry_setting(raw.value if raw is not None else None)


def parse_expiry_setting(raw: str | None) -> int:
    """The stored JSON value as days; anything unusable means the default."""
    if raw is None:
        return DEFAULT_EXPIRY_DAYS
    try:
        value = json.loads(raw)
    except ValueError:
        return DEFAULT_EXPIRY_DAYS
    if isinstance(value, int) and not isinstance(value, bool) and value > 0:
        return value
    return DEFAULT_EXPIRY_DAYS


def default_expiry(registered_on: date, days: int) -> date:
    return registered_on + timedelta(days=days)


def status_as_of(status: str, expires_on: date, as_of: date) -> str:
    """The stored status, or ``expired`` for a live claim past its expiry date."""
    if status in OPEN_STATUSES and expires_on < as_of:
        return EXPIRED
    return status


def is_open(status: str, registered_on: date, expires_on: date, as_of: date) -> bool:
    return status in OPEN_STATUSES and registered_on <= as_of <= expires_on


def open_clause(as_of: date) -> ColumnElement[bool]:
    """SQL for "open at ``as_of``" (served by the ``status, expires_on`` index)."""
    return and_(
        R.status.in_(OPEN_STATUSES),
        R.registered_on <= as_of,
        R.expires_on >= as_of,
    )


@dataclass(frozen=True, slots=True)
class RegistrationRow:
    """One registration as the Deals list, the CLI and the conflict panel show it.

    Plain data: safe to hand to another thread. ``status`` is as of the query's date;
    ``stored_status`` is what the database holds.
    """

    id: int
    partner_id: int
    partner: str
    owner: str | None
    person_id: int | None
    person: str | None
    customer: str
    corporate_number: str | None
    deal: str
    amount: int | None
    registered_on: date
    expires_on: date
    stored_status: str
    status: str
    decided_on: date | None
    decision_reason: str
    source: str
    source_row: int | None
    external_id: str | None
    version: int

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def days_left(self, as_of: date) -> int:
        return (self.expires_on - as_of).days

    @property
    def source_text(self) -> str:
        """ "manual", or "deals.csv, row 12"."""
        if self.source_row is None:
            return self.source
        return f"{self.source}, row {self.source_row}"

    def to_json(self) -> dict[str, Any]:
        """The CLI's shape (issue 11)."""
        return {
            "partner": self.partner,
            "person": self.person,
            "customer": self.customer,
            "corporate_number": self.corporate_number,
            "deal": self.deal,
            "amount": self.amount,
            "registered_at": self.registered_on.isoformat(),
            "expires_on": self.expires_on.isoformat(),
            "status": self.status,
        }


def _columns() -> tuple[Any, ...]:
    return (
        R.id,
        R.partner_id,
        Partner.name,
        Partner.owner,
        R.person_id,
        Person.name,
        R.customer,
        R.corporate_number,
        R.deal,
        R.amount,
        R.registered_on,
        R.expires_on,
        R.status,
        R.decided_on,
        R.decision_reason,
        R.source,
        R.source_row,
        R.external_id,
        R.version,
    )


def base_select() -> Select[Any]:
    """Registrations with their partner and person names (one row each)."""
    return (
        select(*_columns())
        .join(Partner, Partner.id == R.partner_id)
        .outerjoin(Person, Person.id == R.person_id)
    )


def to_row(values: Any, as_of: date) -> RegistrationRow:
    (
        id_,
        partner_id,
        partner,
        owner,
        person_id,
        person,
        customer,
        number,
        deal,
        amount,
        registered_on,
        expires_on,
        status,
        decided_on,
        reason,
        source,
        source_row,
        external_id,
        version,
    ) = values
    return RegistrationRow(
        id_,
        partner_id,
        partner,
        owner,
        person_id,
        person,
        customer,
        number,
        deal,
        amount,
        registered_on,
        expires_on,
        status,
        status_as_of(status, expires_on, as_of),
        decided_on,
        reason or "",
        source,
        source_row,
        external_id,
        version,
    )


@dataclass(frozen=True, slots=True)
class RegistrationFilter:
    """What the Deals list narrows to; every field optional.

    ``status`` is a stored status, ``expired`` or ``open``; ``expiring_within`` keeps the
    open registrations expiring within that many days of ``as_of`` (the expiry day counts).
    """

    status: str | None = None
    partner_id: int | None = None
    owner: str | None = None
    expiring_within: int | None = None


def _conditions(as_of: date, flt: RegistrationFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [R.registered_on <= as_of]
    status = flt.status
    if status == EXPIRED:
        conditions += [R.status.in_(OPEN_STATUSES), R.expires_on < as_of]
    elif status == "open":
        conditions += [R.status.in_(OPEN_STATUSES), R.expires_on >= as_of]
    elif status in OPEN_STATUSES:
        conditions += [R.status == status, R.expires_on >= as_of]
    elif status is not None:
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        conditions.append(R.status == status)
    if flt.expiring_within is not None:
        conditions += [
            R.status.in_(OPEN_STATUSES),
            R.expires_on >= as_of,
            R.expires_on <= as_of + timedelta(days=flt.expiring_within),
        ]
    if flt.partner_id is not None:
        conditions.append(R.partner_id == flt.partner_id)
    if flt.owner is not None:
        conditions.append(Partner.owner == flt.owner)
    return conditions


def list_registrations(
    session: Session,
    as_of: date,
    flt: RegistrationFilter | None = None,
    *,
    before: tuple[date, int] | None = None,
    limit: int | None = None,
) -> list[RegistrationRow]:
    """Registrations newest first (registered date, then id), as of ``as_of``.

    ``before`` (registered date, id) and ``limit`` page through the list by keyset, so the
    first page costs the same whatever the total.
    """
    conditions = _conditions(as_of, flt or RegistrationFilter())
    if before is not None:
        day, last_id = before
        conditions.append(or_(R.registered_on < day, and_(R.registered_on == day, R.id < last_id)))
    order = (R.registered_on.desc(), R.id.desc())
    if limit is None:
        stmt = base_select().where(*conditions).order_by(*order)
    else:
        # Pick the page's ids on the narrow registration rows first, then join the names
        # for those rows only: sorting 100,000 wide joined rows costs ten times more.
        page = select(R.id).where(*conditions).order_by(*order).limit(limit)
        if flt is not None and flt.owner is not None:
            page = page.join(Partner, Partner.id == R.partner_id)
        stmt = base_select().where(R.id.in_(page.scalar_subquery())).order_by(*order)
    return [to_row(values, as_of) for values in session.execute(stmt)]


def count_registrations(
    session: Session, as_of: date, flt: RegistrationFilter | None = None
) -> int:
    stmt = (
        select(func.count())
        .select_from(R)
        .join(Partner, Partner.id == R.partner_id)
        .where(*_conditions(as_of, flt or RegistrationFilter()))
    )
    return int(session.scalar(stmt) or 0)


def registration(session: Session, registration_id: int, as_of: date) -> RegistrationRow | None:
    values = session.execute(base_select().where(R.id == registration_id)).first()
    return to_row(values, as_of) if values is not None else None


def registrations_of(session: Session, partner_id: int, as_of: date) -> list[RegistrationRow]:
    """One partner's registrations, newest first (the partner detail tab)."""
    return list_registrations(session, as_of, RegistrationFilter(partner_id=partner_id))


def owners(session: Session) -> list[str]:
    """Channel managers owning at least one partner with a registration (the owner filter)."""
    stmt = (
        select(Partner.owner)
        .where(Partner.owner.is_not(None), Partner.id.in_(select(R.partner_id).distinct()))
        .distinct()
        .order_by(Partner.owner)
    )
    return [str(o) for o in session.scalars(stmt)]


def partners_with_registrations(session: Session) -> list[tuple[int, str]]:
    """(id, name) of partners with at least one registration, by name (the partner filter)."""
    stmt = (
        select(Partner.id, Partner.name)
        .where(Partner.id.in_(select(R.partner_id).distinct()))
        .order_by(Partner.name)
    )
    return [(int(i), str(n)) for i, n in session.execute(stmt)]


def partner_by_name(session: Session, name: str) -> tuple[int, str] | None:
    """A partner named (or coded) exactly so, else by name compared width- and case-folded."""
    text = name.strip()
    exact = session.execute(
        select(Partner.id, Partner.name)
        .where(or_(Partner.name == text, Partner.code == text))
        .order_by((Partner.name == text).desc(), Partner.id)
        .limit(1)
    ).first()
    if exact is not None:
        return int(exact[0]), str(exact[1])
    wanted = _name_key(text)
    for pid, pname in session.execute(select(Partner.id, Partner.name).order_by(Partner.id)):
        if _name_key(pname) == wanted:
            return int(pid), str(pname)
    return None


def _name_key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", name).split()).casefold()


def partner_choices(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every partner that can register a deal (not terminated), by name."""
    stmt = (
        select(Partner.id, Partner.name)
        .where(Partner.status != "terminated")
        .order_by(Partner.name)
    )
    return [(int(i), str(n)) for i, n in session.execute(stmt)]


def person_choices(session: Session, partner_id: int) -> list[tuple[int, str]]:
    """(id, name) of a partner's persons (not anonymised), key persons first."""
    stmt = (
        select(Person.id, Person.name)
        .where(Person.partner_id == partner_id, Person.anonymised_at.is_(None))
        .order_by(Person.is_key_person.desc(), Person.name, Person.id)
    )
    return [(int(i), str(n)) for i, n in session.execute(stmt)]
