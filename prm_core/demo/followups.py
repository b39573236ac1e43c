"""The manager's side of the demo: onboarding checklists, 1on1s with action items, PRACT
assessments, goals and interventions.

How many rows each partner gets is drawn in plan time, and every random draw is made whether
or not the calendar later uses it, so counts never depend on ``as_of``; only dates and
statuses (done, overdue) do.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

import numpy as np

from prm_core.demo import texts
from prm_core.demo.roster import PartnerPlan, PersonPlan
from prm_core.demo.timeline import Timeline
from prm_core.kinds import ActionSide, ActionStatus, Assessor, GoalMetric, PartnerStatus, PractPhase

Row = dict[str, Any]
PHASES: tuple[PractPhase, ...] = tuple(PractPhase)
#: Template step titles (English or Japanese) whose completion is a fact in the events.
FIRST_DEAL_TITLES = frozenset({"First deal registered", "初回案件登録"})
FIRST_WON_TITLES = frozenset({"First deal won", "初回受注"})
MEETING_RATE = 0.2  # 1on1s per month, plus MEETING_RATE_PER_DEPTH per journey step reached
MEETING_RATE_PER_DEPTH = 0.07
MAX_MEETINGS = 36


@dataclass(frozen=True, slots=True)
class TemplateStep:
    id: int
    position: int
    title: str
    due_offset_days: int


@dataclass(slots=True)
class MeetingPlan:
    partner: int
    held_on: date
    topics: str
    notes: str
    pract_phase: str | None
    attendees: list[int]  # global person indices
    actions: list[Row] = field(default_factory=list)


@dataclass
class FollowUps:
    """Planned rows keyed by partner (and person) *index*; ids are filled in on insert."""

    checklist: list[tuple[int, Row]] = field(default_factory=list)
    meetings: list[MeetingPlan] = field(default_factory=list)
    assessments: list[tuple[int, Row]] = field(default_factory=list)
    goals: list[tuple[int, int | None, Row]] = field(default_factory=list)
    interventions: list[tuple[int, Row]] = field(default_factory=list)


def contact_end(partner: PartnerPlan, months: int) -> float:
    """Until when (plan time) the manager still meets the partner."""
    if partner.status is PartnerStatus.TERMINATED:
        return partner.end
    if partner.dormant:
        return min(float(months), partner.end + 1.5)
    return float(months)


def _clamp(day: date, low: date, high: date) -> date:
    return max(low, min(high, day))


def plan_checklists(
    rng: random.Random,
    partners: list[PartnerPlan],
    steps: list[TemplateStep],
    as_of: date,
    *,
    first_deal: dict[int, date],
    first_won: dict[int, date],
) -> list[tuple[int, Row]]:
    """Every partner gets the default template; the first k steps are done, some are late."""
    rows: list[tuple[int, Row]] = []
    deal_step = next((i for i, s in enumerate(steps) if s.title in FIRST_DEAL_TITLES), None)
    won_step = next((i for i, s in enumerate(steps) if s.title in FIRST_WON_TITLES), None)
    for index, partner in enumerate(partners):
        lag = rng.choices((0, 1, 2, 3), (0.6, 0.25, 0.1, 0.05))[0]
        jitters = [rng.randint(-5, 12) for _ in steps]
        notes = [rng.random() < 0.3 for _ in steps]
        replan = 0.75
        contract = partner.contract_date or as_of
        dues = [contract + timedelta(days=s.due_offset_days) for s in steps]
        done_count = max(0, sum(d <= as_of for d in dues) - lag)
        if deal_step is not None and index not in first_deal:
            done_count = min(done_count, deal_step)
        if won_step is not None and index not in first_won:
            done_count = min(done_count, won_step)
        for i, step in enumerate(steps):
            done_on: date | None = None
            if i < done_count:
                fact = first_deal.get(index) if i == deal_step else None
                fact = first_won.get(index) if i == won_step else fact
                done_on = fact or _clamp(dues[i] + timedelta(days=jitters[i]), contract, as_of)
            overdue = done_on is None and dues[i] < as_of
            if overdue and rng.random() < replan:
                # The manager moved the date at a 1on1, as one does with a step that waits
                # on the partner's first deal: only some steps stay overdue, as in real life.
                dues[i] = as_of + timedelta(days=rng.randint(7, 60))
                overdue = False
            row: Row = {
                "template_step_id": step.id,
                "position": step.position,
                "title": step.title,
                "due_on": dues[i],
                "done_on": done_on,
                "note": "次回1on1で実施日を再調整する" if overdue and notes[i] else "",
            }
            rows.append((index, row))
    return rows


def _meeting_texts(rng: random.Random, phase: PractPhase) -> tuple[str, str]:
    topics = "、".join(rng.sample(texts.MEETING_TOPICS[phase], 2))
    lines = [f"・{line}" for line in rng.sample(texts.NOTE_LINES[phase], 2)]
    lines.append(f"次回：{rng.choice(texts.NEXT_STEPS)}")
    return topics, "\n".join(lines)


def _action(
    rng: random.Random, partner: PartnerPlan, owner: str, held_on: date, as_of: date
) -> Row:
    """One promise from the 1on1; the vendor keeps its promises a little more often."""
    vendor = rng.random() < 0.5
    title = rng.choice(texts.VENDOR_ACTIONS if vendor else texts.PARTNER_ACTIONS)
    due_on = held_on + timedelta(days=rng.choice((7, 14, 14, 21, 30)))
    luck, jitter = rng.random(), rng.randint(-6, 10)
    done_on: date | None = None
    if due_on < as_of:
        # Promises long past due were mostly kept (late); the recent ones are what is open.
        stale = due_on < as_of - timedelta(days=60)
        if luck < ((0.97 if vendor else 0.9) if stale else (0.85 if vendor else 0.7)):
            done_on = _clamp(due_on + timedelta(days=jitter), held_on, as_of)
    elif luck < 0.25:
        done_on = _clamp(held_on + timedelta(days=abs(jitter) + 1), held_on, as_of)
    return {
        "title": title,
        "owner": partner.owner if vendor else owner,
        "side": (ActionSide.VENDOR if vendor else ActionSide.PARTNER).value,
        "due_on": due_on,
        "status": (ActionStatus.DONE if done_on else ActionStatus.OPEN).value,
        "done_on": done_on,
        # Written down at the 1on1, not when the demo was generated: the QBR's "carried over
        # from last quarter" and the Learn view read this date.
        "created_at": datetime.combine(held_on, time(18, 0)),
        "updated_at": datetime.combine(done_on or held_on, time(18, 0)),
    }


def plan_meetings(
    rng: random.Random,
    g: np.random.Generator,
    partners: list[PartnerPlan],
    persons: list[PersonPlan],
    timeline: Timeline,
) -> list[MeetingPlan]:
    """1on1s every few months, more often with partners further along the journey."""
    meetings: list[MeetingPlan] = []
    for index, partner in enumerate(partners):
        low, high = partner.start + 0.15, contact_end(partner, timeline.months)
        rate = MEETING_RATE + MEETING_RATE_PER_DEPTH * partner.depth
        count = min(MAX_MEETINGS, int(g.poisson(rate * max(0.0, high - low))))
        positions = np.sort(low + (high - low) * g.random(count))
        others = [
            partner.first_person + j
            for j in range(partner.n_persons)
            if partner.first_person + j != partner.key_person
        ]
        for position in positions.tolist():
            stage = min(4, int((position - partner.start) / 3), partner.depth + 1)
            phase = PHASES[min(4, max(0, stage + rng.choice((-1, 0, 0, 1))))]
            recorded = rng.random() >= 0.15
            topics, notes = _meeting_texts(rng, phase)
            extra = rng.sample(others, rng.randint(0, min(2, len(others))))
            attendees = [partner.key_person, *extra]
            held_on = timeline.date_at(position)
            owner = persons[partner.key_person].name
            n_actions = rng.choices((1, 2, 3), (0.45, 0.35, 0.2))[0]
            actions = [
                _action(rng, partner, owner, held_on, timeline.as_of) for _ in range(n_actions)
            ]
            meetings.append(
                MeetingPlan(
                    partner=index,
                    held_on=held_on,
                    topics=topics,
                    notes=notes,
                    pract_phase=phase.value if recorded else None,
                    attendees=attendees,
                    actions=actions,
                )
            )
    return meetings


def _scores(rng: random.Random, base: float, bias: float, spread: float) -> list[int]:
    offsets = (0.6, 0.3, 0.0, -0.3, -0.2)  # perception is easiest, collaboration hardest
    return [max(0, min(5, round(base + o + bias + rng.gauss(0.0, spread)))) for o in offsets]


def plan_assessments(
    rng: random.Random, partners: list[PartnerPlan], timeline: Timeline
) -> list[tuple[int, Row]]:
    """Manager assessments about twice a year; some partners also assess themselves (and
    tend to rate themselves higher — the gaps are what a 1on1 should talk about)."""
    rows: list[tuple[int, Row]] = []
    for index, partner in enumerate(partners):
        low = partner.start + 0.3
        high = max(low, contact_end(partner, timeline.months))
        count = min(4, 1 + int((high - low) / 6))
        with_self = rng.random() < 0.4
        level = 1.0 + 0.55 * partner.depth + 0.5 * math.log(max(partner.engagement, 0.05))
        for j in range(count):
            position = min(float(timeline.months), low + (high - low) * (j + 0.5) / count)
            day = timeline.date_at(position)
            manager = _scores(rng, level + 0.35 * j, 0.0, 0.6)
            comment = rng.choice(texts.ASSESSMENT_COMMENTS)
            rows.append((index, _assessment(day, Assessor.MANAGER, manager, comment)))
            if with_self and j >= count - 2:
                own = [max(0, min(5, round(s + 0.5 + rng.gauss(0.0, 0.9)))) for s in manager]
                before = max(partner.contract_date or day, day - timedelta(days=rng.randint(0, 7)))
                rows.append((index, _assessment(before, Assessor.SELF, own, "")))
    return rows


def _assessment(day: date, assessor: Assessor, scores: list[int], comment: str) -> Row:
    row: Row = {"assessed_on": day, "assessor": assessor.value, "comments": comment}
    row.update({phase.value: score for phase, score in zip(PHASES, scores, strict=True)})
    return row


def _half_year(day: date) -> tuple[date, date]:
    """The Japanese fiscal half (April–September or October–March) containing ``day``."""
    if 4 <= day.month <= 9:
        return date(day.year, 4, 1), date(day.year, 9, 30)
    year = day.year if day.month >= 10 else day.year - 1
    return date(year, 10, 1), date(year + 1, 3, 31)


GOAL_WEIGHTS: dict[GoalMetric, float] = {
    GoalMetric.DEAL_REGISTERED: 0.35,
    GoalMetric.DEAL_WON: 0.2,
    GoalMetric.WON_AMOUNT: 0.15,
    GoalMetric.TRAINING_COMPLETED: 0.15,
    GoalMetric.LEAD_REGISTERED: 0.15,
}


def _target(rng: random.Random, metric: GoalMetric) -> float:
    if metric is GoalMetric.WON_AMOUNT:
        return float(rng.randint(5, 50) * 1_000_000)
    low, high = {
        GoalMetric.DEAL_REGISTERED: (2, 12),
        GoalMetric.DEAL_WON: (1, 5),
        GoalMetric.TRAINING_COMPLETED: (2, 10),
        GoalMetric.LEAD_REGISTERED: (10, 40),
    }[metric]
    return float(rng.randint(low, high))


def plan_goals(
    rng: random.Random, partners: list[PartnerPlan], as_of: date
) -> list[tuple[int, int | None, Row]]:
    """A common goal for about half the partners that got going, mostly for this half-year."""
    rows: list[tuple[int, int | None, Row]] = []
    current = _half_year(as_of)
    previous = _half_year(current[0] - timedelta(days=1))
    metrics, weights = list(GOAL_WEIGHTS), list(GOAL_WEIGHTS.values())
    for index, partner in enumerate(partners):
        wanted = int(rng.random() < 0.55) + int(rng.random() < 0.25)
        if partner.depth == 0 or partner.status is PartnerStatus.TERMINATED:
            wanted = 0
        chosen: list[GoalMetric] = []
        while len(chosen) < wanted:
            metric = rng.choices(metrics, weights)[0]
            if metric not in chosen:
                chosen.append(metric)
        for metric in chosen:
            start, end = current if rng.random() < 0.75 else previous
            person = partner.key_person if rng.random() < 0.35 else None
            row: Row = {
                "metric": metric.value,
                "target": _target(rng, metric),
                "period_start": start,
                "period_end": end,
                "note": texts.GOAL_NOTES[metric.value],
            }
            rows.append((index, person, row))
    return rows


def _fitting_interventions(partner: PartnerPlan) -> list[tuple[str, str, str | None]]:
    """Interventions that answer the signal this partner would plausibly show."""
    if partner.dormant:
        signals: set[str | None] = {"dormant"}
    elif partner.depth == 0:
        signals = {"stalled_after_registration"}
    elif partner.depth <= 2:
        signals = {"downloads_without_deals", "training_without_proposals", None}
    else:
        signals = {"declining_activity", "key_person_dependence", "low_conversion", None}
    return [item for item in texts.INTERVENTIONS if item[2] in signals]


def plan_interventions(
    rng: random.Random, partners: list[PartnerPlan], timeline: Timeline
) -> list[tuple[int, Row]]:
    """A few recorded actions (施策), so the Learn view has before/after periods to compare."""
    rows: list[tuple[int, Row]] = []
    for index, partner in enumerate(partners):
        count = rng.randint(1, 2) if rng.random() < 0.2 else 0
        choices = _fitting_interventions(partner)
        for _ in range(count):
            category, action, signal = rng.choice(choices)
            if partner.dormant:  # a reactivation attempt after the partner went quiet
                low, high = partner.end + 0.3, float(timeline.months)
            else:
                low = partner.start + 0.5
                high = max(low, contact_end(partner, timeline.months))
            position = min(float(timeline.months), low + (high - low) * rng.random())
            row: Row = {
                "occurred_on": timeline.date_at(position),
                "category": category,
                "action": action,
                "signal_key": signal,
                "notes": "90日後に効果を確認する" if rng.random() < 0.5 else "",
            }
            rows.append((index, row))
    return rows
