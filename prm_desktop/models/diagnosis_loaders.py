"""Reads behind the diagnosis views (Today, Learn, the PRACT tab, follow-through, settings),
each in its own short session.

Views never open a session (tests/test_architecture.py): they call these functions directly
or hand them to ``LatestResult.request`` / a ``BackgroundTask``, which opens the session on the
worker thread. Everything returned is plain data that outlives the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from prm_core.database import Database
from prm_core.deals.commitments import Commitments, commitments
from prm_core.diagnosis.learn import (
    CategoryRow,
    Effect,
    PlaybookRow,
    WindowKpis,
    intervention_effects,
    playbook_entries,
    programme_table,
    window_kpis,
)
from prm_core.diagnosis.pract import PractReport, pract_report
from prm_core.diagnosis.signals import PartnerSignals, detect_signals, group_by_partner
from prm_core.diagnosis.thresholds import Thresholds, load_thresholds
from prm_core.diagnosis.tiers import Level, PartnerTier, Rule, load_levels, load_rules, tier_of


# -- Today ------------------------------------------------------------------------------------
def compute_today(db: Database, as_of: date) -> list[PartnerSignals]:
    """Every partner with a signal on ``as_of``, most severe first (the Today list)."""
    with db.reading() as session:
        return group_by_partner(detect_signals(session, as_of))


# -- Learn ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LearnData:
    """What the Learn page shows, computed together so the three tables agree."""

    as_of: date
    effects: list[Effect]
    programme: list[CategoryRow]
    playbook: list[PlaybookRow]


def compute_learn(db: Database, as_of: date) -> LearnData:
    """Every intervention's before/after effect, the programme table and the playbook."""
    with db.reading() as session:
        effects = intervention_effects(session, as_of)
        return LearnData(as_of, effects, programme_table(effects), playbook_entries(session))


def compute_window_kpis(db: Database, effect: Effect) -> tuple[WindowKpis | None, ...]:
    """The partner's KPIs in the window before and the window after one intervention."""
    with db.reading() as session:
        return (
            window_kpis(session, effect.partner_id, effect.before),
            window_kpis(session, effect.partner_id, effect.after),
        )


# -- the partner's PRACT tab ------------------------------------------------------------------
def partner_pract_report(db: Database, partner_id: int) -> PractReport | None:
    """The partner's assessments and gaps (``None`` when the partner is gone)."""
    with db.reading() as session:
        return pract_report(session, partner_id)


def partner_tier(db: Database, partner_id: int, as_of: date) -> PartnerTier | None:
    """The partner's tier and points; slower than the report, so the tab asks in the
    background."""
    with db.reading() as session:
        return tier_of(session, partner_id, as_of)


def partner_commitments(db: Database, partner_id: int, as_of: date) -> Commitments:
    """Both sides' follow-through on the partner's action items (a partner's items only)."""
    with db.reading() as session:
        return commitments(session, as_of, partner_id=partner_id)


# -- Tools → Signals, Points and Tiers --------------------------------------------------------
@dataclass(frozen=True)
class DiagnosisSettings:
    """The three settings the dialog edits, read in one session so they belong together."""

    thresholds: Thresholds
    rules: list[Rule]
    levels: list[Level]


def load_diagnosis_settings(db: Database) -> DiagnosisSettings:
    """Signal thresholds, point rules and the tier ladder as stored (defaults when unset)."""
    with db.reading() as session:
        return DiagnosisSettings(
            load_thresholds(session), load_rules(session), load_levels(session)
        )
