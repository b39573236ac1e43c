"""Common goals (共通の目標) and interventions (施策): plain records with validation."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from prm_core.database import Database
from prm_core.diagnosis.categories import canonical_category
from prm_core.kinds import GoalMetric
from prm_core.orm import Goal, Intervention, Partner, Person
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ValidationError
from prm_core.services.rows import check_version, get, write


@dataclass
class GoalData:
    metric: str
    target: float
    period_start: date
    period_end: date
    person_id: int | None = None
    note: str = ""


def _clean_goal(data: GoalData) -> GoalData:
    v.one_of(data.metric, [m.value for m in GoalMetric], "metric", "Metric")
    if not data.target or data.target <= 0:
        raise ValidationError(
            message("validation.target_positive", value=repr(data.target)), "target"
        )
    v.date_order(
        data.period_start, data.period_end, "period_end", "the period start", "The period end"
    )
    return GoalData(
        data.metric,
        float(data.target),
        data.period_start,
        data.period_end,
        data.person_id,
        (data.note or "").strip(),
    )


def create_goal(db: Database, partner_id: int, data: GoalData) -> tuple[int, Changes]:
    clean = _clean_goal(data)
    with write(db, "The goal") as session:
        get(session, Partner, partner_id, "The partner")
        if clean.person_id is not None:
            person = get(session, Person, clean.person_id, "The person")
            if person.partner_id != partner_id:
                raise ValidationError(message("validation.goal_person"), "person")
        goal = Goal(partner_id=partner_id, **asdict(clean))
        session.add(goal)
        session.flush()
        return goal.id, Changes(goals=True, partner_id=partner_id)


def update_goal(
    db: Database, goal_id: int, data: GoalData, *, expected_version: int | None = None
) -> Changes:
    clean = _clean_goal(data)
    with write(db, "The goal") as session:
        goal = get(session, Goal, goal_id, "The goal")
        check_version(goal, expected_version, None, "The goal")
        for key, value in asdict(clean).items():
            setattr(goal, key, value)
        return Changes(goals=True, partner_id=goal.partner_id)


def delete_goal(db: Database, goal_id: int) -> Changes:
    with write(db, "The goal") as session:
        goal = get(session, Goal, goal_id, "The goal")
        partner_id = goal.partner_id
        session.delete(goal)
        return Changes(goals=True, partner_id=partner_id)


@dataclass
class InterventionData:
    occurred_on: date
    category: str
    action: str
    signal_key: str | None = None
    notes: str = ""
    #: Which of the partner's signals of the key it answers (``Signal.subject``).
    signal_subject: str | None = None


def create_intervention(
    db: Database, partner_id: int, data: InterventionData
) -> tuple[int, Changes]:
    category = canonical_category(v.required(data.category, "category", "Category", 64))
    action = v.required(data.action, "action", "Action taken", 2000)
    if data.occurred_on > date.today():
        raise ValidationError(v.future("label.date", data.occurred_on), "occurred_on")
    with write(db, "The intervention") as session:
        get(session, Partner, partner_id, "The partner")
        row = Intervention(
            partner_id=partner_id,
            occurred_on=data.occurred_on,
            category=category,
            action=action,
            signal_key=data.signal_key,
            signal_subject=data.signal_subject,
            notes=(data.notes or "").strip(),
        )
        session.add(row)
        session.flush()
        return row.id, Changes(interventions=True, partner_id=partner_id)


def delete_intervention(db: Database, intervention_id: int) -> Changes:
    with write(db, "The intervention") as session:
        row = get(session, Intervention, intervention_id, "The intervention")
        partner_id = row.partner_id
        session.delete(row)
        return Changes(interventions=True, partner_id=partner_id)
