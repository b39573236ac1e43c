"""``generate_demo``: plan a whole demo programme in memory, then write it in one transaction.

Planning first means the row counts (and so the progress total) are known before anything is
written, and the writing is nothing but batched Core INSERTs: executemany for events, and
INSERT … RETURNING where later rows need the new ids.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

import numpy as np
import numpy.typing as npt
from sqlalchemy import Connection, Table, func, insert, select
from sqlalchemy.orm import DeclarativeBase, Session

from prm_core.database import Database
from prm_core.demo import names, texts, tiers
from prm_core.demo.activity import CODE, KINDS, EventPlan, plan_events
from prm_core.demo.followups import (
    FollowUps,
    Row,
    TemplateStep,
    plan_assessments,
    plan_checklists,
    plan_goals,
    plan_interventions,
    plan_meetings,
)
from prm_core.demo.registrations import add_registrations
from prm_core.demo.roster import PartnerPlan, PersonPlan, plan_partners, plan_persons
from prm_core.demo.timeline import Timeline
from prm_core.kinds import EventKind, PartnerStatus
from prm_core.orm import (
    ActionItem,
    ChecklistItem,
    ChecklistTemplate,
    Content,
    Event,
    Goal,
    Intervention,
    Meeting,
    Partner,
    Person,
    PointRule,
    PractAssessment,
    TierLevel,
    meeting_attendees,
)

SOURCE = "demo"
EVENT_BATCH = 50_000
ROW_BATCH = 5_000
CUSTOMER_POOL = 600


def _table(model: type[DeclarativeBase]) -> Table:
    return model.metadata.tables[str(model.__tablename__)]


@dataclass(frozen=True)
class DemoSummary:
    """How many rows of each kind the demo wrote."""

    partners: int
    persons: int
    contents: int
    events: int
    meetings: int
    action_items: int
    checklist_items: int
    assessments: int
    goals: int
    registrations: int = 0


@dataclass
class _Plan:
    timeline: Timeline
    partners: list[PartnerPlan]
    persons: list[PersonPlan]
    events: EventPlan
    stamps: npt.NDArray[np.datetime64]
    followups: FollowUps

    def summary(self) -> DemoSummary:
        f = self.followups
        return DemoSummary(
            partners=len(self.partners),
            persons=len(self.persons),
            contents=len(texts.CONTENTS),
            events=len(self.events),
            meetings=len(f.meetings),
            action_items=sum(len(m.actions) for m in f.meetings),
            checklist_items=len(f.checklist),
            assessments=len(f.assessments),
            goals=len(f.goals),
        )

    def total_rows(self) -> int:
        s = self.summary()
        attendees = sum(len(m.attendees) for m in self.followups.meetings)
        return (
            s.partners
            + s.persons
            + s.contents
            + s.events
            + s.meetings
            + s.action_items
            + s.checklist_items
            + s.assessments
            + s.goals
            + attendees
            + len(self.followups.interventions)
        )


def generate_demo(
    db: Database,
    *,
    partners: int = 200,
    months: int = 24,
    seed: int = 0,
    as_of: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    """Fill an empty database with a realistic, reproducible partner programme.

    The data covers the ``months`` months ending at ``as_of`` (default today). The same seed,
    ``partners`` and ``months`` always give the same counts, and with the same ``as_of`` the
    same rows. Refuses a database that already holds partners, so demo rows never mix with
    real ones; everything is written in one transaction, so an error (or a ``Cancelled``
    raised by ``progress``) leaves nothing behind.
    """
    if partners < 1:
        raise ValueError("partners must be at least 1")
    if months < 1:
        raise ValueError("months must be at least 1")
    if isinstance(as_of, datetime):
        as_of = as_of.date()
    as_of = as_of or date.today()
    report = progress or (lambda _done, _total: None)
    with db.transaction() as session:
        existing = session.scalar(select(func.count()).select_from(Partner)) or 0
        if existing:
            raise ValueError(
                f"The database already holds {existing} partner(s). Demo data is only "
                "generated into an empty database so it never mixes with real data; "
                "use a new database file."
            )
        plan = _plan(session, partners=partners, months=months, seed=seed, as_of=as_of)
        _write(_Writer(session.connection(), plan.total_rows(), report), plan)
        registrations = add_registrations(session, as_of, seed)
    return replace(plan.summary(), registrations=registrations)


def _template_steps(session: Session) -> list[TemplateStep]:
    template = session.scalars(
        select(ChecklistTemplate)
        .where(ChecklistTemplate.is_default.is_(True))
        .order_by(ChecklistTemplate.id)
    ).first()
    if template is None:
        return []
    return [
        TemplateStep(step.id, step.position, step.title_ja or step.title, step.due_offset_days)
        for step in template.steps
    ]


def _scoring(session: Session) -> tuple[list[tuple[str, float, int | None]], list[tuple[str, int]]]:
    rules = [(r.kind, r.points, r.yen_per_point) for r in session.scalars(select(PointRule))]
    ladder = [(t.name, t.min_points) for t in session.scalars(select(TierLevel))]
    return rules or list(tiers.DEFAULT_RULES), ladder or list(tiers.DEFAULT_LADDER)


def _first_dates(
    plan: EventPlan, day_index: np.ndarray, kind: EventKind, start: date
) -> dict[int, date]:
    """First day of ``kind`` per partner index (events are sorted by partner and time)."""
    mask = plan.kind == CODE[kind]
    partners, first = np.unique(plan.partner[mask], return_index=True)
    days = day_index[mask][first]
    return {int(p): start + timedelta(days=int(d)) for p, d in zip(partners, days, strict=True)}


def _plan(session: Session, *, partners: int, months: int, seed: int, as_of: date) -> _Plan:
    rng = random.Random(seed)
    g = np.random.default_rng(seed)
    timeline = Timeline.ending(as_of, months)
    partner_plans = plan_partners(rng, g, partners, months)
    person_plans = plan_persons(rng, g, partner_plans)
    customers = names.customer_names(rng, CUSTOMER_POOL)
    events = plan_events(g, partner_plans, person_plans, customers, [c[2] for c in texts.CONTENTS])

    stamps64 = timeline.timestamps(events.position)
    day_index = (stamps64.astype("datetime64[D]") - np.datetime64(timeline.start, "D")).astype(
        np.int64
    )
    for p in partner_plans:
        p.contract_date = timeline.date_at(p.start)
    rules, ladder = _scoring(session)
    points = tiers.partner_points(events, day_index, timeline.days - 1, partners, rules)
    for p, tier in zip(partner_plans, tiers.tier_names(points, ladder), strict=True):
        p.tier = None if p.status is PartnerStatus.TERMINATED else tier

    first_deal = _first_dates(events, day_index, EventKind.DEAL_REGISTERED, timeline.start)
    first_won = _first_dates(events, day_index, EventKind.DEAL_WON, timeline.start)
    followups = FollowUps(
        checklist=plan_checklists(
            rng,
            partner_plans,
            _template_steps(session),
            as_of,
            first_deal=first_deal,
            first_won=first_won,
        ),
        meetings=plan_meetings(rng, g, partner_plans, person_plans, timeline),
        assessments=plan_assessments(rng, partner_plans, timeline),
        goals=plan_goals(rng, partner_plans, as_of),
        interventions=plan_interventions(rng, partner_plans, timeline),
    )
    return _Plan(
        timeline,
        partner_plans,
        person_plans,
        events,
        stamps64,
        followups,
    )


class _Writer:
    """Batched inserts with progress reports after each batch."""

    def __init__(self, conn: Connection, total: int, report: Callable[[int, int], None]) -> None:
        self.conn = conn
        self.total = total
        self.done = 0
        self.report = report
        report(0, total)

    def advance(self, rows: int) -> None:
        self.done += rows
        self.report(self.done, self.total)

    def insert(self, table: Table, rows: Sequence[Row]) -> None:
        for i in range(0, len(rows), ROW_BATCH):
            batch = rows[i : i + ROW_BATCH]
            self.conn.execute(insert(table), list(batch))
            self.advance(len(batch))

    def insert_returning_ids(self, table: Table, rows: Sequence[Row]) -> list[int]:
        """Insert and return the new ids in the order of ``rows``."""
        ids: list[int] = []
        stmt = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        for i in range(0, len(rows), ROW_BATCH):
            batch = rows[i : i + ROW_BATCH]
            ids.extend(row[0] for row in self.conn.execute(stmt, list(batch)))
            self.advance(len(batch))
        return ids


def _write(writer: _Writer, plan: _Plan) -> None:
    partner_ids = writer.insert_returning_ids(
        _table(Partner), [_partner_row(p) for p in plan.partners]
    )
    person_ids = writer.insert_returning_ids(
        _table(Person),
        [_person_row(p, partner_ids[p.partner]) for p in plan.persons],
    )
    content_ids = _write_contents(writer)
    _write_events(writer, plan, partner_ids, person_ids, content_ids)
    _write_followups(writer, plan.followups, partner_ids, person_ids)


def _partner_row(p: PartnerPlan) -> Row:
    return {
        "name": p.company.name,
        "name_kana": p.company.kana,
        "code": p.code,
        "type": p.type.value,
        "territory": p.territory,
        "industry": p.industry,
        "contract_date": p.contract_date,
        "status": p.status.value,
        "tier": p.tier,
        "owner": p.owner,
        "notes": p.notes,
    }


def _person_row(p: PersonPlan, partner_id: int) -> Row:
    return {
        "partner_id": partner_id,
        "name": p.name,
        "role": p.role,
        "email": p.email,
        "phone": p.phone,
        "is_key_person": p.is_key_person,
        "notes": "",
    }


def _write_contents(writer: _Writer) -> list[int]:
    """The demo's materials; one that already exists by name is reused, not duplicated."""
    table = _table(Content)
    wanted = [name for name, _, _ in texts.CONTENTS]
    query = select(table.c.name, table.c.id).where(table.c.name.in_(wanted))
    existing: dict[str, int] = {name: id_ for name, id_ in writer.conn.execute(query)}
    missing = [{"name": n, "kind": k} for n, k, _ in texts.CONTENTS if n not in existing]
    new_ids = iter(writer.insert_returning_ids(table, missing))
    skipped = len(texts.CONTENTS) - len(missing)
    if skipped:
        writer.advance(skipped)
    return [existing[n] if n in existing else next(new_ids) for n in wanted]


