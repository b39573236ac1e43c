"""Clicking a chart element: every kind of drill-down names the partners behind it."""

from __future__ import annotations

from datetime import date

import pytest

from prm_core.database import Database
from prm_core.kpi import (
    ActivatedDrill,
    CohortDrill,
    ContentDrill,
    Drill,
    KpiParams,
    PhaseDrill,
    RetainedDrill,
    StepDrill,
    partner_ids_for,
)
from prm_core.orm import Content
from tests.factories import add_event, add_partner

AS_OF = date(2026, 9, 30)


@pytest.mark.parametrize(
    ("drill", "expected"),
    [
        (StepDrill("material_download"), ["b-downloader", "c-dealer"]),
        (StepDrill("deal_registered", False, "material_download"), ["b-downloader"]),
        (StepDrill("registered"), ["a-idle", "b-downloader", "c-dealer"]),
        (ContentDrill(), ["b-downloader", "c-dealer"]),
        (ContentDrill(-1), []),
        (ActivatedDrill(), ["c-dealer"]),
        (RetainedDrill(), ["c-dealer"]),
        (RetainedDrill(False), ["a-idle", "b-downloader"]),
        (CohortDrill("2026-01"), ["a-idle", "b-downloader"]),
        (CohortDrill("2026-01", 5), ["b-downloader"]),  # a login in June
        (CohortDrill("2026-01", 5, active=False), ["a-idle"]),
        (PhaseDrill("dormant"), ["a-idle"]),
        (PhaseDrill("onboarding"), ["b-downloader"]),
        (PhaseDrill("activation"), ["c-dealer"]),
    ],
)
def test_partner_ids_for(db: Database, drill: Drill, expected: list[str]) -> None:
    with db.transaction() as s:
        deck = Content(name="deck")
        s.add(deck)
        s.flush()
        idle = add_partner(s, "a-idle", contract_date=date(2026, 1, 5))
        downloader = add_partner(s, "b-downloader", contract_date=date(2026, 1, 20))
        dealer = add_partner(s, "c-dealer", contract_date=date(2026, 2, 1))
        add_event(s, downloader, "material_download", date(2026, 9, 2), content_id=deck.id)
        add_event(s, dealer, "material_download", date(2026, 9, 3))
        add_event(s, dealer, "deal_registered", date(2026, 9, 4))
        add_event(s, dealer, "login", date(2026, 9, 4))
        add_event(s, downloader, "login", date(2026, 6, 1))  # before the 90-day window
        add_event(s, idle, "login", date(2026, 3, 1))
        gone = add_partner(s, "gone", contract_date=date(2026, 1, 5), status="terminated")
        add_event(s, gone, "material_download", date(2026, 9, 2), content_id=deck.id)
        names = {p.id: p.name for p in (idle, downloader, dealer, gone)}
    with db.reading() as s:
        ids = partner_ids_for(s, KpiParams.create(as_of=AS_OF), drill)
    assert [names[i] for i in ids] == expected


def test_cohort_month_must_be_a_month(db: Database) -> None:
    with db.reading() as s, pytest.raises(ValueError, match="YYYY-MM"):
        partner_ids_for(s, KpiParams.create(as_of=AS_OF), CohortDrill("September"))
