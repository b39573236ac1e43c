"""Read models for the partner workspace: persons, checklist, 1on1s, goals, events, to-do."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from prm_core.kinds import ActionStatus, GoalMetric
from prm_core.orm import (
    ActionItem,
    ChecklistItem,
    Content,
    Event,
    Goal,
    Meeting,
    Partner,
    Person,
    meeting_attendees,
)


@dataclass(frozen=True, slots=True)
class PersonRow:
    id: int
    name: str
    role: str | None
    email: str | None
    phone: str | None
    is_key_person: bool
    notes: str
    version: int
    anonymised: bool


def persons_of(session: Session, partner_id: int) -> list[PersonRow]:
    rows = session.scalars(
        select(Person)
        .where(Person.partner_id == partner_id)
        .order_by(Person.is_key_person.desc(), Person.name, Person.id)
    )
    return [
        PersonRow(
            p.id,
            p.name,
            p.role,
            p.email,
            p.phone,
            p.is_key_person,
            p.notes,
            p.version,
            p.anonymised_at is not None,
        )
        for p in rows
    ]


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    id: int
    position: int
    title: str
    due_on: date | None
    done_on: date | None
    note: str
    version: int

    def overdue(self, today: date) -> bool:
        return self.done_on is None and self.due_on is not None and self.due_on < today


def checklist_of(session: Session, partner_id: int) -> list[ChecklistRow]:
    rows = session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.partner_id == partner_id)
        .order_by(ChecklistItem.position, ChecklistItem.id)
    )
    return [
        ChecklistRow(i.id, i.position, i.title, i.due_on, i.done_on, i.note, i.version)
        for i in rows
    ]


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    held_on: date
    topics: str
    attendees: str
    open_actions: int
    total_actions: int
    pract_phase: str | None
    notes_preview: str


def meetings_of(session: Session, partner_id: int) -> list[MeetingRow]:
    """Newest first, with attendee names and action counts in one round trip each."""
    meetings = list(
        session.scalars(
            select(Meeting)
            .where(Meeting.partner_id == partner_id)
            .order_by(Meeting.held_on.desc(), Meeting.id.desc())
        )
    )
    ids = [m.id for m in meetings]
    names: dict[int, list[str]] = {}
    for meeting_id, name in session.execute(
        select(meeting_attendees.c.meeting_id, Person.name)
        .join(Person, Person.id == meeting_attendees.c.person_id)
        .where(meeting_attendees.c.meeting_id.in_(ids))
        .order_by(Person.name)
    ):
        names.setdefault(meeting_id, []).append(name)
    counts = {
        meeting_id: (int(open_), int(total))
        for meeting_id, open_, total in session.execute(
            select(
                ActionItem.meeting_id,
                func.sum(case((ActionItem.status == ActionStatus.OPEN.value, 1), else_=0)),
                func.count(),
            )
            .where(ActionItem.meeting_id.in_(ids))
            .group_by(ActionItem.meeting_id)
        )
        if meeting_id is not None
    }
    return [
        MeetingRow(
            m.id,
            m.held_on,
            m.topics,
            "、".join(names.get(m.id, [])),
            *counts.get(m.id, (0, 0)),
            m.pract_phase,
            " ".join(m.notes.split())[:120],
        )
        for m in meetings
    ]


@dataclass(frozen=True, slots=True)
class ActionRow:
    id: int
    partner_id: int
    partner: str
    title: str
    owner: str | None
    side: str
    due_on: date | None
    source: str  # "action" or "checklist"
    version: int

    def overdue(self, today: date) -> bool:
        return self.due_on is not None and self.due_on < today


def open_todo(session: Session, today: date | None = None) -> list[ActionRow]:
    """All open action items and open checklist items across partners: overdue first, by due.

    Checklist items only count once they are due within 14 days or overdue, so a fresh
    partner's nine onboarding steps do not flood the list.
    """
    today = today or date.today()
    actions = session.execute(
        select(
            ActionItem.id,
            ActionItem.partner_id,
            Partner.name,
            ActionItem.title,
            ActionItem.owner,
            ActionItem.side,
            ActionItem.due_on,
            ActionItem.version,
        )
        .join(Partner, Partner.id == ActionItem.partner_id)
        .where(ActionItem.status == ActionStatus.OPEN.value, Partner.status != "terminated")
    )
    rows = [ActionRow(i, p, n, t, o, s, d, "action", v) for i, p, n, t, o, s, d, v in actions]
    horizon = today + timedelta(days=14)
    items = session.execute(
        select(
            ChecklistItem.id,
            ChecklistItem.partner_id,
            Partner.name,
            ChecklistItem.title,
            Partner.owner,
            ChecklistItem.due_on,
            ChecklistItem.version,
        )
        .join(Partner, Partner.id == ChecklistItem.partner_id)
        .where(
            ChecklistItem.done_on.is_(None),
            ChecklistItem.due_on <= horizon,
            Partner.status != "terminated",
        )
    )
    rows += [ActionRow(i, p, n, t, o, "vendor", d, "checklist", v) for i, p, n, t, o, d, v in items]
    rows.sort(key=lambda r: (r.due_on or date.max, r.partner, r.title))
    return rows


@dataclass(frozen=True, slots=True)
class GoalRow:
    id: int
    metric: str
    target: float
    period_start: date
    period_end: date
    person: str | None
    actual: float
    note: str
    version: int

    @property
    def progress(self) -> float:
        return min(self.actual / self.target, 1.0) if self.target > 0 else 0.0


_GOAL_KIND = {
    GoalMetric.DEAL_REGISTERED: "deal_registered",
    GoalMetric.DEAL_WON: "deal_won",
    GoalMetric.WON_AMOUNT: "deal_won",
    GoalMetric.TRAINING_COMPLETED: "training_completed",
    GoalMetric.LEAD_REGISTERED: "lead_registered",
}


def goals_of(session: Session, partner_id: int) -> list[GoalRow]:
    """Goals with their progress counted from events in the goal's period, never typed in."""
    goals = session.execute(
        select(Goal, Person.name)
        .outerjoin(Person, Person.id == Goal.person_id)
        .where(Goal.partner_id == partner_id)
        .order_by(Goal.period_end.desc(), Goal.id)
    ).all()
    out: list[GoalRow] = []
    for goal, person_name in goals:
        kind = _GOAL_KIND[GoalMetric(goal.metric)]
        measure = (
            func.coalesce(func.sum(Event.amount), 0)
            if goal.metric == GoalMetric.WON_AMOUNT
            else func.count()
        )
        conditions = [
            Event.partner_id == partner_id,
            Event.kind == kind,
            Event.occurred_at >= datetime.combine(goal.period_start, datetime.min.time()),
            Event.occurred_at
            < datetime.combine(goal.period_end + timedelta(days=1), datetime.min.time()),
        ]
        if goal.person_id is not None:
            conditions.append(Event.person_id == goal.person_id)
        actual = float(session.scalar(select(measure).where(and_(*conditions))) or 0)
        out.append(
            GoalRow(
                goal.id,
                goal.metric,
                goal.target,
                goal.period_start,
                goal.period_end,
                person_name,
                actual,
                goal.note,
                goal.version,
            )
        )
    return out


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    occurred_at: datetime
    kind: str
    person: str | None
    content: str | None
    deal: str | None
    customer: str | None
    amount: int | None
    source: str


