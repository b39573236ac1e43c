"""Everything one QBR shows for one partner and one quarter, gathered into plain dataclasses.

:func:`gather_qbr` reads the partner's own rows only (every statement is narrowed to its id),
so a QBR can never show another partner's data. For the ``partner`` variant the internal
material is not even read: notes of the partner, the 1on1s, the checklist, the goals and the
assessments, and the risk signals' wording, stay out of the data handed to the writer.

Erased persons (``Person.anonymised_at`` set) appear nowhere: they are left out of the
per-person table, attendee lists and goal owners, the ``(erased)`` placeholder is removed from
free text, and an action item's owner on the partner's side is shown only when it names one of
the partner's current persons (the erasure cannot scrub free-text owners).

The numbers follow domain.md: events on or before ``as_of`` (the quarter's last day, or
today for the running quarter) count; the summary compares the quarter with the previous one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from prm_core.kinds import JOURNEY_STEPS, ActionStatus, Assessor, EventKind, GoalMetric, PractPhase
from prm_core.kpi import KpiParams
from prm_core.kpi.journey import journey
from prm_core.kpi.months import index_of_month, month_index, month_label, month_of_index
from prm_core.kpi.people import people
from prm_core.orm import (
    ActionItem,
    ChecklistItem,
    Event,
    Goal,
    Meeting,
    Partner,
    Person,
    PractAssessment,
    meeting_attendees,
)
from prm_core.reports import adapters
from prm_core.reports.adapters import (
    CarriedOver,
    PartnerDiagnosis,
    RiskSignal,
    SideFollowThrough,
    TierInfo,
)
from prm_core.reports.periods import Quarter

ERASED_NAME = "(erased)"
PHASES: tuple[str, ...] = tuple(p.value for p in PractPhase)
VARIANTS = ("partner", "internal")
#: Summary rows, in the order the QBR shows them.
SUMMARY_KEYS = (
    "deals_registered",
    "deals_won",
    "won_amount",
    "active_persons",
    "downloads",
    "trainings",
)
_SUMMARY_KINDS = {
    "deals_registered": EventKind.DEAL_REGISTERED.value,
    "deals_won": EventKind.DEAL_WON.value,
    "downloads": EventKind.MATERIAL_DOWNLOAD.value,
    "trainings": EventKind.TRAINING_COMPLETED.value,
}
#: Monthly activity series (event kinds), in legend order.
MONTHLY_KINDS = (
    EventKind.MATERIAL_DOWNLOAD.value,
    EventKind.LEAD_REGISTERED.value,
    EventKind.DEAL_REGISTERED.value,
    EventKind.DEAL_WON.value,
    EventKind.TRAINING_COMPLETED.value,
)
MONTHS = 12
_GOAL_KIND = {
    GoalMetric.DEAL_REGISTERED.value: EventKind.DEAL_REGISTERED.value,
    GoalMetric.DEAL_WON.value: EventKind.DEAL_WON.value,
    GoalMetric.WON_AMOUNT.value: EventKind.DEAL_WON.value,
    GoalMetric.TRAINING_COMPLETED.value: EventKind.TRAINING_COMPLETED.value,
    GoalMetric.LEAD_REGISTERED.value: EventKind.LEAD_REGISTERED.value,
}
#: A PRACT phase at or below this score gets its typical actions recommended.
WEAK_SCORE = 2


class QbrError(ValueError):
    """The QBR cannot be made as asked (unknown partner, future quarter); a user message."""


def midnight(day: date) -> datetime:
    return datetime.combine(day, time.min)


def scrub(text: str | None) -> str:
    """Free text as shown: the erasure placeholder removed, surrounding blanks trimmed."""
    if not text:
        return ""
    return text.replace(ERASED_NAME, "—").strip()


@dataclass(frozen=True, slots=True)
class MetricChange:
    key: str
    current: float
    previous: float

    @property
    def delta(self) -> float:
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class FunnelStep:
    """``persons``: the partner's persons with such an event by as_of (person-level journey);
    ``reached_on``: the day the partner first reached the step (None: not yet)."""

    step: str
    persons: int
    reached_on: date | None


@dataclass(frozen=True, slots=True)
class MonthActivity:
    month: str  # "2026-09"
    start: date
    counts: dict[str, int]  # event kind -> count, every kind of MONTHLY_KINDS


@dataclass(frozen=True, slots=True)
class PersonLine:
    name: str
    role: str | None
    key_person: bool
    leads: int
    deals: int
    conversion: float | None


@dataclass(frozen=True, slots=True)
class ChecklistLine:
    title: str
    due_on: date | None
    done_on: date | None
    overdue: bool
    note: str  # internal variant only


@dataclass(frozen=True, slots=True)
class GoalLine:
    metric: str
    person: str | None
    target: float
    actual: float
    period_start: date
    period_end: date
    note: str  # internal variant only

    @property
    def progress(self) -> float:
        return self.actual / self.target if self.target > 0 else 0.0


@dataclass(frozen=True, slots=True)
class PractSide:
    assessed_on: date
    scores: dict[str, int]
    comments: str  # internal variant only

    @property
    def total(self) -> int:
        return sum(self.scores.values())


@dataclass(frozen=True, slots=True)
class PractComparison:
    self_assessment: PractSide | None
    manager: PractSide | None

    def gap(self, phase: str) -> int | None:
        """Self minus manager; None unless both assessed."""
        if self.self_assessment is None or self.manager is None:
            return None
        return self.self_assessment.scores[phase] - self.manager.scores[phase]

    def weakest(self) -> list[str]:
        """Phases scored ``WEAK_SCORE`` or less by the manager (else by the partner)."""
        side = self.manager or self.self_assessment
        if side is None:
            return []
        return [p for p in PHASES if side.scores[p] <= WEAK_SCORE]


@dataclass(frozen=True, slots=True)
class MeetingLine:
    held_on: date
    topics: str
    notes: str  # internal variant only
    attendees: list[str]
    pract_phase: str | None


@dataclass(frozen=True, slots=True)
class ActionLine:
    title: str
    side: str
    owner: str | None
    due_on: date | None
    overdue: bool
    id: int = 0


@dataclass(frozen=True, slots=True)
class Recommendation:
    """A next action: ``key`` names its wording in the texts table (``signal:<key>`` or
    ``pract:<phase>`` or ``onboarding``); ``detail`` is the engine's own wording (internal)."""

    key: str
    detail: str = ""


