"""PRACT diagnosis (domain.md): five phases scored 0–5, a total out of 25 and its band.

Bands on the total: 21–25 ``ideal``, 15–20 ``one_step`` (one step short), 0–14 ``high_risk``.
A partner's own assessment (``self``) and the manager's are compared phase by phase; a gap of
:data:`GAP_WORTH_A_TALK` or more is worth a talk. All functions read; recording an assessment
is ``prm_core.services.diagnosis.record_assessment``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Final

from sqlalchemy import select
from sqlalchemy.orm import Session

from prm_core.kinds import Assessor, PractPhase
from prm_core.orm import Partner, PractAssessment

PHASES: Final[tuple[str, ...]] = tuple(p.value for p in PractPhase)
MAX_SCORE: Final = 5
MAX_TOTAL: Final = MAX_SCORE * len(PHASES)
GAP_WORTH_A_TALK: Final = 2

IDEAL: Final = "ideal"
ONE_STEP: Final = "one_step"
HIGH_RISK: Final = "high_risk"
#: Lowest total of each band, best band first.
BAND_FLOORS: Final[tuple[tuple[str, int], ...]] = ((IDEAL, 21), (ONE_STEP, 15), (HIGH_RISK, 0))

BAND_ADVICE: Final[dict[str, str]] = {
    IDEAL: "Ideal operation: keep the rhythm and recognise the partner's results.",
    ONE_STEP: "One step short: review how you collaborate and how you support the partner.",
    HIGH_RISK: "High churn risk: start again from perception and readiness.",
}

#: What each phase asks, in our own words (the GUI carries its translated copy).
QUESTIONS: Final[dict[str, str]] = {
    "perception": "Does the partner understand the product and why it is worth selling?",
    "readiness": "Does the partner feel ready and able to sell it?",
    "activate": "Do the partner's sellers actually propose it, with the tools they need?",
    "collaboration": "Do we plan and run initiatives together, regularly?",
    "trust": "Is there continuous support and recognition for a long relationship?",
}

#: domain.md's typical actions when a phase is weak.
TYPICAL_ACTIONS: Final[dict[str, tuple[str, ...]]] = {
    "perception": ("webinars", "product videos", "industry-specific materials"),
    "readiness": ("e-learning", "certification", "FAQ"),
    "activate": ("proposal templates", "competitor comparison", "co-selling visits"),
    "collaboration": ("joint strategy meeting", "joint campaigns"),
    "trust": ("incentives", "non-monetary awards"),
}


def band_of(total: int) -> str:
    """``ideal`` (21–25), ``one_step`` (15–20) or ``high_risk`` (0–14)."""
    if not 0 <= total <= MAX_TOTAL:
        raise ValueError(f"a PRACT total is 0–{MAX_TOTAL}, got {total}")
    return next(band for band, floor in BAND_FLOORS if total >= floor)


def weakest_phases(scores: Mapping[str, int]) -> list[str]:
    """The phases with the lowest score (ties all count), in PRACT order; none when every
    phase has the top score."""
    lowest = min(scores[p] for p in PHASES)
    if lowest >= MAX_SCORE:
        return []
    return [p for p in PHASES if scores[p] == lowest]


@dataclass(frozen=True, slots=True)
class Assessment:
    """One recorded assessment with its derived total and band."""

    id: int
    partner_id: int
    assessor: str
    assessed_on: date
    scores: dict[str, int]
    comments: str
    version: int = 1

    @property
    def total(self) -> int:
        return sum(self.scores[p] for p in PHASES)

    @property
    def band(self) -> str:
        return band_of(self.total)

    @property
    def advice(self) -> str:
        return BAND_ADVICE[self.band]

    @property
    def weakest(self) -> list[str]:
        return weakest_phases(self.scores)

    def to_json(self) -> dict[str, Any]:
        """The shape of ``prm pract``: assessor, date, scores, total, band."""
        return {
            "assessor": self.assessor,
            "date": self.assessed_on.isoformat(),
            "scores": {p: self.scores[p] for p in PHASES},
            "total": self.total,
            "band": self.band,
        }


def _assessment(row: PractAssessment) -> Assessment:
    return Assessment(
        id=row.id,
        partner_id=row.partner_id,
        assessor=row.assessor,
        assessed_on=row.assessed_on,
        scores={p: int(getattr(row, p)) for p in PHASES},
        comments=row.comments or "",
        version=row.version,
    )


def list_assessments(session: Session, partner_id: int) -> list[Assessment]:
    """Every assessment of the partner, newest first (same day: latest recorded first)."""
    rows = session.scalars(
        select(PractAssessment)
        .where(PractAssessment.partner_id == partner_id)
        .order_by(PractAssessment.assessed_on.desc(), PractAssessment.id.desc())
    )
    return [_assessment(r) for r in rows]


def latest_by_assessor(assessments: Sequence[Assessment]) -> dict[str, Assessment]:
    """The newest assessment of each assessor (``self``, ``manager``) that has one."""
    latest: dict[str, Assessment] = {}
    for a in sorted(assessments, key=lambda a: (a.assessed_on, a.id), reverse=True):
        latest.setdefault(a.assessor, a)
    return latest


def newest_of_each_first(assessments: Sequence[Assessment]) -> list[Assessment]:
    """The newest assessment of each assessor first (self before manager on the same day),
    then all the others newest first: the order of ``prm pract``."""
    latest = latest_by_assessor(assessments)
    order = {Assessor.SELF.value: 0, Assessor.MANAGER.value: 1}
    head = sorted(
        latest.values(), key=lambda a: (-a.assessed_on.toordinal(), order.get(a.assessor, 9))
    )
    head_ids = {a.id for a in head}
    rest = sorted(
        (a for a in assessments if a.id not in head_ids),
        key=lambda a: (a.assessed_on, a.id),
        reverse=True,
    )
    return [*head, *rest]


@dataclass(frozen=True, slots=True)
class PhaseGap:
    """One phase of the newest self assessment against the newest manager assessment."""

    phase: str
    self_score: int
    manager_score: int

    @property
    def gap(self) -> int:
        """The absolute difference; ``self_score - manager_score`` gives its direction."""
        return abs(self.self_score - self.manager_score)

    @property
    def worth_a_talk(self) -> bool:
        return self.gap >= GAP_WORTH_A_TALK


def gaps(assessments: Sequence[Assessment]) -> list[PhaseGap]:
    """Phase by phase, newest self against newest manager; empty unless both exist."""
    latest = latest_by_assessor(assessments)
    own, ours = latest.get(Assessor.SELF.value), latest.get(Assessor.MANAGER.value)
    if own is None or ours is None:
        return []
    return [PhaseGap(p, own.scores[p], ours.scores[p]) for p in PHASES]


@dataclass(frozen=True, slots=True)
class PractReport:
    """Everything the PRACT view and ``prm pract`` show for one partner."""

    partner_id: int
    partner: str
    assessments: list[Assessment]  # newest of each assessor first, then newest first
    gaps: list[PhaseGap]

    @property
    def latest(self) -> dict[str, Assessment]:
        return latest_by_assessor(self.assessments)

    @property
    def current(self) -> Assessment | None:
        """The assessment the band and advice are read from: the manager's newest, else the
        partner's own newest."""
        latest = self.latest
        return latest.get(Assessor.MANAGER.value) or latest.get(Assessor.SELF.value)

    @property
    def large_gaps(self) -> list[PhaseGap]:
        return [g for g in self.gaps if g.worth_a_talk]

    def to_json(self) -> dict[str, Any]:
        return {
            "partner": self.partner,
            "assessments": [a.to_json() for a in self.assessments],
            "gaps": {g.phase: g.gap for g in self.gaps},
        }


def pract_report(session: Session, partner_id: int) -> PractReport | None:
    """The partner's assessments and gaps; ``None`` when the partner does not exist."""
    name = session.scalar(select(Partner.name).where(Partner.id == partner_id))
    if name is None:
        return None
    found = list_assessments(session, partner_id)
    return PractReport(partner_id, name, newest_of_each_first(found), gaps(found))
