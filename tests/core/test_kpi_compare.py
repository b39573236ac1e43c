"""One partner against the programme median, and reuse of the built statements."""

from __future__ import annotations

from datetime import date

import pytest

from prm_core.database import Database
from prm_core.kpi import (
    KpiParams,
    PartnerMetrics,
    compare_with_programme,
    compute_all,
    metrics_by_partner,
    programme_medians,
)
from tests.factories import add_event, add_partner

AS_OF = date(2026, 9, 30)


def test_programme_median_counts_partners_without_events_as_zero(db: Database) -> None:
    with db.transaction() as s:
        ids = []
        for name, downloads, deals in (("a", 1, 0), ("b", 3, 2), ("c", 10, 1), ("d", 0, 0)):
            p = add_partner(s, name, contract_date=date(2026, 1, 1), type="agency")
            ids.append(p.id)
            for _ in range(downloads):
                add_event(s, p, "material_download", date(2026, 9, 5))
            for _ in range(deals):
                add_event(s, p, "deal_registered", date(2026, 9, 6))
        add_event(s, p, "login", date(2026, 8, 6))  # outside the period
        gone = add_partner(s, "gone", contract_date=date(2026, 1, 1), status="terminated")
        for _ in range(50):
            add_event(s, gone, "material_download", date(2026, 9, 5))
    params = KpiParams.create(as_of=AS_OF)
    with db.reading() as s:
        medians = programme_medians(s, params)
        per_partner = metrics_by_partner(s, params)
        comparison = compare_with_programme(s, params, ids[2])
        same = compare_with_programme(s, params.with_(partner_id=ids[2]))
        empty_segment = programme_medians(s, params.with_(type="referral"))
    assert medians == PartnerMetrics(downloads=2.0, deals_registered=0.5)
    assert set(per_partner) == set(ids)
    assert per_partner[ids[1]].downloads == 3.0 and per_partner[ids[3]] == PartnerMetrics()
    assert comparison.partner == PartnerMetrics(downloads=10.0, deals_registered=1.0)
    assert comparison.median == medians and same == comparison
    assert empty_segment == PartnerMetrics()
    with pytest.raises(ValueError, match="partner id"):
        compare_with_programme(s, params)


def test_reused_statements_take_new_values(db: Database) -> None:
    """The statement of a shape is built once; each call must still see its own values."""
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1), tier="Gold")
        q = add_partner(s, "q", contract_date=date(2026, 6, 1), tier="Silver")
        add_event(s, p, "deal_registered", date(2026, 3, 2))
        add_event(s, q, "deal_registered", date(2026, 9, 2))
    with db.reading() as s:
        march = compute_all(s, KpiParams.create(as_of=date(2026, 3, 31)))
        september = compute_all(s, KpiParams.create(as_of=AS_OF))
        gold = compute_all(s, KpiParams.create(as_of=AS_OF, tier="Gold"))
        silver = compute_all(s, KpiParams.create(as_of=AS_OF, tier="Silver"))
        only_q = compute_all(s, KpiParams.create(as_of=AS_OF, partner_id=q.id))
        only_p = compute_all(s, KpiParams.create(as_of=AS_OF, partner_id=p.id))
    assert (march.registered, march.activation.deals_registered) == (1, 1)
    assert (september.registered, september.activation.deals_registered) == (2, 1)
    assert (gold.registered, gold.activation.deals_registered) == (1, 0)
    assert (silver.registered, silver.activation.deals_registered) == (1, 1)
    assert only_q.activation.activated_partners == 1
    assert only_p.activation.activated_partners == 0
    assert only_p.journey[3].count == 1