@dataclass
class QbrData:
    """One QBR. ``None`` in an optional section means its source is not available."""

    variant: str
    partner_id: int
    partner: str
    code: str | None
    owner: str | None
    territory: str | None
    partner_type: str
    status: str
    contract_date: date | None
    partner_notes: str  # internal variant only
    quarter: Quarter
    as_of: date
    previous_as_of: date
    generated_on: date
    summary: list[MetricChange]
    funnel: list[FunnelStep]
    monthly: list[MonthActivity]
    people: list[PersonLine]
    checklist: list[ChecklistLine]
    goals: list[GoalLine]
    pract: PractComparison
    meetings: list[MeetingLine]
    open_actions: list[ActionLine]
    tier: TierInfo | None = None
    risks: list[RiskSignal] | None = None  # internal variant only
    follow_through: dict[str, SideFollowThrough] | None = None
    carried_over: list[CarriedOver] | None = None
    recommendations: list[Recommendation] = field(default_factory=list)

    @property
    def internal(self) -> bool:
        return self.variant == "internal"

    @property
    def checklist_done(self) -> int:
        return sum(1 for c in self.checklist if c.done_on is not None)


def find_partner(session: Session, name_or_code: str) -> tuple[int, str] | None:
    """A partner by exact name, else by code."""
    row = session.execute(
        select(Partner.id, Partner.name)
        .where(or_(Partner.name == name_or_code, Partner.code == name_or_code))
        .order_by((Partner.name == name_or_code).desc())
        .limit(1)
    ).first()
    return (int(row[0]), str(row[1])) if row else None


def quarter_as_of(quarter: Quarter, today: date) -> date:
    """The day the numbers stop: the quarter's end, or today while the quarter runs."""
    if quarter.start > today:
        raise QbrError(f"the quarter {quarter.label} has not started yet")
    return min(quarter.end, today)


