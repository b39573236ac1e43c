"""Hand-made deal registrations and action items for the deals tests (core and GUI)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from prm_core.deals.normalise import customer_key
from prm_core.orm import ActionItem, DealRegistration, Partner, Person


def add_registration(
    session: Session,
    partner: Partner,
    customer: str,
    registered_on: date,
    *,
    status: str = "submitted",
    corporate_number: str | None = None,
    deal: str | None = None,
    expires_on: date | None = None,
    person: Person | None = None,
    amount: int | None = None,
    source: str = "manual",
    source_row: int | None = None,
    external_id: str | None = None,
) -> DealRegistration:
    row = DealRegistration(
        partner_id=partner.id,
        person_id=person.id if person else None,
        customer=customer,
        customer_key=customer_key(customer),
        corporate_number=corporate_number,
        deal=deal or f"{customer} deal",
        amount=amount,
        registered_on=registered_on,
        expires_on=expires_on or registered_on + timedelta(days=90),
        status=status,
        decision_reason="",
        source=source,
        source_row=source_row,
        external_id=external_id,
    )
    session.add(row)
    session.flush()
    return row


def add_action(
    session: Session,
    partner: Partner,
    side: str,
    due_on: date | None,
    *,
    done_on: date | None = None,
    title: str = "follow up",
    created_at: datetime | None = None,
) -> ActionItem:
    item = ActionItem(
        partner_id=partner.id,
        title=title,
        side=side,
        due_on=due_on,
        done_on=done_on,
        status="done" if done_on else "open",
    )
    if created_at is not None:
        item.created_at = created_at
    session.add(item)
    session.flush()
    return item
