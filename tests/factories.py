"""Small helpers that put hand-made rows into a test database (fixtures, not demo data)."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy.orm import Session

from prm_core.orm import Event, Partner, Person


def add_partner(session: Session, name: str, **fields: object) -> Partner:
    partner = Partner(name=name, **fields)
    session.add(partner)
    session.flush()
    return partner


def add_person(session: Session, partner: Partner, name: str, **fields: object) -> Person:
    person = Person(partner_id=partner.id, name=name, **fields)
    session.add(person)
    session.flush()
    return person


def add_event(
    session: Session,
    partner: Partner,
    kind: str,
    when: date | datetime,
    *,
    person: Person | None = None,
    **fields: object,
) -> Event:
    occurred = when if isinstance(when, datetime) else datetime(when.year, when.month, when.day, 9)
    event = Event(
        partner_id=partner.id,
        person_id=person.id if person else None,
        kind=kind,
        occurred_at=occurred,
        **fields,
    )
    session.add(event)
    session.flush()
    return event