def gather_qbr(
    session: Session,
    partner_id: int,
    quarter: Quarter,
    *,
    variant: str = "partner",
    today: date | None = None,
    optional_sections: bool = True,
    diagnosis: PartnerDiagnosis | None = None,
) -> QbrData:
    """Read everything the QBR of ``partner_id`` for ``quarter`` shows (read-only).

    ``optional_sections=False`` skips the tier, commitments and signals (the diagnostic
    workbook shows none of them). ``diagnosis``: the partner's tier and signals when already
    computed (the batch asks once for every partner); by default they are computed here."""
    if variant not in VARIANTS:
        raise QbrError(f"unknown variant {variant!r} (partner or internal)")
    today = today or date.today()
    as_of = quarter_as_of(quarter, today)
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise QbrError(f"no partner with id {partner_id}")
    internal = variant == "internal"
    previous = quarter.previous()
    persons = _persons(session, partner_id)
    names = {pid: p.name for pid, p in persons.items() if p.anonymised_at is None}

    data = QbrData(
        variant=variant,
        partner_id=partner_id,
        partner=partner.name,
        code=partner.code,
        owner=partner.owner,
        territory=partner.territory,
        partner_type=partner.type,
        status=partner.status,
        contract_date=partner.contract_date,
        partner_notes=scrub(partner.notes) if internal else "",
        quarter=quarter,
        as_of=as_of,
        previous_as_of=previous.end,
        generated_on=today,
        summary=_summary(session, partner_id, quarter, as_of),
        funnel=_funnel(session, partner, as_of),
        monthly=_monthly(session, partner_id, as_of),
        people=_people(session, partner_id, quarter, as_of, persons),
        checklist=_checklist(session, partner_id, as_of, internal),
        goals=_goals(session, partner_id, quarter, as_of, names=names, internal=internal),
        pract=_pract(session, partner_id, as_of, internal),
        meetings=_meetings(session, partner_id, quarter, as_of, names=names, internal=internal),
        open_actions=_open_actions(session, partner_id, as_of, names),
    )
    if not optional_sections:
        data.recommendations = _recommendations(data, [])
        return data
    if diagnosis is None:
        diagnosis = adapters.diagnosis_of(session, partner_id, as_of)
    data.tier = diagnosis.tier
    data.follow_through = adapters.follow_through_of(session, partner_id, as_of, quarter.start)
    carried = adapters.carried_over_of(session, partner_id, as_of, quarter.start)
    data.carried_over = [
        CarriedOver(
            c.side,
            scrub(c.title),
            _owner(c.side, c.owner, names),
            c.due_on,
            c.overdue,
            c.done_in_quarter,
            c.id,
        )
        for c in carried
    ]
    # Each item is listed once: the carried-over ones in their own table.
    shown = {c.id for c in carried}
    data.open_actions = [a for a in data.open_actions if a.id not in shown]
    risks = list(diagnosis.risks or ())
    if internal and diagnosis.risks is not None:
        data.risks = [
            RiskSignal(
                r.key,
                r.severity,
                scrub(r.evidence),
                scrub(r.action),
                r.person_id,
                names.get(r.person_id) if r.person_id is not None else None,
                r.facts,
                r.action_source,
            )
            for r in risks
        ]
    overdue_carried = any(c.overdue for c in carried)
    data.recommendations = _recommendations(data, risks, overdue_carried)
    return data


# --- sections -----------------------------------------------------------------------------


def _persons(session: Session, partner_id: int) -> dict[int, Person]:
    return {
        p.id: p
        for p in session.scalars(
            select(Person).where(Person.partner_id == partner_id).order_by(Person.id)
        )
    }


def _summary(
    session: Session, partner_id: int, quarter: Quarter, as_of: date
) -> list[MetricChange]:
    previous = quarter.previous()
    cur_start, cur_end = midnight(quarter.start), midnight(as_of + timedelta(days=1))
    prev_start, prev_end = midnight(previous.start), midnight(quarter.start)
    in_cur = and_(Event.occurred_at >= cur_start, Event.occurred_at < cur_end)
    in_prev = Event.occurred_at < prev_end
    window = [
        Event.partner_id == partner_id,
        Event.occurred_at >= prev_start,
        Event.occurred_at < cur_end,
    ]
    counts: dict[str, tuple[float, float]] = {}
    amounts = (0.0, 0.0)
    kinds = list(_SUMMARY_KINDS.values())
    for kind, cur, prev, cur_amount, prev_amount in session.execute(
        select(
            Event.kind,
            func.count(case((in_cur, Event.id))),
            func.count(case((in_prev, Event.id))),
            func.coalesce(func.sum(case((in_cur, Event.amount))), 0),
            func.coalesce(func.sum(case((in_prev, Event.amount))), 0),
        )
        .where(*window, Event.kind.in_(kinds))
        .group_by(Event.kind)
    ):
        counts[str(kind)] = (float(cur), float(prev))
        if kind == EventKind.DEAL_WON.value:
            amounts = (float(cur_amount), float(prev_amount))
    active = session.execute(
        select(
            func.count(case((in_cur, Event.person_id)).distinct()),
            func.count(case((in_prev, Event.person_id)).distinct()),
        ).where(*window, Event.person_id.is_not(None))
    ).one()
    values: dict[str, tuple[float, float]] = {
        key: counts.get(kind, (0.0, 0.0)) for key, kind in _SUMMARY_KINDS.items()
    }
    values["won_amount"] = amounts
    values["active_persons"] = (float(active[0]), float(active[1]))
    return [MetricChange(key, *values[key]) for key in SUMMARY_KEYS]


