"""Writes of the diagnose → detect → act → learn loop, each one validated transaction.

PRACT assessments, snoozed signals, interventions recorded from a signal, playbook entries,
and the settings behind signals and tiers (thresholds, point rules, the tier ladder). Every
function returns a :class:`DiagnosisChanges` so views refresh only what they show.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, select

from prm_core.database import Database
from prm_core.diagnosis.pract import PHASES
from prm_core.diagnosis.signal_base import DEFAULT_CATEGORIES, Signal
from prm_core.diagnosis.thresholds import SETTING_KEY, validate
from prm_core.diagnosis.tiers import Level, Rule, load_levels, load_rules
from prm_core.kinds import Assessor, EventKind
from prm_core.orm import (
    Intervention,
    Partner,
    Person,
    PlaybookEntry,
    PointRule,
    PractAssessment,
    Setting,
    SignalSnooze,
    TierLevel,
)
from prm_core.safety.messages import message
from prm_core.services import validate as v
from prm_core.services.changes import Changes
from prm_core.services.errors import ConflictError, ValidationError
from prm_core.services.goals import InterventionData, create_intervention
from prm_core.services.rows import get, write

MAX_SNOOZE_DAYS = 365
MAX_POINTS = 1_000_000
_SIGNAL_KEY = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
#: "registration:12" (see ``Signal.subject``).
_SUBJECT = re.compile(r"^[a-z][a-z_]{0,30}:[A-Za-z0-9_.-]{1,32}$")


@dataclass(frozen=True)
class DiagnosisChanges(Changes):
    """``Changes`` plus what this loop writes.

    Attributes:
        assessments: PRACT assessments of ``partner_id`` (or of several partners).
        signals: anything that changes the signal lists (snoozes, playbook, thresholds).
        incentives: point rules or the tier ladder (every partner's tier may move).
    """

    assessments: bool = False
    signals: bool = False
    incentives: bool = False

    def __or__(self, other: Changes) -> DiagnosisChanges:
        merged = {
            f.name: bool(getattr(self, f.name, False) or getattr(other, f.name, False))
            for f in fields(DiagnosisChanges)
            if f.name != "partner_id"
        }
        same = self.partner_id == other.partner_id
        return DiagnosisChanges(**merged, partner_id=self.partner_id if same else None)


# --- PRACT ------------------------------------------------------------------------------------


@dataclass
class AssessmentData:
    """A PRACT assessment as a form or the CLI holds it: ``scores`` by phase or in PRACT
    order (perception, readiness, activate, collaboration, trust)."""

    assessor: str
    assessed_on: date
    scores: Mapping[str, int] | Sequence[int]
    comments: str = ""


def clean_scores(scores: Mapping[str, int] | Sequence[int]) -> dict[str, int]:
    """Five whole numbers 0–5, one per phase, or ``ValidationError`` naming the phase."""
    if isinstance(scores, Mapping):
        unknown = sorted(set(scores) - set(PHASES))
        if unknown:
            raise ValidationError(f"Unknown PRACT phase {unknown[0]!r}.", "scores")
        missing = [p for p in PHASES if p not in scores]
        if missing:
            raise ValidationError(f"The {missing[0]} score is missing.", missing[0])
        values = {p: scores[p] for p in PHASES}
    else:
        if isinstance(scores, (str, bytes)) or len(scores) != len(PHASES):
            raise ValidationError(
                f"Give five scores ({', '.join(PHASES)}), got {len(scores)}.", "scores"
            )
        values = dict(zip(PHASES, scores, strict=True))
    return {p: v.score(values[p], p, p.capitalize()) for p in PHASES}


def _clean_assessment(data: AssessmentData, today: date) -> tuple[str, dict[str, int], str]:
    assessor = v.one_of(data.assessor, [a.value for a in Assessor], "assessor", "Assessor")
    if data.assessed_on > today:
        raise ValidationError(v.future("label.date_assessment", data.assessed_on), "assessed_on")
    comments = v.clean_text(data.comments)
    if len(comments) > 4000:
        raise ValidationError(message("validation.comments_long", limit=4000), "comments")
    return assessor, clean_scores(data.scores), comments


def record_assessment(
    db: Database, partner_id: int, data: AssessmentData, *, today: date | None = None
) -> tuple[int, DiagnosisChanges]:
    assessor, scores, comments = _clean_assessment(data, today or date.today())
    with write(db, "The assessment") as session:
        get(session, Partner, partner_id, "The partner")
        row = PractAssessment(
            partner_id=partner_id,
            assessed_on=data.assessed_on,
            assessor=assessor,
            comments=comments,
            **scores,
        )
        session.add(row)
        session.flush()
        return row.id, DiagnosisChanges(assessments=True, partner_id=partner_id)


def delete_assessment(db: Database, assessment_id: int) -> DiagnosisChanges:
    with write(db, "The assessment") as session:
        row = get(session, PractAssessment, assessment_id, "The assessment")
        partner_id = row.partner_id
        session.delete(row)
        return DiagnosisChanges(assessments=True, partner_id=partner_id)


# --- Act: snooze a signal, record an intervention ---------------------------------------------


def _signal_key(key: str) -> str:
    if not isinstance(key, str) or not _SIGNAL_KEY.match(key):
        raise ValidationError(message("validation.signal_key", value=repr(key)), "signal_key")
    return key


def signal_subject(subject: str | None) -> str | None:
    """``subject`` checked (a ``Signal.subject``, or None for every subject)."""
    if subject is not None and (not isinstance(subject, str) or not _SUBJECT.match(subject)):
        raise ValidationError(message("validation.signal_subject", value=repr(subject)), "subject")
    return subject


def snooze_signal(
    db: Database,
    partner_id: int,
    signal_key: str,
    days: int,
    reason: str,
    *,
    person_id: int | None = None,
    subject: str | None = None,
    today: date | None = None,
) -> tuple[int, DiagnosisChanges]:
    """Put a signal aside for ``days`` days: it is hidden through today + days and fires
    again the day after (if its condition still holds). With the signal's ``subject``, only
    the signal about that thing (one registration) is put aside; without, every signal of
    the key for the partner (or the person)."""
    key = _signal_key(signal_key)
    subject = signal_subject(subject)
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_SNOOZE_DAYS:
        raise ValidationError(
            message("validation.snooze_days", max=MAX_SNOOZE_DAYS, value=repr(days)), "days"
        )
    why = v.required(reason, "reason", "The reason", 1000)
    until = (today or date.today()) + timedelta(days=days)
    with write(db, "The snooze") as session:
        get(session, Partner, partner_id, "The partner")
        if person_id is not None:
            person = get(session, Person, person_id, "The person")
            if person.partner_id != partner_id:
                raise ValidationError(message("validation.person_of_partner"), "person")
        row = SignalSnooze(
            partner_id=partner_id,
            person_id=person_id,
            signal_key=key,
            subject=subject,
            until=until,
            reason=why,
        )
        session.add(row)
        session.flush()
        return row.id, DiagnosisChanges(signals=True, partner_id=partner_id)


def delete_snooze(db: Database, snooze_id: int) -> DiagnosisChanges:
    with write(db, "The snooze") as session:
        row = get(session, SignalSnooze, snooze_id, "The snooze")
        partner_id = row.partner_id
        session.delete(row)
        return DiagnosisChanges(signals=True, partner_id=partner_id)


def intervention_from_signal(signal: Signal, today: date | None = None) -> InterventionData:
    """An intervention form pre-filled from a signal: today, its suggested action, a
    category for its kind, and the evidence in the notes."""
    person = f" ({signal.person})" if signal.person else ""
    return InterventionData(
        occurred_on=today or date.today(),
        category=DEFAULT_CATEGORIES.get(signal.signal, "Other"),
        action=signal.action,
        signal_key=signal.signal,
        signal_subject=signal.subject,
        notes=f"{signal.signal}{person}: {signal.evidence}",
    )


def record_intervention(
    db: Database, partner_id: int, data: InterventionData
) -> tuple[int, DiagnosisChanges]:
    """Record an intervention (e.g. from a signal; it then counts as handling that signal
    for ``general.handled_days``)."""
    if data.signal_key is not None:
        _signal_key(data.signal_key)
    if data.signal_subject is not None and data.signal_key is None:
        raise ValidationError(message("validation.subject_needs_key"), "subject")
    signal_subject(data.signal_subject)
    new_id, _changes = create_intervention(db, partner_id, data)
    return new_id, DiagnosisChanges(interventions=True, signals=True, partner_id=partner_id)


def delete_intervention(db: Database, intervention_id: int) -> DiagnosisChanges:
    with write(db, "The intervention") as session:
        row = get(session, Intervention, intervention_id, "The intervention")
        partner_id = row.partner_id
        session.delete(row)
        return DiagnosisChanges(interventions=True, signals=True, partner_id=partner_id)


# --- Learn: the playbook ----------------------------------------------------------------------


def save_playbook_entry(
    db: Database,
    intervention_id: int,
    *,
    action: str | None = None,
    signal_key: str | None = None,
) -> tuple[int, DiagnosisChanges]:
    """Offer an intervention's action (or ``action``) as the suggested action for its signal
    (or ``signal_key``) from now on."""
    with write(db, "The playbook entry") as session:
        row = get(session, Intervention, intervention_id, "The intervention")
        key = signal_key if signal_key is not None else row.signal_key
        if key is None:
            raise ValidationError(message("validation.playbook_signal"), "signal_key")
        entry = PlaybookEntry(
            signal_key=_signal_key(key),
            action=v.required(
                action if action is not None else row.action, "action", "Action", 2000
            ),
            intervention_id=row.id,
        )
        session.add(entry)
        session.flush()
        return entry.id, DiagnosisChanges(signals=True)


def delete_playbook_entry(db: Database, entry_id: int) -> DiagnosisChanges:
    with write(db, "The playbook entry") as session:
        session.delete(get(session, PlaybookEntry, entry_id, "The playbook entry"))
        return DiagnosisChanges(signals=True)


# --- settings: thresholds, point rules, tiers -------------------------------------------------


def save_thresholds(db: Database, document: Mapping[str, Any]) -> DiagnosisChanges:
    """Validate and store the signal thresholds (missing entries keep their defaults)."""
    thresholds = validate(document)
    text = json.dumps(thresholds.to_json(), sort_keys=True)
    with write(db, "The thresholds") as session:
        row = session.get(Setting, SETTING_KEY)
        if row is None:
            session.add(Setting(key=SETTING_KEY, value=text))
        else:
            row.value = text
        return DiagnosisChanges(signals=True)


def reset_thresholds(db: Database) -> DiagnosisChanges:
    with write(db, "The thresholds") as session:
        session.execute(delete(Setting).where(Setting.key == SETTING_KEY))
        return DiagnosisChanges(signals=True)


def clean_rules(rules: Sequence[Rule]) -> list[Rule]:
    kinds = [k.value for k in EventKind]
    seen: set[str] = set()
    out = []
    for rule in rules:
        kind = v.one_of(rule.kind, kinds, "kind", "Event kind")
        if kind in seen:
            raise ValidationError(message("validation.two_rules", kind=kind), "kind")
        seen.add(kind)
        points = rule.points
        if (
            isinstance(points, bool)
            or not isinstance(points, (int, float))
            or not math.isfinite(points)
            or not 0 <= points <= MAX_POINTS
        ):
            raise ValidationError(
                message("validation.points", kind=kind, max=f"{MAX_POINTS:,}", value=repr(points)),
                "points",
            )
        ypp = rule.yen_per_point
        if ypp is not None and (isinstance(ypp, bool) or not isinstance(ypp, int) or ypp < 1):
            raise ValidationError(message("validation.yen_per_point", kind=kind), "yen_per_point")
        out.append(Rule(kind, float(points), ypp))
    return out


def save_point_rules(
    db: Database, rules: Sequence[Rule], *, seen: Sequence[Rule] | None = None
) -> DiagnosisChanges:
    """Replace the point rules. Tiers are computed from events with the rules in force, so
    every partner's points change at once and nothing recorded is edited. ``seen``: the
    rules the editor started from; if someone changed them meanwhile, nothing is saved."""
    clean = clean_rules(rules)
    with write(db, "The point rules") as session:
        if seen is not None and sorted(load_rules(session), key=str) != sorted(seen, key=str):
            raise ConflictError(message("conflict.point_rules"), {})
        session.execute(delete(PointRule))
        session.flush()
        session.add_all(
            PointRule(kind=r.kind, points=r.points, yen_per_point=r.yen_per_point) for r in clean
        )
        return DiagnosisChanges(incentives=True)


def clean_levels(levels: Sequence[Level]) -> list[Level]:
    if not levels:
        raise ValidationError(message("validation.no_tiers"), "levels")
    names: set[str] = set()
    floors: set[int] = set()
    out = []
    for level in levels:
        name = v.required(level.name, "name", "Tier name", 50)
        if name.casefold() in names:
            raise ValidationError(message("validation.tier_name_twice", name=name), "name")
        names.add(name.casefold())
        floor = level.min_points
        if isinstance(floor, bool) or not isinstance(floor, int) or floor < 0:
            raise ValidationError(
                message("validation.tier_min_points", name=name, value=repr(floor)), "min_points"
            )
        if floor in floors:
            raise ValidationError(message("validation.tier_floor_twice", floor=floor), "min_points")
        floors.add(floor)
        out.append(Level(name, floor))
    return sorted(out, key=lambda lv: lv.min_points)


def save_tier_levels(
    db: Database, levels: Sequence[Level], *, seen: Sequence[Level] | None = None
) -> DiagnosisChanges:
    """Replace the tier ladder (tiers are recomputed, never stored per partner)."""
    clean = clean_levels(levels)
    with write(db, "The tier ladder") as session:
        if seen is not None and load_levels(session) != sorted(seen, key=lambda lv: lv.min_points):
            raise ConflictError(message("conflict.tiers"), {})
        session.execute(delete(TierLevel))
        session.flush()
        session.add_all(TierLevel(name=lv.name, min_points=lv.min_points) for lv in clean)
        return DiagnosisChanges(incentives=True)


def partner_id_by_name(db: Database, name_or_code: str) -> int | None:
    """A partner by exact name, else by code (the CLI's ``--partner``)."""
    with db.reading() as session:
        return session.scalars(
            select(Partner.id)
            .where((Partner.name == name_or_code) | (Partner.code == name_or_code))
            .order_by((Partner.name == name_or_code).desc())
        ).first()
