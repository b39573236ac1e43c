"""Property tests on small random programmes: the SQL equals a plain-Python reading of
domain.md, rates stay in 0–1, and a count over a period never exceeds the count over a period
containing it. (Journey counts need not decrease step by step, so that is not asserted; nor
are ``step_rate`` and ``conversion`` bounded by 1: 3 deals from 1 lead is a conversion of 3.)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import cast

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

from prm_core.database import Database
from prm_core.kinds import JOURNEY_STEPS, EventKind
from prm_core.kpi import KpiParams, KpiResult, compute_all
from prm_core.orm import Content, Event, Partner, Person

START = date(2025, 10, 1)
SETTINGS = settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@dataclass(frozen=True)
class P:
    status: str
    contract: date | None
    persons: int


@dataclass(frozen=True)
class E:
    partner: int
    person: int | None
    kind: str
    at: datetime
    content: int | None


def days(n: int) -> date:
    return START + timedelta(days=n)


partners_st = st.lists(
    st.builds(
        P,
        status=st.sampled_from(["active", "active", "suspended", "terminated"]),
        contract=st.none() | st.integers(0, 400).map(days),
        persons=st.integers(0, 2),
    ),
    min_size=1,
    max_size=4,
)


@st.composite
def programmes(draw: st.DrawFn) -> tuple[list[P], list[E], date]:
    partners = draw(partners_st)
    kinds = st.sampled_from([k.value for k in EventKind])
    events = draw(
        st.lists(
            st.builds(
                E,
                partner=st.integers(0, len(partners) - 1),
                person=st.none() | st.integers(0, 1),
                kind=kinds,
                at=st.builds(
                    lambda d, m: (
                        datetime.combine(days(d), datetime.min.time()) + timedelta(minutes=m)
                    ),
                    st.integers(0, 400),
                    st.sampled_from([0, 1, 600, 1439]),
                ),
                content=st.none() | st.integers(0, 1),
            ),
            max_size=30,
        )
    )
    return partners, events, days(draw(st.integers(0, 400)))


def load(db: Database, partners: list[P], events: list[E]) -> None:
    with db.transaction() as s:
        for model in (Event, Person, Partner, Content):
            s.execute(delete(model))
        contents = [Content(name="c0"), Content(name="c1")]
        rows = [
            Partner(name=f"p{i}", status=p.status, contract_date=p.contract)
            for i, p in enumerate(partners)
        ]
        s.add_all([*contents, *rows])
        s.flush()
        persons: dict[tuple[int, int | None], Person] = {
            (i, j): Person(partner_id=rows[i].id, name=f"x{i}{j}")
            for i, p in enumerate(partners)
            for j in range(p.persons)
        }
        s.add_all(persons.values())
        s.flush()
        s.add_all(
            Event(
                partner_id=rows[e.partner].id,
                person_id=persons[(e.partner, e.person)].id
                if (e.partner, e.person) in persons
                else None,
                kind=e.kind,
                occurred_at=e.at,
                content_id=contents[e.content].id if e.content is not None else None,
            )
            for e in events
        )


def reference(partners: list[P], events: list[E], params: KpiParams) -> dict[str, object]:
    """domain.md read literally, in Python, over the same rows."""
    end = datetime.combine(params.as_of + timedelta(days=1), datetime.min.time())
    known = [e for e in events if e.at < end]
    registered = {
        i
        for i, p in enumerate(partners)
        if p.status != "terminated"
        and (
            any(e.partner == i and e.kind == "registered" for e in known)
            or (p.contract is not None and p.contract <= params.as_of)
        )
    }
    mine = [e for e in known if e.partner in registered]
    in_period = [e for e in mine if params.period_start <= e.at < params.period_end]
    window = [e for e in mine if e.at >= params.window_start]
    deals = [e for e in in_period if e.kind == "deal_registered"]

    def phase(i: int) -> str:
        own = [e for e in mine if e.partner == i]
        quarters = {(e.at.year, (e.at.month - 1) // 3) for e in own if e.kind == "deal_registered"}
        if not any(e.partner == i for e in window):
            return "dormant"
        if not quarters:
            return "onboarding"
        if not any(e.kind == "deal_won" for e in own) or len(quarters) < 2:
            return "activation"
        return "retention"

    phases = Counter(phase(i) for i in registered)
    return {
        "registered": len(registered),
        "journey": [len(registered)]
        + [len({e.partner for e in mine if e.kind == k.value}) for k in JOURNEY_STEPS[1:]],
        "downloads": sum(e.kind == "material_download" for e in in_period),
        "deals": len(deals),
        "activated": len({e.partner for e in deals}),
        "active": len({e.partner for e in window if e.kind == "login"}),
        "phases": {
            k: phases.get(k, 0) for k in ("onboarding", "activation", "retention", "dormant")
        },
    }


def observed(result: KpiResult) -> dict[str, object]:
    return {
        "registered": result.registered,
        "journey": [s.count for s in result.journey],
        "downloads": result.content_downloads.total,
        "deals": result.activation.deals_registered,
        "activated": result.activation.activated_partners,
        "active": result.retention.active,
        "phases": result.phases.as_dict(),
    }


def in_unit_interval(result: KpiResult) -> bool:
    rates = [
        *(s.rate for s in result.journey),
        result.activation.activation_rate,
        result.retention.rate,
        *(share.share for share in result.top_person_share),
        *(r for c in result.retention.cohorts for r in c.active_by_month),
    ]
    return all(0.0 <= r <= 1.0 for r in rates) and all(s.step_rate >= 0 for s in result.journey)


@SETTINGS
@given(programme=programmes(), start=st.integers(0, 400), length=st.integers(0, 120))
def test_sql_equals_the_definition_and_rates_stay_in_0_1(
    db: Database, programme: tuple[list[P], list[E], date], start: int, length: int
) -> None:
    partners, events, as_of = programme
    load(db, partners, events)
    params = KpiParams.create(as_of=as_of, date_from=days(start), date_to=days(start + length))
    with db.reading() as s:
        result = compute_all(s, params)
    assert observed(result) == reference(partners, events, params)
    assert in_unit_interval(result)
    # One partner at a time (its own statement shape) adds up to the programme.
    with db.reading() as s:
        ids = s.scalars(select(Partner.id)).all()
        singles = [observed(compute_all(s, params.with_(partner_id=pid))) for pid in ids]
    whole = observed(result)
    for key in ("registered", "downloads", "deals", "activated", "active"):
        assert sum(cast(int, one[key]) for one in singles) == whole[key], key
    for i in range(len(JOURNEY_STEPS)):
        journey = [cast(list[int], one["journey"])[i] for one in singles]
        assert sum(journey) == cast(list[int], whole["journey"])[i]
    for phase in ("onboarding", "activation", "retention", "dormant"):
        counts = [cast(dict[str, int], one["phases"])[phase] for one in singles]
        assert sum(counts) == cast(dict[str, int], whole["phases"])[phase]
    assert sum(c.size for c in result.retention.cohorts) == result.registered
    assert all(len(c.active_by_month) <= 13 for c in result.retention.cohorts)


@SETTINGS
@given(
    programme=programmes(),
    start=st.integers(0, 400),
    length=st.integers(0, 90),
    wider=st.tuples(st.integers(0, 60), st.integers(0, 60)),
)
def test_a_period_never_counts_more_than_a_period_containing_it(
    db: Database,
    programme: tuple[list[P], list[E], date],
    start: int,
    length: int,
    wider: tuple[int, int],
) -> None:
    partners, events, as_of = programme
    load(db, partners, events)
    inner = KpiParams.create(as_of=as_of, date_from=days(start), date_to=days(start + length))
    outer = inner.with_(date_from=days(start - wider[0]), date_to=days(start + length + wider[1]))
    with db.reading() as s:
        small, big = compute_all(s, inner), compute_all(s, outer)
    assert small.content_downloads.total <= big.content_downloads.total
    assert small.activation.deals_registered <= big.activation.deals_registered
    assert small.activation.activated_partners <= big.activation.activated_partners
    big_content = {c.content_id: c.downloads for c in big.content_downloads.by_content}
    assert all(c.downloads <= big_content[c.content_id] for c in small.content_downloads.by_content)
    big_people = {p.person_id: p for p in big.people}
    for p in small.people:
        assert p.leads <= big_people[p.person_id].leads
        assert p.deals <= big_people[p.person_id].deals
    big_deals = {s.partner_id: s.deals for s in big.top_person_share}
    assert all(s.deals <= big_deals[s.partner_id] for s in small.top_person_share)
    # Period-free KPIs do not move with the period.
    assert small.journey == big.journey and small.retention == big.retention
    assert small.phases == big.phases