def _funnel(session: Session, partner: Partner, as_of: date) -> list[FunnelStep]:
    end = midnight(as_of + timedelta(days=1))
    firsts = {
        str(kind): at
        for kind, at in session.execute(
            select(Event.kind, func.min(Event.occurred_at))
            .where(
                Event.partner_id == partner.id,
                Event.kind.in_([k.value for k in JOURNEY_STEPS]),
                Event.occurred_at < end,
            )
            .group_by(Event.kind)
        )
    }
    params = KpiParams.create(as_of=as_of, level="person", partner_id=partner.id)
    steps = journey(session, params)
    out = []
    for step in steps:
        first = firsts.get(step.step)
        reached = first.date() if isinstance(first, datetime) else first
        if step.step == EventKind.REGISTERED.value and reached is None:
            contract = partner.contract_date
            reached = contract if contract is not None and contract <= as_of else None
        out.append(FunnelStep(step.step, step.count, reached))
    return out


def _monthly(session: Session, partner_id: int, as_of: date) -> list[MonthActivity]:
    last = index_of_month(as_of)
    first = last - MONTHS + 1
    bucket = month_index(Event.occurred_at).label("bucket")
    found: dict[int, dict[str, int]] = {}
    for index, kind, n in session.execute(
        select(bucket, Event.kind, func.count())
        .where(
            Event.partner_id == partner_id,
            Event.kind.in_(MONTHLY_KINDS),
            Event.occurred_at >= midnight(month_of_index(first)),
            Event.occurred_at < midnight(as_of + timedelta(days=1)),
        )
        .group_by(bucket, Event.kind)
    ):
        found.setdefault(int(index), {})[str(kind)] = int(n)
    return [
        MonthActivity(
            month_label(i),
            month_of_index(i),
            {k: found.get(i, {}).get(k, 0) for k in MONTHLY_KINDS},
        )
        for i in range(first, last + 1)
    ]


def _people(
    session: Session,
    partner_id: int,
    quarter: Quarter,
    as_of: date,
    persons: dict[int, Person],
) -> list[PersonLine]:
    params = KpiParams.create(
        as_of=as_of, date_from=quarter.start, date_to=quarter.end, partner_id=partner_id
    )
    activity = {a.person_id: a for a in people(session, params)}
    lines = []
    for pid, person in persons.items():
        if person.anonymised_at is not None:
            continue
        a = activity.get(pid)
        leads, deals = (a.leads, a.deals) if a else (0, 0)
        lines.append(
            PersonLine(
                person.name,
                person.role,
                person.is_key_person,
                leads,
                deals,
                deals / leads if leads else None,
            )
        )
    lines.sort(key=lambda p: (-p.deals, -p.leads, not p.key_person, p.name))
    return lines


def _checklist(
    session: Session, partner_id: int, as_of: date, internal: bool
) -> list[ChecklistLine]:
    lines = []
    for item in session.scalars(
        select(ChecklistItem)
        .where(ChecklistItem.partner_id == partner_id)
        .order_by(ChecklistItem.position, ChecklistItem.id)
    ):
        done = item.done_on if item.done_on is not None and item.done_on <= as_of else None
        overdue = done is None and item.due_on is not None and item.due_on < as_of
        lines.append(
            ChecklistLine(
                scrub(item.title), item.due_on, done, overdue, scrub(item.note) if internal else ""
            )
        )
    return lines


def _goals(
    session: Session,
    partner_id: int,
    quarter: Quarter,
    as_of: date,
    *,
    names: dict[int, str],
    internal: bool,
) -> list[GoalLine]:
    """Goals whose period overlaps the quarter; progress counted from events up to as_of."""
    goals = list(
        session.scalars(
            select(Goal)
            .where(
                Goal.partner_id == partner_id,
                Goal.period_start <= quarter.end,
                Goal.period_end >= quarter.start,
            )
            .order_by(Goal.period_end, Goal.id)
        )
    )
    lines = []
    for goal in goals:
        kind = _GOAL_KIND[goal.metric]
        measure = (
            func.coalesce(func.sum(Event.amount), 0)
            if goal.metric == GoalMetric.WON_AMOUNT.value
            else func.count()
        )
        stop = min(goal.period_end, as_of)
        conditions = [
            Event.partner_id == partner_id,
            Event.kind == kind,
            Event.occurred_at >= midnight(goal.period_start),
            Event.occurred_at < midnight(stop + timedelta(days=1)),
        ]
        if goal.person_id is not None:
            conditions.append(Event.person_id == goal.person_id)
        actual = float(session.scalar(select(measure).where(*conditions)) or 0)
        lines.append(
            GoalLine(
                goal.metric,
                names.get(goal.person_id) if goal.person_id is not None else None,
                goal.target,
                actual,
                goal.period_start,
                goal.period_end,
                scrub(goal.note) if internal else "",
            )
        )
    return lines


