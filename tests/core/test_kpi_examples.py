"""The worked examples of domain.md, in one programme of 100 registered partners.

100 registered (plus a terminated partner and one that registers after as_of, both ignored),
80 downloaded, 50 ever registered a deal (25 of them 75 deals in the period), 300 downloads in
the period, 60 logged in within 90 days; and persons A (18 leads, 8 deals), B (22 leads, 3).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy.orm import Session

from prm_core.database import Database
from prm_core.kpi import KpiParams, compute_all
from prm_core.orm import Content, Event, Partner, Person

AS_OF = date(2026, 9, 30)


def _event(partner: Partner, kind: str, when: datetime, **fields: object) -> Event:
    return Event(partner_id=partner.id, kind=kind, occurred_at=when, **fields)


def build_programme(session: Session) -> None:
    partners = [Partner(name=f"P{i:03d}", contract_date=date(2026, 1, 5)) for i in range(100)]
    terminated = Partner(name="Gone", contract_date=date(2025, 1, 1), status="terminated")
    future = Partner(name="Later", contract_date=date(2026, 10, 5))
    session.add_all([*partners, terminated, future])
    case_study, deck, unused = (
        Content(name="導入事例集"),
        Content(name="提案書"),
        Content(name="価格表"),
    )
    session.add_all([case_study, deck, unused])
    session.flush()
    events: list[Event] = []
    # 80 partners downloaded in September: 60 × 4 + 20 × 3 = 300 downloads.
    for i, p in enumerate(partners[:80]):
        for n in range(4 if i < 60 else 3):
            content = case_study if n % 2 == 0 else deck
            events.append(
                _event(p, "material_download", datetime(2026, 9, 1 + n, 10), content_id=content.id)
            )
    # 25 partners registered 75 deals in the period, 25 more had deals in June only.
    for p in partners[:25]:
        events += [_event(p, "deal_registered", datetime(2026, 9, 10 + n, 11)) for n in range(3)]
    events += [_event(p, "deal_registered", datetime(2026, 6, 3)) for p in partners[25:50]]
    # 60 partners logged in within the 90 days ending at as_of; 20 more only before it.
    events += [_event(p, "login", datetime(2026, 8, 1)) for p in partners[:60]]
    events += [_event(p, "login", datetime(2026, 5, 1)) for p in partners[60:80]]
    # Ignored: the terminated partner's activity and anything after as_of.
    events += [
        _event(terminated, kind, datetime(2026, 9, 5)) for kind in ("login", "deal_registered")
    ]
    events += [_event(terminated, "material_download", datetime(2026, 9, 5), content_id=unused.id)]
    events += [_event(p, "deal_registered", datetime(2026, 10, 1)) for p in partners[50:]]
    events += [_event(p, "login", datetime(2026, 10, 1, 0, 0)) for p in partners[60:]]
    session.add_all(events)
    session.flush()


@pytest.fixture
def programme(db: Database) -> Database:
    with db.transaction() as session:
        build_programme(session)
    return db


def test_journey_worked_example(programme: Database) -> None:
    with programme.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=AS_OF))
    assert result.registered == 100
    steps = {step.step: step for step in result.journey}
    assert [s.step for s in result.journey] == [
        "registered",
        "material_download",
        "deal_consulted",
        "deal_registered",
        "proposal",
    ]
    assert (steps["registered"].count, steps["registered"].rate) == (100, 1.0)
    assert steps["registered"].step_rate == 1.0
    assert (steps["material_download"].count, steps["material_download"].rate) == (80, 0.8)
    assert steps["material_download"].step_rate == 0.8
    assert (steps["deal_registered"].count, steps["deal_registered"].rate) == (50, 0.5)
    assert steps["deal_consulted"].count == 0
    assert steps["deal_registered"].step_rate == 0.0  # the previous step's count is 0


def test_downloads_worked_example(programme: Database) -> None:
    with programme.reading() as s:
        downloads = compute_all(s, KpiParams.create(as_of=AS_OF)).content_downloads
    assert downloads.total == 300
    assert downloads.per_partner == 3.0
    assert [(c.content, c.downloads) for c in downloads.by_content] == [
        ("導入事例集", 160),  # 60 × 2 + 20 × 2
        ("提案書", 140),
        ("価格表", 0),  # unused: listed, and only the terminated partner touched it
    ]


def test_activation_worked_example(programme: Database) -> None:
    with programme.reading() as s:
        act = compute_all(s, KpiParams.create(as_of=AS_OF)).activation
    assert act.deals_registered == 75
    assert act.activated_partners == 25
    assert act.deals_per_activated_partner == 3.0
    assert act.activation_rate == 0.25


def test_retention_worked_example(programme: Database) -> None:
    with programme.reading() as s:
        ret = compute_all(s, KpiParams.create(as_of=AS_OF)).retention
    assert (ret.registered, ret.active, ret.rate, ret.window_days) == (100, 60, 0.6, 90)
    [cohort] = ret.cohorts
    assert (cohort.month, cohort.size) == ("2026-01", 100)
    # Jan … Sep: logins in May (20 partners) and August (60 partners) only.
    assert cohort.active_by_month == [0.0, 0.0, 0.0, 0.0, 0.2, 0.0, 0.0, 0.6, 0.0]


def test_people_conversion_example(db: Database) -> None:
    with db.transaction() as session:
        partner = Partner(name="Conv", contract_date=date(2026, 1, 1))
        session.add(partner)
        session.flush()
        a, b = Person(partner_id=partner.id, name="A"), Person(partner_id=partner.id, name="B")
        session.add_all([a, b])
        session.flush()
        when = datetime(2026, 9, 15)
        for person, leads, deals in ((a, 18, 8), (b, 22, 3)):
            session.add_all(
                [
                    *(
                        _event(partner, "lead_registered", when, person_id=person.id)
                        for _ in range(leads)
                    ),
                    *(
                        _event(partner, "deal_registered", when, person_id=person.id)
                        for _ in range(deals)
                    ),
                ]
            )
    with db.reading() as s:
        result = compute_all(s, KpiParams.create(as_of=AS_OF))
    rows = {p.person: p for p in result.people}
    assert (rows["A"].leads, rows["A"].deals) == (18, 8)
    assert rows["A"].conversion == pytest.approx(0.444, abs=5e-4)
    assert (rows["B"].leads, rows["B"].deals) == (22, 3)
    assert rows["B"].conversion == pytest.approx(0.136, abs=5e-4)
    [share] = result.top_person_share
    assert (share.partner, share.deals, share.top_person_deals) == ("Conv", 11, 8)
    assert share.share == pytest.approx(8 / 11)


def test_phases_of_the_programme(programme: Database) -> None:
    with programme.reading() as s:
        phases = compute_all(s, KpiParams.create(as_of=AS_OF)).phases
    # Events in the last 90 days: P000–P079 (downloads); P080–P099 only after as_of: dormant.
    # Of the active ones P000–P049 have deals (none won) → activation; the others onboarding.
    assert phases.as_dict() == {"onboarding": 30, "activation": 50, "retention": 0, "dormant": 20}