def _write_events(
    writer: _Writer,
    plan: _Plan,
    partner_ids: list[int],
    person_ids: list[int],
    content_ids: list[int],
) -> None:
    """Events in (partner, time) order, ``EVENT_BATCH`` rows per executemany."""
    events = plan.events
    partner_map = np.array(partner_ids, dtype=np.int64)
    person_map = np.array([*person_ids, 0], dtype=np.int64)  # index -1 → placeholder
    content_map = np.array([*content_ids, 0], dtype=np.int64)
    kind_names = [kind.value for kind in KINDS]
    no_detail: tuple[None, None, None] = (None, None, None)
    details = [*events.details, no_detail]  # index -1 → no detail
    width = max(7, len(str(len(events))))
    table = _table(Event)
    for low in range(0, len(events), EVENT_BATCH):
        high = min(low + EVENT_BATCH, len(events))
        span = slice(low, high)
        person = events.person[span]
        content = events.content[span]
        columns: Any = zip(
            range(low + 1, high + 1),
            partner_map[events.partner[span]].tolist(),
            np.where(person >= 0, person_map[person], -1).tolist(),
            events.kind[span].tolist(),
            Timeline.to_datetimes(plan.stamps[span]),
            np.where(content >= 0, content_map[content], -1).tolist(),
            events.detail[span].tolist(),
            strict=True,
        )
        rows = [
            {
                "partner_id": partner,
                "person_id": person_id if person_id >= 0 else None,
                "kind": kind_names[kind],
                "occurred_at": stamp,
                "content_id": content_id if content_id >= 0 else None,
                "deal": details[detail][0],
                "customer": details[detail][1],
                "amount": details[detail][2],
                "source": SOURCE,
                "external_id": f"{SOURCE}-{n:0{width}d}",
            }
            for n, partner, person_id, kind, stamp, content_id, detail in columns
        ]
        writer.conn.execute(insert(table), rows)
        writer.advance(len(rows))


