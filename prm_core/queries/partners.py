"""Partner list rows and one partner's headline facts, fetched with set-based SQL."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.orm import ActionItem, ChecklistItem, Event, Meeting, Partner, Person


@dataclass(frozen=True, slots=True)
class PartnerRow:
    """One line of the partner list. Plain data: safe to hand to another thread."""

    id: int
    name: str
    code: str | None
    type: str
    tier: str | None
    territory: str | None
    owner: str | None
    status: str
    last_activity: datetime | None
    key_person: str | None
    name_kana: str | None = None


def list_partners(session: Session) -> list[PartnerRow]:
    """Every partner with its latest event and first key person, ordered by name.

    Correlated subqueries let SQLite and PostgreSQL answer each row from an index
    (``events(partner_id, occurred_at)``, ``persons(partner_id, is_key_person)``): the cost
    grows with the number of partners, never with the number of events.
    """
    last_activity = (
        select(func.max(Event.occurred_at))
        .where(Event.partner_id == Partner.id)
        .correlate(Partner)
        .scalar_subquery()
    )
    key_person = (
        select(Person.name)
        .where(
            Person.partner_id == Partner.id,
            Person.is_key_person.is_(True),
            Person.anonymised_at.is_(None),
        )
        .order_by(Person.id)
        .limit(1)
        .correlate(Partner)
        .scalar_subquery()
    )
    stmt = select(
        Partner.id,
        Partner.name,
        Partner.code,
        Partner.type,
        Partner.tier,
        Partner.territory,
        Partner.owner,
        Partner.status,
        last_activity,
        key_person,
        Partner.name_kana,
    ).order_by(Partner.name)
    return [PartnerRow(*row) for row in session.execute(stmt)]


@dataclass(frozen=True, slots=True)
class PartnerSummary:
    """Headline facts for the detail pane; the KPI issue adds numbers beside these."""

    id: int
    name: str
    code: str | None
    type: str
    tier: str | None
    territory: str | None
    owner: str | None
    status: str
    contract_date: date | None
    industry: str | None
    notes: str
    version: int
    persons: list[tuple[str, str | None, bool]]  # name, role, is key person
    events: int
    meetings: int
    open_actions: int
    checklist_done: int
    checklist_total: int


def partner_summary(session: Session, partner_id: int) -> PartnerSummary | None:
    partner = session.get(Partner, partner_id)
    if partner is None:
        return None

    def count(stmt: object) -> int:
        return int(session.scalar(stmt) or 0)  # type: ignore[call-overload]

    persons = [
        (p.name, p.role, p.is_key_person)
        for p in session.scalars(
            select(Person)
            .where(Person.partner_id == partner_id, Person.anonymised_at.is_(None))
            .order_by(Person.is_key_person.desc(), Person.name)
        )
    ]
    return PartnerSummary(
        id=partner.id,
        name=partner.name,
        code=partner.code,
        type=partner.type,
        tier=partner.tier,
        territory=partner.territory,
        owner=partner.owner,
        status=partner.status,
        contract_date=partner.contract_date,
        industry=partner.industry,
        notes=partner.notes,
        version=partner.version,
        persons=persons,
        events=count(select(func.count()).where(Event.partner_id == partner_id)),
        meetings=count(select(func.count()).where(Meeting.partner_id == partner_id)),
        open_actions=count(
            select(func.count()).where(
                ActionItem.partner_id == partner_id, ActionItem.status == "open"
            )
        ),
        checklist_done=count(
            select(func.count()).where(
                ChecklistItem.partner_id == partner_id, ChecklistItem.done_on.is_not(None)
            )
        ),
        checklist_total=count(select(func.count()).where(ChecklistItem.partner_id == partner_id)),
    )


def load_partner_summary(db: Database, partner_id: int) -> PartnerSummary | None:
    with db.reading() as session:
        return partner_summary(session, partner_id)


def database_counts(session: Session) -> dict[str, int]:
    """Row counts of the main tables: the KPI-free query of ``--self-test`` and ``prm info``."""
    tables = {"partners": Partner, "persons": Person, "events": Event, "meetings": Meeting}
    return {
        name: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for name, model in tables.items()
    }
