"""Period KPIs: downloads, activation, per-person activity, top person share, monthly series."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from prm_core.database import Database
from prm_core.kpi import (
    KpiParams,
    Level,
    compute_all,
    monthly_activation,
    partners_activated,
    partners_downloaded,
)
from prm_core.kpi.activation import activation
from prm_core.kpi.downloads import content_downloads
from prm_core.kpi.people import people, top_person_share
from prm_core.orm import Content
from tests.factories import add_event, add_partner, add_person

AS_OF = date(2026, 9, 30)


def test_period_defaults_to_the_month_of_as_of() -> None:
    params = KpiParams.create(as_of=date(2026, 2, 11))
    assert (params.date_from, params.date_to) == (date(2026, 2, 1), date(2026, 2, 28))
    assert KpiParams.create().as_of == date.today()
    with pytest.raises(ValueError, match="after its end"):
        KpiParams.create(as_of=AS_OF, date_from=date(2026, 9, 2), date_to=date(2026, 9, 1))
    with pytest.raises(ValueError, match="level"):
        KpiParams.create(level="team")


def test_period_bounds_are_inclusive_dates(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        for when in (
            datetime(2026, 8, 31, 23, 59, 59),  # before from
            datetime(2026, 9, 1, 0, 0),  # first instant of from
            datetime(2026, 9, 15, 23, 59, 59),  # last second of to
            datetime(2026, 9, 16, 0, 0),  # after to
        ):
            add_event(s, p, "deal_registered", when)
            add_event(s, p, "material_download", when)
    params = KpiParams.create(as_of=AS_OF, date_from=date(2026, 9, 1), date_to=date(2026, 9, 15))
    with db.reading() as s:
        assert activation(s, params, 1).deals_registered == 2
        assert content_downloads(s, params).total == 2


def test_period_stops_at_as_of(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        add_event(s, p, "deal_registered", datetime(2026, 9, 10, 18))
        add_event(s, p, "deal_registered", datetime(2026, 9, 11, 0, 0))  # after as_of
        add_event(s, p, "deal_registered", datetime(2026, 9, 20))
    with db.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=date(2026, 9, 10)))
    assert (result.date_from, result.date_to) == (date(2026, 9, 1), date(2026, 9, 30))
    assert result.activation.deals_registered == 1


def test_downloads_by_content_lists_unused_contents_and_orders_by_count(db: Database) -> None:
    with db.transaction() as s:
        contents = [Content(name=n) for n in ("b-deck", "a-video", "unused", "c-script")]
        s.add_all(contents)
        s.flush()
        deck, video, _unused, script = contents
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        q = add_partner(s, "q", contract_date=date(2026, 1, 1))
        for content, n in ((deck, 2), (video, 2), (script, 3)):
            for _ in range(n):
                add_event(s, p, "material_download", date(2026, 9, 3), content_id=content.id)
        add_event(s, q, "material_download", date(2026, 9, 3))  # no content
        add_event(s, q, "material_download", date(2026, 8, 3), content_id=deck.id)  # outside
    with db.reading() as s:
        params = KpiParams.create(as_of=AS_OF)
        downloads = content_downloads(s, params)
        only_deck = partners_downloaded(s, params, deck.id)
        anyone = partners_downloaded(s, params)
    assert downloads.total == 8 and downloads.per_partner == 4.0
    assert [(c.content, c.downloads) for c in downloads.by_content] == [
        ("c-script", 3),
        ("a-video", 2),
        ("b-deck", 2),
        ("unused", 0),
    ]
    assert only_deck == [p.id] and anyone == sorted([p.id, q.id])


def test_activation_no_deals_is_zero_not_an_error(db: Database) -> None:
    with db.transaction() as s:
        add_partner(s, "p", contract_date=date(2026, 1, 1))
    with db.reading() as s:
        act = activation(s, KpiParams.create(as_of=AS_OF), 1)
    assert (act.deals_registered, act.activated_partners) == (0, 0)
    assert (act.deals_per_activated_partner, act.activation_rate) == (0.0, 0.0)


def test_activation_at_person_level_counts_persons(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        a, b, _c = (add_person(s, p, n) for n in "abc")
        add_event(s, p, "deal_registered", date(2026, 9, 2), person=a)
        add_event(s, p, "deal_registered", date(2026, 9, 3), person=a)
        add_event(s, p, "deal_registered", date(2026, 9, 4), person=b)
        add_event(s, p, "deal_registered", date(2026, 9, 5))  # no person
    with db.reading() as s:
        person = compute_all(s, KpiParams.create(as_of=AS_OF, level=Level.PERSON)).activation
        partner = compute_all(s, KpiParams.create(as_of=AS_OF)).activation
        ids = partners_activated(s, KpiParams.create(as_of=AS_OF))
    assert (person.deals_registered, person.activated_partners) == (4, 2)
    assert person.activation_rate == pytest.approx(2 / 3)
    assert person.deals_per_activated_partner == 2.0
    assert (partner.activated_partners, partner.activation_rate) == (1, 1.0)
    assert ids == [p.id]


def test_people_keeps_deals_without_leads_and_drops_idle_persons(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2026, 1, 1))
        closer = add_person(s, p, "closer")
        add_person(s, p, "idle")
        lead_only = add_person(s, p, "lead only")
        add_event(s, p, "deal_registered", date(2026, 9, 2), person=closer)
        add_event(s, p, "deal_registered", date(2026, 9, 3), person=closer)
        add_event(s, p, "lead_registered", date(2026, 8, 3), person=closer)  # before period
        add_event(s, p, "lead_registered", date(2026, 9, 3), person=lead_only)
        add_event(s, p, "login", date(2026, 9, 3), person=lead_only)  # not a lead or deal
        gone = add_partner(s, "gone", contract_date=date(2026, 1, 1), status="terminated")
        ghost = add_person(s, gone, "ghost")
        add_event(s, gone, "lead_registered", date(2026, 9, 3), person=ghost)
    with db.reading() as s:
        rows = people(s, KpiParams.create(as_of=AS_OF))
    assert [(r.person, r.leads, r.deals, r.conversion) for r in rows] == [
        ("closer", 0, 2, None),
        ("lead only", 1, 0, 0.0),
    ]
    assert {r.partner for r in rows} == {"p"}


def test_top_person_share(db: Database) -> None:
    with db.transaction() as s:
        star_partner = add_partner(s, "star", contract_date=date(2026, 1, 1))
        star, helper = add_person(s, star_partner, "star"), add_person(s, star_partner, "helper")
        for _ in range(4):
            add_event(s, star_partner, "deal_registered", date(2026, 9, 2), person=star)
        add_event(s, star_partner, "deal_registered", date(2026, 9, 2), person=helper)
        mixed = add_partner(s, "mixed", contract_date=date(2026, 1, 1))
        m = add_person(s, mixed, "m")
        add_event(s, mixed, "deal_registered", date(2026, 9, 2), person=m)
        add_event(s, mixed, "deal_registered", date(2026, 9, 2))  # no person: in the total
        add_event(s, mixed, "deal_registered", date(2026, 9, 2))
        anonymous = add_partner(s, "anonymous", contract_date=date(2026, 1, 1))
        add_event(s, anonymous, "deal_registered", date(2026, 9, 2))
        idle = add_partner(s, "idle", contract_date=date(2026, 1, 1))
        add_event(s, idle, "deal_registered", date(2026, 8, 2))  # outside the period
    with db.reading() as s:
        shares = top_person_share(s, KpiParams.create(as_of=AS_OF))
    assert [(x.partner, x.share, x.deals, x.top_person_deals) for x in shares] == [
        ("star", 0.8, 5, 4),
        ("mixed", pytest.approx(1 / 3), 3, 1),
        ("anonymous", 0.0, 1, 0),
    ]


def test_monthly_activation_series(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2025, 1, 1))
        q = add_partner(s, "q", contract_date=date(2025, 1, 1))
        add_event(s, p, "deal_registered", date(2026, 6, 30))
        add_event(s, p, "deal_registered", date(2026, 7, 1))
        add_event(s, q, "deal_registered", date(2026, 7, 31))
        add_event(s, q, "deal_registered", date(2026, 9, 10))
        add_event(s, q, "deal_registered", date(2026, 9, 11))  # after as_of
    with db.reading() as s:
        series = monthly_activation(s, KpiParams.create(as_of=date(2026, 9, 10)), months=4)
    assert [(m.month, m.deals_registered, m.activated_partners) for m in series] == [
        ("2026-06", 1, 1),
        ("2026-07", 2, 2),
        ("2026-08", 0, 0),
        ("2026-09", 1, 1),
    ]
    assert series[0].start == date(2026, 6, 1)


def test_month_series_across_a_year_boundary(db: Database) -> None:
    with db.transaction() as s:
        p = add_partner(s, "p", contract_date=date(2025, 1, 1))
        add_event(s, p, "deal_registered", date(2025, 12, 31))
        add_event(s, p, "deal_registered", date(2026, 1, 1))
    with db.reading() as s:
        series = monthly_activation(s, KpiParams.create(as_of=date(2026, 1, 31)), months=2)
    assert [(m.month, m.deals_registered) for m in series] == [("2025-12", 1), ("2026-01", 1)]