def _write_followups(
    writer: _Writer, f: FollowUps, partner_ids: list[int], person_ids: list[int]
) -> None:
    writer.insert(
        _table(ChecklistItem),
        [{**row, "partner_id": partner_ids[i]} for i, row in f.checklist],
    )
    meeting_ids = writer.insert_returning_ids(
        _table(Meeting),
        [
            {
                "partner_id": partner_ids[m.partner],
                "held_on": m.held_on,
                "topics": m.topics,
                "notes": m.notes,
                "pract_phase": m.pract_phase,
            }
            for m in f.meetings
        ],
    )
    writer.insert(
        meeting_attendees,
        [
            {"meeting_id": mid, "person_id": person_ids[person]}
            for mid, m in zip(meeting_ids, f.meetings, strict=True)
            for person in m.attendees
        ],
    )
    writer.insert(
        _table(ActionItem),
        [
            {**action, "partner_id": partner_ids[m.partner], "meeting_id": mid}
            for mid, m in zip(meeting_ids, f.meetings, strict=True)
            for action in m.actions
        ],
    )
    writer.insert(
        _table(PractAssessment),
        [{**row, "partner_id": partner_ids[i]} for i, row in f.assessments],
    )
    writer.insert(
        _table(Goal),
        [
            {
                **row,
                "partner_id": partner_ids[i],
                "person_id": None if person is None else person_ids[person],
            }
            for i, person, row in f.goals
        ],
    )
    writer.insert(
        _table(Intervention),
        [{**row, "partner_id": partner_ids[i]} for i, row in f.interventions],
    )
