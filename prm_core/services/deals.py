"""Deal registrations: record claims, decide them (approve, reject, won, lost) and resolve
channel conflicts, each decision with its date and reason.

Lifecycle (domain.md): ``submitted`` → ``approved`` or ``rejected``; ``approved`` → ``won``,
``lost`` or (revoked) ``rejected``. ``expired`` is computed, never stored. Every write is one
transaction, version-checked like the other services, and returns ``Changes`` with
``events=True`` and the partner (registrations sit beside the partner's activity).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.deals.corporate_number import CorporateNumberError, optional_corporate_number
from prm_core.deals.normalise import customer_key
from prm_core.deals.registrations import (
    EXPIRY_SETTING,
    MANUAL_SOURCE,
    STATUSES,
    default_expiry,
    expiry_days,
    status_as_of,
)
from prm_core.orm import ConflictResolution, DealRegistration, Partner, Person, Setting
from prm_core.orm.deals import RESOLUTIONS
from prm_core.safety.messages import Message, message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.rows import check_version, get, write

#: Which stored statuses each decision may start from.
TRANSITIONS: dict[str, tuple[str, ...]] = {
    "approved": ("submitted",),
    "rejected": ("submitted", "approved"),
    "won": ("approved",),
    "lost": ("approved",),
}
MAX_EXPIRY_DAYS = 3650


def deal_changes(partner_id: int | None) -> Changes:
    """What a registration write changed (one place, should ``Changes`` grow a flag)."""
    return Changes(events=True, partner_id=partner_id)


@dataclass
class RegistrationData:
    """The editable fields of a registration, as a form holds them.

    ``expires_on`` None means the default (registered date + the configured days).
    ``status`` is only used when creating; later changes go through the decisions.
    """

    partner_id: int
    customer: str
    deal: str
    registered_on: date
    person_id: int | None = None
    corporate_number: str | None = None
    amount: int | None = None
    expires_on: date | None = None
    status: str = "submitted"


#: A corporate number's reason (prm_core.importing.messages) → the form's sentence for it.
_CORPORATE_REASONS: dict[str, str] = {
    "corporate_number.chars": "validation.corporate_chars",
    "corporate_number.length": "validation.corporate_length",
    "corporate_number.check_digit": "validation.corporate_check_digit",
}


def transition_refused(label: Message, stored: str, target: str) -> Message:
    """ "<label> is approved; only a registration that is submitted can become approved."
    with each status a message of its own, so the GUI words them (``deal_status.*``)."""
    return message(
        "validation.transition",
        label=label,
        status=message("deal_status." + stored),
        allowed=message("deal_allowed." + "_or_".join(TRANSITIONS[target])),
        target=message("deal_status." + target),
    )


def _clean(data: RegistrationData) -> RegistrationData:
    customer = v.required(data.customer, "customer", "End customer")
    deal = v.required(data.deal, "deal", "Deal")
    try:
        number = optional_corporate_number(data.corporate_number)
    except CorporateNumberError as exc:
        key = _CORPORATE_REASONS.get(exc.reason or "")
        if key is None:  # a reason the form has no sentence for (none today): its English
            raise ValidationError(str(exc), "corporate_number") from None
        raise ValidationError(message(key, **dict(exc.params)), "corporate_number") from None
    if data.amount is not None and (isinstance(data.amount, bool) or data.amount < 0):
        raise ValidationError(
            message("validation.amount_negative", value=repr(data.amount)), "amount"
        )
    if data.registered_on > date.today():
        raise ValidationError(
            v.future("label.date_registered", data.registered_on), "registered_on"
        )
    v.date_order(
        data.registered_on, data.expires_on, "expires_on", "the registered date", "The expiry date"
    )
    status = v.one_of(data.status, STATUSES, "status", "Status")
    return RegistrationData(
        data.partner_id,
        customer,
        deal,
        data.registered_on,
        data.person_id,
        number,
        data.amount,
        data.expires_on,
        status,
    )


def _apply(row: DealRegistration, clean: RegistrationData, days: int) -> None:
    row.partner_id = clean.partner_id
    row.person_id = clean.person_id
    row.customer = clean.customer
    row.customer_key = customer_key(clean.customer)
    row.corporate_number = clean.corporate_number
    row.deal = clean.deal
    row.amount = clean.amount
    row.registered_on = clean.registered_on
    row.expires_on = clean.expires_on or default_expiry(clean.registered_on, days)


def create_registration(db: Database, data: RegistrationData) -> tuple[int, Changes]:
    """A registration typed in the app (source ``manual``)."""
    clean = _clean(data)
    with write(db, "The deal registration") as session:
        get(session, Partner, clean.partner_id, "The partner")
        _check_person(session, clean)
        row = DealRegistration(status=clean.status, source=MANUAL_SOURCE, decision_reason="")
        _apply(row, clean, expiry_days(session))
        session.add(row)
        session.flush()
        return row.id, deal_changes(clean.partner_id)


def _check_person(session: Session, clean: RegistrationData) -> None:
    if clean.person_id is None:
        return
    person = get(session, Person, clean.person_id, "The person")
    if person.partner_id != clean.partner_id:
        raise ValidationError(message("validation.registering_person"), "person")


def update_registration(
    db: Database,
    registration_id: int,
    data: RegistrationData,
    *,
    expected_version: int | None = None,
) -> Changes:
    """Edit the claim itself (partner, customer, deal, dates...); the status stays."""
    clean = _clean(data)
    with write(db, "The deal registration") as session:
        row = get(session, DealRegistration, registration_id, "The deal registration")
        check_version(
            row, expected_version, None, message("label.registration_named", name=row.deal)
        )
        get(session, Partner, clean.partner_id, "The partner")
        _check_person(session, clean)
        old_partner = row.partner_id
        _apply(row, clean, expiry_days(session))
        if row.decided_on is not None and row.decided_on < row.registered_on:
            raise ValidationError(
                message("validation.decision_would_precede", date=row.decided_on.isoformat()),
                "registered_on",
            )
        return deal_changes(clean.partner_id if old_partner == clean.partner_id else None)


def delete_registration(
    db: Database, registration_id: int, *, expected_version: int | None = None
) -> Changes:
    with write(db, "The deal registration") as session:
        row = get(session, DealRegistration, registration_id, "The deal registration")
        check_version(
            row, expected_version, None, message("label.registration_named", name=row.deal)
        )
        partner_id = row.partner_id
        session.delete(row)
        return deal_changes(partner_id)


def load_registration(db: Database, registration_id: int) -> tuple[RegistrationData, int]:
    """The editable fields and version, for an edit form."""
    with db.reading() as session:
        row = get(session, DealRegistration, registration_id, "The deal registration")
        data = RegistrationData(
            row.partner_id,
            row.customer,
            row.deal,
            row.registered_on,
            row.person_id,
            row.corporate_number,
            row.amount,
            row.expires_on,
            row.status,
        )
        return data, row.version


# --- decisions ---------------------------------------------------------------------------


def _decision_date(decided_on: date | None, row: DealRegistration) -> date:
    day = decided_on or date.today()
    if day > date.today():
        raise ValidationError(v.future("label.date_decision", day), "decided_on")
    if day < row.registered_on:
        raise ValidationError(
            message(
                "validation.decision_before_registered",
                date=day.isoformat(),
                registered=row.registered_on.isoformat(),
            ),
            "decided_on",
        )
    return day


def decide(
    db: Database,
    registration_id: int,
    status: str,
    *,
    reason: str = "",
    decided_on: date | None = None,
    expected_version: int | None = None,
) -> Changes:
    """Move a registration to ``approved``, ``rejected``, ``won`` or ``lost``.

    Rejecting needs a reason; approving a claim that expired before the decision date is
    refused (extend its expiry date first).
    """
    if status not in TRANSITIONS:
        raise ValidationError(
            message("validation.not_a_decision", status=status, options=", ".join(TRANSITIONS)),
            "status",
        )
    text = v.clean_text(reason)
    if status == "rejected" and not text:
        raise ValidationError(message("validation.reject_reason"), "reason")
    with write(db, "The deal registration") as session:
        row = get(session, DealRegistration, registration_id, "The deal registration")
        label = message("label.registration_named", name=row.deal)
        check_version(row, expected_version, None, label)
        if row.status not in TRANSITIONS[status]:
            raise ValidationError(transition_refused(label, row.status, status), "status")
        day = _decision_date(decided_on, row)
        if status == "approved" and status_as_of(row.status, row.expires_on, day) == "expired":
            raise ValidationError(
                message("validation.expired_approve", label=label, date=row.expires_on.isoformat()),
                "status",
            )
        row.status = status
        row.decided_on = day
        row.decision_reason = text
        return deal_changes(row.partner_id)


def approve(
    db: Database,
    registration_id: int,
    *,
    reason: str = "",
    decided_on: date | None = None,
    expected_version: int | None = None,
) -> Changes:
    return decide(
        db,
        registration_id,
        "approved",
        reason=reason,
        decided_on=decided_on,
        expected_version=expected_version,
    )


def reject(
    db: Database,
    registration_id: int,
    *,
    reason: str,
    decided_on: date | None = None,
    expected_version: int | None = None,
) -> Changes:
    return decide(
        db,
        registration_id,
        "rejected",
        reason=reason,
        decided_on=decided_on,
        expected_version=expected_version,
    )


def restore_decision(
    db: Database,
    registration_id: int,
    status: str,
    decided_on: date | None,
    reason: str,
    *,
    expected_version: int | None = None,
) -> Changes:
    """Put a decision back exactly as it was (undo): no transition rules, only the version."""
    v.one_of(status, STATUSES, "status", "Status")
    with write(db, "The deal registration") as session:
        row = get(session, DealRegistration, registration_id, "The deal registration")
        check_version(
            row, expected_version, None, message("label.registration_named", name=row.deal)
        )
        row.status = status
        row.decided_on = decided_on
        row.decision_reason = reason
        return deal_changes(row.partner_id)


# --- conflicts ---------------------------------------------------------------------------


def _pair(first_id: int, second_id: int, resolution: str) -> tuple[int, int, str]:
    """The stored order (lower id first), mirroring keep_first/keep_second when swapped."""
    if first_id < second_id:
        return first_id, second_id, resolution
    mirrored = {"keep_first": "keep_second", "keep_second": "keep_first"}
    return second_id, first_id, mirrored.get(resolution, resolution)


def resolve_conflict(
    db: Database,
    first_id: int,
    second_id: int,
    resolution: str,
    *,
    reason: str,
    decided_on: date | None = None,
) -> Changes:
    """Record the manager's decision on a pair of claims; that pair never conflicts again.

    ``resolution`` is ``keep_first`` (keep ``first_id``'s claim), ``keep_second`` or
    ``both_legitimate``, relative to the order given here; it is stored by id order. The
    statuses are not touched: reject the losing claim separately when that is the decision.
    """
    v.one_of(resolution, RESOLUTIONS, "resolution", "Resolution")
    text = v.required(reason, "reason", "Reason", 2000)
    if first_id == second_id:
        raise ValidationError(message("validation.conflict_two"))
    day = decided_on or date.today()
    if day > date.today():
        raise ValidationError(v.future("label.date_decision", day), "decided_on")
    low, high, stored = _pair(first_id, second_id, resolution)
    with write(db, "The conflict resolution") as session:
        a = get(session, DealRegistration, low, "The deal registration")
        b = get(session, DealRegistration, high, "The deal registration")
        if a.partner_id == b.partner_id:
            raise ValidationError(message("validation.same_partner_conflict"))
        existing = session.scalar(
            select(ConflictResolution.id).where(
                ConflictResolution.first_id == low, ConflictResolution.second_id == high
            )
        )
        if existing is not None:
            raise ValidationError(message("validation.conflict_resolved"))
        session.add(
            ConflictResolution(
                first_id=low, second_id=high, resolution=stored, reason=text, resolved_on=day
            )
        )
        return deal_changes(None)


def unresolve_conflict(db: Database, first_id: int, second_id: int) -> Changes:
    """Forget the decision on a pair (undo of ``resolve_conflict``)."""
    low, high = sorted((first_id, second_id))
    with write(db, "The conflict resolution") as session:
        session.execute(
            delete(ConflictResolution).where(
                ConflictResolution.first_id == low, ConflictResolution.second_id == high
            )
        )
        return deal_changes(None)


# --- settings ----------------------------------------------------------------------------


def set_expiry_days(db: Database, days: int) -> Changes:
    """The default validity of new registrations (existing expiry dates stay as they are)."""
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_EXPIRY_DAYS:
        raise ValidationError(
            message("validation.expiry_days", value=repr(days), max=MAX_EXPIRY_DAYS),
            "expiry_days",
        )
    with write(db, "The setting") as session:
        row = session.get(Setting, EXPIRY_SETTING)
        if row is None:
            session.add(Setting(key=EXPIRY_SETTING, value=json.dumps(days)))
        else:
            row.value = json.dumps(days)
        return deal_changes(None)