def _pract(session: Session, partner_id: int, as_of: date, internal: bool) -> PractComparison:
    latest: dict[str, PractSide] = {}
    for assessor in (Assessor.SELF.value, Assessor.MANAGER.value):
        row = session.scalars(
            select(PractAssessment)
            .where(
                PractAssessment.partner_id == partner_id,
                PractAssessment.assessor == assessor,
                PractAssessment.assessed_on <= as_of,
            )
            .order_by(PractAssessment.assessed_on.desc(), PractAssessment.id.desc())
            .limit(1)
        ).first()
        if row is not None:
            latest[assessor] = PractSide(
                row.assessed_on,
                {p: int(getattr(row, p)) for p in PHASES},
                scrub(row.comments) if internal else "",
            )
    return PractComparison(latest.get(Assessor.SELF.value), latest.get(Assessor.MANAGER.value))


def _meetings(
    session: Session,
    partner_id: int,
    quarter: Quarter,
    as_of: date,
    *,
    names: dict[int, str],
    internal: bool,
) -> list[MeetingLine]:
    meetings = list(
        session.scalars(
            select(Meeting)
            .where(
                Meeting.partner_id == partner_id,
                Meeting.held_on >= quarter.start,
                Meeting.held_on <= as_of,
            )
            .order_by(Meeting.held_on, Meeting.id)
        )
    )
    attendees: dict[int, list[str]] = {}
    if meetings:
        for meeting_id, person_id in session.execute(
            select(meeting_attendees.c.meeting_id, meeting_attendees.c.person_id).where(
                meeting_attendees.c.meeting_id.in_([m.id for m in meetings])
            )
        ):
            if person_id in names:  # erased persons are not named
                attendees.setdefault(int(meeting_id), []).append(names[person_id])
    return [
        MeetingLine(
            m.held_on,
            scrub(m.topics),
            scrub(m.notes) if internal else "",
            sorted(attendees.get(m.id, [])),
            m.pract_phase,
        )
        for m in meetings
    ]


def _owner(side: str, owner: str | None, names: dict[int, str]) -> str | None:
    """The owner as shown: the vendor's staff as typed; on the partner's side only a name of
    one of the partner's current persons (an erased person's old name stays hidden)."""
    if not owner or not owner.strip():
        return None
    owner = scrub(owner)
    if side == "partner" and owner not in names.values():
        return None
    return owner


def _open_actions(
    session: Session, partner_id: int, as_of: date, names: dict[int, str]
) -> list[ActionLine]:
    """Action items not done at as_of, from meetings held by then (or without a meeting)."""
    rows = session.execute(
        select(
            ActionItem.id,
            ActionItem.title,
            ActionItem.side,
            ActionItem.owner,
            ActionItem.due_on,
            ActionItem.status,
            ActionItem.done_on,
        )
        .outerjoin(Meeting, Meeting.id == ActionItem.meeting_id)
        .where(
            ActionItem.partner_id == partner_id,
            or_(Meeting.id.is_(None), Meeting.held_on <= as_of),
            or_(
                ActionItem.status == ActionStatus.OPEN.value,
                ActionItem.done_on > as_of,
            ),
        )
    )
    lines = [
        ActionLine(
            scrub(title),
            side,
            _owner(side, owner, names),
            due_on,
            due_on is not None and due_on < as_of,
            int(item_id),
        )
        for item_id, title, side, owner, due_on, _status, _done in rows
    ]
    lines.sort(key=lambda a: (a.due_on or date.max, a.side, a.title))
    return lines


def _recommendations(
    data: QbrData, risks: list[RiskSignal], overdue_carried: bool = False
) -> list[Recommendation]:
    """Signals' suggested actions first (most severe first), then the typical actions of the
    weak PRACT phases, then overdue onboarding steps; each once."""
    out: list[Recommendation] = []
    seen: set[str] = set()

    def add(key: str, detail: str = "") -> None:
        if key not in seen:
            seen.add(key)
            out.append(Recommendation(key, detail if data.internal else ""))

    for risk in risks:
        add(f"signal:{risk.key}", scrub(risk.action))
    for phase in data.pract.weakest():
        add(f"pract:{phase}")
    if any(c.overdue for c in data.checklist):
        add("onboarding")
    if overdue_carried or any(a.overdue for a in data.open_actions):
        add("signal:actions_overdue")
    return out
