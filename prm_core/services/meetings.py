"""1on1 logs and their action items (what we and the partner promised)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.kinds import ActionSide, ActionStatus, PractPhase
from prm_core.orm import ActionItem, Meeting, Partner, Person
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.rows import check_version, get, write


@dataclass
class ActionData:
    title: str
    owner: str | None = None
    side: str = ActionSide.VENDOR.value
    due_on: date | None = None
    done_on: date | None = None
    id: int | None = None  # set when editing an existing item


@dataclass
class MeetingData:
    held_on: date
    topics: str = ""
    notes: str = ""
    pract_phase: str | None = None
    attendee_ids: list[int] = field(default_factory=list)
    actions: list[ActionData] = field(default_factory=list)


def _clean_action(data: ActionData, held_on: date | None) -> ActionData:
    title = v.required(data.title, "title", "Action item", 300)
    side = v.one_of(data.side, [s.value for s in ActionSide], "side", "Side")
    if held_on is not None:
        due = message("label.due_date_of", title=title)
        v.date_order(held_on, data.due_on, "due_on", "the meeting date", due)
    return ActionData(
        title,
        v.optional(data.owner, "owner", "Owner", 100),
        side,
        data.due_on,
        data.done_on,
        data.id,
    )


def _apply_meeting(session: Session, meeting: Meeting, data: MeetingData) -> None:
    if data.pract_phase is not None:
        v.one_of(data.pract_phase, [p.value for p in PractPhase], "pract_phase", "PRACT phase")
    if data.held_on > date.today():
        raise ValidationError(v.future("label.date_meeting", data.held_on), "held_on")
    attendees = list(session.scalars(select(Person).where(Person.id.in_(data.attendee_ids))))
    strangers = [p.name for p in attendees if p.partner_id != meeting.partner_id]
    if strangers or len(attendees) != len(set(data.attendee_ids)):
        raise ValidationError(message("validation.attendees"), "attendees")
    meeting.held_on = data.held_on
    meeting.topics = v.clean_text(data.topics)
    meeting.notes = (data.notes or "").rstrip()  # keep line breaks and indentation as typed
    meeting.pract_phase = data.pract_phase
    meeting.attendees = attendees
    cleaned = [_clean_action(a, data.held_on) for a in data.actions]
    keep = {a.id for a in cleaned if a.id is not None}
    for old in list(meeting.action_items):
        if old.id not in keep:
            meeting.action_items.remove(old)
    by_id = {old.id: old for old in meeting.action_items}
    for a in cleaned:
        existing = by_id.get(a.id) if a.id is not None else None
        item = existing or ActionItem(partner_id=meeting.partner_id)
        if existing is None:
            meeting.action_items.append(item)
        item.title, item.owner, item.side, item.due_on = a.title, a.owner, a.side, a.due_on
        item.done_on = a.done_on
        item.status = ActionStatus.DONE.value if a.done_on else ActionStatus.OPEN.value


def create_meeting(db: Database, partner_id: int, data: MeetingData) -> tuple[int, Changes]:
    with write(db, "The 1on1") as session:
        get(session, Partner, partner_id, "The partner")
        meeting = Meeting(partner_id=partner_id)
        _apply_meeting(session, meeting, data)
        session.add(meeting)
        session.flush()
        return meeting.id, Changes(meetings=True, actions=True, partner_id=partner_id)


def update_meeting(
    db: Database, meeting_id: int, data: MeetingData, *, expected_version: int | None = None
) -> Changes:
    with write(db, "The 1on1") as session:
        meeting = get(session, Meeting, meeting_id, "The 1on1")
        check_version(
            meeting, expected_version, None, message("label.the_1on1_of", date=meeting.held_on)
        )
        _apply_meeting(session, meeting, data)
        return Changes(meetings=True, actions=True, partner_id=meeting.partner_id)


def delete_meeting(db: Database, meeting_id: int) -> Changes:
    with write(db, "The 1on1") as session:
        meeting = get(session, Meeting, meeting_id, "The 1on1")
        partner_id = meeting.partner_id
        session.delete(meeting)
        return Changes(meetings=True, actions=True, partner_id=partner_id)


def load_meeting(db: Database, meeting_id: int) -> tuple[MeetingData, int]:
    with db.reading() as session:
        m = get(session, Meeting, meeting_id, "The 1on1")
        actions = [
            ActionData(a.title, a.owner, a.side, a.due_on, a.done_on, a.id)
            for a in sorted(m.action_items, key=lambda a: a.id)
        ]
        data = MeetingData(
            m.held_on, m.topics, m.notes, m.pract_phase, [p.id for p in m.attendees], actions
        )
        return data, m.version


def set_action_done(
    db: Database, action_id: int, done_on: date | None, *, expected_version: int | None = None
) -> Changes:
    with write(db, "The action item") as session:
        item = get(session, ActionItem, action_id, "The action item")
        check_version(
            item, expected_version, None, message("label.action_item_named", name=item.title)
        )
        item.done_on = done_on
        item.status = ActionStatus.DONE.value if done_on else ActionStatus.OPEN.value
        return Changes(actions=True, partner_id=item.partner_id)


def create_action(db: Database, partner_id: int, data: ActionData) -> tuple[int, Changes]:
    """An action item outside any 1on1 (e.g. promised in a QBR or by mail)."""
    clean = _clean_action(data, None)
    with write(db, "The action item") as session:
        get(session, Partner, partner_id, "The partner")
        item = ActionItem(
            partner_id=partner_id,
            title=clean.title,
            owner=clean.owner,
            side=clean.side,
            due_on=clean.due_on,
            done_on=clean.done_on,
            status=ActionStatus.DONE.value if clean.done_on else "open",
        )
        session.add(item)
        session.flush()
        return item.id, Changes(actions=True, partner_id=partner_id)


def delete_action(db: Database, action_id: int) -> Changes:
    with write(db, "The action item") as session:
        item = get(session, ActionItem, action_id, "The action item")
        partner_id = item.partner_id
        session.delete(item)
        return Changes(actions=True, partner_id=partner_id)