def events_page(
    session: Session,
    partner_id: int,
    *,
    kinds: list[str] | None = None,
    before: tuple[datetime, int] | None = None,
    limit: int = 200,
) -> list[EventRow]:
    """One page of a partner's events, newest first, continuing after ``before``.

    Keyset pagination on (occurred_at, id) reads only the rows shown through the
    ``events(partner_id, occurred_at)`` index, so a partner with 100k events opens at once.
    """
    stmt = (
        select(
            Event.id,
            Event.occurred_at,
            Event.kind,
            Person.name,
            Content.name,
            Event.deal,
            Event.customer,
            Event.amount,
            Event.source,
        )
        .outerjoin(Person, Person.id == Event.person_id)
        .outerjoin(Content, Content.id == Event.content_id)
        .where(Event.partner_id == partner_id)
        .order_by(Event.occurred_at.desc(), Event.id.desc())
        .limit(limit)
    )
    if kinds:
        stmt = stmt.where(Event.kind.in_(kinds))
    if before is not None:
        at, event_id = before
        stmt = stmt.where(
            or_(Event.occurred_at < at, and_(Event.occurred_at == at, Event.id < event_id))
        )
    return [EventRow(*row) for row in session.execute(stmt)]


def count_events(session: Session, partner_id: int, kinds: list[str] | None = None) -> int:
    stmt = select(func.count()).where(Event.partner_id == partner_id)
    if kinds:
        stmt = stmt.where(Event.kind.in_(kinds))
    return int(session.scalar(stmt) or 0)
