"""All five KPIs, the cohorts and the phases in one typed result, and its JSON form."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from prm_core.kpi.activation import Activation, activation
from prm_core.kpi.downloads import ContentDownloads, content_downloads
from prm_core.kpi.facts import person_counts
from prm_core.kpi.journey import JourneyStep, journey_steps
from prm_core.kpi.params import KpiParams, Level
from prm_core.kpi.people import PersonActivity, PersonShare, people, top_person_share
from prm_core.kpi.phases import PhaseCounts, programme_counts
from prm_core.kpi.retention import Retention, retention


@dataclass(frozen=True, slots=True)
class KpiResult:
    """Everything the dashboard shows for one :class:`KpiParams`. Plain, immutable data: safe
    to hand from a worker thread to the GUI."""

    as_of: date
    date_from: date
    date_to: date
    level: Level
    registered: int
    journey: list[JourneyStep]
    content_downloads: ContentDownloads
    activation: Activation
    people: list[PersonActivity]
    top_person_share: list[PersonShare]
    retention: Retention
    phases: PhaseCounts
    partner_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The ``prm kpi --format json`` document: the issue's keys in the issue's order
        (ids are extra keys, useful for drill-downs)."""
        downloads = self.content_downloads
        act = self.activation
        ret = self.retention
        return {
            "as_of": self.as_of.isoformat(),
            "from": self.date_from.isoformat(),
            "to": self.date_to.isoformat(),
            "level": self.level.value,
            "partner_id": self.partner_id,
            "registered": self.registered,
            "journey": [
                {"step": s.step, "count": s.count, "rate": s.rate, "step_rate": s.step_rate}
                for s in self.journey
            ],
            "content_downloads": {
                "total": downloads.total,
                "per_partner": downloads.per_partner,
                "by_content": [
                    {"content": c.content, "downloads": c.downloads, "content_id": c.content_id}
                    for c in downloads.by_content
                ],
            },
            "activation": {
                "deals_registered": act.deals_registered,
                "activated_partners": act.activated_partners,
                "deals_per_activated_partner": act.deals_per_activated_partner,
                "activation_rate": act.activation_rate,
            },
            "people": [
                {
                    "partner": p.partner,
                    "person": p.person,
                    "leads": p.leads,
                    "deals": p.deals,
                    "conversion": p.conversion,
                    "partner_id": p.partner_id,
                    "person_id": p.person_id,
                }
                for p in self.people
            ],
            "top_person_share": [
                {
                    "partner": s.partner,
                    "share": s.share,
                    "partner_id": s.partner_id,
                    "deals": s.deals,
                    "top_person_deals": s.top_person_deals,
                }
                for s in self.top_person_share
            ],
            "retention": {
                "registered": ret.registered,
                "active": ret.active,
                "rate": ret.rate,
                "window_days": ret.window_days,
                "cohorts": [
                    {
                        "month": c.month,
                        "size": c.size,
                        "active_by_month": c.active_by_month,
                        "active_counts": c.active_counts,
                    }
                    for c in ret.cohorts
                ],
            },
            "phases": self.phases.as_dict(),
        }


def compute_all(session: Session, params: KpiParams) -> KpiResult:
    """The full dashboard for ``params``: a handful of set-based statements, no Python loop
    over events. Read-only; run it in a reading session (any thread with its own session)."""
    partner_counts, phases = programme_counts(session, params)
    counts = person_counts(session, params) if params.by_person else partner_counts
    steps = journey_steps(counts)
    registered = counts.registered
    return KpiResult(
        as_of=params.as_of,
        date_from=params.date_from,
        date_to=params.date_to,
        level=params.level,
        registered=registered,
        journey=steps,
        content_downloads=content_downloads(session, params, registered),
        activation=activation(session, params, registered),
        people=people(session, params),
        top_person_share=top_person_share(session, params),
        retention=retention(session, params, counts),
        phases=phases,
        partner_id=params.partner_id,
    )
