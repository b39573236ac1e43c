"""Who counts as registered, journey completion at both levels, segments and drill-downs."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from prm_core.database import Database
from prm_core.kpi import KpiParams, Level, compute_all, partners_at_step
from prm_core.kpi.journey import journey
from tests.factories import add_event, add_partner, add_person

AS_OF = date(2026, 9, 30)


def counts(db: Database, **params: object) -> dict[str, int]:
    with db.reading() as s:
        steps = journey(s, KpiParams.create(as_of=AS_OF, **params))  # type: ignore[arg-type]
    return {step.step: step.count for step in steps}


def test_empty_database_gives_zeros_not_errors(db: Database) -> None:
    with db.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=AS_OF))
    assert result.registered == 0
    assert [(j.count, j.rate, j.step_rate) for j in result.journey] == [
        (0, 0.0, 1.0),
        *[(0, 0.0, 0.0)] * 4,
    ]
    assert result.content_downloads.total == 0 and result.content_downloads.per_partner == 0.0
    assert result.content_downloads.by_content == []
    assert result.activation.deals_per_activated_partner == 0.0
    assert result.activation.activation_rate == 0.0
    assert result.people == [] and result.top_person_share == []
    assert (result.retention.rate, result.retention.cohorts) == (0.0, [])
    assert result.phases.as_dict() == {
        "onboarding": 0,
        "activation": 0,
        "retention": 0,
        "dormant": 0,
    }


def test_partners_without_events_register_by_contract_date(db: Database) -> None:
    with db.transaction() as s:
        add_partner(s, "signed", contract_date=date(2026, 3, 1))
        add_partner(s, "signed on as_of", contract_date=AS_OF)
        add_partner(s, "signed later", contract_date=date(2026, 10, 1))
        add_partner(s, "no date")
    assert counts(db)["registered"] == 2


def test_registered_on_the_as_of_day_counts_the_next_midnight_does_not(db: Database) -> None:
    with db.transaction() as s:
        late_evening = add_partner(s, "late evening")
        add_event(s, late_evening, "registered", datetime(2026, 9, 30, 23, 59, 59))
        next_day = add_partner(s, "next day")
        add_event(s, next_day, "registered", datetime(2026, 10, 1, 0, 0))
    assert counts(db)["registered"] == 1
    with db.reading() as s:
        assert partners_at_step(s, KpiParams.create(as_of=AS_OF), "registered") == [late_evening.id]


def test_registered_event_wins_over_contract_date_when_both_exist(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "both", contract_date=date(2026, 12, 1))
        add_event(s, p, "registered", date(2026, 2, 1))
    assert counts(db)["registered"] == 1
    with db.reading() as s:
        cohort_month = compute_all(s, KpiParams.create(as_of=AS_OF)).retention.cohorts[0].month
    assert cohort_month == "2026-02"


def test_a_registered_event_after_as_of_does_not_hide_the_contract_date(db: Database) -> None:
    """Events after as_of never count, including a later ``registered`` event: the contract
    date decides, so numbers for a past date do not change when later events are imported."""
    with db.transaction() as s:
        p = add_partner(s, "contract first", contract_date=date(2026, 1, 10))
        add_event(s, p, "registered", date(2026, 11, 2))
    assert counts(db)["registered"] == 1
    with db.reading() as s:
        cohort = compute_all(s, KpiParams.create(as_of=AS_OF)).retention.cohorts[0]
    assert cohort.month == "2026-01"


def test_terminated_partners_leave_every_number(db: Database) -> None:
    with db.transaction() as s:
        gone = add_partner(s, "gone", status="terminated", contract_date=date(2025, 1, 1))
        for kind in ("registered", "material_download", "deal_registered", "login", "proposal"):
            add_event(s, gone, kind, date(2026, 9, 10))
        add_partner(s, "suspended", status="suspended", contract_date=date(2025, 1, 1))
    with db.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=AS_OF))
    assert result.registered == 1  # suspended partners still count
    assert sum(j.count for j in result.journey[1:]) == 0
    assert result.activation.deals_registered == 0 and result.retention.active == 0
    assert result.phases.dormant == 1


def test_events_after_as_of_are_ignored(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        add_event(s, p, "material_download", datetime(2026, 10, 1, 0, 0))
        add_event(s, p, "deal_registered", date(2026, 12, 24))
        add_event(s, p, "proposal", datetime(2026, 9, 30, 23, 59))
    assert counts(db) == {
        "registered": 1,
        "material_download": 0,
        "deal_consulted": 0,
        "deal_registered": 0,
        "proposal": 1,
    }


def test_journey_counts_events_before_the_period_too(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2024, 1, 1))
        add_event(s, p, "material_download", date(2024, 2, 1))
    assert (
        counts(db, date_from=date(2026, 9, 1), date_to=date(2026, 9, 30))["material_download"] == 1
    )


def test_step_rates_and_non_monotonic_counts(db: Database) -> None:
    with db.transaction() as s:
        for i in range(4):
            p = add_partner(s, f"p{i}", contract_date=date(2026, 1, 1))
            if i < 2:
                add_event(s, p, "material_download", date(2026, 2, 1))
            if i < 3:
                add_event(s, p, "deal_registered", date(2026, 3, 1))  # more than downloaded
            if i == 0:
                add_event(s, p, "deal_consulted", date(2026, 2, 2))
    with db.reading() as s:
        steps = journey(s, KpiParams.create(as_of=AS_OF))
    assert [(j.count, j.rate, j.step_rate) for j in steps] == [
        (4, 1.0, 1.0),
        (2, 0.5, 0.5),
        (1, 0.25, 0.5),
        (3, 0.75, 3.0),
        (0, 0.0, 0.0),
    ]


def test_person_level_counts_persons_of_registered_partners(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        a, _b, c = (add_person(s, p, n) for n in ("a", "b", "c"))
        add_event(s, p, "material_download", date(2026, 2, 1), person=a)
        add_event(s, p, "material_download", date(2026, 2, 1), person=a)
        add_event(s, p, "material_download", date(2026, 2, 1))  # nobody's
        add_event(s, p, "deal_registered", date(2026, 2, 1), person=c)
        gone = add_partner(s, "gone", contract_date=date(2026, 1, 1), status="terminated")
        add_person(s, gone, "x")
        add_partner(s, "no persons", contract_date=date(2026, 1, 1))
    result = counts(db, level=Level.PERSON)
    assert result["registered"] == 3
    assert result["material_download"] == 1
    assert result["deal_registered"] == 1
    assert counts(db)["registered"] == 2  # partner level


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ({}, 4),
        ({"type": "agency"}, 2),
        ({"tier": "Gold"}, 1),
        ({"territory": "関東"}, 2),
        ({"owner": "田中"}, 1),
        ({"type": "agency", "territory": "関東"}, 1),
        ({"type": "technology"}, 0),
    ],
)
def test_segment_filters(db: Database, segment: dict[str, str], expected: int) -> None:
    rows = [
        ("a", "agency", "Gold", "関東", "田中"),
        ("b", "agency", "Silver", "関西", "佐藤"),
        ("c", "reseller", None, "関東", None),
        ("d", "reseller", "Bronze", None, "佐藤"),
    ]
    with db.transaction() as s:
        for name, type_, tier, territory, owner in rows:
            p = add_partner(
                s,
                name,
                type=type_,
                tier=tier,
                territory=territory,
                owner=owner,
                contract_date=date(2026, 1, 1),
            )
            add_event(s, p, "deal_registered", date(2026, 9, 2))
    with db.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=AS_OF, **segment))  # type: ignore[arg-type]
    assert result.registered == expected
    assert result.activation.deals_registered == expected
    assert result.journey[3].count == expected


def test_one_partner_params(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "one", contract_date=date(2026, 1, 1))
        other = add_partner(s, "other", contract_date=date(2026, 1, 1))
        add_event(s, p, "material_download", date(2026, 9, 2))
        add_event(s, other, "material_download", date(2026, 9, 2))
        add_event(s, other, "material_download", date(2026, 9, 3))
    with db.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=AS_OF, partner_id=p.id))
    assert result.registered == 1 and result.content_downloads.total == 1
    assert result.to_json()["partner_id"] == p.id


def test_partners_at_step_drill_down(db: Database) -> None:
    with db.transaction() as s:
        ids = {}
        for name, kinds in {
            "a": ["material_download", "deal_registered"],
            "b": ["material_download"],
            "c": [],
            "d": ["deal_registered"],
        }.items():
            p = add_partner(s, name, contract_date=date(2026, 1, 1))
            ids[name] = p.id
            for kind in kinds:
                add_event(s, p, kind, date(2026, 5, 1))
        late = add_partner(s, "late", contract_date=date(2026, 1, 1))
        add_event(s, late, "material_download", date(2026, 10, 2))
    params = KpiParams.create(as_of=AS_OF)
    with db.reading() as s:
        downloaded = partners_at_step(s, params, "material_download")
        not_downloaded = partners_at_step(s, params, "material_download", reached=False)
        stuck = partners_at_step(
            s, params, "deal_registered", reached=False, given="material_download"
        )
    assert downloaded == [ids["a"], ids["b"]]
    assert not_downloaded == [ids["c"], ids["d"], late.id]
    assert stuck == [ids["b"]]  # downloaded but never registered a deal
